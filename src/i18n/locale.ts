import type {Strings} from './strings.js';
import {common} from './en/common.js';

export const DEFAULT_LOCALE = 'en';

/** Sections of text a widget shows (every widget has `common`). */
export type TextSections = Partial<Omit<Strings, 'lang'>>;

/**
 * English, built in. It starts with the shared `common` text; each widget adds the sections it
 * shows when its class is set up ({@link addEnglish}), so a page carries only its widgets' English.
 */
const english = {lang: DEFAULT_LOCALE, common} as Strings;

/**
 * The catalogs this page has, by language: English always, the others once
 * registered, by {@link registerCatalog} (`import '@ijm/widgets/locales/uk.js'`)
 * or by {@link loadCatalog} when a widget first needs one.
 */
const registered: Record<string, Strings> = {en: english};

/** Adds a widget's English sections (e.g. `{donate}` from en/donate.ts) to the built-in English. */
export function addEnglish(sections: TextSections): void {
  Object.assign(english, sections);
}

/**
 * The text catalogs available now, by language (a live view: it grows as catalogs load). English
 * holds the sections of the widgets defined so far (`en` in en.ts is all of it).
 */
export const catalogs: Readonly<Record<string, Strings>> = registered;

/**
 * The languages that ship beside English, each its own module, fetched only
 * when a page uses it. In a bundler app each becomes its own chunk; on the CDN
 * it is `locales/<lang>.js` beside the widgets (see vite.config.ts).
 */
const lazyCatalogs: Readonly<Record<string, () => Promise<Strings>>> = {
  ro: () => import('./ro.js').then((module) => module.ro),
  uk: () => import('./uk.js').then((module) => module.uk),
  bg: () => import('./bg.js').then((module) => module.bg),
};

/** The languages whose text ships: `en` and each lazily loaded one. */
export const shippedLanguages: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(lazyCatalogs)];

/** Makes `strings` the text of its language (`strings.lang`) for every widget that renders after. */
export function registerCatalog(strings: Strings): void {
  registered[strings.lang] = strings;
}

/** The locale a widget uses: a BCP 47 tag for `Intl`, and its text. */
export interface ResolvedLocale {
  /** Canonical tag for `Intl`, e.g. `uk`, `en-GB`; always one whose language ships. */
  locale: string;
  strings: Strings;
}

// Every update of every widget asks, and a page has few distinct tags: each is canonicalised once.
const canonicalTags = new Map<string, string | undefined>();

function canonical(tag: string): string | undefined {
  if (!canonicalTags.has(tag)) {
    let result: string | undefined;
    try {
      result = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
    } catch {
      result = undefined;
    }
    canonicalTags.set(tag, result);
  }
  return canonicalTags.get(tag);
}

/** The language subtag of `tag` (`uk-UA` → `uk`), or `undefined` for no tag or an invalid one. */
export function languageOf(tag: string | null | undefined): string | undefined {
  return tag ? canonical(tag)?.split('-')[0].toLowerCase() : undefined;
}

const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();

/**
 * Starts loading the catalog for `tag`'s language when it ships but is not
 * registered yet, and returns a promise that settles once it is (or once the
 * load failed: the widgets then show English, and the console says why).
 * Returns `undefined` when there is nothing to wait for. Each catalog loads once.
 */
export function loadCatalog(tag: string | null | undefined): Promise<void> | undefined {
  const lang = languageOf(tag);
  if (!lang || registered[lang] || failed.has(lang) || !lazyCatalogs[lang]) return undefined;
  let load = loads.get(lang);
  if (!load) {
    load = lazyCatalogs[lang]().then(registerCatalog, (error: unknown) => {
      failed.add(lang);
      console.warn(`[ijm-widgets] could not load the "${lang}" text, so widgets show English:`, error);
    });
    loads.set(lang, load);
  }
  return load;
}

/**
 * Matches a language tag to a registered catalog: `uk-UA` → Ukrainian with the
 * tag kept for `Intl`; an unknown or invalid tag, or one whose catalog has not
 * loaded, → English.
 */
export function matchLocale(tag: string | null | undefined): ResolvedLocale {
  const locale = tag ? canonical(tag) : undefined;
  const strings = locale ? registered[locale.split('-')[0].toLowerCase()] : undefined;
  return locale && strings ? {locale, strings} : {locale: DEFAULT_LOCALE, strings: english};
}

/** The parent of `node`, the host for a shadow root's top level. */
export function parentAcrossShadow(node: Node): Element | null {
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
