/**
 * Judges each value the way the widget will, with the library's own helpers,
 * so the snippet never carries a value the widget would drop. Returns the
 * message to show next to the field, or `undefined` when the value is fine.
 */
import {toSafeHttpUrl} from '../data/url.js';
import {normalizeCurrency, parseAmountList} from '../components/donate-cta/donation.js';
import {parseFieldNames} from '../components/email-signup/submission.js';
import {iconNames} from '../components/icon/icon-names.js';
import {LANGUAGES, type FieldHint} from './hints.js';
import type {AttributeSpec} from './manifest.js';

/** Relative URLs in a snippet resolve against the partner's page, which we assume is served over https. */
const PARTNER_PAGE = 'https://partner.example/page';

export const ICON_NAMES: readonly string[] = Object.keys(iconNames);

const SIGNUP_FIELDS = ['email', 'firstName', 'consent', 'consentText', 'consentAt', 'list', 'partner', 'locale', 'source', 'submissionId'];

function checkUrl(value: string, httpsOnly: boolean): string | undefined {
  const url = toSafeHttpUrl(value, PARTNER_PAGE);
  if (!url) {
    return /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^\s*https?:/i.test(value)
      ? 'Only web addresses starting with https:// (or http://) work here; the widget drops this one.'
      : 'This is not a web address the widget can use. Write the whole address, starting with https://.';
  }
  if (httpsOnly && new URL(url).protocol !== 'https:') return 'Use an https:// address: sign-ups must be sent encrypted.';
  return undefined;
}

/** The message for `value` of `attribute`, or `undefined` when the widget accepts it. `values` are the widget's other settings. */
export function validateValue(attribute: AttributeSpec, hint: FieldHint, value: string, values: Record<string, string> = {}): string | undefined {
  if (value === '' || attribute.kind === 'boolean') return undefined;
  if (attribute.kind === 'choice' || hint.values) {
    const allowed = hint.values ?? attribute.values;
    return allowed.includes(value) ? undefined : `Choose one of: ${allowed.join(', ')}.`;
  }
  if (attribute.kind === 'number') {
    const number = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(number)) return 'Write a number with digits only, and a dot for decimals (e.g. 25 or 12.5).';
    if (hint.integer && !Number.isInteger(number)) return 'Write a whole number.';
    if (hint.min !== undefined && number < hint.min) return `Write a number of at least ${hint.min}.`;
    if (hint.max !== undefined && number > hint.max) return `Write a number no bigger than ${hint.max}.`;
    return undefined;
  }
  switch (hint.type) {
    case 'url':
      return checkUrl(value, false);
    case 'https-url':
      return checkUrl(value, true);
    case 'url-list': {
      const bad = value.split(/\s+/).filter((entry) => entry && !toSafeHttpUrl(entry, PARTNER_PAGE));
      return bad.length ? `Not web addresses: ${bad.join(', ')}. Separate addresses with spaces.` : undefined;
    }
    case 'currency':
      return normalizeCurrency(value)
        ? undefined
        : `“${value}” is not a currency code. Use the three-letter ISO 4217 code, e.g. EUR, USD, RON, UAH or BGN.`;
    case 'amounts': {
      const {amounts, invalid} = parseAmountList(value);
      if (invalid.length) return `Not amounts: ${invalid.join(', ')}. Write numbers separated by commas, with a dot for decimals (e.g. 25, 50, 100).`;
      if (!amounts.length) return 'Write at least one amount, e.g. 25, 50, 100.';
      const min = Number(values.min || 1);
      const max = values.max ? Number(values.max) : Infinity;
      const outside = amounts.filter((amount) => amount < min || amount > max);
      return outside.length ? `Outside the smallest and largest gift (min, max): ${outside.join(', ')}. The widget leaves them out.` : undefined;
    }
    case 'language':
      return LANGUAGES.some(([code]) => code === value) ? undefined : `The widgets speak ${LANGUAGES.map(([code]) => code).join(', ')}; “${value}” would show in English.`;
    case 'icon-name':
      return ICON_NAMES.includes(value.toLowerCase()) ? undefined : `There is no icon called “${value}”. Pick one from the list.`;
    case 'json-object': {
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return undefined;
      } catch {
        // Reported below.
      }
      return 'Write a JSON object, e.g. {"amount": "amt", "frequency": "interval"}.';
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'Write the date as year-month-day, e.g. 2026-03-08.';
    case 'field-names': {
      const pairs = value.split(',').map((pair) => pair.split(':')[0].trim()).filter(Boolean);
      const unknown = pairs.filter((field) => !SIGNUP_FIELDS.includes(field));
      if (unknown.length) return `Unknown fields (the widget ignores them): ${unknown.join(', ')}. Fields: ${SIGNUP_FIELDS.join(', ')}.`;
      return Object.keys(parseFieldNames(value)).length ? undefined : 'Write field:name pairs, e.g. email:EMAIL,firstName:FNAME.';
    }
    default:
      return undefined;
  }
}

/** The message for a theme value, or `undefined` when CSS accepts it for that token. */
export function validateToken(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  const property = name.includes('color') ? 'color' : name.includes('font-family') ? 'font-family' : name.includes('radius') ? 'border-radius' : undefined;
  // CSS.supports refuses anything that would close the declaration or the rule ("red; } body {").
  if (!property || (CSS.supports(property, value) && !/[;{}<>]/.test(value))) return undefined;
  return property === 'color'
    ? 'Not a colour. Write it like #1f6f50 or rgb(31 111 80), or use the colour picker.'
    : property === 'border-radius'
      ? 'Write a length, e.g. 6px or 0.5em.'
      : 'Write a font list, e.g. Georgia, serif.';
}
