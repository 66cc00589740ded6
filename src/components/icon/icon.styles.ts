import {css, unsafeCSS} from 'lit';
import {iconBox} from '../../styles/reserve/icon.js';

/**
 * No `hostStyles` here on purpose: an icon takes its size from the
 * surrounding text (`1em`) and its colour from it (`currentColor`), so it
 * must not reset `font-size` or `color` on its host.
 */
export const iconStyles = css`
  :host { ${unsafeCSS(iconBox)} }
  :host([hidden]) { display: none !important; }
  svg { display: block; width: 100%; height: 100%; fill: currentColor; }
  .stroked { fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
  :host(:dir(rtl)) .mirror { transform: scaleX(-1); }
`;
