import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {clock} from './clock.js';

/** Seen: at least this share of the element on screen … */
export const VIEW_THRESHOLD = 0.5;
/** … for this long (ms), in a tab the reader is looking at. */
export const VIEW_DWELL_MS = 1000;

/**
 * Calls `onView` once in the element's life, when at least half of it has
 * been on screen for a second in a visible tab (the IAB's viewable
 * impression). Time in a background tab never counts, and leaving the screen
 * or the tab starts the second again. `ready()` (default: always) holds the
 * count back while there is nothing to see yet (a rail still loading).
 * Browser-only work happens in `hostConnected`, so the element renders on a
 * server untouched.
 */
export class ViewTracker implements ReactiveController {
  private observer?: IntersectionObserver;
  private onScreen = false;
  private timer?: unknown;
  private seen = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onView: () => void,
    private readonly ready: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || this.seen || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        this.onScreen = entry.isIntersecting && entry.intersectionRatio >= VIEW_THRESHOLD;
        this.check();
      },
      {threshold: [0, VIEW_THRESHOLD]},
    );
    this.observer.observe(this.host);
    document.addEventListener('visibilitychange', this.check);
  }

  hostDisconnected(): void {
    this.stop();
    this.onScreen = false;
  }

  /** After each render: the element may just have become worth seeing (`ready`). */
  hostUpdated(): void {
    this.check();
  }

  private readonly check = (): void => {
    const counting = this.onScreen && document.visibilityState === 'visible' && this.ready();
    if (!counting) {
      clock.clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.timer === undefined) {
      this.timer = clock.setTimeout(() => {
        this.seen = true;
        this.stop();
        this.onView();
      }, VIEW_DWELL_MS);
    }
  };

  private stop(): void {
    clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('visibilitychange', this.check);
  }
}
