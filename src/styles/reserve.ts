/**
 * The boxes the widgets take, in one place: each widget's styles size themselves with these, and
 * the CDN loader (src/loader.ts) gives every `ijm-*` tag the same box before its code has
 * arrived ({@link placeholderCss}), so nothing on the page moves when it does. Plain strings (no
 * Lit): the loader stays one small file.
 *
 * Heights are in the widget's `em` (its base font size, `--ijm-font-size`) and depend on its own
 * width (`cqi`, the host being an inline-size container) and on the attributes that change its
 * layout. Where text decides the height (the donate box's and the sign-up's default text), the
 * widget keeps at least the height that text takes in English at the narrowest width of each
 * range (`min-height` on its box), so the defined widget and its placeholder have one height.
 */

import {TOKENS, type TokenName} from './token-values.js';

/** A range of widths from `from` em up, and the height (em) kept in it. */
type Steps = readonly (readonly [from: number, height: number])[];

/** `<ijm-icon>`: a square of the surrounding text's size, on its baseline like a letter. */
export const iconBox =
  'display:inline-block;flex:none;width:var(--ijm-icon-size,1em);height:var(--ijm-icon-size,1em);vertical-align:-0.125em';

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

/** The donate box: the panel and the banner by frequency, what the donor-portal line adds, the compact button. */
export const donate = {
  monthly: [
    [0, 46.438],
    [20, 40.188],
    [22, 35.656],
    [28, 29.188],
    [34, 27.688],
    [42, 26.188],
    [56, 22.969],
  ] as Steps,
  once: [
    [0, 41.719],
    [20, 33.75],
    [22, 32.438],
    [28, 30.938],
    [34, 24.469],
    [42, 22.969],
  ] as Steps,
  bannerMonthly: [
    [0, 46.688],
    [20, 40.438],
    [22, 35.906],
    [28, 29.438],
    [34, 27.938],
    [42, 21.563],
    [48, 20.25],
    [56, 17],
  ] as Steps,
  bannerOnce: [
    [0, 41.969],
    [20, 34],
    [22, 32.688],
    [28, 31.188],
    [34, 24.719],
    [42, 21.563],
    [48, 20.25],
  ] as Steps,
  /** What `impacts` adds: the sentence for the chosen amount (room for two lines, one from 34em) and its gap. */
  impacts: [
    [0, 3.563],
    [34, 2.156],
  ] as Steps,
  portal: [
    [0, 7.063],
    [20, 5.75],
    [28, 4.438],
    [42, 3.125],
  ] as Steps,
  /** The compact button: 3em of its 1.0625em text, and at least as wide as its default label (the widget keeps this width too). */
  compactHeight: 3.1875,
  compactWidth: 11,
};

/** The sign-up, stacked or (`layout="inline"`, from `inline` em) fields and button in one row; what a name field and a one-line consent add. */
export const signup = {
  stacked: [
    [0, 21.781],
    [20, 20.281],
    [22, 18.781],
    [34, 17.281],
    [56, 15.781],
  ] as Steps,
  inline: [
    [37, 13.781],
    [56, 12.281],
  ] as Steps,
  nameField: 5.031,
  consent: 2.25,
};

/** `steps` as a property of `selector`, one `@container` rule per range (`add` em added to each). */
export function stepRules(selector: string, property: string, steps: Steps, add = ''): string {
  return steps
    .map(([from, height]) => {
      const rule = `${selector}{${property}:calc(${height}em${add})}`;
      return from ? `@container (min-width:${from}em){${rule}}` : rule;
    })
    .join('');
}

/**
 * The donate box's height by width and attributes, as `property` of `select(attributes)`: the
 * widget's own `section` (`:host(…) section`) or the placeholder's `::before` (what a container
 * query can size: the element itself asks the container around it).
 */
export function donateBoxRules(select: (attributes: string) => string, property: string): string {
  const extra = ' + var(--_portal,0em) + var(--_impacts,0em)';
  return (
    stepRules(select(':not([variant=compact])'), property, donate.monthly, extra) +
    stepRules(select('[frequency=once]:not([variant=compact])'), property, donate.once, extra) +
    stepRules(select('[variant=banner]'), property, donate.bannerMonthly, extra) +
    stepRules(select('[variant=banner][frequency=once]'), property, donate.bannerOnce, extra) +
    stepRules(select('[portal-href]:not([variant=compact])'), '--_portal', donate.portal) +
    stepRules(select('[impacts]:not([variant=compact])'), '--_impacts', donate.impacts)
  );
}

/** The sign-up's height by width and attributes, as {@link donateBoxRules}. */
export function signupBoxRules(select: (attributes: string) => string, property: string): string {
  return (
    stepRules(select(''), property, signup.stacked, ' + var(--_name,0em) + var(--_consent,0em)') +
    stepRules(select('[layout=inline]'), property, signup.inline, ' + var(--_consent,0em)') +
    `${select('[name-field]')}{--_name:${signup.nameField}em}${select('[consent]:not([consent=""])')}{--_consent:${signup.consent}em}`
  );
}

/** A token with its default, for the page's own CSS (the widgets read the private copies, see tokens.ts). */
const token = (name: TokenName) => `var(${name},${TOKENS[name]})`;

/**
 * The document-level stylesheet the loader adopts: every `ijm-*` tag, until its code arrives,
 * takes the box it will have, drawn as a quiet outline. What a partner put inside it (a plain
 * donate link) still shows in it.
 */
