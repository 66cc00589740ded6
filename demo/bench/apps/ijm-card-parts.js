// Where <ijm-article-card>'s time goes, for `npm run bench`: two cards that each keep part of it,
// built the way a web team imports the card.
import {IjmArticleCard} from '@ijm/widgets/article-card.js';
import {minimalCardStyles, renderMinimalCard} from './minimal-card.js';

/** Our element (base class, locale, provider, reflected attributes, dataLayer bridge) drawing the minimal Lit card. */
class BenchIjmBase extends IjmArticleCard {
  static styles = minimalCardStyles;
  render() {
    return renderMinimalCard(this);
  }
}

/** Our card's template with only the styles every widget shares (`styles[0]`), none of the card's own. */
class BenchIjmNoCss extends IjmArticleCard {
  static styles = IjmArticleCard.styles[0];
}

customElements.define('bench-ijm-base', BenchIjmBase);
customElements.define('bench-ijm-no-css', BenchIjmNoCss);
