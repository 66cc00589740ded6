/**
 * From the builder's state to the code a partner pastes: the placeholders' stylesheet and the
 * loader (from jsDelivr, or the partner's own copy), then the tags with only the values the widget
 * would keep and that differ from its defaults, the theme as the provider's attributes (no `<style>`:
 * the strict CSP and WordPress both drop it), and a plain donate link inside the donate tag for
 * browsers the widgets do not support. Pure functions: the preview is built from the same model.
 */
import {DEFAULT_DONATE_HREF} from '../components/donate-cta/donation.js';
import type {Strings} from '../i18n/strings.js';
import {en} from '../i18n/en.js';
import {ro} from '../i18n/ro.js';
import {uk} from '../i18n/uk.js';
import {bg} from '../i18n/bg.js';
import {widgetModules} from '../widget-modules.js';
import {THEME, fieldHint, formAttributes} from './hints.js';
import type {WidgetSpec} from './manifest.js';
import {currencyCode, validateTheme, validateValue} from './validate.js';
import {UI, type UiWords} from './ui-words.js';

export interface BuilderState {
  /** The widget picked, or `ijm-widgets` for a provider around `children`. */
  pick: string;
  /** Provider only: the widgets inside it, in order. */
  children: string[];
  /** Attribute values per tag, as typed ('' = not set; booleans 'true' or ''). */
  values: Record<string, Record<string, string>>;
  /** The provider's theme attributes (`primary-color`…) as typed ('' = not changed). */
  theme: Record<string, string>;
  /** The loader's address when the partner hosts the widgets' files (kept from a pasted snippet). */
  loader?: string;
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
  /** Changed theme attributes, in the builder's order (also on `root`, the provider). */
  theme: Array<[string, string]>;
  /** Values with a problem, left out of the code (the builder does not copy while there are any). */
  dropped: Array<{tag: string; name: string; message: string}>;
  /** Values written another way than typed (`lei` → `RON`). */
  understood: Array<{tag: string; name: string; from: string; to: string}>;
  /** The loader's address. */
  loader?: string;
}

export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/@ijm/widgets';

/** The loader's URL on jsDelivr, pinned to `version`. */
export const loaderUrl = (version: string) => `${CDN_BASE}@${version}/dist/cdn/loader.js`;

/** The placeholders' stylesheet beside a loader (`…/loader.js` → `…/placeholders.css`). */
export const placeholdersUrl = (loader: string) => loader.replace(/[^/]*$/, 'placeholders.css');

/** The tags the snippet holds, outermost first. */
export const tagsOf = (state: BuilderState) => (state.pick === 'ijm-widgets' ? ['ijm-widgets', ...state.children] : [state.pick]);

// The builder offers every language, so it carries all four catalogs (widgets load theirs on demand).
const catalogs: Readonly<Record<string, Strings>> = {en, ro, uk, bg};

function fallbackText(lang: string | undefined): string {
  const strings = lang ? catalogs[lang] : undefined;
  return strings && lang !== 'en' ? `${strings.donate.buttonNoAmount} · IJM` : 'Donate to IJM';
}

