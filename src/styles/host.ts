import {css} from 'lit';
import {tokenStyles} from './tokens.js';

/**
 * What every widget with text puts on its host. Inherited properties leak
 * through shadow roots, so a widget sets its own base size, line height,
 * spacing and colours, sizing everything else in `em` from that base (not
 * `rem`: many sites set `html { font-size: 62.5% }`). The font family is
 * inherited on purpose unless `--ijm-font-family` says otherwise.
 */
export const hostStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      font-weight: 400;
      font-style: normal;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-transform: none;
      text-indent: 0;
      white-space: normal;
      color: var(--_color-text);
      -webkit-text-size-adjust: 100%;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition-duration: 0.01ms !important;
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
