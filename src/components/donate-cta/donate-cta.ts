import {IjmDonateCta} from './donate-cta.component.js';
import {define} from '../../internal/define.js';

export {IjmDonateCta};
export * from './events.js';

define('ijm-donate-cta', IjmDonateCta);

// The tag in React's JSX too (types only).
export type {} from '../../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-donate-cta': IjmDonateCta;
  }
}
