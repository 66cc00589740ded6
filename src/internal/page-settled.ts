/**
 * Warnings that wait for the page: a widget whose provider, icons or properties arrive later than
 * its own code has nothing to warn about. Apart from warn.ts, so that only the widgets that wait
 * (the icon, the rail, the sign-up) carry it.
 */
import {warnOnce} from './warn.js';

// The widget modules the CDN loader is fetching (src/internal/autoload.ts adds and removes them),
// shared by every copy of the package on the page. The loader keeps its own copy of this key
// rather than import this module, so it stays one small file.
const loadingKey = Symbol.for('ijm-widgets.loading');
const globals = globalThis as typeof globalThis & {[loadingKey]?: Set<Promise<unknown>>};

/**
 * Resolves once everything the page asked for is there: the window has loaded, every widget
 * module the loader is fetching has arrived or failed (including modules it starts meanwhile:
 * a provider, the icon set), and one more task has run, so properties a framework sets just
 * after creating an element are set. Browser only.
 */
export function pageSettled(): Promise<void> {
  // One wait at a time, which later callers join: their callbacks then run in the order they
  // asked (separate timers need not fire in the order they were set).
  return (settling ??= settle().finally(() => (settling = undefined)));
}

let settling: Promise<void> | undefined;

async function settle(): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, {once: true}));
  // A task between rounds, so even a promise another copy forgot to remove cannot spin this loop.
  do await new Promise((resolve) => setTimeout(resolve));
  while (globals[loadingKey]?.size && (await Promise.allSettled(globals[loadingKey]!)));
}

/**
 * Warns (once per message) only if `problem()` still finds one once the page has settled: a
 * widget whose provider, icons or properties arrive later than its own code has nothing to
 * warn about.
 */
export function warnIfStill(problem: () => string | false | undefined): void {
  // On a server (rendering to HTML) the page is not there yet: it is the browser's to judge.
  if (typeof document === 'undefined') return;
  void pageSettled().then(() => {
    const message = problem();
    if (message) warnOnce(message, message);
  });
}
