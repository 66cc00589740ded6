/**
 * One MutationObserver for the whole page tells widgets when a `lang` or
 * `dir` attribute changes anywhere above them, so a page that switches
 * language re-renders its widgets. Started by the first widget that connects.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
