import {IjmArticleCard} from './article-card.component.js';
import {define} from '../../internal/define.js';
import '../icon/icon.js';

export {IjmArticleCard};

define('ijm-article-card', IjmArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-article-card': IjmArticleCard;
  }
}
