import {toSafeHttpUrl} from './url.js';
import {feedText, trimToSentence} from './feed-text.js';

/**
 * One story, whatever feed it came from. URLs are absolute `http(s)`; text is
 * plain text (never markup); `date` is ISO 8601.
 */
export interface Story {
  /** The story's page. */
  url: string;
  title: string;
  summary?: string;
  image?: string;
  /** The image's text alternative; absent or empty when the image is decorative. */
  imageAlt?: string;
  /** ISO 8601. */
  date?: string;
  /** The small label above the title, e.g. a category. */
  kicker?: string;
  /** A password-protected story (WordPress "Protected: …"). */
  protected?: boolean;
}

/**
 * What a parser found for one item, before cleaning: URLs may be relative or
 * unsafe; `title` and `summary` are text (parsers turn feed HTML into text).
 */
export interface FeedItem {
  url?: unknown;
  title?: unknown;
  summary?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  date?: unknown;
  kicker?: unknown;
  protected?: boolean;
  /** The base for this item's relative URLs, when not the feed URL (`xml:base`). */
  base?: string;
}

const SUMMARY_LENGTH = 240;
// WordPress titles a password-protected post "Protected: …".
const PROTECTED_PREFIX = /^protected:\s*/i;

/** An ISO 8601 string for any date `Date` understands, else `undefined`. */
export function toIsoDate(value: unknown): string | undefined {
  try {
    // An invalid date (an empty string included) throws a RangeError.
    return typeof value === 'string' ? new Date(value.trim()).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a parser's item into a {@link Story}: resolves and checks every URL
 * against `base` (default: the document's base URL), makes text plain, trims the summary to a sentence. An item
 * with no safe link or no text to show is dropped (`undefined`).
 */
export function toStory(item: FeedItem, base?: string): Story | undefined {
  const url = toSafeHttpUrl(item.url, base);
  let title = feedText(item.title);
  let summary = feedText(item.summary);
  const isProtected = item.protected === true || PROTECTED_PREFIX.test(title);
  title = title.replace(PROTECTED_PREFIX, '');
  if (!title) [title, summary] = [trimToSentence(summary, 120), ''];
  if (!url || !title) return undefined;
  const image = toSafeHttpUrl(item.image, base);
  const story: Story = {
    url,
    title,
    summary: trimToSentence(summary, SUMMARY_LENGTH),
    image,
    imageAlt: image && feedText(item.imageAlt),
    date: toIsoDate(item.date),
    kicker: feedText(item.kicker),
    protected: isProtected,
  };
  // Only the fields with something in them.
  for (const key in story) if (!story[key as keyof Story]) delete story[key as keyof Story];
  return story;
}

/** {@link toStory} for each item, keeping the ones that make a story. Without `feedUrl`, URLs resolve against the document's base URL. */
export function toStories(items: FeedItem[], feedUrl?: string): Story[] {
  return items.map((item) => toStory(item, item.base ?? feedUrl)).filter((story) => !!story);
}
