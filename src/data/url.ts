/**
 * The one rule for every URL a widget links to, loads or fetches: it must be
 * `http:` or `https:` once resolved. `javascript:`, `data:`, `vbscript:`,
 * `blob:`, `file:` and anything else are refused, as are URLs with a user name
 * or password (a phishing trick) and relative URLs with no base to resolve
 * against. The WHATWG URL parser does the hard part: it strips leading and
 * trailing control characters and spaces and removes tabs and newlines, so
 * `" java\tscript:alert(1)"` is seen as the `javascript:` URL it is.
 */
const MAX_URL_LENGTH = 8192;

function defaultBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

// Only C0 controls and space before the scheme (what the parser strips), not `\s`: a leading
// U+00A0 makes the input a relative path, which a base would resolve.
// eslint-disable-next-line no-control-regex
const ABSOLUTE_HTTP = /^[\u0000-\u0020]*https?:\/\//i;

/** The last string base and what {@link httpBase} made of it (every card asks with the document's). */
let lastBase: {text: string; url: URL | undefined} | undefined;

/**
 * `base` parsed, or `undefined` when it is not http(s) (about:blank, data:), which cannot make a
 * relative URL safe; throws when it is no URL at all (then no URL is safe).
 */
function httpBase(base: string | URL | undefined): URL | undefined {
  if (base === undefined) return undefined;
  if (typeof base === 'string' && lastBase?.text === base) return lastBase.url;
  const parsed = new URL(base);
  const url = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  if (typeof base === 'string') lastBase = {text: base, url};
  return url;
}

/**
 * Resolves `url` against `base` (default: the document's base URL) and
 * returns the absolute `http(s)` URL, or `undefined` when it is not safe.
 */
export function toSafeHttpUrl(url: unknown, base: string | URL | undefined = defaultBase()): string | undefined {
  if (typeof url !== 'string' && !(url instanceof URL)) return undefined;
  const text = String(url);
  if (text.trim() === '' || text.length > MAX_URL_LENGTH) return undefined;
  let parsed: URL;
  try {
    const baseUrl = httpBase(base);
    // `http://…` or `https://…` after what the parser strips first (C0 controls and spaces) is
    // absolute whatever the base (also when the base has the same scheme, as the two slashes
    // follow): parsed on its own, the base not parsed again (a row of cards checks two URLs each).
    parsed = ABSOLUTE_HTTP.test(text) ? new URL(text) : new URL(text, baseUrl);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password || !parsed.hostname) return undefined;
  return parsed.href;
}

/** Whether {@link toSafeHttpUrl} accepts `url`. */
export function isSafeHttpUrl(url: unknown, base?: string | URL): boolean {
  return toSafeHttpUrl(url, base ?? defaultBase()) !== undefined;
}
