/**
 * The contrast the builder shows for each chosen colour: which text colour reads on it (white or
 * black, whichever contrasts more, as the provider picks its `-contrast` colours) and the WCAG
 * contrast ratio. Any CSS colour is read through a 1×1 canvas, so `#0b6e4f`, `rgb(…)`, `oklch(…)`
 * and colour names all work.
 */
export type Rgb = [number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/** The colour as sRGB bytes, or `undefined` when CSS does not know it. */
export function toRgb(colour: string): Rgb | undefined {
  if (!CSS.supports('color', colour)) return undefined;
  context ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true});
  if (!context) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

const channel = (byte: number) => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export interface TextOn {
  text: 'white' | 'black';
  /** The text colour as CSS. */
  css: string;
  ratio: number;
}

/** The text colour that reads best on `colour`, with its ratio; `undefined` for a colour CSS does not know. */
export function textOn(colour: string): TextOn | undefined {
  const rgb = toRgb(colour);
  if (!rgb) return undefined;
  const white = contrastRatio(rgb, [255, 255, 255]);
  const black = contrastRatio(rgb, [0, 0, 0]);
  return white >= black ? {text: 'white', css: '#ffffff', ratio: white} : {text: 'black', css: '#000000', ratio: black};
}

/** `3.684` → `3.68` (rounded down, so a ratio shown as 4.5 is at least 4.5). */
export const formatRatio = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);
