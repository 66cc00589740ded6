import {IjmWidgets} from './provider.component.js';
import {define} from '../internal/define.js';

export {IjmWidgets};

define('ijm-widgets', IjmWidgets);

// The tag in React's JSX too (types only).
export type {} from '../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-widgets': IjmWidgets;
  }
}
