/**
 * Judges each value the way the widget will, with the library's own helpers,
 * so the snippet never carries a value the widget would drop. Returns the
 * message to show next to the field (in the builder's language), or `undefined`
 * when the value is fine. The settings' help (src/settings-words) says the same.
 */
import {toSafeHttpUrl} from '../data/url.js';
import {normalizeCurrency, parseAmountList} from '../components/donate-cta/donation.js';
import {parseFieldNames} from '../components/email-signup/submission.js';
import {iconNames} from '../components/icon/icon-names.js';
import {LANGUAGES, type FieldHint} from './hints.js';
import type {AttributeSpec} from './manifest.js';
import {UI, type UiWords} from './ui-words.js';

/** Relative URLs in a snippet resolve against the partner's page, which we assume is served over https. */
const PARTNER_PAGE = 'https://partner.example/page';

export const ICON_NAMES: readonly string[] = Object.keys(iconNames);

const SIGNUP_FIELDS = ['email', 'firstName', 'consent', 'consentText', 'consentAt', 'list', 'partner', 'locale', 'source', 'submissionId'];

/**
 * The ways people write the currencies partners use, as ISO 4217 codes: `lei` → RON, `грн`/`₴` → UAH,
 * `лв` → BGN, `€` → EUR, `$` → USD, `£` → GBP (case and a trailing dot do not matter).
 */
const CURRENCY_WORDS: Record<string, string> = {
  lei: 'RON', leu: 'RON', 'ron': 'RON',
  'грн': 'UAH', 'гривня': 'UAH', 'гривні': 'UAH', 'гривень': 'UAH', '₴': 'UAH', hrn: 'UAH', 'hryvnia': 'UAH',
  'лв': 'BGN', 'лев': 'BGN', 'лева': 'BGN', lev: 'BGN', leva: 'BGN',
  '€': 'EUR', euro: 'EUR', euros: 'EUR', 'евро': 'EUR', 'євро': 'EUR',
  '$': 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP',
};

/** The currency code `value` means (`lei` → `RON`, `eur` → `EUR`), or `undefined`. */
export function currencyCode(value: string): string | undefined {
  const word = value.trim().toLowerCase().replace(/\.$/, '');
  return CURRENCY_WORDS[word] ?? normalizeCurrency(word);
}

/** Every web address the builder writes starts with https:// (relative ones resolve against the partner's https page). */
function checkUrl(value: string, words: UiWords, signup: boolean): string | undefined {
  const url = toSafeHttpUrl(value, PARTNER_PAGE);
  if (!url) return /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^\s*https?:/i.test(value) ? words.errScheme : words.errUrl;
  if (new URL(url).protocol !== 'https:') return signup ? words.errHttps : words.errScheme;
  return undefined;
}

/** The message for `value` of `attribute`, or `undefined` when the widget accepts it. `values` are the widget's other settings. */
export function validateValue(
  attribute: AttributeSpec,
  hint: FieldHint,
  value: string,
  values: Record<string, string> = {},
  words: UiWords = UI.en,
): string | undefined {
  if (value === '' || attribute.kind === 'boolean') return undefined;
  if (attribute.kind === 'choice' || hint.values) {
    const allowed = hint.values ?? attribute.values;
    return allowed.includes(value) ? undefined : words.errChoice(allowed.join(', '));
  }
  if (attribute.kind === 'number') {
    const number = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(number)) return words.errNumber;
    if (hint.integer && !Number.isInteger(number)) return words.errWhole;
    if (hint.min !== undefined && number < hint.min) return words.errMin(hint.min);
    if (hint.max !== undefined && number > hint.max) return words.errMax(hint.max);
    return undefined;
  }
  switch (hint.type) {
    case 'url':
      return checkUrl(value, words, false);
    case 'https-url':
      return checkUrl(value, words, true);
    case 'url-list': {
      const bad = value.split(/\s+/).filter((entry) => entry && !toSafeHttpUrl(entry, PARTNER_PAGE));
      return bad.length ? words.errUrlList(bad.join(', ')) : undefined;
    }
    case 'currency':
      return currencyCode(value) ? undefined : words.errCurrency(value);
    case 'amounts': {
      const {amounts, invalid} = parseAmountList(value);
      if (invalid.length) return words.errAmounts(invalid.join(', '));
      if (!amounts.length) return words.errAmountsEmpty;
      const min = Number(values.min || 1);
      const max = values.max ? Number(values.max) : Infinity;
      const outside = amounts.filter((amount) => amount < min || amount > max);
      return outside.length ? words.errAmountsOutside(outside.join(', ')) : undefined;
    }
    case 'language':
      return LANGUAGES.some(([code]) => code === value) ? undefined : words.errLanguage(value);
    case 'icon-name':
      return ICON_NAMES.includes(value.toLowerCase()) ? undefined : words.errIcon(value);
    case 'json-object': {
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return undefined;
      } catch {
        // Reported below.
      }
      return words.errJson;
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : words.errDate;
    case 'field-names': {
      const pairs = value.split(',').map((pair) => pair.split(':')[0].trim()).filter(Boolean);
      const unknown = pairs.filter((field) => !SIGNUP_FIELDS.includes(field));
      if (unknown.length) return words.errFields(unknown.join(', '), SIGNUP_FIELDS.join(', '));
      return Object.keys(parseFieldNames(value)).length ? undefined : words.errFieldPairs;
    }
    default:
      return undefined;
  }
}

/** The message for a theme value (`primary-color`, `radius`…), or `undefined` when CSS accepts it. */
export function validateTheme(name: string, value: string, words: UiWords = UI.en): string | undefined {
  if (value === '') return undefined;
  const property = name.includes('color') ? 'color' : name.includes('font-family') ? 'font-family' : name.includes('radius') ? 'border-radius' : undefined;
  // CSS.supports refuses anything that would close the declaration or the rule ("red; } body {").
  if (!property || (CSS.supports(property, value) && !/[;{}<>]/.test(value))) return undefined;
  return property === 'color' ? words.errColour : property === 'border-radius' ? words.errRadius : words.errFont;
}
