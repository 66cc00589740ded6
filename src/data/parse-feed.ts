import {toStories, type FeedItem, type Story} from './story.js';
import {FeedError} from './feed-error.js';
import {feedHtmlToText, feedText, parseFeedHtml} from './feed-text.js';
import {toSafeHttpUrl} from './url.js';
import {parseMarkup} from '../internal/parse-markup.js';

export type FeedFormat = 'json-feed' | 'wordpress' | 'rss' | 'atom';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/** The base URL in scope at `el`: each `xml:base` from the root down, resolved against the feed URL. */
const xmlBase = (el: Element | null, feedUrl: string): string => {
  const above = el ? xmlBase(el.parentElement, feedUrl) : feedUrl;
  return (el && toSafeHttpUrl(el.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base'), above)) || above;
};

/** `el`'s attribute `name`; `undefined` without `el`. */
const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name);

/** The first `<img>` in feed HTML, for feeds that only carry images in their content. */
const htmlImage = (html: string) => (html.includes('<img') ? parseFeedHtml(html).querySelector('img[src]') : null);

/**
 * RSS 2.0 / 1.0 items and Atom 1.0 entries, read by one table of names:
 * - link: the first `alternate` link (RSS `<link>` text, else a permalink `guid`);
 * - title; summary: `description`/`summary`, else `content:encoded`/`content` (HTML as text;
 *   Atom text constructs as their `type` says: `xhtml` markup is read as HTML, its scripts dropped);
 * - image: an image `enclosure` (RSS element or Atom link), then media RSS (`media:content` with
 *   an image type or medium, else `media:thumbnail`), then the first `<img>` in the content;
 * - date: `pubDate`, `published`, `dc:date` or `updated`; kicker: the first `category`.
 * Relative URLs resolve against the `xml:base` in scope on the item, then the feed URL.
 */
function parseXml(doc: Document, feedUrl: string): Story[] {
  const atom = doc.documentElement.namespaceURI === ATOM_NS;
  const items = [...doc.getElementsByTagNameNS(atom ? ATOM_NS : '*', atom ? 'entry' : 'item')].map((item): FeedItem => {
    const children = [...item.children].filter((el) => !atom || el.namespaceURI === ATOM_NS);
    const all = (name: string) => children.filter((el) => el.localName === name);
    const one = (name: string) => all(name)[0];
    // Atom text constructs: `text` stays text; `html` is escaped markup; `xhtml` is markup inline.
    const text = (el?: Element, type = attr(el, 'type')) =>
      el ? (atom && !type?.endsWith('html') ? feedText : feedHtmlToText)(type === 'xhtml' ? el.innerHTML : el.textContent) : '';
    const links = all('link').filter((el) => (attr(el, 'rel') ?? 'alternate') === 'alternate');
    const guid = one('guid');
    const content = one('encoded') ?? one('content');
    const summary = text(one('description') ?? one('summary')) || text(content);
    const enclosure = [...all('enclosure'), ...all('link')].find((el) => attr(el, 'type')?.startsWith('image/'));
    const media = [...item.getElementsByTagNameNS(MEDIA_NS, 'content'), ...item.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')].find((el) =>
      /^(image|$)/.test(attr(el, 'medium') ?? attr(el, 'type') ?? ''),
    );
    const img = htmlImage(content?.textContent || one('description')?.textContent || '');
    const category = one('category');
    return {
      url:
        links.map((el) => attr(el, 'href') ?? el.textContent!.trim()).find(Boolean) ??
        (attr(guid, 'isPermaLink') !== 'false' ? guid?.textContent?.trim() : undefined),
      title: text(one('title')),
      summary,
      image: enclosure ? attr(enclosure, 'url') ?? attr(enclosure, 'href') : media ? attr(media, 'url') : attr(img, 'src'),
      imageAlt: enclosure ? attr(enclosure, 'title') : media ? media.getElementsByTagNameNS(MEDIA_NS, 'description')[0]?.textContent : attr(img, 'alt'),
      date: ['pubDate', 'published', 'date', 'updated'].map((name) => one(name)?.textContent).find(Boolean),
      kicker: category && (attr(category, 'label') ?? attr(category, 'term') ?? category.textContent),
      base: xmlBase(item, feedUrl),
    };
  });
  return toStories(items, feedUrl);
}

/** RSS 2.0 (and RSS 1.0) items; see {@link parseXml}. */
export const parseRss: (doc: Document, feedUrl: string) => Story[] = parseXml;
/** Atom 1.0 entries; see {@link parseXml}. */
export const parseAtom: (doc: Document, feedUrl: string) => Story[] = parseXml;

/**
 * JSON Feed 1.1 (and 1.0) items: `url` (else `external_url`), `title`,
 * `summary` (else `content_text`, else `content_html` as text), `image` (else
 * `banner_image`), `date_published` (else `date_modified`), the first tag as
 * kicker. The extension `_ijm: {protected: true, image_alt: "…"}` marks a
 * protected story and describes its image.
 */
export function parseJsonFeed(feed: Json, feedUrl: string): Story[] {
  return toStories(
    (Array.isArray(feed.items) ? feed.items.filter(isObject) : []).map((item) => {
      // Any JSON value: only an object has these fields.
      const extension = item._ijm as Json | null | undefined;
      return {
        url: item.url ?? item.external_url,
        title: item.title,
        summary: item.summary ?? item.content_text ?? feedHtmlToText(item.content_html),
        image: item.image ?? item.banner_image,
        imageAlt: extension?.image_alt,
        date: item.date_published ?? item.date_modified,
        kicker: Array.isArray(item.tags) ? item.tags[0] : undefined,
        protected: extension?.protected === true,
      };
    }),
    feedUrl,
  );
}

interface Rendered {
  rendered?: unknown;
  protected?: boolean;
}
/** The fields of a `wp/v2/posts?_embed` post this parser reads. */
export interface WordPressPost {
  link?: unknown;
  title?: Rendered;
  excerpt?: Rendered;
  content?: Rendered;
  date?: unknown;
  date_gmt?: unknown;
  _embedded?: {
    'wp:featuredmedia'?: Array<{source_url?: unknown; alt_text?: unknown; media_details?: {sizes?: Record<string, {source_url?: unknown} | undefined>}}>;
    'wp:term'?: Array<Array<{name?: unknown; taxonomy?: unknown}>>;
  };
}

/**
 * WordPress REST `wp/v2/posts?_embed` posts: `title.rendered`, `link`,
 * `excerpt.rendered` (HTML, entities and "[…]" included), `date_gmt`, the
 * featured image at a card-friendly size with its alt text, and the first
 * category. A password-protected post is marked protected and keeps no excerpt.
 */
export function parseWordPressPosts(posts: unknown[], feedUrl: string): Story[] {
  return toStories(
    (posts.filter(isObject) as WordPressPost[]).map((post) => {
      const media = post._embedded?.['wp:featuredmedia']?.[0];
      const sizes = media?.media_details?.sizes ?? {};
      const isProtected = post.content?.protected === true || post.excerpt?.protected === true;
      return {
        url: post.link,
        title: feedHtmlToText(post.title?.rendered),
        summary: isProtected ? undefined : feedHtmlToText(post.excerpt?.rendered),
        image: (sizes.medium_large ?? sizes.large ?? media)?.source_url,
        imageAlt: media?.alt_text,
        // `date_gmt` has no zone designator; it is UTC.
        date: `${post.date_gmt}Z`,
        kicker: feedHtmlToText(post._embedded?.['wp:term']?.flat().find((term) => term?.taxonomy === 'category')?.name),
        protected: isProtected,
      };
    }),
    feedUrl,
  );
}

/**
 * The parsed body and its format, or `undefined` when it is none of the four. The body alone
 * decides (servers often send feeds as text/plain or text/html): only a body that starts with
 * `[` or `{` can be a JSON array or object, whatever its content type says.
 */
export function detectFeed(body: string, _contentType?: string): {format: FeedFormat; data: unknown} | undefined {
  // `trim()` drops a byte order mark too.
  const text = body.trim();
  if (!text.startsWith('<')) {
    try {
      const data = JSON.parse(text);
      if (Array.isArray(data)) return {format: 'wordpress', data};
      if (Array.isArray(data?.items)) return {format: 'json-feed', data};
    } catch {
      // not JSON
    }
    return undefined;
  }
  const doc = parseMarkup(text, 'text/xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length) return undefined;
  if (/^(rss|RDF)$/.test(root.localName)) return {format: 'rss', data: doc};
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return {format: 'atom', data: doc};
  return undefined;
}

/**
 * Stories from a feed body in any supported format, detected from the body
 * (see {@link detectFeed}). Throws a {@link FeedError}: `unparseable` when the
 * body is none of the formats, `empty` when it has no story to show.
 */
export function parseFeed(body: string, _contentType: string, feedUrl: string): Story[] {
  const feed = detectFeed(body);
  if (!feed) throw new FeedError('unparseable');
  const {format, data} = feed;
  const stories =
    format === 'wordpress'
      ? parseWordPressPosts(data as unknown[], feedUrl)
      : format === 'json-feed'
        ? parseJsonFeed(data as Json, feedUrl)
        : parseXml(data as Document, feedUrl);
  if (!stories.length) throw new FeedError('empty');
  return stories;
}
