/**
 * "Paste a snippet to edit it": reads a snippet back into the builder's state.
 * The text is parsed into a detached document through the library's one
 * Trusted Types route (`parseMarkup`, policy `ijm-widgets`) and only read:
 * nothing pasted is ever inserted into the page, and its scripts never run.
 */
import {parseMarkup} from '../internal/parse-markup.js';
import {CHILDREN, PICKABLE, THEME_TOKENS, formAttributes} from './hints.js';
import type {WidgetSpec} from './manifest.js';
import type {BuilderState} from './snippet.js';

export interface ParsedSnippet {
  state: BuilderState;
  /** What was read but not kept (unknown attributes, a second widget, another version). */
  notes: string[];
}

function readValues(element: Element, spec: WidgetSpec | undefined, notes: string[]): Record<string, string> {
  const attributes = formAttributes(element.localName, spec?.attributes ?? []);
  const values: Record<string, string> = {};
  for (const {name, value} of [...element.attributes]) {
    const attribute = attributes.find((a) => a.name === name);
    if (!attribute) notes.push(`<${element.localName}> ${name}="${value}" is not an option the builder knows; left out.`);
    else values[name] = attribute.kind === 'boolean' ? (value === 'false' ? '' : 'true') : value;
  }
  return values;
}

/**
 * The state `text` describes, or an error message when it holds no widget.
 * `version` is this builder's; a snippet pinned to another is noted.
 */
export function parseSnippet(text: string, specs: Map<string, WidgetSpec>, version: string): ParsedSnippet | {error: string} {
  const doc = parseMarkup(text, 'text/html');
  const tags = [...doc.querySelectorAll('*')].filter((element) => (PICKABLE as readonly string[]).includes(element.localName));
  const root = tags[0];
  if (!root) return {error: 'No IJM widget found in what you pasted. Paste the whole code, including the tag that starts with <ijm-.'};
  const notes: string[] = [];
  const state: BuilderState = {pick: root.localName, children: [], values: {}, theme: {}};
  state.values[root.localName] = readValues(root, specs.get(root.localName), notes);
  const rest = tags.slice(1);
  if (root.localName === 'ijm-widgets') {
    for (const child of rest) {
      const tag = child.localName;
      if (!(CHILDREN as readonly string[]).includes(tag) || !root.contains(child)) continue;
      if (state.children.includes(tag)) {
        notes.push(`A second <${tag}> inside <ijm-widgets>: the builder edits one of each; left out.`);
        continue;
      }
      state.children.push(tag);
      state.values[tag] = readValues(child, specs.get(tag), notes);
    }
  } else if (rest.length) {
    notes.push(`Only the first widget (<${root.localName}>) was read; the builder edits one widget, or several inside <ijm-widgets>.`);
  }
  // parseMarkup renames `<style>` to `<noembed>` (raw text too) so that parsing sends no CSP report.
  const css = [...doc.querySelectorAll('style, noembed')].map((style) => style.textContent ?? '').join('\n');
  for (const {name} of THEME_TOKENS) {
    const match = new RegExp(`${name}\\s*:\\s*([^;}]+)`).exec(css);
    if (match) state.theme[name] = match[1].trim();
  }
  const src = doc.querySelector('script[src]')?.getAttribute('src') ?? '';
  const pinned = /@ijm\/widgets@([^/]+)\//.exec(src)?.[1];
  if (pinned && pinned !== version) notes.push(`The snippet loaded version ${pinned}; the new code loads ${version}.`);
  return {state, notes};
}
