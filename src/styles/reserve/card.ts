// The article card's box: see ../reserve.ts.

/** The article card, in its own `em` (the card's text metrics are in article-card.styles.ts). */
export const card = {
  ratio: '16 / 9',
  headingLines: 3,
  summaryLines: 3,
  /** Width when shrink-wrapped (a flex row, an inline-block): inline-size containment gives it none. */
  intrinsicWidth: '18em',
  /** 1px border on each side. */
  border: 1,
  /** Padding of the text column: top, inline, bottom. */
  padding: [1, 1.25, 1.25],
  // Literal numbers, no arithmetic here: bundlers keep a module-level object whose values they must compute.
  /** Kicker: 0.8125em text on 1.5 lines plus its 0.5em gap; heading line (1.1875em × 1.3); summary line (0.9375em × 1.5) and gap; date line (0.8125em × 1.5) and its 0.75em gap. */
  kicker: 1.71875,
  headingSize: 1.1875,
  headingLine: 1.54375,
  summarySize: 0.9375,
  summaryLine: 1.40625,
  summaryGap: 0.5,
  date: 1.96875,
  /** The horizontal card puts its image beside the text when it is wider than this. */
  sideBySide: 22,
  sideImage: 'min(40%,14em)',
  sideMinHeight: 7.5,
};

/**
 * The text column's height when it keeps room for its longest content (`var(reserve)` 1: inside
 * the rail, where a row of cards and the skeleton have one height; 0 elsewhere).
 */
export const cardBodyReserve = (reserve: string, headingLines: string, summaryLines: string) =>
  `calc(${reserve} * (${card.padding[0] + card.kicker + card.summaryGap + card.date + card.padding[2]}em + ${card.headingLine}em * ${headingLines} + ${card.summaryLine}em * ${summaryLines}))`;
