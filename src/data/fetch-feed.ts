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
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new FeedError('http', {status: response.status});
    }
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let size = 0, read; !(read = await reader.read()).done; chunks.push(read.value)) {
      if ((size += read.value.byteLength) > maxBytes) {
        reader.cancel().catch(() => {});
        throw new FeedError('too-large');
      }
    }
    const blob = new Blob(chunks as BlobPart[]);
    // The declared charset: the header's, else the XML prolog's, else UTF-8.
    const label = /(charset|encoding)=["']?([\w-]+)/i.exec(contentType + (await blob.slice(0, 200).text()))?.[2];
    let text: string;
    try {
      text = new TextDecoder(label).decode(await blob.arrayBuffer());
    } catch {
      text = await blob.text();
    }
    return {text, contentType, url: response.url || url};
  } catch (error) {
    if (error instanceof FeedError) throw error;
    signal?.throwIfAborted();
    if (timer.aborted) throw new FeedError('timeout', {cause: error});
    // The usual cause on a partner's page: a feed on another site that does not allow it.
    throw new FeedError('network', {cause: error, message: 'no answer: offline, or the feed’s server does not let other sites read it (CORS)'});
  }
}
