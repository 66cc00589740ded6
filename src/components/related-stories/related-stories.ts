import {IjmRelatedStories} from './related-stories.component.js';
import {IjmIcon} from '../icon/icon.component.js';
import {addBuiltinIcons} from '../icon/registry.js';
import {iconArrowSimpleLeft, iconArrowSimpleRight} from '../icon/icon-data.generated.js';
import {define} from '../../internal/define.js';
import '../article-card/article-card.js';

export {IjmRelatedStories};

// Only the icons the rail draws, not the whole set (`@ijm/widgets/icon.js` adds the rest).
addBuiltinIcons({'arrow-simple-left': iconArrowSimpleLeft, 'arrow-simple-right': iconArrowSimpleRight});
define('ijm-icon', IjmIcon);
define('ijm-related-stories', IjmRelatedStories);

// The tag in React's JSX too (types only).
export type {} from '../../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-related-stories': IjmRelatedStories;
  }
}
