import {toSafeHttpUrl} from './url.js';

/**
 * A key under which two addresses of the same page are equal: scheme, `www.`,
 * fragment, trailing slash, `index.html` and tracking parameters (`utm_*`,
 * `fbclid`, `gclid`) ignored. `undefined` for an unsafe URL.
 */
export function storyUrlKey(url: unknown, base?: string): string | undefined {
  const safe = toSafeHttpUrl(url, base);
  if (!safe) return undefined;
  const parsed = new URL(safe);
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  const path = parsed.pathname.replace(/\/index\.html?$/, '/').replace(/\/+$/, '');
  return parsed.host.replace(/^www\./, '') + path + parsed.search;
}