/** The model of the snippet for `state`, judged against `specs`; messages in `words`' language. */
export function buildModel(state: BuilderState, specs: Map<string, WidgetSpec>, words: UiWords = UI.en): SnippetModel {
  const dropped: SnippetModel['dropped'] = [];
  const understood: SnippetModel['understood'] = [];
  const elements = tagsOf(state).map((tag): SnippetElement => {
    const values = state.values[tag] ?? {};
    const element: SnippetElement = {tag, attributes: [], numbers: []};
    for (const attribute of formAttributes(tag, specs.get(tag)?.attributes ?? [])) {
      let value = (values[attribute.name] ?? '').trim();
      if (value === '' || value === attribute.default) continue;
      const hint = fieldHint(tag, attribute.name);
      const message = validateValue(attribute, hint, value, values, words);
      if (message) {
        dropped.push({tag, name: attribute.name, message});
        continue;
      }
      if (attribute.kind === 'boolean') {
        if (value === 'true') element.attributes.push([attribute.name, '']);
        continue;
      }
      if (hint.type === 'currency') {
        const code = currencyCode(value)!;
        if (code !== value) understood.push({tag, name: attribute.name, from: value, to: code});
        value = code;
      }
      element.attributes.push([attribute.name, value]);
      if (attribute.kind === 'number') element.numbers.push(attribute.name);
    }
    return element;
  });
  const theme: Array<[string, string]> = [];
  for (const {name} of THEME) {
    const value = (state.theme[name] ?? '').trim();
    if (!value) continue;
    const message = validateTheme(name, value, words);
    if (message) dropped.push({tag: 'theme', name, message});
    else theme.push([name, value]);
  }
  // The theme rides on the provider: a single widget with a theme is wrapped in one.
  if (theme.length && elements[0].tag !== 'ijm-widgets') elements.unshift({tag: 'ijm-widgets', attributes: [], numbers: []});
  const [root, ...children] = elements;
  if (root.tag === 'ijm-widgets') root.attributes.push(...theme);
  const provider = root.tag === 'ijm-widgets' ? root : undefined;
  const kept = (element: SnippetElement | undefined, name: string) => element?.attributes.find(([n]) => n === name)?.[1];
  for (const element of elements) {
    if (element.tag !== 'ijm-donate-cta') continue;
    // Kept values have passed validation: the link goes where the widget would.
    const href = kept(element, 'href') ?? kept(provider, 'donate-href') ?? DEFAULT_DONATE_HREF;
    element.fallback = {href, text: fallbackText(kept(element, 'lang') ?? kept(provider, 'locale'))};
  }
  return {root, children, theme, dropped, understood, loader: state.loader};
}

// `>` too: WordPress's HTML filter cuts an attribute at a raw `>` (issue 22).
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/**
 * The "Any website" snippet: the placeholders' stylesheet (each widget's box is kept while its code
 * arrives, also when pasted into the body of a page), the loader beside it, then the tags.
 */
export function toHtml(model: SnippetModel, version: string): string {
  const loader = model.loader ?? loaderUrl(version);
  return `<link rel="stylesheet" href="${escapeAttribute(placeholdersUrl(loader))}">\n<script type="module" src="${escapeAttribute(loader)}"></script>\n\n${markup(model).join('\n')}\n`;
}

/** Shortcode names of the WordPress plugin (PRODUCT.md): `ijm-donate-cta` → `[ijm_donate_cta …]`. */
export function toShortcodes(model: SnippetModel): string {
  const widgets = model.root.tag === 'ijm-widgets' ? model.children : [model.root];
  const provider = model.root.tag === 'ijm-widgets' ? model.root : undefined;
  const inherited = (element: SnippetElement): Array<[string, string]> => {
    if (!provider) return element.attributes;
    // The plugin has no provider shortcode: the shared settings go on each widget that reads them.
    const shared: Record<string, string> = {locale: 'lang', partner: 'partner', currency: 'currency', 'carry-utm': 'carry-utm', analytics: 'analytics'};
    if (element.tag === 'ijm-donate-cta') shared['donate-href'] = 'href';
    if (element.tag === 'ijm-email-signup') shared['signup-action'] = 'action';
    const own = new Set(element.attributes.map(([name]) => name));
    const extra = provider.attributes.filter(([name]) => shared[name] && !own.has(shared[name])).map(([name, value]): [string, string] => [shared[name], value]);
    return [...element.attributes, ...extra];
  };
  const shortcodeValue = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  return widgets
    .map((element) => `[${element.tag.replace(/-/g, '_')}${inherited(element).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${shortcodeValue(value)}"`)).join('')}]`)
    .join('\n') + '\n';
}

/** The module an app imports for each tag: `@ijm/widgets/donate-cta.js`. */
export const importPath = (tag: string) => `@ijm/widgets/${widgetModules[tag as keyof typeof widgetModules] ?? tag.replace(/^ijm-/, '')}.js`;

/** The "npm / React" code: the imports and a component returning the tags (React 19 renders custom elements as they are). */
export function toReact(model: SnippetModel): string {
  const tags = [model.root, ...model.children].map((element) => element.tag);
  const imports = [...new Set(tags)].map((tag) => `import '${importPath(tag)}';`).join('\n');
  const name = model.root.tag === 'ijm-widgets' ? 'IjmWidgetsBlock' : model.root.tag.replace(/^ijm-/, '').replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  return `${imports}\n\nexport function ${name}() {\n  return (\n${markup(model, '    ', true).join('\n')}\n  );\n}\n`;
}
