import {IjmWidgets} from './provider.component.js';
import {define} from '../internal/define.js';

export {IjmWidgets};

define('ijm-widgets', IjmWidgets);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-widgets': IjmWidgets;
  }
}
