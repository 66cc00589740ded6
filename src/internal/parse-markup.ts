/**
 * The one door to `DOMParser`. Under `require-trusted-types-for 'script'`,
 * `DOMParser.parseFromString` only takes a TrustedHTML, so the library owns
 * one policy, named `ijm-widgets`, and uses it here to turn
 * strings (feeds, SVG sources) into detached documents that callers read and
 * copy from, never insert (see trusted-types.ts).
 */
import {trustedTypesPolicy} from './trusted-types.js';

type ParseType = 'text/html' | 'text/xml' | 'application/xml' | 'image/svg+xml';

// A start tag (quoted values may hold `>`); in it, an attribute's value (skipped), or the name of
// a `style` or `on…` attribute with what comes before it.
const START_TAG = /<[a-z][^\s/>]*(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;
const REPORTED_ATTRIBUTE = /=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*)|([\s/])(?=(style|on[^\s"'<>/=]*)(?:[\s/>=]|$))/gi;

/**
 * `markup` with what the page's Content-Security-Policy checks while it is *parsed* renamed:
 * Chromium holds even a detached document to the page's policy, so each `style="…"`
 * (style-src-attr), `on…="…"` (script-src-attr) and `<style>` (style-src-elem) would send a
 * violation report to the partner. Nothing read from a parsed document uses them: the
 * attributes become `data-ijm-…`, and `<style>` becomes `<noembed>` (also raw text, never shown).
 */
const withoutReportedMarkup = (markup: string) =>
  markup
    .replace(/<(\/?)style(?=[\s/>])/gi, '<$1noembed')
    .replace(START_TAG, (tag) => tag.replace(REPORTED_ATTRIBUTE, (all, before?: string) => (before ? before + 'data-ijm-' : all)));

/** Parses `text` into a detached document (scripts in it never run, the page's CSP never reports). */
export function parseMarkup(text: string, type: ParseType): Document {
  const markup = withoutReportedMarkup(text);
  const input = trustedTypesPolicy()?.createHTML(markup) ?? markup;
  return new DOMParser().parseFromString(input as string, type);
}
