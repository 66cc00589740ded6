/**
 * The boxes the widgets take before their code (and their language's text) is in: the stylesheet
 * dist/cdn/placeholders.css ({@link placeholderCss}), which the snippets link before the tags (the
 * loader links it on a page that didn't), gives every `ijm-*` tag the box the widget will draw, so
 * nothing on the page moves when it does. The widgets keep no minimum of their own: once drawn,
 * each is as tall as its content.
 *
 * Heights are in the widget's `em` (its base font size, `--ijm-font-size`) and depend on its own
 * width (`cqi`, the host being an inline-size container), its language and the attributes that
 * change its layout. Where the widget's own text decides the height (the donate box, the sign-up,
 * the rail's header), the heights are measured from the real widgets in Chromium, in every
 * shipped language at every width from 240 to 1280 px (scripts/measure-reserve.mjs writes
 * reserve/measured.ts); where the partner's text does (a card's heading and summary, a rail's own
 * heading), the placeholder lays that text out itself, invisibly, from the attribute.
 *
 * The static metrics are modules in reserve/ (a widget's code imports only its own); this module
 * puts them together for the loader (scripts/build-placeholders.mjs).
 */

import {TOKENS, type TokenName} from './token-values.js';
import {stepRules} from './reserve/steps.js';
import {iconBox} from './reserve/icon.js';
import {card, cardBodyReserve} from './reserve/card.js';
import {rail} from './reserve/rail.js';
import {donate} from './reserve/donate.js';
import {measured} from './reserve/measured.js';
import {donate as enDonate} from '../i18n/en/donate.js';
import {ro} from '../i18n/ro.js';
import {uk} from '../i18n/uk.js';
import {bg} from '../i18n/bg.js';
import {DEFAULT_AMOUNTS, defaultAmounts, defaultPreset, formatMoney} from '../components/donate-cta/donation.js';

/**
 * The measured heights (reserve/measured.ts, scripts/measure-reserve.mjs) as custom properties on
 * a placeholder's `::before`, one per table (`--dm`: the donate panel, monthly…) in the widget's
 * language. Each language's steps set `--<table><language initial>` (`--dmr`: Romanian), one
 * `@container` rule per width where any height changes, holding only what changes there; a rule
 * per language then picks its own (`--dm:var(--dmr)`). On every placeholder (`placeholder`: any
 * element not yet defined or drawn; a `::before` with no `content` is never drawn). The widget's language as the widget finds
 * it: its own `lang` or an ancestor's (`:lang()`), unless a provider's `locale` says otherwise for
 * a widget without one (`ijm-widgets[locale]`); English for anything else.
 */
function languageRules(placeholder: string): string {
  const languages = Object.keys(measured.dm);
  const tables = Object.keys(measured).filter((name) => name !== 'rx');
  const select = (lang: string) =>
    `${lang === 'en' ? `${placeholder}::before,` : ''}${placeholder}:lang(${lang})::before,ijm-widgets[locale|=${lang} i] ${placeholder}:not([lang])::before`;
  const pick = languages.map((lang) => `${select(lang)}{${tables.map((name) => `--${name}:var(--${name}${lang[0]})`).join(';')}}`).join('');
  // width (em) → declarations
  const byWidth = new Map<number, string>();
  for (const name of tables) {
    for (const lang of languages) {
      for (const [from, height] of measured[name][lang]) byWidth.set(from, `${byWidth.get(from) ?? ''}--${name}${lang[0]}:${height}em;`);
    }
  }
  const steps = [...byWidth.keys()]
    .sort((a, b) => a - b)
    .map((from) => {
      const rule = `${placeholder}::before{${byWidth.get(from)}}`;
      return from ? `@container (min-width:${from}em){${rule}}` : rule;
    })
    .join('');
  return steps + pick;
}

