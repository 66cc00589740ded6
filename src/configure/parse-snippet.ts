/**
 * "Already have a code? Paste it here": reads one or several snippets back into the builder's
 * state. The text is parsed into a detached document through the library's one Trusted Types
 * route (`parseMarkup`, policy `ijm-widgets`) and only read: nothing pasted is ever inserted into
 * the page, and its scripts never run. Several widgets outside a provider become "several widgets
 * on one page"; the partner's own loader address is kept; the theme is read from the provider's
 * attributes, or from the `<style>` block older snippets carried.
 */
import {parseMarkup} from '../internal/parse-markup.js';
import {CHILDREN, PICKABLE, THEME, formAttributes} from './hints.js';
import type {WidgetSpec} from './manifest.js';
import {CDN_BASE, type BuilderState} from './snippet.js';
import {UI, type UiWords} from './ui-words.js';

export interface ParsedSnippet {
  state: BuilderState;
  /** What was read but not kept, or changed (unknown attributes, a second widget, another version). */
  notes: string[];
}

function readValues(element: Element, spec: WidgetSpec | undefined, notes: string[], words: UiWords): Record<string, string> {
  const attributes = formAttributes(element.localName, spec?.attributes ?? []);
  const values: Record<string, string> = {};
  for (const {name, value} of [...element.attributes]) {
    if (element.localName === 'ijm-widgets' && THEME.some((t) => t.name === name)) continue;
    const attribute = attributes.find((a) => a.name === name);
    if (!attribute) notes.push(words.pasteUnknown(`<${element.localName}>`, name.replace(/^data-ijm-/, '')));
    else values[name] = attribute.kind === 'boolean' ? (value === 'false' ? '' : 'true') : value;
  }
  return values;
}

/**
 * The state `text` describes, or an error message when it holds no widget.
 * `version` is this builder's; a snippet pinned to another is noted.
 */
export function parseSnippet(text: string, specs: Map<string, WidgetSpec>, version: string, words: UiWords = UI.en): ParsedSnippet | {error: string} {
  const doc = parseMarkup(text, 'text/html');
  const widgets = [...doc.querySelectorAll('*')].filter((element) => (PICKABLE as readonly string[]).includes(element.localName));
  // The outermost ones: a provider's children are read with it.
  const tops = widgets.filter((element) => !widgets.some((other) => other !== element && other.localName === 'ijm-widgets' && other.contains(element)));
  if (!tops.length) return {error: words.pasteNone};
  const notes: string[] = [];
  const providers = tops.filter((element) => element.localName === 'ijm-widgets');
  const state: BuilderState = {pick: tops[0].localName, children: [], values: {}, theme: {}};
  const add = (child: Element) => {
    const tag = child.localName;
    if (!(CHILDREN as readonly string[]).includes(tag)) return;
    if (state.children.includes(tag)) {
      notes.push(words.pasteSecond(`<${tag}>`));
      return;
    }
    state.children.push(tag);
    state.values[tag] = readValues(child, specs.get(tag), notes, words);
  };
  if (tops.length > 1 || providers.length) {
    state.pick = 'ijm-widgets';
    if (tops.length > 1) notes.push(words.pasteMerged);
    const provider = providers[0];
    state.values['ijm-widgets'] = provider ? readValues(provider, specs.get('ijm-widgets'), notes, words) : {};
    for (const theme of THEME) {
      const value = provider?.getAttribute(theme.name);
      if (value) state.theme[theme.name] = value;
    }
    for (const top of tops) {
      if (top.localName === 'ijm-widgets') {
        for (const child of widgets.filter((element) => element !== top && top.contains(element))) add(child);
      } else add(top);
    }
  } else {
    state.values[state.pick] = readValues(tops[0], specs.get(state.pick), notes, words);
  }
  // Older snippets themed with a `<style>` block (parseMarkup renames it `<noembed>`, raw text too, so parsing sends no CSP report).
  const css = [...doc.querySelectorAll('style, noembed')].map((style) => style.textContent ?? '').join('\n');
  for (const theme of THEME) {
    const match = new RegExp(`${theme.token}\\s*:\\s*([^;}]+)`).exec(css);
    if (match && !state.theme[theme.name]) state.theme[theme.name] = match[1].trim();
  }
  // A provider that only carries a theme around one widget is how the builder writes a themed widget.
  if (state.pick === 'ijm-widgets' && tops.length === 1 && state.children.length === 1 && !Object.keys(state.values['ijm-widgets']).length) {
    state.pick = state.children[0];
    delete state.values['ijm-widgets'];
    state.children = [];
  }
  const src = doc.querySelector('script[src]')?.getAttribute('src') ?? '';
  if (src && /\/loader\.js(\?|#|$)/.test(src) && !src.startsWith(`${CDN_BASE}@`)) {
    state.loader = src;
    notes.push(words.pasteLoader(src));
  }
  const pinned = /@ijm\/widgets@([^/]+)\//.exec(src)?.[1];
  if (pinned && pinned !== version) notes.push(words.pasteVersion(pinned, version));
  return {state, notes};
}
