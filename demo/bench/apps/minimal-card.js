// The minimal story card's look and markup (image, kicker, heading, summary, date, one link): the
// least a card like <ijm-article-card> could cost. No container query, no line clamps. Drawn by
// the minimal Lit card (lit-card.js) and, for the bench's breakdown, by our element (ijm-card-parts.js).
import {html, css} from 'lit';

export const minimalCardStyles = css`
  :host { display: block; font: 16px/1.5 system-ui, sans-serif; color: #1b2430; }
  article { border: 1px solid #cfd6df; border-radius: 6px; overflow: hidden; background: #fff; }
  img { display: block; width: 100%; aspect-ratio: 16 / 9; object-fit: cover; background: #f2f5f8; }
  div { padding: 1em 1.25em 1.25em; }
  p { margin: 0; font-size: 0.8125em; color: #566170; }
  h3 { margin: 0.5em 0; font-size: 1.1875em; line-height: 1.3; }
  a { color: inherit; text-decoration: none; }
`;

/** The card's markup for `card` (its `image`, `href`, `heading`, `summary` and `date`). */
export const renderMinimalCard = (card) => html`<article>
  <img src=${card.image} alt="" loading="lazy" />
  <div>
    <p>Stories</p>
    <h3><a href=${card.href}>${card.heading}</a></h3>
    <p>${card.summary}</p>
    <p><time datetime=${card.date}>${card.date}</time></p>
  </div>
</article>`;
