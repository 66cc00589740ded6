import {parseMarkup} from '../internal/parse-markup.js';

// Elements whose end is a word break when HTML becomes text (lists, tables and figures
// end with one of these).
const BLOCKS = 'address,article,aside,blockquote,br,dd,div,dt,figcaption,footer,h1,h2,h3,h4,h5,h6,header,hr,li,p,pre,section,td,th';

/** Plain text with runs of whitespace collapsed; anything not a string → `''`. */
export function feedText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Parses feed HTML into a detached document (nothing in it runs, loads or
 * reports to the page's CSP), with `<script>`, `<style>` (renamed `<noembed>`
 * by `parseMarkup`) and the like removed.
 */
export function parseFeedHtml(html: string): Document {
  const doc = parseMarkup(html, 'text/html');
  doc.querySelectorAll('script,noembed,noscript,template,iframe,object').forEach((el) => el.remove());
  return doc;
}

/**
 * The text a reader sees in feed HTML: tags dropped, entities decoded, blocks
 * separated by spaces, WordPress's trailing "[…]" removed. The result is text
 * for a text node, never markup.
 */
export function feedHtmlToText(value: unknown): string {
  const html = feedText(value);
  if (!/[<&]/.test(html)) return html;
  const {body} = parseFeedHtml(html);
  body.querySelectorAll(BLOCKS).forEach((el) => el.after(' '));
  return feedText(body.textContent).replace(/\s*\[(…|\.\.\.)\]$/, '…');
}

/**
 * Shortens `text` to at most `max` characters: whole sentences when they fill
 * more than half of it, else whole words with "…".
 */
export function trimToSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'sentence'}).segment(text)) {
    if ((out + segment).trim().length > max) break;
    out += segment;
  }
  return out.length > max / 2 ? out.trim() : text.slice(0, max).replace(/\s+\S*$|.$/, '').replace(/[\s,;:.–—-]+$/, '') + '…';
}
