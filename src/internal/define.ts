import {VERSION} from '../version.js';

type VersionedElement = CustomElementConstructor & {version?: string};

// Shared by every copy of the package on the page, so each clash warns once in all.
const warnedKey = Symbol.for('ijm-widgets.define-warned');
const globals = globalThis as typeof globalThis & {[warnedKey]?: Set<string>};

/**
 * Defines `tag` unless it already is. A page may load the widgets twice (two
 * script tags, the CDN bundle and an npm copy): the first definition stays,
 * nothing throws, and if the other copy is a different version the console
 * says so once.
 */
export function define(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return; // server-side import
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    try {
      customElements.define(tag, element);
      return;
    } catch {
      // Lost a race with another copy defining the same tag; fall through.
    }
  }
  const current = (customElements.get(tag) as VersionedElement | undefined)?.version;
  if (current === VERSION || existing === element) return;
  const warned = (globals[warnedKey] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[ijm-widgets] <${tag}> is already defined by version ${current ?? 'unknown'}; ` +
      `version ${VERSION} loaded too and is not used. Load the widgets once.`,
  );
}
