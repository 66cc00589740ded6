import {toStories, type FeedItem, type Story} from './story.js';
import {feedHtmlToText, parseFeedHtml} from './feed-text.js';
import {childText, childrenNamed, mediaImage, xmlBase} from './xml.js';

/** The first `<img>` in feed HTML, for feeds that only carry images in their content. */
export function firstHtmlImage(html: string): {url: string; alt: string} | undefined {
  if (!html.includes('<img')) return undefined;
  const img = parseFeedHtml(html).querySelector('img[src]');
  return img ? {url: img.getAttribute('src')!, alt: img.getAttribute('alt') ?? ''} : undefined;
}

/**
 * RSS 2.0 (and RSS 1.0) items: `title`, `link` (else a permalink `guid`),
 * `description` (else `content:encoded`), `pubDate` (else `dc:date`), the
 * first `category`, and an image from `media:content`, `media:thumbnail`, an
 * image `enclosure` or the first `<img>` in the content.
 */
export function parseRss(doc: Document, feedUrl: string): Story[] {
  const items: FeedItem[] = [...doc.getElementsByTagName('item')].map((item) => {
    const content = childText(item, 'encoded');
    const description = childText(item, 'description') || content;
    const enclosure = childrenNamed(item, 'enclosure').find((el) => el.getAttribute('type')?.startsWith('image/'));
    const guid = childrenNamed(item, 'guid')[0];
    const image =
      mediaImage(item) ??
      (enclosure ? {url: enclosure.getAttribute('url'), alt: ''} : undefined) ??
      firstHtmlImage(content || description);
    return {
      url:
        childrenNamed(item, 'link').map((el) => el.textContent!.trim()).find(Boolean) ??
        (guid?.getAttribute('isPermaLink') !== 'false' ? guid?.textContent?.trim() : undefined),
      title: feedHtmlToText(childText(item, 'title')),
      summary: feedHtmlToText(description),
      image: image?.url,
      imageAlt: image?.alt,
      date: childText(item, 'pubDate') || childText(item, 'date'),
      kicker: childText(item, 'category'),
      base: xmlBase(item, feedUrl),
    };
  });
  return toStories(items, feedUrl);
}
