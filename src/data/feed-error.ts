/**
 * Why a feed could not give stories:
 * - `network`: no answer (offline, DNS, CORS refused), after one retry;
 * - `timeout`: no complete answer in time;
 * - `http`: an HTTP error status (see `status`);
 * - `too-large`: the body is over the size cap;
 * - `unparseable`: not JSON Feed, RSS, Atom or WordPress REST;
 * - `empty`: a valid feed with no story to show;
 * - `unsafe-url`: the feed URL is not an `http(s)` URL.
 */
export type FeedErrorReason = 'network' | 'timeout' | 'http' | 'too-large' | 'unparseable' | 'empty' | 'unsafe-url';

/** A feed failure with a machine-readable {@link FeedErrorReason}. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly reason: FeedErrorReason;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;

  constructor(reason: FeedErrorReason, options: {status?: number; cause?: unknown; message?: string} = {}) {
    super(options.message ?? (options.status ? `HTTP ${options.status}` : reason), {cause: options.cause});
    this.reason = reason;
    if (options.status) this.status = options.status;
  }
}
