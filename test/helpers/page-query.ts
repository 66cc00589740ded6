/**
 * Adds `query` to this test page's address (keeping the runner's own
 * parameters) until the returned function restores it, as if a reader had
 * arrived from a campaign link.
 */
export function setPageQuery(query: string): () => void {
  const original = location.pathname + location.search + location.hash;
  const search = new URLSearchParams(location.search);
  for (const [name, value] of new URLSearchParams(query)) search.append(name, value);
  history.replaceState(history.state, '', `${location.pathname}?${search}${location.hash}`);
  return () => history.replaceState(history.state, '', original);
}
