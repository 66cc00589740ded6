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

const ACCEPT = 'application/feed+json,application/json,application/atom+xml,application/rss+xml,text/xml;q=0.9,*/*;q=0.8';

/**
 * GETs a feed without cookies or credentials, retrying once when the network
 * fails, within a timeout and a size cap. Rejects with a {@link FeedError}
 * (`network`, `timeout`, `http`, `too-large`), or with the signal's reason
 * when `signal` aborts.
 */
export async function fetchFeed(url: string, {signal, timeout = 8000, maxBytes = 2 << 20}: FetchFeedOptions = {}): Promise<FeedResponse> {
  const timer = AbortSignal.timeout(timeout);
  const any = AbortSignal.any(signal ? [signal, timer] : [timer]);
  const request = () => fetch(url, {signal: any, credentials: 'omit', referrerPolicy: 'no-referrer', headers: {accept: ACCEPT}});
  try {
    const response = await request().catch(async () => {
      any.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 300));
      any.throwIfAborted();
      return request();
    });
    const contentType = response.headers.get('content-type') ?? '';
    const chunks: BlobPart[] = [];
    let size = 0;
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new FeedError('http', {status: response.status});
    }
    for (const reader = response.body!.getReader(); ; ) {
      const {done, value} = await reader.read();
      if (done) break;
      if ((size += value.byteLength) > maxBytes) {
        reader.cancel().catch(() => {});
        throw new FeedError('too-large');
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    // The declared charset: the header's, else the XML prolog's, else UTF-8.
    const label = /(charset|encoding)=["']?([\w-]+)/i.exec(contentType + String.fromCharCode(...bytes.subarray(0, 200)))?.[2];
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = new TextDecoder();
    }
    return {text: decoder.decode(bytes), contentType, url: response.url || url};
  } catch (error) {
    if (error instanceof FeedError) throw error;
    signal?.throwIfAborted();
    throw new FeedError(timer.aborted ? 'timeout' : 'network', {cause: error});
  }
}
