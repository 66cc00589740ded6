import type {Story} from './story.js';
import {FeedError} from './feed-error.js';
import {fetchFeed, type FetchFeedOptions} from './fetch-feed.js';
import {parseFeed} from './parse-feed.js';
import {toSafeHttpUrl} from './url.js';

interface Entry {
  promise: Promise<Story[]>;
  controller: AbortController;
  /** Callers that may still wait for it. */
  waiting: number;
}

// One entry per feed URL for the page's lifetime: rails with the same `src`
// share one request, concurrent or later. Failures are forgotten so a later
// rail tries again.
const cache = new Map<string, Entry>();

/**
 * The stories of the feed at `src` (JSON Feed, RSS, Atom or WordPress REST),
 * fetched once per page and shared by every caller. A caller's `signal` only
 * withdraws that caller; the request itself is aborted when nobody waits for
 * it any more. The first caller's `timeout` and `maxBytes` apply. Rejects with a {@link FeedError}, or the signal's reason.
 */
export function loadStories(src: string, options: FetchFeedOptions = {}): Promise<Story[]> {
  const url = toSafeHttpUrl(src);
  if (!url) return Promise.reject(new FeedError('unsafe-url'));
  const forget = () => cache.get(url) === entry && cache.delete(url);
  const controller = new AbortController();
  const entry: Entry = cache.get(url) ?? {
    controller,
    waiting: 0,
    promise: fetchFeed(url, {...options, signal: controller.signal}).then((response) => parseFeed(response.text, response.contentType, response.url)),
  };
  if (!cache.has(url)) {
    cache.set(url, entry);
    entry.promise.catch(forget);
  }
  const {signal} = options;
  entry.waiting++;
  if (!signal) return entry.promise;
  return new Promise<Story[]>((resolve, reject) => {
    const withdraw = () => {
      reject(signal.reason);
      if (!--entry.waiting) {
        entry.controller.abort();
        forget();
      }
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw);
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', withdraw));
  });
}

/** Forgets every loaded feed (tests; a page that wants fresh stories). */
export function clearStoriesCache(): void {
  cache.clear();
}
