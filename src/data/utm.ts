/**
 * The host page's campaign (`utm_*` in its address), read so a widget can
 * carry it into a donation or a sign-up. Only the five standard names are
 * read; click ids (`gclid`, `fbclid`, `msclkid`, …) and anything else in the
 * query are never looked at, and nothing is stored anywhere.
 */

/** The campaign parameters carried, in this order. */
export const UTM_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

export type UtmParam = (typeof UTM_PARAMS)[number];

/** The page's campaign: each `utm_*` it has, trimmed; absent ones are left out. */
export type PageUtm = Partial<Record<UtmParam, string>>;

/** Longer values are cut: a campaign name, not a payload. */
const MAX_LENGTH = 200;

/**
 * Reads the `utm_*` parameters from a query string (`location.search`, with
 * or without its `?`). Names are matched exactly, as analytics tools do; a
 * value that is empty once trimmed is left out; the first of repeated names
 * wins.
 *
 * @example
 * readPageUtm('?utm_source=newsletter&utm_medium=email&gclid=abc')
 * // {utm_source: 'newsletter', utm_medium: 'email'}
 */
export function readPageUtm(search: string): PageUtm {
  const query = new URLSearchParams(search);
  const utm: PageUtm = {};
  for (const name of UTM_PARAMS) {
    const value = query.get(name)?.trim().slice(0, MAX_LENGTH);
    if (value) utm[name] = value;
  }
  return utm;
}

/**
 * Whether a widget carries the page's campaign: yes unless its own
 * `carry-utm`, else the provider's, is `off` (a widget's `carry-utm="on"`
 * turns it back on inside a provider that has it off).
 */
export function carriesUtm(own: string | undefined, provider: string | undefined): boolean {
  return (own ?? provider)?.trim().toLowerCase() !== 'off';
}
