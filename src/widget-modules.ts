/**
 * Every tag the package defines and the module that defines it. The build
 * makes `dist/<module>.js` (npm) and `dist/cdn/<module>.js` (CDN chunks) from
 * `src/components/<module>/<module>.ts` (the provider: `src/context/provider.ts`),
 * and the CDN loader loads a module the first time its tag appears.
 * Adding a widget: one line here, and its folder under `src/components/`.
 */
export const widgetModules = {
  'ijm-widgets': 'provider',
  'ijm-icon': 'icon',
  'ijm-article-card': 'article-card',
  'ijm-related-stories': 'related-stories',
  'ijm-email-signup': 'email-signup',
  'ijm-donate-cta': 'donate-cta',
} as const satisfies Record<`ijm-${string}`, string>;

export type WidgetTag = keyof typeof widgetModules;