/**
 * The compact button's label as the widget draws it when a partner gives no `amount`, for its
 * placeholder to lay out, invisibly, in the button's font: the lines it will wrap to in a column of
 * any width (the compact button is an inline box, with no container to measure against). The words
 * in each language and frequency, around the default amount: `--_pc` in a currency with default
 * amounts of its own (as Romanian writes it: other languages' ways are as wide), else `--_pm`, the
 * dollar amount as the language writes it ("$50", "50 USD"). The language as the widget finds it (see languageRules); `--_pc` and `--_pm` are set on the tag itself, names the widget never reads.
 */
function compactLabels(compact: string): string {
  const catalogs = {en: enDonate, ro: ro.donate, uk: uk.donate, bg: bg.donate};
  const MARK = '\u0000';
  const rules: string[] = [];
  const inLang = (selector: string, which: string, lang: string) => {
    const list = [`${selector}${which}:lang(${lang})`, `ijm-widgets[locale|=${lang} i] ${selector}${which}:not([lang])`];
    if (lang === 'en') list.unshift(`${selector}${which}`);
    return list;
  };
  for (const [lang, strings] of Object.entries(catalogs)) {
    for (const frequency of ['monthly', 'once'] as const) {
      const which = frequency === 'once' ? '[frequency=once]' : '';
      const [before, after] = strings.button(MARK, frequency).split(MARK);
      rules.push(`${inLang(compact, which, lang).map((s) => `${s}::before`).join(',')}{content:${JSON.stringify(before)} var(--_pc,var(--_pm)) ${JSON.stringify(after)}}`);
    }
  }
  const tag = 'ijm-donate-cta[variant=compact]';
  for (const frequency of ['monthly', 'once'] as const) {
    const once = frequency === 'once' ? '[frequency=once]' : '';
    const money = (currency: string, lang: string) => JSON.stringify(formatMoney(defaultPreset(defaultAmounts(currency, frequency))!, currency, lang));
    // Dollars as each language writes them ("$50", "50 USD"); the other currencies as Romanian does ("100 RON": English's "RON 100" is as wide).
    for (const lang of Object.keys(catalogs)) rules.push(`${inLang(tag, once, lang).join(',')}{--_pm:${money('USD', lang)}}`);
    for (const currency of Object.keys(DEFAULT_AMOUNTS).filter((c) => c !== 'USD')) rules.push(`${tag}${once}[currency=${currency} i]{--_pc:${money(currency, 'ro')}}`);
  }
  return rules.join('');
}

/** A token with its default, for the page's own CSS (the widgets read the private copies, see tokens.ts). */
const token = (name: TokenName) => `var(${name},${TOKENS[name]})`;

/**
 * The document-level stylesheet (placeholders.css): every `ijm-*` tag, until its code arrives,
 * takes the box it will have, drawn as a quiet outline. What a partner put inside it (a plain
 * donate link) still shows in it.
 */
