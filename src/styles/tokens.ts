import {unsafeCSS} from 'lit';
import {TOKENS, type TokenName} from './token-values.js';

export {TOKENS, type TokenName};

/** `--ijm-color-primary` → `--_color-primary`. */
export const privateName = (token: TokenName) => `--_${token.slice('--ijm-'.length)}`;

/** `:host { --_color-primary: var(--ijm-color-primary, #00558c); … }` */
export const tokenStyles = unsafeCSS(
  `:host{${Object.entries(TOKENS)
    .map(([name, value]) => `${privateName(name as TokenName)}:var(${name},${value});`)
    .join('')}}`,
);
