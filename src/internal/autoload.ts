import {widgetModules} from '../widget-modules.js';

// The modules being fetched, for every copy of the package on the page: a widget's warnings wait
// until they have arrived (see pageSettled() in page-settled.ts, which reads the same key).
const loadingKey = Symbol.for('ijm-widgets.loading');
const globals = globalThis as typeof globalThis & {[loadingKey]?: Set<Promise<unknown>>};

/** The URL of a widget's module in the CDN folder: beside the loader, `<module>.js`. */
export function moduleUrl(module: string, loaderUrl: string): string {
  return new URL(`./${module}.js`, loaderUrl).href;
}

/**
 * Loads a widget's module the first time its tag is in the document, at
 * start or added later (a page builder, a React render, a provider's
 * children), each module once. `resolve` turns a module name into its URL;
 * `onWidget`, if given, is called with every widget element found (the loader
 * starts fetching its text with it). Returns a function that stops watching.
 */
export function autoload(
  resolve: (module: string) => string,
  modules: Readonly<Record<string, string>> = widgetModules,
  root: Document = document,
  onWidget?: (element: Element) => void,
): () => void {
  const pending = new Map<string, string>(Object.entries(modules));
  const selector = [...pending.keys()].join(',');
  let observer: MutationObserver | undefined;

  const load = (tag: string) => {
    const module = pending.get(tag);
    if (!module) return;
    pending.delete(tag);
    const loading = import(/* @vite-ignore */ resolve(module))
      .catch((error: unknown) => console.error(`[ijm-widgets] could not load <${tag}>:`, error))
      .finally(() => globals[loadingKey]!.delete(loading));
    (globals[loadingKey] ??= new Set()).add(loading);
    if (pending.size === 0) observer?.disconnect();
  };

  const scan = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const element of node.matches(selector) ? [node, ...node.querySelectorAll(selector)] : node.querySelectorAll(selector)) {
      onWidget?.(element);
      load(element.localName);
    }
  };

  scan(root.documentElement);
  if (pending.size > 0) {
    observer = new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(scan);
    });
    observer.observe(root.documentElement, {childList: true, subtree: true});
  }
  return () => observer?.disconnect();
}
