import type {IconData} from './icon-data.js';
import {sanitizeSvg, type SanitizedIcon} from './sanitize-svg.js';
import {warnOnce} from '../../internal/warn.js';

/** What `<ijm-icon>` can draw: built-in path data or a sanitised partner SVG. */
export type Icon = IconData | SanitizedIcon;

type Listener = (name: string) => void;

interface Registry {
  /** Icons partners registered; they win over built-ins with the same name. */
  readonly custom: Map<string, Icon>;
  /** The site's icons, added by the define module (or a few at a time by other widgets). */
  readonly builtin: Map<string, Icon>;
  /** Icons on the page, told when a name gets (new) artwork. */
  readonly listeners: Set<Listener>;
}

// One registry for every copy of the package on the page (CDN bundle and npm copy):
// whichever copy defined <ijm-icon> draws what any copy registered.
const registryKey = Symbol.for('ijm-widgets.icon-registry');
const globals = globalThis as typeof globalThis & {[registryKey]?: Registry};
const registry = (): Registry => (globals[registryKey] ??= {custom: new Map(), builtin: new Map(), listeners: new Set()});

/** Names are matched case-insensitively: `Close` is `close`. */
export const normalizeIconName = (name: string | null | undefined) => (name ?? '').trim().toLowerCase();

/** Options for {@link registerIcon}. */
export interface RegisterIconOptions {
  /** Mirror the icon in right-to-left text (for icons that point along the reading direction). */
  mirror?: boolean;
}

/**
 * Adds or replaces the icon `name` for every `<ijm-icon>` on the page,
 * redrawing those already showing it. `source` is SVG text (untrusted: only
 * shapes and paint survive, see `sanitizeSvg`) or icon data such as
 * `iconClose` from this package. Returns `false`, with a console warning,
 * when nothing drawable is left.
 *
 * @example
 * ```js
 * import {registerIcon} from '@ijm/widgets';
 * registerIcon('donate', '<svg viewBox="0 0 24 24"><path d="M12 21l-8-8a5 5 0 0 1 8-6a5 5 0 0 1 8 6z"/></svg>');
 * // <ijm-icon name="donate"></ijm-icon>
 * ```
 */
export function registerIcon(name: string, source: string | IconData, options: RegisterIconOptions = {}): boolean {
  const key = normalizeIconName(name);
  let icon: Icon | null = null;
  if (typeof source === 'string') {
    const sanitized = sanitizeSvg(source);
    if (sanitized) icon = {...sanitized, mirror: options.mirror ?? false};
  } else if (typeof source?.d === 'string') {
    icon = options.mirror === undefined ? source : {...source, mirror: options.mirror};
  }
  if (!key || !icon) {
    warnOnce(`icon-source:${key}`, `registerIcon('${name}'): no name, or no SVG shapes in the source; nothing registered.`);
    return false;
  }
  registry().custom.set(key, icon);
  notify(key);
  return true;
}

/**
 * Adds built-in icons (by name) without replacing anything a partner
 * registered. The define module adds the whole set; a widget that needs only
 * a few icons can add just those and keep its bundle small.
 */
export function addBuiltinIcons(icons: Readonly<Record<string, IconData>>): void {
  const {builtin} = registry();
  for (const [name, icon] of Object.entries(icons)) {
    const key = normalizeIconName(name);
    if (builtin.get(key) === icon) continue;
    builtin.set(key, icon);
    notify(key);
  }
}

/** The artwork for `name` (partner icons first), if any. */
export function findIcon(name: string): Icon | undefined {
  const {custom, builtin} = registry();
  const key = normalizeIconName(name);
  return custom.get(key) ?? builtin.get(key);
}

/** Calls `listener(name)` whenever `name` gets artwork; returns the unsubscribe function. */
export function onIconRegistered(listener: Listener): () => void {
  const {listeners} = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(name: string): void {
  registry().listeners.forEach((listener) => listener(name));
}
