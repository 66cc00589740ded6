import type {Story} from '../../data/story.js';
import type {FeedError} from '../../data/feed-error.js';

export interface StoriesLoadDetail {
  /** The stories shown, after `exclude` and `limit`. */
  stories: Story[];
  /** The feed URL they came from. */
  src: string;
}

export interface StoriesErrorDetail {
  /** What went wrong; `error.reason` says why (`network`, `timeout`, `http` with `error.status`, `too-large`, `unparseable`, `empty`, `unsafe-url`). */
  error: FeedError;
  /** The feed URL. */
  src: string;
  /** A localised sentence a page may show its readers. */
  message: string;
}

export interface StoriesViewDetail {
  /** The stories shown. */
  stories: Story[];
  /** The feed URL, when they came from one. */
  src?: string;
}

/** Fired by `<ijm-related-stories>` when its feed has loaded and stories show. */
export type StoriesLoadEvent = CustomEvent<StoriesLoadDetail>;
/** Fired by `<ijm-related-stories>` when its feed gave no stories to show. */
export type StoriesErrorEvent = CustomEvent<StoriesErrorDetail>;
/** Fired by `<ijm-related-stories>` once, when at least half of it, with its stories, has been on screen for a second in a visible tab. */
export type StoriesViewEvent = CustomEvent<StoriesViewDetail>;

export const storiesEvent = <K extends 'ijm-stories-load' | 'ijm-stories-error' | 'ijm-stories-view'>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): HTMLElementEventMap[K] => new CustomEvent(type, {detail, bubbles: true, composed: true}) as HTMLElementEventMap[K];

// They bubble and are composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-stories-load': StoriesLoadEvent;
    'ijm-stories-error': StoriesErrorEvent;
    'ijm-stories-view': StoriesViewEvent;
  }
}
