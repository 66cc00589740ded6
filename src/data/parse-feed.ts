import type {Story} from './story.js';
import {FeedError} from './feed-error.js';
import {parseMarkup} from '../internal/parse-markup.js';
import {parseJsonFeed} from './parse-json-feed.js';
import {parseWordPressPosts} from './parse-wordpress.js';
import {parseRss} from './parse-rss.js';
import {parseAtom} from './parse-atom.js';
import {ATOM_NS} from './xml.js';

export type FeedFormat = 'json-feed' | 'wordpress' | 'rss' | 'atom';

/** The parsed body and its format, or `undefined` when it is none of the four. */
export function detectFeed(body: string, contentType = ''): {format: FeedFormat; data: unknown} | undefined {
  const text = body.replace(/^\uFEFF/, '').trim();
  // The body decides between XML and JSON (servers often send feeds as text/plain or
  // text/html); the content type lets JSON with odd leading text through.
  if (!text.startsWith('<')) {
    if (!/json/i.test(contentType) && !/^[[{]/.test(text)) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (Array.isArray(data)) return {format: 'wordpress', data};
    if (data && typeof data === 'object' && Array.isArray((data as {items?: unknown}).items)) return {format: 'json-feed', data};
    return undefined;
  }
  const doc = parseMarkup(text, 'text/xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length) return undefined;
  if (root.localName === 'rss' || root.localName === 'RDF') return {format: 'rss', data: doc};
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return {format: 'atom', data: doc};
  return undefined;
}

/**
 * Stories from a feed body in any supported format, detected from the content
 * type and the body itself. Throws a {@link FeedError}: `unparseable` when the
 * body is none of the formats, `empty` when it has no story to show.
 */
export function parseFeed(body: string, contentType: string, feedUrl: string): Story[] {
  const feed = detectFeed(body, contentType);
  if (!feed) throw new FeedError('unparseable');
  const {format, data} = feed;
  const stories =
    format === 'wordpress'
      ? parseWordPressPosts(data as unknown[], feedUrl)
      : format === 'json-feed'
        ? parseJsonFeed(data as Record<string, unknown>, feedUrl)
        : format === 'rss'
          ? parseRss(data as Document, feedUrl)
          : parseAtom(data as Document, feedUrl);
  if (!stories.length) throw new FeedError('empty');
  return stories;
}
