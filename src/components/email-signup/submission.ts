/**
 * The sign-up form's logic, apart from the element: address validation, the
 * request body, field-name mapping, what an answer means, submission ids.
 * No DOM rendering and no Lit, so each rule is unit-tested on its own.
 */
import {UTM_PARAMS, type PageUtm} from '../../data/utm.js';

/** Why an address was refused, or `undefined` when it is fine. */
export type EmailProblem = 'required' | 'invalid';

const MAX_EMAIL = 254;
const MAX_LOCAL = 64;
// Characters a local part may hold outside quotes (quoted local parts are too rare to support).
const LOCAL = /^[^\s@<>()[\]\\,;:"]+$/u;
// A domain label: letters (any script, for internationalised domains), digits, inner hyphens.
const LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;
// A top-level domain: two or more letters, or an ASCII-encoded one (xn--…).
const TLD = /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;

/**
 * Checks an address's shape after trimming it: a local part, one `@`, and a
 * domain with at least one dot and a real-looking top-level domain; at most
 * 254 characters. Whether the mailbox exists is the provider's business.
 */
export function validateEmail(value: string): EmailProblem | undefined {
  const email = value.trim();
  if (!email) return 'required';
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const ok =
    email.length <= MAX_EMAIL &&
    at > 0 &&
    local.length <= MAX_LOCAL &&
    LOCAL.test(local) &&
    !/^\.|\.\.|\.$/.test(local) &&
    labels.length > 1 &&
    labels.every((label) => LABEL.test(label)) &&
    TLD.test(labels[labels.length - 1]);
  return ok ? undefined : 'invalid';
}

/**
 * Everything one sign-up sends, under the widget's own field names. The host
 * page's campaign rides along under the standard names (`utm_source` …
 * `utm_content`, as the page has them; `partner` and `list` are fields of
 * their own, so nothing is overridden), unless `carry-utm="off"`.
 */
export interface SignupValues extends PageUtm {
  email: string;
  firstName?: string;
  /** `true` when the reader ticked the consent box; absent when there is none. */
  consent?: boolean;
  /** The consent text the reader agreed to. */
  consentText?: string;
  /** When they agreed (ISO 8601). */
  consentAt?: string;
  list?: string;
  partner?: string;
  /** The widget's locale (BCP 47). */
  locale?: string;
  /** The page the form is on: origin and path, without query or fragment. */
  source?: string;
  /** The widget's `tags`, sent as a list. */
  tags?: string[];
  /** The widget's `metadata`, a JSON object sent as is. */
  metadata?: Record<string, unknown>;
  /** Made once per submission; a retry sends the same id so the endpoint can de-duplicate. */
  submissionId: string;
  /**
   * Extra fields a page adds from its `ijm-signup` listener (e.g. a CAPTCHA token), sent after
   * the others under their own names; a name the widget already sends is ignored.
   */
  fields?: Record<string, string>;
}

export type SignupField = Exclude<keyof SignupValues, 'fields'>;

/** Field name overrides, e.g. `{email: 'EMAIL', firstName: 'FNAME'}`; an empty name drops the field. */
export type FieldNames = Partial<Record<SignupField, string>>;

const FIELDS: readonly SignupField[] = [
  'email',
  'firstName',
  'consent',
  'consentText',
  'consentAt',
  'list',
  'partner',
  'locale',
  'source',
  ...UTM_PARAMS,
  'tags',
  'metadata',
  'submissionId',
];

/**
 * Parses `field-names="email:EMAIL,firstName:FNAME,source:-"`. `-` (or
 * nothing after the colon) drops that field from the request; pairs naming
 * an unknown field are ignored.
 */
export function parseFieldNames(text: string | null | undefined): FieldNames {
  const names: FieldNames = {};
  for (const pair of (text ?? '').split(',')) {
    const [field, name = ''] = pair.split(':').map((part) => part.trim());
    if ((FIELDS as readonly string[]).includes(field)) names[field as SignupField] = name === '-' ? '' : name;
  }
  return names;
}

/** A value as sent: text, the consent flag, the tags, the metadata. */
export type SignupEntryValue = string | boolean | string[] | Record<string, unknown>;

/**
 * The fields a sign-up sends, in a fixed order, renamed by `names`, then the
 * extra `fields`; absent values, empty tags and dropped fields are left out.
 * Both encodings and the `navigate` mode's native form are built from this
 * one list.
 */
export function signupEntries(values: SignupValues, names: FieldNames = {}): Array<[string, SignupEntryValue]> {
  const entries: Array<[string, SignupEntryValue]> = [];
  for (const field of FIELDS) {
    const value = values[field];
    const name = names[field] ?? field;
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length) && name) entries.push([name, value]);
  }
  const taken = new Set(entries.map(([name]) => name));
  for (const [name, value] of Object.entries(values.fields ?? {})) {
    if (name && !taken.has(name) && value != null) entries.push([name, String(value)]);
  }
  return entries;
}

