import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {DataLayerEntry, toDataLayerEntry} from './datalayer-entry.js';

export type {DataLayerEntry};

declare global {
  interface Window {
    /** Google Tag Manager's queue; written only with `analytics="datalayer"`. */
    dataLayer?: unknown[];
  }
}

/** The widget events the bridge turns into analytics events. */
export const TRACKED_EVENTS = ['ijm-donate-view', 'ijm-donate', 'ijm-signup-view', 'ijm-signup-success', 'ijm-stories-view', 'ijm-story-click'] as const;

/** The GA4 mapping, once loaded: a page that never opts in never downloads it. */
let toEntry: typeof toDataLayerEntry | undefined;
let mapping: Promise<void> | undefined;

function loadMapping(): Promise<void> {
  return (mapping ??= import('./datalayer-entry.js').then(
    (module) => void (toEntry = module.toDataLayerEntry),
    (error: unknown) => console.warn('[ijm-widgets] could not load the dataLayer mapping, so no widget events reach window.dataLayer:', error),
  ));
}

function push(entry: DataLayerEntry | undefined): void {
  if (!entry) return;
  const layer = (window.dataLayer ??= []);
  if (entry.ecommerce) layer.push({ecommerce: null});
  layer.push(entry);
}

/** Each event is pushed once, by the closest element with `analytics` (a widget's own setting wins over its provider's). */
const handled = new WeakSet<Event>();

/**
 * The opt-in analytics bridge. While `mode()` is `datalayer`, each widget
 * event reaching the host is pushed to `window.dataLayer` (created if the
 * page has none) in the shape GA4 and Tag Manager expect, after a
 * `{ecommerce: null}` that clears the previous ecommerce object, as Google
 * recommends. Any other value (e.g. `off`) claims the events without pushing,
 * so a widget can opt out inside a provider that opted in. Without the
 * attribute nothing listens and nothing is written. No request, script or
 * cookie: what the page's own tags do with the entries is the page's choice.
 */
export class DataLayerBridge implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly mode: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.listen(this.mode() !== undefined);
    if (this.listening && this.optedIn()) void loadMapping();
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (isServer || on === this.listening) return;
    this.listening = on;
    for (const type of TRACKED_EVENTS) this.host[on ? 'addEventListener' : 'removeEventListener'](type, this.onEvent);
  }

  private readonly onEvent = (event: Event): void => {
    if (handled.has(event)) return;
    handled.add(event);
    if (!this.optedIn()) return;
    const widget = (event.target as Element).localName.replace(/^ijm-/, '');
    if (toEntry) push(toEntry(event, widget));
    // Only before the GA4 mapping has arrived (it is fetched as soon as the widget opts in): in order, on arrival.
    else void loadMapping().then(() => toEntry && push(toEntry(event, widget)));
  };

  private optedIn(): boolean {
    return this.mode()?.trim().toLowerCase() === 'datalayer';
  }
}
