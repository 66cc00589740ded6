import {toStories, type Story} from './story.js';
import {feedHtmlToText} from './feed-text.js';

interface Rendered {
  rendered?: unknown;
  protected?: boolean;
}
interface WordPressMedia {
  source_url?: unknown;
  alt_text?: unknown;
  media_details?: {sizes?: Record<string, {source_url?: unknown} | undefined>};
}
/** The fields of a `wp/v2/posts?_embed` post this parser reads. */
export interface WordPressPost {
  link?: unknown;
  title?: Rendered;
  excerpt?: Rendered;
  content?: Rendered;
  date?: unknown;
  date_gmt?: unknown;
  jetpack_featured_media_url?: unknown;
  _embedded?: {
    'wp:featuredmedia'?: WordPressMedia[];
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
    (posts as WordPressPost[]).filter((post) => post && typeof post === 'object').map((post) => {
      const media = post._embedded?.['wp:featuredmedia']?.[0];
      const sizes = media?.media_details?.sizes ?? {};
      const isProtected = post.content?.protected === true || post.excerpt?.protected === true;
      const category = post._embedded?.['wp:term']?.flat().find((term) => term?.taxonomy === 'category');
      return {
        url: post.link,
        title: feedHtmlToText(post.title?.rendered),
        summary: isProtected ? undefined : feedHtmlToText(post.excerpt?.rendered),
        image: (sizes.medium_large ?? sizes.large ?? media)?.source_url ?? post.jetpack_featured_media_url,
        imageAlt: media?.alt_text,
        // `date_gmt` has no zone designator; it is UTC.
        date: typeof post.date_gmt === 'string' ? `${post.date_gmt}Z` : post.date,
        kicker: feedHtmlToText(category?.name),
        protected: isProtected,
      };
    }),
    feedUrl,
  );
}
