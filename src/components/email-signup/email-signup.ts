import {IjmEmailSignup} from './email-signup.component.js';
import {define} from '../../internal/define.js';

export {IjmEmailSignup};

define('ijm-email-signup', IjmEmailSignup);

// The tag in React's JSX too (types only).
export type {} from '../../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-email-signup': IjmEmailSignup;
  }
}
