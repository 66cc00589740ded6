// For `node scripts/bench-card-parts.mjs`: <ijm-article-card> with one part taken away at a time,
// to show what each part of the card costs (not a look to ship: each drops something the contract
// keeps). Each variant is the card's own element and template with its built CSS edited; an edit
// that no longer finds its rule (the CSS changed) throws, so that the table never shows a variant
// that is the card unchanged.
import {IjmArticleCard} from '@ijm/widgets/article-card.js';
import {LitElement, unsafeCSS} from 'lit';
import {minimalCardStyles, renderMinimalCard} from './minimal-card.js';

const cardCss = IjmArticleCard.finalizeStyles(IjmArticleCard.styles).map((sheet) => sheet.cssText).join('\n');

/** `css` with `from` replaced by `to` (a string or a pattern); throws when `from` is not there. */
const edit = (css, from, to = '') => {
  const out = css.replace(from, to);
  if (out === css) throw new Error(`ijm-card-ablation: no ${from} in the card's CSS`);
  return out;
};

/** What each variant takes away. */
const cssEdits = {
  // The stretched link: the heading's link covers the card (an absolutely positioned ::after).
  'no-stretched-link': (css) => edit(css, /a:+after\{[^}]*\}/),
  // Line clamps of heading and summary (display: -webkit-box).
  'no-clamp': (css) => edit(edit(css, 'display:-webkit-box;', 'display:block;'), /-webkit-line-clamp:[^;}]+/g),
  // The card and its text column as flex columns (the date at the bottom of a stretched card), and the clamps.
  'no-flex-no-clamp': (css) =>
    edit(edit(edit(edit(css, /(\.card\{[^}]*?)display:flex;flex-direction:column;/, '$1display:block;'), '.body{display:flex;', '.body{display:block;'), 'display:-webkit-box;', 'display:block;'), /-webkit-line-clamp:[^;}]+/g),
  // Inline-size containment and the intrinsic width (the width when shrink-wrapped).
  'no-containment': (css) => edit(edit(css, 'contain:inline-size;'), /contain-intrinsic-inline-size:[^;}]+/),
  // The card box: border, radius, shadow, transition, flex column.
  'no-card-box': (css) => edit(css, /\.card\{[^}]*\}/),
};

for (const [name, change] of Object.entries(cssEdits)) {
  const css = unsafeCSS(change(cardCss));
  customElements.define(`bench-card-${name}`, class extends IjmArticleCard {
    static styles = css;
  });
}

/** The card itself, under another name (the page gives it no image: it draws its placeholder instead). */
customElements.define('bench-card-placeholder', class extends IjmArticleCard {});

/** The card's template drawn with the minimal card's styles (what our CSS costs against the least one). */
customElements.define('bench-card-minimal-css', class extends IjmArticleCard {
  static styles = minimalCardStyles;
});

/** The minimal card's template and styles on our element (our element's own cost: reflection, locale, provider). */
customElements.define('bench-card-minimal', class extends IjmArticleCard {
  static styles = minimalCardStyles;
  render() {
    return renderMinimalCard(this);
  }
});

/** The minimal Lit card (as lit-card.js), for the same page. */
customElements.define('bench-card-lit', class extends LitElement {
  static properties = {href: {}, heading: {}, summary: {}, image: {}, date: {}};
  static styles = minimalCardStyles;
  render() {
    return renderMinimalCard(this);
  }
});
