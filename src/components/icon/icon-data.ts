/**
 * One icon's artwork: path data in a 24×24 box, drawn like Tabler Icons:
 * stroked 2px with round caps and joins (outline), or filled.
 */
export interface IconData {
  /** SVG path data in a `0 0 24 24` box. */
  readonly d: string;
  /** Filled with the text colour instead of stroked with it. */
  readonly filled?: boolean;
  /** Points along the reading direction, so it is mirrored in right-to-left text. */
  readonly mirror?: boolean;
}
