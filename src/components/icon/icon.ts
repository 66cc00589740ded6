import {IjmIcon} from './icon.component.js';
import {addBuiltinIcons} from './registry.js';
import {builtinIcons} from './icon-data.generated.js';
import {define} from '../../internal/define.js';

export {IjmIcon};

// The element with all 53 site icons: what the CDN and `@ijm/widgets/icon.js` give.
addBuiltinIcons(builtinIcons);
define('ijm-icon', IjmIcon);

// The tag in React's JSX too (types only).
export type {} from '../../react/jsx.js';

declare global {
  interface HTMLElementTagNameMap {
    'ijm-icon': IjmIcon;
  }
}
