import {IjmRelatedStories} from './related-stories.component.js';
import {define} from '../../internal/define.js';
import '../article-card/article-card.js';
import '../icon/icon.js';

export {IjmRelatedStories};

define('ijm-related-stories', IjmRelatedStories);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-related-stories': IjmRelatedStories;
  }
}
