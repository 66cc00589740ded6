import {toSafeHttpUrl} from './url.js';

/** Namespaces the XML feed parsers read. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Child elements of `parent` named `localName` (in namespace `ns`, when given). */
export function childrenNamed(parent: Element, localName: string, ns?: string | null): Element[] {
  return [...parent.children].filter((el) => el.localName === localName && (ns === undefined || el.namespaceURI === ns));
}

/** The trimmed text of the first child named `localName`, or `''`. */
export function childText(parent: Element, localName: string, ns?: string | null): string {
  return childrenNamed(parent, localName, ns)[0]?.textContent?.trim() ?? '';
}

/**
 * The base URL for links in `el`: the feed URL, then each `xml:base` from the
 * root down, each resolved against the one above it.
 */
export function xmlBase(el: Element, feedUrl: string): string {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base) bases.unshift(base);
  }
  return bases.reduce((url, base) => toSafeHttpUrl(base, url) ?? url, feedUrl);
}

/**
 * The first image a media RSS element (`media:content` with an image type or
 * medium, then `media:thumbnail`) inside `item` points to.
 */
export function mediaImage(item: Element): {url: string; alt: string} | undefined {
  const image = [...item.getElementsByTagNameNS(MEDIA_NS, 'content')].find((el) => {
    const medium = el.getAttribute('medium');
    const type = el.getAttribute('type');
    return medium ? medium === 'image' : type ? type.startsWith('image/') : true;
  }) ?? item.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0];
  const url = image?.getAttribute('url');
  if (!image || !url) return undefined;
  return {url, alt: image.getElementsByTagNameNS(MEDIA_NS, 'description')[0]?.textContent ?? ''};
}
