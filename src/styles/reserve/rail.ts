// The rail's box: see ../reserve.ts.

/** The rail: cards in a scrolling row (each `slideWidth` wide) or, from `wide` em, a grid of `limit` columns. */
export const rail = {
  /** Between cards: 1.25 × `--ijm-space` (the widgets' `--_space`). */
  gapFactor: 1.25,
  slideWidth: 'min(80%,18em)',
  /** The slide width in the narrow rail: 18em, or less in a rail under 20em so that the next card peeks (the rail's own rule, in its width: cqi). */
  narrowSlide: 'min(18em,100cqi - 2em)',
  wide: 48,
  /** Below the header (its height, by language and width, is measured: measured.ts). */
  headerGap: 1,
  /** The previous/next buttons' size (square). */
  buttons: 2.75,
};
