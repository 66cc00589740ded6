/**
 * The donate widget's logic, apart from the element: amounts in, amounts
 * out, and the link to the donation page. No DOM rendering, no Lit.
 */
import type {Frequency} from '../../i18n/strings.js';
import {toSafeHttpUrl} from '../../data/url.js';
import type {PageUtm} from '../../data/utm.js';

export type {Frequency};

/** The charity's donation page: the default `href`. */
export const DEFAULT_DONATE_HREF = 'https://www.ijm.org/donate';

/** The currency when neither the widget nor the provider gives a valid one. */
export const DEFAULT_CURRENCY = 'USD';

/** What the reader chose, and who sent them. */
export interface DonationChoice {
  /** In major units (50 = fifty dollars). Absent: the donation page asks. */
  amount?: number;
  frequency: Frequency;
  /** ISO 4217 code. */
  currency: string;
  campaign?: string;
  partner?: string;
  /** `utm_source` when there is no partner and the page has none; default: the page's host name. */
  source?: string;
  /** The host page's own campaign (`readPageUtm(location.search)`), carried into the URL. */
  pageUtm?: PageUtm;
}

/** The query parameters {@link buildDonationUrl} sets. */
export type DonationParam =
  | 'amount'
  | 'frequency'
  | 'currency'
  | 'campaign'
  | 'partner'
  | 'utm_source'
  | 'utm_medium'
  | 'utm_campaign'
  | 'utm_term'
  | 'utm_content';

/**
 * Other names for the query parameters, for donation platforms that use
 * their own (`{amount: 'amt'}`); an empty name leaves that parameter out.
 */
export type DonationParamNames = Partial<Record<DonationParam, string>>;

const PARAMS: readonly DonationParam[] = [
  'amount',
  'frequency',
  'currency',
  'campaign',
  'partner',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
];

/**
 * The donation page URL for `choice`: `href` with its own query and hash
 * kept, plus `amount`, `frequency`, `currency`, `campaign`, `partner` and the
 * `utm_*` parameters. A parameter the widget sets replaces one of the same
 * name in `href`; one it has no value for (no campaign) is left as `href` has
 * it. Returns `undefined` when `href` is not a safe http(s) URL.
 *
 * The campaign, in order of precedence — what the widget was told wins for
 * what it sets, the host page's campaign (`choice.pageUtm`) fills the rest:
 * - `utm_source`: `partner`, else the page's `utm_source`, else `source`, else the page's host name;
 * - `utm_medium`: the page's `utm_medium`, else `widget`;
 * - `utm_campaign`: `campaign`, else the page's `utm_campaign`;
 * - `utm_term`, `utm_content`: the page's.
 *
 * @example
 * buildDonationUrl('https://www.ijm.org/donate?lang=ro#form', {amount: 50, frequency: 'monthly', currency: 'RON', partner: 'hope-ro'})
 * // 'https://www.ijm.org/donate?lang=ro&amount=50&frequency=monthly&currency=RON&partner=hope-ro&utm_source=hope-ro&utm_medium=widget#form'
 */
export function buildDonationUrl(
  href: string | undefined,
  choice: DonationChoice,
  paramNames: DonationParamNames = {},
): string | undefined {
  const safe = toSafeHttpUrl(href);
  if (!safe) return undefined;
  const url = new URL(safe);
  const page = choice.pageUtm ?? {};
  const source = choice.partner || page.utm_source || choice.source || (typeof location === 'undefined' ? undefined : location.hostname);
  const values: Record<DonationParam, string | undefined> = {
    amount: choice.amount === undefined ? undefined : amountToString(choice.amount),
    frequency: choice.frequency,
    currency: choice.currency,
    campaign: choice.campaign,
    partner: choice.partner,
    utm_source: source,
    utm_medium: page.utm_medium || 'widget',
    utm_campaign: choice.campaign || page.utm_campaign,
    utm_term: page.utm_term,
    utm_content: page.utm_content,
  };
  for (const param of PARAMS) {
    const name = paramNames[param] ?? param;
    const value = values[param];
    if (name && value) url.searchParams.set(name, value);
  }
  return url.href;
}

/** `50` → "50", `50.5` → "50.5", `0.1 + 0.2` → "0.3": at most two decimals, none needless. */
function amountToString(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/**
 * Reads a comma list of preset amounts written in markup (`"25, 50, 100.5"`,
 * dot decimals). Positive numbers are kept once each, from low to high (the
 * order that raises gifts); anything else is returned in `invalid` for the
 * caller to warn about.
 */
export function parseAmountList(text: string | null | undefined): {amounts: number[]; invalid: string[]} {
  const amounts: number[] = [];
  const invalid: string[] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const value = /^\d+(\.\d+)?$/.test(entry) ? Number(entry) : NaN;
    if (value > 0 && Number.isFinite(value)) {
      if (!amounts.includes(value)) amounts.push(value);
    } else {
      invalid.push(entry);
    }
  }
  return {amounts: amounts.sort((a, b) => a - b), invalid};
}

