import {IjmArticleCard} from './article-card.component.js';
import {IjmIcon} from '../icon/icon.component.js';
import {addBuiltinIcons} from '../icon/registry.js';
import {iconShield} from '../icon/icon-data.generated.js';
import {define} from '../../internal/define.js';

export {IjmArticleCard};

// Only the icon the card draws, not the whole set (`@ijm/widgets/icon.js` adds the rest).
addBuiltinIcons({shield: iconShield});
define('ijm-icon', IjmIcon);
define('ijm-article-card', IjmArticleCard);

// The tag in React's JSX too (types only).
export type {} from '../../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-article-card': IjmArticleCard;
  }
}
