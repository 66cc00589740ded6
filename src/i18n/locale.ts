import type {Strings} from './strings.js';
import {en} from './en.js';
import {ro} from './ro.js';
import {uk} from './uk.js';
import {bg} from './bg.js';

/** The languages the widgets ship text for. */
export const catalogs: Readonly<Record<string, Strings>> = {en, ro, uk, bg};

export const DEFAULT_LOCALE = 'en';

/** The locale a widget uses: a BCP 47 tag for `Intl`, and its text. */
export interface ResolvedLocale {
  /** Canonical tag for `Intl`, e.g. `uk`, `en-GB`; always one whose language ships. */
  locale: string;
  strings: Strings;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * Matches a language tag to a shipped catalog: `uk-UA` → Ukrainian with the
 * tag kept for `Intl`; an unknown or invalid tag → English.
 */
export function matchLocale(tag: string | null | undefined): ResolvedLocale {
  const locale = tag ? canonical(tag) : undefined;
  const strings = locale ? catalogs[locale.split('-')[0].toLowerCase()] : undefined;
  return locale && strings ? {locale, strings} : {locale: DEFAULT_LOCALE, strings: en};
}

function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  // `host`: a shadow root's (checked by property: a test DOM may lack a global ShadowRoot).
  if ('host' in parent && parent.nodeType === 11) return (parent as ShadowRoot).host;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/**
 * The language tag that applies to `element`, in the order the contract
 * gives: its own `lang`; the closest ancestor's `lang` (crossing shadow
 * roots, stopping below `<html>`); the provider's `locale`; `<html lang>`;
 * else `undefined` (the caller falls back to English).
 *
 * `<html>` comes after the provider on purpose: almost every page sets
 * `<html lang>`, so putting it first would make the provider useless.
 *
 * `asServer`: only what a server render knows (its own `lang`, then the provider's), the
 * order's first and third steps. On the server (`@lit-labs/ssr`'s DOM shim: no document,
 * no parents) that is all there is anyway.
 */
export function findLangTag(element: Element, providerLocale?: string, asServer = false): string | undefined {
  const own = element.getAttribute('lang');
  const root = asServer ? undefined : element.ownerDocument?.documentElement;
  if (own || !root) return own || providerLocale || undefined;
  for (let node = parentAcrossShadow(element); node && node !== root; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return providerLocale || root.getAttribute('lang') || undefined;
}

/** {@link findLangTag} then {@link matchLocale}. */
export function resolveLocale(element: Element, providerLocale?: string, asServer = false): ResolvedLocale {
  return matchLocale(findLangTag(element, providerLocale, asServer));
}