/** What each amount does, `[amount, sentence]` from low to high, per frequency. */
export type ImpactTable = Record<Frequency, Array<[number, string]>>;

/**
 * Reads `impacts`: a JSON object (text, or already an object) of amount →
 * sentence, `{"25": "…", "50": "…"}`, for both frequencies, or per frequency,
 * `{"monthly": {"25": "…"}, "once": {"50": "…"}}`; both forms may be mixed,
 * a frequency's own sentence winning. What is not an amount with a sentence
 * is returned in `invalid`, with the reason, for the caller to warn about.
 */
export function parseImpacts(value: unknown): {impacts: ImpactTable; invalid: string[]} {
  const impacts: ImpactTable = {once: [], monthly: []};
  const invalid: string[] = [];
  if (value == null || value === '') return {impacts, invalid};
  let parsed = value;
  try {
    if (typeof value === 'string') parsed = JSON.parse(value);
  } catch {
    return {impacts, invalid: ['not JSON']};
  }
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(parsed)) return {impacts, invalid: ['not a JSON object']};
  const add = (table: Record<string, unknown>, frequencies: readonly Frequency[]) => {
    for (const [key, sentence] of Object.entries(table)) {
      if (key === 'once' || key === 'monthly') continue;
      const amount = /^\d+(\.\d+)?$/.test(key.trim()) ? Number(key) : NaN;
      if (!(amount > 0) || typeof sentence !== 'string' || !sentence.trim()) {
        invalid.push(key);
        continue;
      }
      for (const frequency of frequencies) {
        const list = impacts[frequency];
        const at = list.findIndex(([a]) => a === amount);
        if (at >= 0) list.splice(at, 1);
        list.push([amount, sentence.trim()]);
      }
    }
  };
  add(parsed, ['once', 'monthly']);
  for (const frequency of ['once', 'monthly'] as const) {
    const own = parsed[frequency];
    if (isObject(own)) add(own, [frequency]);
    else if (own !== undefined) invalid.push(frequency);
  }
  for (const list of Object.values(impacts)) list.sort((a, b) => a[0] - b[0]);
  return {impacts, invalid};
}

/**
 * The sentence for `amount`: its own, else that of the largest amount below
 * it (a custom €60 shows what €50 does), else none.
 */
export function impactFor(list: ReadonlyArray<[number, string]>, amount: number | undefined): string | undefined {
  if (amount === undefined) return undefined;
  let sentence: string | undefined;
  for (const [a, text] of list) if (a <= amount + 1e-9) sentence = text;
  return sentence;
}

/** Currency names people type that are not currency symbols (`\p{Sc}`, removed anyway). */
const LOCAL_CURRENCY_NAMES: Record<string, string> = {RON: '|lei|leu', UAH: '|грн', BGN: '|лв'};

/**
 * Reads an amount as people type it in `locale`: "50", "50.5", "50,5",
 * "1 234,50" (any space, incl. the narrow no-break space `uk` and `bg` use),
 * "1.234,50" in `ro`, "1,234.50" in `en`, with or without the currency
 * symbol or code ("$50", "100 lei", "250 грн", "20 лв."). Separators come from
 * `Intl.NumberFormat(locale).formatToParts`. A separator that could be either
 * is a group separator when exactly three digits follow it, else the decimal
 * point, so "50.5" is fifty and a half in every locale. Returns `undefined`
 * when the text is not a number; the sign is kept ("-5" → -5) for the caller
 * to reject.
 */
