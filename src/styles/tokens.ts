import {unsafeCSS} from 'lit';
import {TOKENS, type TokenName} from './token-values.js';

export {TOKENS, type TokenName};

/** `--ijm-color-primary` → `--_color-primary`. */
export const privateName = (token: TokenName) => `--_${token.slice('--ijm-'.length)}`;

/**
 * Text on a colour the page sets by CSS alone (`--ijm-color-accent: #e4572e`, no `-contrast`
 * beside it): computed from that colour's luminance (its `y` in XYZ) with CSS relative colour
 * syntax — white up to Y 0.179, the widgets' dark text (#1b2430) from Y 0.26, black between —
 * so it always reads at 4.5:1 or more (white on #e4572e was 3.68:1). The same rule as the
 * provider's `accent-color` (styles/contrast.ts); a `-contrast` the page sets wins. Engines
 * without relative colours keep the fixed defaults.
 */
export const readableOn = (background: string) => {
  const white = `clamp(0, (0.179 - y) * 100000, 1)`;
  const dark = `clamp(0, (y - 0.26) * 100000, 1)`;
  const channel = (w: number, d: number) => `calc(${w} * ${white} + ${d} * ${dark})`;
  return `color(from ${background} xyz-d65 ${channel(0.95046, 0.01616)} ${channel(1, 0.01708)} ${channel(1.08906, 0.03041)})`;
};

const FOLLOWING = [
  ['--ijm-color-primary-contrast', '--_color-primary'],
  ['--ijm-color-accent-contrast', '--_color-accent'],
] as const;

/** `:host { --_color-primary: var(--ijm-color-primary, #00558c); … }` */
export const tokenStyles = unsafeCSS(
  `:host{${Object.entries(TOKENS)
    .map(([name, value]) => `${privateName(name as TokenName)}:var(${name},${value});`)
    .join('')}}` +
    `@supports (color: color(from red xyz-d65 y y y)){:host{${FOLLOWING.map(
      ([name, background]) => `${privateName(name)}:var(${name},${readableOn(`var(${background})`)});`,
    ).join('')}}}`,
);
