import {IjmDonateCta} from './donate-cta.component.js';
import {define} from '../../internal/define.js';

export {IjmDonateCta};
export * from './events.js';

define('ijm-donate-cta', IjmDonateCta);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-donate-cta': IjmDonateCta;
  }
}