/**
 * The entries as form fields: a list is one field per item (`tags=a&tags=b`),
 * the metadata its JSON text, the consent flag `true`.
 */
export function formPairs(entries: Array<[string, SignupEntryValue]>): Array<[string, string]> {
  return entries.flatMap(([name, value]): Array<[string, string]> =>
    Array.isArray(value) ? value.map((item) => [name, item]) : [[name, typeof value === 'object' ? JSON.stringify(value) : String(value)]],
  );
}

/** `tags="news volunteers  news"` → `['news', 'volunteers']`: split on spaces, each once. */
export function parseTags(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').split(/\s+/).filter(Boolean))];
}

/**
 * The `metadata` to send: a JSON object (text, as in the attribute, or
 * already an object). Anything else — bad JSON, an array, a number — is an
 * `error` saying why, and nothing is sent.
 */
export function parseMetadata(value: unknown): {metadata?: Record<string, unknown>; error?: string} {
  if (value == null || value === '') return {};
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return {error: 'is not valid JSON'};
    }
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? {metadata: parsed as Record<string, unknown>} : {error: 'is not a JSON object ({…})'};
}

/** A submission sooner than this after the form first showed is a bot's (`min-time`). */
export const DEFAULT_MIN_TIME_MS = 2000;

export type SignupEncoding = 'json' | 'form';

/** A request body and its content type. */
export interface SignupBody {
  body: string;
  contentType: string;
}

/**
 * The request body: JSON (`consent` stays a boolean) or
 * `application/x-www-form-urlencoded` (`consent=true`).
 */
export function buildSignupBody(
  values: SignupValues,
  options: {encoding?: SignupEncoding; fieldNames?: FieldNames} = {},
): SignupBody {
  const entries = signupEntries(values, options.fieldNames);
  if (options.encoding === 'form') {
    return {
      body: new URLSearchParams(formPairs(entries)).toString(),
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  return {body: JSON.stringify(Object.fromEntries(entries)), contentType: 'application/json'};
}

/** What happened, as the `reason` of `ijm-signup-success` / `ijm-signup-error`. */
export type SignupSuccessReason = 'subscribed' | 'already-subscribed' | 'navigated';
export type SignupErrorReason =
  | 'invalid'
  | 'rate-limited'
  | 'server'
  | 'rejected'
  | 'network'
  | 'timeout'
  | 'offline'
  | 'no-endpoint';

export type SignupOutcome = {ok: true; reason: SignupSuccessReason} | {ok: false; reason: SignupErrorReason};

/**
 * What an HTTP status means for a sign-up: 2xx subscribed; 409 already
 * subscribed (a success); 400/422 the details were refused; 429 too many
 * attempts; 5xx a server failure worth retrying; anything else refused.
 */
export function classifySignupStatus(status: number): SignupOutcome {
  if (status >= 200 && status < 300) return {ok: true, reason: 'subscribed'};
  if (status === 409) return {ok: true, reason: 'already-subscribed'};
  if (status === 400 || status === 422) return {ok: false, reason: 'invalid'};
  if (status === 429) return {ok: false, reason: 'rate-limited'};
  if (status >= 500 && status < 600) return {ok: false, reason: 'server'};
  return {ok: false, reason: 'rejected'};
}

/**
 * A provider's explanation from a JSON error body (`{"message": "…"}`), as
 * plain text of at most 300 characters, if it sent one.
 */
export function readProviderMessage(json: unknown): string | undefined {
  const message = (json as {message?: unknown} | null)?.message;
  return typeof message === 'string' && message.trim() ? message.trim().slice(0, 300) : undefined;
}

/**
 * A random id for one submission: `crypto.randomUUID()` where it exists (it
 * needs a secure context), else a version 4 UUID from `getRandomValues`, else
 * (very old browsers) from `Math.random`: only for de-duplication, never a secret.
 */
export function createSubmissionId(source: Partial<Crypto> | undefined = globalThis.crypto): string {
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === 'function') source.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.random() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => (byte | 256).toString(16).slice(1)).join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
