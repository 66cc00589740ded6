// Set by the first copy of the package on the page that links the placeholders' stylesheet.
const linkedKey = Symbol.for('ijm-widgets.placeholders');
const globals = globalThis as typeof globalThis & {[linkedKey]?: unknown};

/**
 * Links the placeholders' stylesheet (`placeholders.css`, beside the loader) into `<head>` for a page
 * that pasted the loader without it: every `ijm-*` tag not yet drawn then takes the box the widget
 * will have. A page that links it already (the README's and the embed builder's snippets do, before
 * the tags, which is what keeps the page still: a stylesheet the parser meets holds the drawing of
 * what follows it) gets nothing more. The rules themselves are not in the loader: measured in four
 * languages at every width they are ~3 KB of the page's bytes, which a page then loaded twice.
 */
export function linkPlaceholders(href: string, doc: Document = document): void {
  if (globals[linkedKey] || doc.querySelector('link[rel~="stylesheet"][href*="placeholders.css"]')) return;
  globals[linkedKey] = true;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  doc.head.append(link);
}
