// The rail's box: see ../reserve.ts.

import type {Steps} from './steps.js';

/** The rail: cards in a scrolling row (each `slideWidth` wide) or, from `wide` em, a grid of `limit` columns. */
export const rail = {
  /** Between cards: 1.25 × `--ijm-space` (the widgets' `--_space`). */
  gapFactor: 1.25,
  slideWidth: 'min(80%,18em)',
  /** What the slide width comes to in the narrow rail (its percentage has no width to resolve against). */
  narrowSlide: '18em',
  wide: 48,
  /** The header (heading, "see more", previous/next) as its default text wraps, with and without "see more"; then its 1em gap. */
  header: [
    [0, 7.5],
    [28, 3.75],
    [42, 2.75],
  ] as Steps,
  headerWithMore: [
    [0, 7.5],
    [34, 3.75],
    [47, 2.75],
  ] as Steps,
  headerGap: 1,
};
