/**
 * The contrast the builder shows for each chosen colour: the text colour the provider will draw on
 * it (src/styles/contrast.ts: white, else the widgets' dark text, else black — the same rule) and
 * the WCAG ratio; for the main colour also its ratio on the widgets' white background (headings
 * and links are drawn in it). Any CSS colour is read through a 1×1 canvas over white, as the
 * provider reads it.
 */
import {LIGHT_TEXT, DARK_TEXT, contrastRatio, parseHex, readableTextOn, type Rgb} from '../styles/contrast.js';

let context: CanvasRenderingContext2D | null | undefined;

/** The colour as sRGB channels over white, or `undefined` when CSS does not know it. */
export function toRgb(colour: string): Rgb | undefined {
  const hex = parseHex(colour);
  if (hex) return hex;
  if (!CSS.supports('color', colour)) return undefined;
  context ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true});
  if (!context) return undefined;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

export interface TextOn {
  text: 'white' | 'dark' | 'black';
  /** The text colour as CSS. */
  css: string;
  ratio: number;
  /** The colour's own ratio on the widgets' white background. */
  onWhite: number;
}

/** The text colour the provider draws on `colour`, with its ratio; `undefined` for a colour CSS does not know. */
export function textOn(colour: string): TextOn | undefined {
  const rgb = toRgb(colour);
  if (!rgb) return undefined;
  const css = readableTextOn(rgb);
  return {
    text: css === LIGHT_TEXT ? 'white' : css === DARK_TEXT ? 'dark' : 'black',
    css,
    ratio: contrastRatio(rgb, parseHex(css)!),
    onWhite: contrastRatio(rgb, [255, 255, 255]),
  };
}

/** `3.684` → `3.68` (rounded down, so a ratio shown as 4.50 is at least 4.5). */
export const formatRatio = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);
