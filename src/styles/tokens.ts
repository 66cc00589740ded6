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

/**
 * The widgets' one visual family: the type scale, text colours and spacing every widget uses
 * (private: partners theme through the --ijm-* tokens above; these follow them). In `em`, so each
 * follows the widget's --ijm-font-size. Issue 24 found headings at 22/24/24/19 px, body text in the
 * text colour in one widget and muted in another, and panels padded differently.
 */
export const SCALE = {
  /**
   * A widget's heading: the donate box, the sign-up and the rail (22 px at 16 px). The loader's
   * placeholder lays a rail's own heading out at the same size (reserve/rail.ts `headingSize`).
   */
  '--_type-heading': '1.375em',
  /** A story card's heading, one level below (19 px). */
  '--_type-heading-card': '1.1875em',
  '--_leading-heading': '1.25',
  '--_weight-heading': '700',
  /** Notes, labels, messages (14 px). */
  '--_type-small': '0.875em',
  /** Kickers, dates, badges (13 px). */
  '--_type-tiny': '0.8125em',
  /** Running text: in the text colour everywhere. */
  '--_text-body': 'var(--_color-text)',
  /** What is about the text (dates, "optional", a symbol): muted. */
  '--_text-meta': 'var(--_color-muted)',
  /** Inside a panel (donate, sign-up): 24 px. */
  '--_pad-panel': 'calc(var(--_space) * 1.5)',
  /** Between the blocks of a form. */
  '--_gap-stack': 'calc(var(--_space) * 0.75)',
} as const;

const FOLLOWING = [
  ['--ijm-color-primary-contrast', '--_color-primary'],
  ['--ijm-color-accent-contrast', '--_color-accent'],
] as const;

/** `:host { --_color-primary: var(--ijm-color-primary, #00558c); … }` */
export const tokenStyles = unsafeCSS(
  `:host{${Object.entries(TOKENS)
    .map(([name, value]) => `${privateName(name as TokenName)}:var(${name},${value});`)
    .join('')}${Object.entries(SCALE)
    .map(([name, value]) => `${name}:${value};`)
    .join('')}}` +
    `@supports (color: color(from red xyz-d65 y y y)){:host{${FOLLOWING.map(
      ([name, background]) => `${privateName(name)}:var(${name},${readableOn(`var(${background})`)});`,
    ).join('')}}}`,
);
