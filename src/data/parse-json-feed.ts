import {toStories, type Story} from './story.js';
import {feedHtmlToText} from './feed-text.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON Feed 1.1 (and 1.0) items: `url` (else `external_url`), `title`,
 * `summary` (else `content_text`, else `content_html` as text), `image` (else
 * `banner_image`), `date_published` (else `date_modified`), the first tag as
 * kicker. The extension `_ijm: {protected: true, image_alt: "…"}` marks a
 * protected story and describes its image.
 */
export function parseJsonFeed(feed: Json, feedUrl: string): Story[] {
  const items = Array.isArray(feed.items) ? feed.items.filter(isObject) : [];
  return toStories(
    items.map((item) => {
      const extension = isObject(item._ijm) ? item._ijm : {};
      return {
        url: item.url ?? item.external_url,
        title: item.title,
        summary: item.summary ?? item.content_text ?? feedHtmlToText(item.content_html),
        image: item.image ?? item.banner_image,
        imageAlt: extension.image_alt,
        date: item.date_published ?? item.date_modified,
        kicker: Array.isArray(item.tags) ? item.tags[0] : undefined,
        protected: extension.protected === true,
      };
    }),
    feedUrl,
  );
}
