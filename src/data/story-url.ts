import {toSafeHttpUrl} from './url.js';

/**
 * A key under which two addresses of the same page are equal: scheme, `www.`,
 * fragment, trailing slash, `index.html` and tracking parameters (`utm_*`,
 * `fbclid`, `gclid`) ignored. `undefined` for an unsafe URL. (One parameter, so
 * it can be given to `map()` as it is.)
 */
export function storyUrlKey(url: unknown): string | undefined {
  const safe = toSafeHttpUrl(url);
  if (!safe) return undefined;
  const parsed = new URL(safe);
  const params = parsed.searchParams;
  for (const key of [...params.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/.test(key)) params.delete(key);
  }
  params.sort();
  const path = parsed.pathname.replace(/\/index\.html?$/, '/').replace(/\/+$/, '');
  return parsed.host.replace(/^www\./, '') + path + parsed.search;
}
