/** Talks to the test server's recording endpoints (test/server/test-api.mjs). */
export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  headers: Record<string, string>;
  body?: string;
}

export async function resetServer(): Promise<void> {
  await fetch('/test-api/reset', {method: 'POST'});
}

export async function recordedRequests(pathPrefix = ''): Promise<RecordedRequest[]> {
  const all: RecordedRequest[] = await (await fetch('/test-api/requests')).json();
  return all.filter((r) => r.path.startsWith(pathPrefix));
}

/** A URL on the test server that answers as told. */
export function respondUrl(options: {status?: number; delay?: number; type?: string; body?: string; bytes?: number; file?: string; chunked?: boolean; hold?: string; drop?: boolean}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value !== undefined) params.set(key, String(value));
  return `/test-api/respond?${params}`;
}

/** Lets the test server answer the requests made with `respondUrl({hold: key})`. */
export async function releaseHeld(key: string): Promise<void> {
  await fetch(`/test-api/release?hold=${encodeURIComponent(key)}`, {method: 'POST'});
}

/**
 * From now on (until the next reset) the widget modules src/loader.ts loads answer after `delay`
 * ms, and with `hold` not before {@link releaseHeld}(hold); `only` names the modules (default all).
 */
export async function delayModules(options: {delay?: number; hold?: string; only?: string[]}): Promise<void> {
  const params = new URLSearchParams();
  if (options.delay) params.set('delay', String(options.delay));
  if (options.hold) params.set('hold', options.hold);
  if (options.only) params.set('only', options.only.join(','));
  await fetch(`/test-api/modules?${params}`, {method: 'POST'});
}
