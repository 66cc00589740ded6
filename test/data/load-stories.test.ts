import {expect} from '@open-wc/testing';
import {clearStoriesCache, loadStories} from '../../src/data/load-stories.js';
import {fetchFeed} from '../../src/data/fetch-feed.js';
import {FeedError, type FeedErrorReason} from '../../src/data/feed-error.js';
import {recordedRequests, resetServer, respondUrl} from '../helpers/server.js';
import {fetchesDuring} from '../helpers/fetch.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected a failure');
}

describe('loadStories', () => {
  beforeEach(async () => {
    clearStoriesCache();
    await resetServer();
  });

  it('fetches and parses a feed, resolving relative URLs against the feed URL', async () => {
    const stories = await loadStories('/test/fixtures/feeds/wordpress.json');
    expect(stories).to.have.length(3);
    expect(stories[2].image).to.equal(new URL('/wp-content/uploads/2024/01/questions.jpg', location.href).href);
  });

  it('sends no cookies or credentials', async () => {
    document.cookie = 'ijm-test=secret; path=/';
    try {
      await loadStories('/test/fixtures/feeds/rss.xml');
      const [request] = await recordedRequests('/test/fixtures/feeds/rss.xml');
      expect(request.headers).not.to.have.property('cookie');
      expect(request.headers.accept).to.contain('application/feed+json');
    } finally {
      document.cookie = 'ijm-test=; path=/; max-age=0';
    }
  });

  it('makes one request for several callers of the same feed, concurrent or later', async () => {
    const src = respondUrl({file: '/test/fixtures/feeds/json-feed.json', delay: 100});
    const [a, b, c] = await Promise.all([loadStories(src), loadStories(src), loadStories(new URL(src, location.href).href)]);
    expect(a).to.deep.equal(b);
    expect(a).to.deep.equal(c);
    await loadStories(src);
    expect(await recordedRequests('/test-api/respond')).to.have.length(1);
  });

  it('keeps a shared request for the callers still waiting when one withdraws, and retries after a failure', async () => {
    const src = respondUrl({file: '/test/fixtures/feeds/json-feed.json', delay: 150});
    const leaving = new AbortController();
    const first = loadStories(src, {signal: leaving.signal});
    const second = loadStories(src, {signal: new AbortController().signal});
    leaving.abort();
    expect((await failure(first)).name).to.equal('AbortError');
    expect(await second).to.have.length(3);

    const failing = respondUrl({status: 503});
    expect((await failure(loadStories(failing))).reason).to.equal('http');
    await failure(loadStories(failing));
    expect(await recordedRequests('/test-api/respond')).to.have.length(3);
  });

  it('aborts the request when every caller has withdrawn, and starts afresh next time', async () => {
    const src = respondUrl({file: '/test/fixtures/feeds/json-feed.json', delay: 150});
    // The fetches as the page makes them (the server may or may not see one aborted in flight).
    await fetchesDuring(async (calls) => {
      const controller = new AbortController();
      const pending = loadStories(src, {signal: controller.signal});
      controller.abort();
      expect((await failure(pending)).name).to.equal('AbortError');
      expect(calls).to.have.length(1);
      expect(calls[0].signal?.aborted).to.be.true;
      expect(await loadStories(src)).to.have.length(3);
      expect(calls).to.have.length(2);
      expect(calls[1].signal?.aborted).to.be.false;
    });
  });

  const reasons: Array<[string, string, FeedErrorReason, number?]> = [
    ['an HTTP 500', respondUrl({status: 500, body: 'oops'}), 'http', 500],
    ['an HTTP 404', respondUrl({status: 404}), 'http', 404],
    ['a 5 MB body', respondUrl({bytes: 5 * 1024 * 1024}), 'too-large'],
    ['invalid XML', respondUrl({file: '/test/fixtures/feeds/invalid.xml', type: 'application/rss+xml'}), 'unparseable'],
    ['an HTML page', respondUrl({body: '<!doctype html><title>Hi</title><p>Not a feed', type: 'text/html'}), 'unparseable'],
    ['an empty feed', '/test/fixtures/feeds/empty.json', 'empty'],
    ['an empty body', respondUrl({body: ''}), 'unparseable'],
    ['a javascript: src', 'javascript:alert(1)', 'unsafe-url'],
    ['a data: src', 'data:application/json,{"items":[]}', 'unsafe-url'],
  ];
  for (const [what, src, reason, status] of reasons) {
    it(`reports ${what} as ${reason}`, async () => {
      const error = await failure(loadStories(src));
      expect(error).to.be.instanceOf(FeedError);
      expect(error.reason).to.equal(reason);
      expect(error.status).to.equal(status);
    });
  }

  it('reports a slow answer as a timeout', async () => {
    const error = await failure(loadStories(respondUrl({file: '/test/fixtures/feeds/rss.xml', delay: 400}), {timeout: 100}));
    expect(error.reason).to.equal('timeout');
  });

  it('caps the body as it streams, not only by Content-Length', async () => {
    const error = await failure(fetchFeed(respondUrl({bytes: 4096}), {maxBytes: 1000}));
    expect(error.reason).to.equal('too-large');
    // No Content-Length at all: counted as it arrives.
    const streamed = await failure(fetchFeed(respondUrl({bytes: 8192, chunked: true}), {maxBytes: 3000}));
    expect(streamed.reason).to.equal('too-large');
    expect((await fetchFeed(respondUrl({bytes: 3000, chunked: true}), {maxBytes: 3000})).text).to.have.length(3000);
  });

  it('takes up to 2 MB by default', async () => {
    expect((await fetchFeed(respondUrl({bytes: 2 * 1024 * 1024, chunked: true}))).text).to.have.length(2 * 1024 * 1024);
    expect((await failure(fetchFeed(respondUrl({bytes: 2 * 1024 * 1024 + 1, chunked: true})))).reason).to.equal('too-large');
    expect((await fetchFeed(respondUrl({bytes: 1000}), {maxBytes: 1000})).text).to.have.length(1000);
  });

  it('retries once when the network fails, then reports network', async () => {
    // Another origin without CORS headers: the request reaches the server but the browser refuses the answer.
    const crossOrigin = new URL(respondUrl({file: '/test/fixtures/feeds/rss.xml'}), location.href);
    crossOrigin.hostname = crossOrigin.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const error = await failure(loadStories(crossOrigin.href));
    expect(error.reason).to.equal('network');
    expect(await recordedRequests('/test-api/respond')).to.have.length(2);
    crossOrigin.searchParams.set('cors', '1');
    expect(await loadStories(crossOrigin.href)).to.have.length(4);
  });

  it('decodes the charset the feed declares', async () => {
    const [story] = await loadStories(respondUrl({file: '/test/fixtures/feeds/latin1.xml', type: 'application/xml'}));
    expect(story.title).to.equal('Café São Paulo');
  });
});
