import {placeholderSheet} from '../styles/placeholders.generated.js';

// Shared by every copy of the package on the page: the placeholder sheet is adopted once.
const adoptedKey = Symbol.for('ijm-widgets.placeholders');
const globals = globalThis as typeof globalThis & {[adoptedKey]?: CSSStyleSheet};

/**
 * Adopts the placeholder stylesheet (made from src/styles/reserve.ts) into `document`: every `ijm-*` tag
 * not yet defined takes the box the widget will have. A constructed stylesheet, not a `<style>`
 * element, so a strict `style-src` (no 'unsafe-inline') allows it. Browsers without constructed
 * stylesheets get no placeholders.
 */
export function reservePlaceholders(root: Document = document): void {
  if (globals[adoptedKey] || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
  const sheet = (globals[adoptedKey] = new CSSStyleSheet());
  try {
    sheet.replaceSync(placeholderSheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the widgets still work, without placeholders.
  }
}
