// The donate box's height: see ../reserve.ts (its text's height, by language and width, is measured: measured.ts).

import type {Steps} from './steps.js';

/** What the donate box keeps besides its measured text: the room `impacts` adds, the compact button. */
export const donate = {
  /** What `impacts` adds: the partner's sentence for the chosen amount (room for two lines, one from 34em) and its gap. */
  impacts: [
    [0, 3.563],
    [34, 2.156],
  ] as Steps,
  /** The compact button: 3em of its 1.0625em text, and at least as wide as its default label (the widget keeps this width too). */
  compactHeight: 3.1875,
  compactWidth: 11,
};
