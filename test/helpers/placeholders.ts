import {placeholderSheet} from '../../src/styles/placeholders.generated.js';

/** The placeholders' stylesheet (dist/cdn/placeholders.css), adopted into the test page as if linked. */
export function adoptPlaceholders(root: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(placeholderSheet);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