export function placeholderCss(): string {
  // Until its code is in, and then until its first render in its language is (IjmElement's `pending`
  // state); a forgiving list, so an engine without `:state()` keeps the first half.
  const pending = ':is(:not(:defined),:state(pending))';
  const undefinedTag = (tag: string) => `${tag}${pending}`;
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
  const wideSlide = (columns: string) => `(100cqi - (${columns} - 1) * ${gap}) / ${columns}`;
  const side = `${card$}[variant=horizontal]`;
  const named = `${rail$}[heading]:not([heading=""])`;
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
    // Its height: the header, its gap and a card `--_slide` wide; wide, `--_cols` cards in a row.
    `${rail$}::before{content:"";float:left;width:1px;--_slide:var(--ijm-rail-slide-width,${rail.narrowSlide});padding-top:calc(var(--_header) + ${rail.headerGap}em + ${railCard('var(--_slide)')});overflow-x:scroll;scrollbar-width:thin;scrollbar-color:transparent transparent;--_header:var(--rh)}`,
    `${rail$}[more-href]::before{--_header:var(--rm)}`,
    `@container (min-width:${rail.wide}em){${rail$}::before{overflow:visible;--_cols:4;--_slide:${wideSlide('var(--_cols)')}}${[3, 2, 1]
      .map((columns) => `${rail$}[limit="${columns}"]::before{--_cols:${columns}}`)
      .join('')}}`,
    // The donate box and the sign-up: the height their text takes, in the widget's language (see languageRules).
    `${donate$}::before,${signup$}::before{content:"";float:left}`,
    `${donate$}::before{--_h:var(--dm);height:calc(var(--_h) + var(--_portal,0em) + var(--_impacts,0em))}`,
    `${donate$}[frequency=once]::before{--_h:var(--do)}${donate$}[variant=banner]::before{--_h:calc(var(--dm) + var(--bm))}${donate$}[variant=banner][frequency=once]::before{--_h:calc(var(--do) + var(--bo))}`,
    `${donate$}[portal-href]::before{--_portal:var(--dp)}`,
    stepRules(`${donate$}[impacts]::before`, '--_impacts', donate.impacts),
    `${signup$}::before{height:calc(var(--ss) + var(--_name,0em) + var(--_consent,0em))}${signup$}[layout=inline]::before{height:calc(var(--si) + var(--_consent,0em))}`,
    `${signup$}[name-field]::before{--_name:var(--sn)}${signup$}[consent]:not([consent=""])::before{--_consent:var(--sc)}`,
    languageRules(pending),
    // A rail with a heading of the partner's own: that heading laid out, invisibly, in the header's
    // font (::after, put first), beside the buttons (and "see more", `--_rb` wide with the gap before them) where the real
    // header has them on its line (its heading's basis, 12 of its em, fits beside them), else
    // above them; then the skeleton's cards (::before, with the header's gap) with no measured header.
    `${named}{display:flex;flex-direction:column;align-items:flex-start}${named}::before{--_header:0em}`,
    `${named}::after{content:attr(heading);order:-1;align-self:stretch;visibility:hidden;font-weight:700;font-family:var(--ijm-font-family-heading,inherit);font-size:${rail.headingSize}em;line-height:1.25;overflow-wrap:anywhere;` +
      // `--_w` is 1 where the buttons wrap below the heading; lengths in this box's em (`headingSize` of the rail's).
      `--_w:max(0,sign(12em + var(--_rb) / ${rail.headingSize} - 100cqi));padding-inline-end:calc((1 - var(--_w)) * var(--_rb) / ${rail.headingSize});min-height:calc((1 - var(--_w)) * ${em(rail.buttons, rail.headingSize)});margin-bottom:calc(var(--_w) * ${em(rail.buttons + 0.5, rail.headingSize)})}`,
    `${rail$}{--_rb:${rail.buttons * 2 + 1.5}em}` +
      Object.entries(measured.rx)
        .map(([lang, [[, width]]]) => `${lang === 'en' ? `${rail$}[more-href],` : ''}${rail$}[more-href]:lang(${lang}),ijm-widgets[locale|=${lang} i] ${rail$}[more-href]:not([lang]){--_rb:${width}em}`)
        .join(''),
    // The compact button: as wide as its label allows (at least its minimum), its label laid out
    // as the button's own (font, padding, balanced lines); what the partner put inside (a plain
    // donate link) shows over it, in the same grid cell, taking no room of its own.
    `${donate$}[variant=compact]{display:inline-grid;container-type:normal;min-width:${donate.compactWidth}em;max-width:100%;vertical-align:middle}`,
    `${donate$}[variant=compact]::before{grid-area:1/1;float:none;box-sizing:border-box;height:auto;min-height:3em;padding:.5em 1.25em;visibility:hidden;font-size:1.0625em;font-weight:700;text-wrap:balance;text-align:center;overflow-wrap:anywhere}`,
    `${donate$}[variant=compact]>*{grid-area:1/1;place-self:center}`,
    compactLabels(`${donate$}[variant=compact]`),
  ].join('');
}
