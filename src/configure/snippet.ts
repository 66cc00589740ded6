/**
 * From the builder's state to the code a partner pastes: only the values the
 * widget would keep and that differ from its defaults, the theme tokens that
 * were changed, and a plain donate link inside the donate tag for browsers the
 * widgets do not support. Pure functions: the preview is built from the same model.
 */
import {DEFAULT_DONATE_HREF} from '../components/donate-cta/donation.js';
import type {Strings} from '../i18n/strings.js';
import {en} from '../i18n/en.js';
import {ro} from '../i18n/ro.js';
import {uk} from '../i18n/uk.js';
import {bg} from '../i18n/bg.js';
import {widgetModules} from '../widget-modules.js';
import {fieldHint, formAttributes} from './hints.js';
import type {WidgetSpec} from './manifest.js';
import {validateToken, validateValue} from './validate.js';

export interface BuilderState {
  /** The widget picked, or `ijm-widgets` for a provider around `children`. */
  pick: string;
  /** Provider only: the widgets inside it, in order. */
  children: string[];
  /** Attribute values per tag, as typed ('' = not set; booleans 'true' or ''). */
  values: Record<string, Record<string, string>>;
  /** Theme token values ('' = not changed). */
  theme: Record<string, string>;
}

export interface SnippetElement {
  tag: string;
  /** Attribute name and value; a boolean attribute has the value ''. */
  attributes: Array<[string, string]>;
  /** Whether an attribute holds a number (JSX writes it as one). */
  numbers: string[];
  /** The fallback link inside a donate tag. */
  fallback?: {href: string; text: string};
}

export interface SnippetModel {
  /** The outermost element: the provider (with the widgets as children) or the one widget. */
  root: SnippetElement;
  children: SnippetElement[];
  /** Changed theme tokens, in the builder's order. */
  theme: Array<[string, string]>;
  /** Values left out because the widget would drop them. */
  dropped: Array<{tag: string; name: string; message: string}>;
}

export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/@ijm/widgets';

/** The loader's URL on jsDelivr, pinned to `version`. */
export const loaderUrl = (version: string) => `${CDN_BASE}@${version}/dist/cdn/loader.js`;

/** The tags the snippet holds, outermost first. */
export const tagsOf = (state: BuilderState) => (state.pick === 'ijm-widgets' ? ['ijm-widgets', ...state.children] : [state.pick]);

// The builder offers every language, so it carries all four catalogs (widgets load theirs on demand).
const catalogs: Readonly<Record<string, Strings>> = {en, ro, uk, bg};

function fallbackText(lang: string | undefined): string {
  const strings = lang ? catalogs[lang] : undefined;
  return strings && lang !== 'en' ? `${strings.donate.buttonNoAmount} · IJM` : 'Donate to IJM';
}

