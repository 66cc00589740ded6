import {FeedError} from './feed-error.js';

export interface FetchFeedOptions {
  /** Aborts the request (e.g. the element left the page). */
  signal?: AbortSignal;
  /** Milliseconds for the whole exchange, retry included. Default 8000. */
  timeout?: number;
  /** Largest body accepted, in bytes, counted as it streams. Default 2 MB. */
  maxBytes?: number;
}

export interface FeedResponse {
  text: string;
  contentType: string;
  /** The URL that answered, after redirects: the base for relative links. */
  url: string;
}

export const DEFAULT_TIMEOUT = 8000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const RETRY_DELAY = 300;
const ACCEPT = 'application/feed+json,application/json,application/atom+xml,application/rss+xml,text/xml;q=0.9,*/*;q=0.8';

/** The body's text in its declared charset (header, else XML prolog, else UTF-8). */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /encoding=["']([\w-]+)/.exec(head)?.[1];
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    response.body?.cancel().catch(() => {});
    throw new FeedError('too-large');
  }
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw new FeedError('too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return bytes;
}

/**
 * GETs a feed without cookies or credentials, retrying once when the network
 * fails, within a timeout and a size cap. Rejects with a {@link FeedError}
 * (`network`, `timeout`, `http`, `too-large`), or with the signal's reason
 * when `signal` aborts.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedResponse> {
  const {signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES} = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abort = () => controller.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeout);
  signal?.addEventListener('abort', abort);
  const request = () =>
    fetch(url, {signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: {accept: ACCEPT}});
  try {
    let response: Response;
    try {
      response = await request();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY));
      controller.signal.throwIfAborted();
      response = await request();
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new FeedError('http', {status: response.status});
    }
    const contentType = response.headers.get('content-type') ?? '';
    return {text: decode(await readCapped(response, maxBytes), contentType), contentType, url: response.url || url};
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut) throw new FeedError('timeout', {cause: error});
    signal?.throwIfAborted();
    throw new FeedError('network', {cause: error});
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
