import type {Story} from './story.js';
import {FeedError} from './feed-error.js';
import {fetchFeed, type FetchFeedOptions} from './fetch-feed.js';
import {parseFeed} from './parse-feed.js';
import {toSafeHttpUrl} from './url.js';

interface Pending {
  promise: Promise<Story[]>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

// One entry per feed URL for the page's lifetime: rails with the same `src`
// share one request, concurrent or later. Failures are forgotten so a later
// rail tries again.
const cache = new Map<string, Pending>();

/**
 * The stories of the feed at `src` (JSON Feed, RSS, Atom or WordPress REST),
 * fetched once per page and shared by every caller. A caller's `signal` only
 * withdraws that caller; the request itself is aborted when nobody waits for
 * it any more. The first caller's `timeout` and `maxBytes` apply. Rejects with a {@link FeedError}, or the signal's reason.
 */
export function loadStories(src: string, options: FetchFeedOptions = {}): Promise<Story[]> {
  const url = toSafeHttpUrl(src);
  if (!url) return Promise.reject(new FeedError('unsafe-url'));
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const pending: Pending = {controller, waiting: 0, settled: false, promise: undefined!};
    pending.promise = fetchFeed(url, {...options, signal: controller.signal})
      .then((response) => parseFeed(response.text, response.contentType, response.url))
      .finally(() => (pending.settled = true));
    pending.promise.catch(() => cache.get(url) === pending && cache.delete(url));
    cache.set(url, (entry = pending));
  }
  if (entry.settled) return entry.promise;
  const shared = entry;
  const {signal} = options;
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise<Story[]>((resolve, reject) => {
    const withdraw = () => {
      reject(signal.reason);
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(url) === shared) cache.delete(url);
      }
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw, {once: true});
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', withdraw));
  });
}

/** Forgets every loaded feed (tests; a page that wants fresh stories). */
export function clearStoriesCache(): void {
  cache.clear();
}