/** The model of the snippet for `state`, judged against `specs`. */
export function buildModel(state: BuilderState, specs: Map<string, WidgetSpec>, tokenDefaults: Record<string, string> = {}): SnippetModel {
  const dropped: SnippetModel['dropped'] = [];
  const elements = tagsOf(state).map((tag): SnippetElement => {
    const values = state.values[tag] ?? {};
    const element: SnippetElement = {tag, attributes: [], numbers: []};
    for (const attribute of formAttributes(tag, specs.get(tag)?.attributes ?? [])) {
      const value = (values[attribute.name] ?? '').trim();
      if (value === '' || value === attribute.default) continue;
      const message = validateValue(attribute, fieldHint(tag, attribute.name), value, values);
      if (message) {
        dropped.push({tag, name: attribute.name, message});
        continue;
      }
      if (attribute.kind === 'boolean') {
        if (value === 'true') element.attributes.push([attribute.name, '']);
        continue;
      }
      element.attributes.push([attribute.name, value]);
      if (attribute.kind === 'number') element.numbers.push(attribute.name);
    }
    return element;
  });
  const [root, ...children] = elements;
  const provider = root.tag === 'ijm-widgets' ? root : undefined;
  const kept = (element: SnippetElement | undefined, name: string) => element?.attributes.find(([n]) => n === name)?.[1];
  for (const element of elements) {
    if (element.tag !== 'ijm-donate-cta') continue;
    // Kept values have passed validation: the link goes where the widget would.
    const href = kept(element, 'href') ?? kept(provider, 'donate-href') ?? DEFAULT_DONATE_HREF;
    element.fallback = {href, text: fallbackText(kept(element, 'lang') ?? kept(provider, 'locale'))};
  }
  const theme: Array<[string, string]> = [];
  for (const [name, raw] of Object.entries(state.theme)) {
    const value = raw.trim();
    if (!value || value.toLowerCase() === (tokenDefaults[name] ?? '').toLowerCase()) continue;
    const message = validateToken(name, value);
    if (message) dropped.push({tag: 'theme', name, message});
    else theme.push([name, value]);
  }
  return {root, children, theme, dropped};
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function openTag(element: SnippetElement, jsx: boolean): string {
  const attributes = element.attributes.map(([name, value]) => {
    if (value === '') return ` ${name}`;
    if (jsx && element.numbers.includes(name)) return ` ${name}={${Number(value)}}`;
    if (jsx) return ` ${name}=${/["\\{}]/.test(value) ? `{${JSON.stringify(value)}}` : `"${value}"`}`;
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  return `<${element.tag}${attributes.join('')}>`;
}

function elementLines(element: SnippetElement, inner: string[], indent: string, jsx: boolean): string[] {
  const fallback = element.fallback
    ? [`${indent}  <a href${jsx ? `=${JSON.stringify(element.fallback.href)}` : `="${escapeAttribute(element.fallback.href)}"`}>${escapeText(element.fallback.text)}</a>`]
    : [];
  const body = [...fallback, ...inner];
  if (!body.length) return [`${indent}${openTag(element, jsx)}</${element.tag}>`];
  return [`${indent}${openTag(element, jsx)}`, ...body, `${indent}</${element.tag}>`];
}

/** The tags, indented, outermost first. */
function markup(model: SnippetModel, indent = '', jsx = false): string[] {
  const inner = model.children.flatMap((child) => elementLines(child, [], `${indent}  `, jsx));
  return elementLines(model.root, inner, indent, jsx);
}

/** The selector the theme is set on: the snippet's outermost tag, so it touches nothing else on the page. */
export function themeCss(model: SnippetModel): string {
  if (!model.theme.length) return '';
  return `${model.root.tag} {\n${model.theme.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}`;
}

/** The "Plain HTML" snippet: loader script, theme `<style>` when changed, the tags. */
export function toHtml(model: SnippetModel, version: string): string {
  const css = themeCss(model);
  const style = css ? `\n\n<style>\n${css.replace(/^/gm, '  ')}\n</style>` : '';
  return `<script type="module" src="${loaderUrl(version)}"></script>${style}\n\n${markup(model).join('\n')}\n`;
}

/** The module an app imports for each tag: `@ijm/widgets/donate-cta.js`. */
export const importPath = (tag: string) => `@ijm/widgets/${widgetModules[tag as keyof typeof widgetModules] ?? tag.replace(/^ijm-/, '')}.js`;

/** The "npm / React" code: the imports and a component returning the tags (React 19 renders custom elements as they are). */
export function toReact(model: SnippetModel): string {
  const tags = [model.root, ...model.children].map((element) => element.tag);
  const imports = [...new Set(tags)].map((tag) => `import '${importPath(tag)}';`).join('\n');
  const name = model.root.tag === 'ijm-widgets' ? 'IjmWidgetsBlock' : model.root.tag.replace(/^ijm-/, '').replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  const css = themeCss(model);
  const styleNote = css ? `\n\n/* In your app's stylesheet: */\n${css}` : '';
  return `${imports}\n\nexport function ${name}() {\n  return (\n${markup(model, '    ', true).join('\n')}\n  );\n}${styleNote}\n`;
}
