// Anchor: a minimal story card in plain Lit (image, kicker, heading, summary, date, one link),
// the least a card like <ijm-article-card> could cost. No container query, no line clamps.
import {LitElement, html, css} from 'lit';

class BenchLitCard extends LitElement {
  static properties = {href: {}, heading: {}, summary: {}, image: {}, date: {}};
  static styles = css`
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; color: #1b2430; }
    article { border: 1px solid #cfd6df; border-radius: 6px; overflow: hidden; background: #fff; }
    img { display: block; width: 100%; aspect-ratio: 16 / 9; object-fit: cover; background: #f2f5f8; }
    div { padding: 1em 1.25em 1.25em; }
    p { margin: 0; font-size: 0.8125em; color: #566170; }
    h3 { margin: 0.5em 0; font-size: 1.1875em; line-height: 1.3; }
    a { color: inherit; text-decoration: none; }
  `;
  render() {
    return html`<article>
      <img src=${this.image} alt="" loading="lazy" />
      <div>
        <p>Stories</p>
        <h3><a href=${this.href}>${this.heading}</a></h3>
        <p>${this.summary}</p>
        <p><time datetime=${this.date}>${this.date}</time></p>
      </div>
    </article>`;
  }
}
customElements.define('bench-lit-card', BenchLitCard);
