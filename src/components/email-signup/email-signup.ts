import {IjmEmailSignup} from './email-signup.component.js';
import {define} from '../../internal/define.js';

export {IjmEmailSignup};

define('ijm-email-signup', IjmEmailSignup);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-email-signup': IjmEmailSignup;
  }
}
