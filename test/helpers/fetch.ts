/** A `fetch` call the page made: its URL and the signal it was given. */
export interface FetchCall {
  url: string;
  signal?: AbortSignal | null;
}

/**
 * Records the `fetch` calls made while `during` runs (the calls still go out). `during` sees the
 * list as it grows; it is returned at the end. For what the page asked for, where the server's log
 * cannot tell (a request aborted in flight may or may not reach it, one never sent never does).
 */
export async function fetchesDuring(during: (calls: FetchCall[]) => Promise<void>): Promise<FetchCall[]> {
  const calls: FetchCall[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    calls.push({url: String(input instanceof Request ? input.url : input), signal: init?.signal});
    return original(input, init);
  };
  try {
    await during(calls);
  } finally {
    window.fetch = original;
  }
  return calls;
}
