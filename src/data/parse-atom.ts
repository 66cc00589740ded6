import {toStories, type FeedItem, type Story} from './story.js';
import {feedHtmlToText, feedText} from './feed-text.js';
import {toSafeHttpUrl} from './url.js';
import {firstHtmlImage} from './parse-rss.js';
import {ATOM_NS, childrenNamed, mediaImage, xmlBase} from './xml.js';

/** The text of an Atom text construct (`type` text, html or xhtml). */
function atomText(el: Element | undefined): string {
  if (!el) return '';
  return el.getAttribute('type') === 'html' ? feedHtmlToText(el.textContent) : feedText(el.textContent);
}

/**
 * Atom 1.0 entries: `title`, the `alternate` link, `summary` (else
 * `content`), `published` (else `updated`), the first `category`, and an image
 * from an image `enclosure` link, media RSS or the first `<img>` in the
 * content. Each relative URL resolves against the `xml:base` in scope where it
 * appears, then the feed URL.
 */
export function parseAtom(doc: Document, feedUrl: string): Story[] {
  const items = [...doc.getElementsByTagNameNS(ATOM_NS, 'entry')].map((entry): FeedItem => {
    const one = (name: string) => childrenNamed(entry, name, ATOM_NS)[0];
    const resolve = (url: string | null | undefined, el: Element | undefined) => el && toSafeHttpUrl(url, xmlBase(el, feedUrl));
    const links = childrenNamed(entry, 'link', ATOM_NS);
    const alternates = links.filter((el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate');
    const link = alternates.find((el) => /html|^$/.test(el.getAttribute('type') ?? '')) ?? alternates[0];
    const enclosure = links.find((el) => el.getAttribute('rel') === 'enclosure' && el.getAttribute('type')?.startsWith('image/'));
    const content = one('content');
    const media = mediaImage(entry);
    const fromHtml = content?.getAttribute('type') === 'html' ? firstHtmlImage(content.textContent ?? '') : undefined;
    const category = one('category');
    return {
      url: resolve(link?.getAttribute('href'), link),
      title: atomText(one('title')),
      summary: atomText(one('summary') ?? content),
      image: enclosure ? resolve(enclosure.getAttribute('href'), enclosure) : media ? resolve(media.url, entry) : resolve(fromHtml?.url, content),
      imageAlt: enclosure ? enclosure.getAttribute('title') : (media ?? fromHtml)?.alt,
      date: one('published')?.textContent ?? one('updated')?.textContent,
      kicker: category?.getAttribute('label') ?? category?.getAttribute('term'),
    };
  });
  return toStories(items, feedUrl);
}
