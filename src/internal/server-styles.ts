import {adoptStyles, isServer, type CSSResultOrNative} from 'lit';

/**
 * `root`, with the element's styles adopted where the page's CSP blocked the ones the server sent.
 *
 * Lit's server render puts a `<style>` in each shadow root, and Lit's hydrate support keeps that
 * root as it is, adopting nothing. Under `style-src 'self'` without the styles' hashes (README,
 * "Server rendering under the strict CSP") the browser blocks those `<style>` elements (their
 * `sheet` is null), and the widget would stay unstyled for good. Adopted stylesheets are never
 * blocked by a CSP, so the element's own are adopted then: the page still reports each blocked
 * `<style>` and shifts once when the widget hydrates, but the reader sees it styled.
 */
export function restyleBlockedServerRoot<T extends HTMLElement | DocumentFragment>(root: T, styles: CSSResultOrNative[]): T {
  if (isServer || typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return root;
  const blocked = [...root.children].some((child) => child.localName === 'style' && (child as HTMLStyleElement).sheet === null);
  if (blocked && root.adoptedStyleSheets.length === 0) adoptStyles(root, styles);
  return root;
}
