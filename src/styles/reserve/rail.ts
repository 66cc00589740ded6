// The rail's box: see ../reserve.ts.

/** The rail: cards in a scrolling row (each `slideWidth` wide) or, from `wide` em, a grid of `limit` columns. */
export const rail = {
  /** Between cards: 1.25 × `--ijm-space` (the widgets' `--_space`). */
  gapFactor: 1.25,
  slideWidth: 'min(80%,18em)',
  /** What the slide width comes to in the narrow rail (its percentage has no width to resolve against). */
  narrowSlide: '18em',
  wide: 48,
  /** Below the header (its height, by language and width, is measured: measured.ts). */
  headerGap: 1,
  /** The rail's heading, in the rail's em: the widgets' --_type-heading (styles/tokens.ts), 22 px at 16 px. */
  headingSize: 1.375,
  /** The previous/next buttons' size (square). */
  buttons: 2.75,
};
