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
 *
 * Each widget's metrics are a module of their own in reserve/, so a widget's code carries only its
 * own; this module puts them together for the loader (scripts/build-placeholders.mjs).
 */

import {TOKENS, type TokenName} from './token-values.js';
import {stepRules} from './reserve/steps.js';
import {iconBox} from './reserve/icon.js';
import {card, cardBodyReserve} from './reserve/card.js';
import {rail} from './reserve/rail.js';
import {donate, donateBoxRules} from './reserve/donate.js';
import {signupBoxRules} from './reserve/signup.js';

/** A token with its default, for the page's own CSS (the widgets read the private copies, see tokens.ts). */
const token = (name: TokenName) => `var(${name},${TOKENS[name]})`;

/**
 * The document-level stylesheet the loader adopts: every `ijm-*` tag, until its code arrives,
 * takes the box it will have, drawn as a quiet outline. What a partner put inside it (a plain
 * donate link) still shows in it.
 */
export function placeholderCss(): string {
  // Until its code is in, and then until its first render in its language is (IjmElement's `pending`
  // state); a forgiving list, so an engine without `:state()` keeps the first half.
  const undefinedTag = (tag: string) => `${tag}:is(:not(:defined),:state(pending))`;
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
    // What a card holds (its `image` slot's image, drawn in the image box the card keeps) takes no
    // room of its own meanwhile.
    `${card$}>*{display:none}`,
    // The rail: its skeleton, `limit` cards in a row. Cards inside it are its data (it draws them
    // in that row itself), so they take no room of their own meanwhile.
    `${rail$}>ijm-article-card{display:none}`,
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