export function parseLocalizedAmount(text: string, locale: string, currency = ''): number | undefined {
  const rest = text
    .normalize('NFC')
    .replace(RegExp(currency + (LOCAL_CURRENCY_NAMES[currency] ?? ''), 'i'), '')
    .replace(/\p{Sc}|[\s'’_]/gu, '')
    .replace(/\.$/, '');
  const negative = /^[-−–]/.test(rest);
  const number = negative ? rest.slice(1) : rest;
  let decimal = '.';
  try {
    decimal = new Intl.NumberFormat(locale).formatToParts(0.5).find((p) => p.type === 'decimal')!.value;
  } catch {
    // An invalid locale: English separators.
  }
  const marks = number.replace(/[^.,]/g, '');
  const last = /[.,](\d*)$/.exec(number);
  // The last mark is the decimal point when marks are mixed ("1.234,50"), or when it is the only
  // one and either the locale's decimal point or not followed by exactly three digits ("50.5" in ro).
  const isDecimal = last && (new Set(marks).size > 1 || (marks.length === 1 && (last[0][0] === decimal || last[1].length !== 3)));
  const integer = isDecimal ? number.slice(0, last.index) : number;
  // Digits, or groups of three after the first, with one separator: "1,234,567", not "1,23,4".
  if (!/\d/.test(number) || !/^(\d*|\d{1,3}([.,])\d{3}(\2\d{3})*)$/.test(integer) || (!isDecimal && !integer)) return undefined;
  const value = Number(`${integer.replace(/\D/g, '')}.${isDecimal ? last[1] : ''}`);
  return negative ? -value : value;
}

/**
 * The ways people write the currencies partners use, as ISO 4217 codes: `lei` → RON, `грн`/`₴` → UAH,
 * `лв` → BGN, `€` → EUR, `$` → USD, `£` → GBP. Volunteers type these into the embed builder and the
 * WordPress block sidebar, whose help says so.
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  lei: 'RON', leu: 'RON',
  'грн': 'UAH', 'гривня': 'UAH', 'гривні': 'UAH', 'гривень': 'UAH', '₴': 'UAH', hrn: 'UAH', hryvnia: 'UAH',
  'лв': 'BGN', 'лев': 'BGN', 'лева': 'BGN', lev: 'BGN', leva: 'BGN',
  '€': 'EUR', euro: 'EUR', euros: 'EUR', 'евро': 'EUR', 'євро': 'EUR',
  '$': 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP',
};

/**
 * The upper-case code when `code` is an ISO 4217 currency this browser knows
 * (`Intl.supportedValuesOf('currency')`) or a common way of writing one
 * (`lei`, `грн`, `лв.`, `€`, `$`, `£`; case and a trailing dot do not matter), else `undefined`.
 */
export function normalizeCurrency(code: string | null | undefined): string | undefined {
  const word = (code ?? '').trim().toLowerCase().replace(/\.$/, '');
  const upper = CURRENCY_WORDS[word] ?? word.toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return undefined;
  const supported = (Intl as {supportedValuesOf?: (key: 'currency') => string[]}).supportedValuesOf?.('currency');
  return !supported || supported.includes(upper) ? upper : undefined;
}

/**
 * Preset amounts when the page gives none, per currency (`once/monthly`), in
 * steps people in each place give: USD/EUR/GBP (and similar) once
 * 50/100/250/500, monthly 25/50/100; RON once 50/100/200/500, monthly
 * 30/50/100; UAH once 200/500/1000/2000, monthly 100/200/500; BGN once
 * 20/50/100/200, monthly 10/20/50. Any other currency uses the USD steps.
 */
export const DEFAULT_AMOUNTS: Readonly<Record<string, string>> = {
  USD: '50,100,250,500/25,50,100',
  RON: '50,100,200,500/30,50,100',
  UAH: '200,500,1000,2000/100,200,500',
  BGN: '20,50,100,200/10,20,50',
};

/** {@link DEFAULT_AMOUNTS} for `currency` and `frequency`. */
export function defaultAmounts(currency: string, frequency: Frequency): number[] {
  return (DEFAULT_AMOUNTS[currency] ?? DEFAULT_AMOUNTS.USD).split('/')[frequency === 'once' ? 0 : 1].split(',').map(Number);
}

/** The preset chosen when none is given: the second (a middle step), else the first. */
export function defaultPreset(amounts: readonly number[]): number | undefined {
  return amounts[1] ?? amounts[0];
}

// Building an Intl.NumberFormat is the slow part of formatting, and every render formats each
// preset, the button and the field's symbol: keep one per locale, currency and precision.
const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string, fractionDigits?: number): Intl.NumberFormat {
  const key = `${locale} ${currency} ${fractionDigits}`;
  let format = currencyFormats.get(key);
  if (!format) {
    const digits = fractionDigits === undefined ? {} : {minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits};
    currencyFormats.set(key, (format = new Intl.NumberFormat(locale, {style: 'currency', currency, ...digits})));
  }
  return format;
}

/**
 * The symbol as the locale's readers write it where engines' locale data disagree: Ukrainian
 * prices say "грн" (shops, banks, news: "1 000 грн"); Chromium's data writes that, CLDR (Firefox,
 * WebKit, Node) "₴", as both the symbol and the narrow one.
 */
function readersSymbol(text: string, currency: string, locale: string): string {
  return currency === 'UAH' && /^uk\b/i.test(locale) ? text.replace('₴', 'грн') : text;
}

/**
 * `amount` in `currency` for `locale`, with the locale's standard symbol ("$50",
 * "50 RON", "1 234,50 грн", "20 лв."), the same in every browser, and no ".00" on whole amounts.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return readersSymbol(currencyFormat(locale, currency, Number.isInteger(amount) ? 0 : undefined).format(amount), currency, locale);
}

/** The currency symbol for the "Other amount" field, and which side of the number it goes in `locale`. */
export function currencyAffix(currency: string, locale: string): {symbol: string; position: 'prefix' | 'suffix'} {
  const parts = currencyFormat(locale, currency, 0).formatToParts(1);
  const at = parts.findIndex((p) => p.type === 'currency');
  const integerAt = parts.findIndex((p) => p.type === 'integer');
  return {symbol: readersSymbol(parts[at]?.value ?? currency, currency, locale), position: at > integerAt ? 'suffix' : 'prefix'};
}
