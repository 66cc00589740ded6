/**
 * WCAG 2 contrast between sRGB colours, and the readable text colour for a background. Pure
 * maths (no DOM): the provider uses it for the partner's colours, the embed builder to show
 * a volunteer the contrast of what they chose.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [red: number, green: number, blue: number];

/** The text colours a partner colour gets: white, else the widgets' dark text, else black. */
export const LIGHT_TEXT = '#ffffff';
export const DARK_TEXT = '#1b2430';
const BLACK = '#000000';

/** WCAG AA for normal text. */
export const READABLE = 4.5;

/** `#rgb` or `#rrggbb` to channels; `undefined` for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** Relative luminance (WCAG 2). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for `background`: white when it reads at least 4.5:1, else the widgets' dark
 * text colour, else black (one of white and black always reaches 4.5:1).
 */
export function readableTextOn(background: Rgb): string {
  for (const text of [LIGHT_TEXT, DARK_TEXT]) {
    if (contrastRatio(parseHex(text)!, background) >= READABLE) return text;
  }
  return BLACK;
}
