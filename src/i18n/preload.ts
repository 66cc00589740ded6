/**
 * For the CDN loader: starts fetching the text a widget on the page needs as soon as its tag
 * is seen, in parallel with the widget's own code, so its first render is already in its
 * language without one more round trip. It reads the widget's language the way
 * `findLangTag` (locale.ts) does, in the light DOM; the widget applies the exact rule itself
 * and loads whatever this missed. Kept apart from locale.ts so that the loader stays tiny.
 */

/** The languages loaded on demand: the keys of `lazyCatalogs` in locale.ts (test/loader.test.ts checks). */
export const preloadedLanguages = ['ro', 'uk', 'bg'];

/** Returns a function to call with each widget element found; `resolve` gives a language's module URL. */
export function catalogPreloader(resolve: (lang: string) => string): (widget: Element) => void {
  const requested = new Set<string>();
  return (widget) => {
    const tag =
      widget.closest('[lang]:not([lang=""]):not(html)')?.getAttribute('lang') ||
      widget.closest('ijm-widgets[locale]:not([locale=""])')?.getAttribute('locale') ||
      widget.ownerDocument.documentElement.lang;
    const lang = tag.trim().split(/[-_]/)[0].toLowerCase();
    if (!preloadedLanguages.includes(lang) || requested.has(lang)) return;
    requested.add(lang);
    // A failure is the widget's to report: it loads the same URL and warns.
    import(/* @vite-ignore */ resolve(lang)).catch(() => undefined);
  };
}
