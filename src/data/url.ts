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
    let baseUrl: URL | undefined;
    if (base !== undefined) {
      baseUrl = new URL(base);
      // A base that is not http(s) (about:blank, data:) cannot make a relative URL safe.
      if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') baseUrl = undefined;
    }
    parsed = new URL(text, baseUrl);
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