export function placeholderCss(): string {
  const undefinedTag = (tag: string) => `${tag}:not(:defined)`;
  const tokenFont = `font-size:${token('--ijm-font-size')};line-height:1.5`;
  const quiet = `background:color-mix(in srgb,${token('--ijm-color-border')} 30%,transparent);border-radius:${token('--ijm-radius')}`;
  const card$ = undefinedTag('ijm-article-card');
  const rail$ = undefinedTag('ijm-related-stories');
  const donate$ = undefinedTag('ijm-donate-cta');
  const signup$ = undefinedTag('ijm-email-signup');
  const [top, inline, bottom] = card.padding;
  const border = `${card.border}px`;
  const ratio = `var(--ijm-card-image-ratio,${card.ratio})`;
  /** The card's text column: one of its pieces of text, invisible, `size` em, at most `n` lines of `line` em. */
  const text = (size: number, line: number, n: string) =>
    `display:block;font-size:${size}em;line-height:${line / size};max-height:calc(${line / size}em * ${n});overflow:hidden;visibility:hidden;overflow-wrap:anywhere;white-space:normal;margin-inline:${inline / size}em`;
  const headingLines = `var(--ijm-card-heading-lines,${card.headingLines})`;
  const summaryLines = `var(--ijm-card-summary-lines,${card.summaryLines})`;
  const em = (value: number, size: number) => `${+(value / size).toFixed(5)}em`;
  // The card in a rail's slide `slide` wide: border, image, the text column keeping room for its longest content.
  const railCard = (slide: string) => `2 * ${border} + (${slide} - 2 * ${border}) / (${ratio}) + ${cardBodyReserve('1', headingLines, summaryLines)}`;
  const gap = `var(--ijm-rail-gap,calc(${token('--ijm-space')} * ${rail.gapFactor}))`;
  const wideSlide = (columns: number) => `(100cqi - ${columns - 1} * ${gap}) / ${columns}`;
  const side = `${card$}[variant=horizontal]`;
  return [
    `${undefinedTag('ijm-widgets')}{display:contents}`,
    `${undefinedTag('ijm-icon')}{${iconBox}}`,
    // Block boxes of the widgets' text size, each a container its placeholder is sized against.
    `${card$},${rail$},${donate$},${signup$}{display:flow-root;box-sizing:border-box;container-type:inline-size;${tokenFont}}`,
    `${donate$},${signup$},${card$},${rail$}{${quiet}}`,
    `${card$}{contain-intrinsic-inline-size:${card.intrinsicWidth};padding-bottom:calc(${bottom}em + ${border})}`,
    `${card$}[date]{padding-bottom:calc(${card.date + bottom}em + ${border})}`,
    // The heading and the summary laid out, invisibly, from their own attributes: the lines they will take.
    `${card$}::before{content:attr(heading);font-weight:700;font-family:var(--ijm-font-family-heading,inherit);${text(card.headingSize, card.headingLine, headingLines)};margin-top:calc(${border} + (100cqi - 2 * ${border}) / (${ratio}) + ${em(top + card.kicker, card.headingSize)})}`,
    `${card$}[kicker=""]::before{margin-top:calc(${border} + (100cqi - 2 * ${border}) / (${ratio}) + ${em(top, card.headingSize)})}`,
    `${card$}[summary]:not([summary=""])::after{content:attr(summary);${text(card.summarySize, card.summaryLine, summaryLines)};margin-top:${em(card.summaryGap, card.summarySize)}}`,
    `@container (min-width:${card.sideBySide}em){${side}{min-height:calc(${card.sideMinHeight}em + 2 * ${border})}` +
      `${side}::before{margin-top:calc(${border} + ${em(top + card.kicker, card.headingSize)});margin-inline-start:calc(${card.sideImage.replace('14em', em(14, card.headingSize))} + ${em(inline, card.headingSize)})}` +
      `${side}[kicker=""]::before{margin-top:calc(${border} + ${em(top, card.headingSize)})}` +
      `${side}::after{margin-inline-start:calc(${card.sideImage.replace('14em', em(14, card.summarySize))} + ${em(inline, card.summarySize)})}}`,
    // The rail: its skeleton, `limit` cards in a row.
    // A scroll container like the narrow rail's track, so that it is as much taller as that one is
    // where scrollbars take room (Firefox and desktop browsers with classic scrollbars); unseen.
    `${rail$}::before{content:"";float:left;width:1px;padding-top:calc(var(--_header) + ${rail.headerGap}em + ${railCard(`var(--ijm-rail-slide-width,${rail.narrowSlide})`)});overflow-x:scroll;scrollbar-width:thin;scrollbar-color:transparent transparent}`,
    stepRules(`${rail$}::before`, '--_header', rail.header),
    stepRules(`${rail$}[more-href]::before`, '--_header', rail.headerWithMore),
    `@container (min-width:${rail.wide}em){${[4, 3, 2, 1]
      .map((columns) => `${rail$}${columns < 4 ? `[limit="${columns}"]` : ''}::before{overflow:visible;padding-top:calc(var(--_header) + ${rail.headerGap}em + ${railCard(wideSlide(columns))})}`)
      .join('')}}`,
    // The donate box and the sign-up: the height their text keeps (see donateBoxRules, signupBoxRules).
    `${donate$}::before,${signup$}::before{content:"";float:left}`,
    donateBoxRules((attributes) => `${donate$}${attributes}::before`, 'height'),
    signupBoxRules((attributes) => `${signup$}${attributes}::before`, 'height'),
    `${donate$}[variant=compact]{display:inline-flex;align-items:center;justify-content:center;container-type:normal;min-height:${donate.compactHeight}em;min-width:${donate.compactWidth}em;padding-inline:1.25em;vertical-align:middle}`,
    `${donate$}[variant=compact]::before{content:none}`,
  ].join('');
}
