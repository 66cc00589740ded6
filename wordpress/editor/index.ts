/**
 * The block editor side of the WordPress plugin: one block per widget, its settings in the
 * sidebar (generated from the manifest, via the plugin's elements.json) and the real widget as
 * its preview. The blocks are dynamic: `save` stores nothing but the attributes, PHP renders the
 * tag, so a plugin update never makes a saved block invalid.
 */
import type {AttributeData, BlockEditProps, Child, ElementData} from './wp.js';
import {settingWords} from '../../src/settings-words/index.js';
import {editorWords, languageOf} from './words.js';

const {createElement: h} = window.wp.element;
const {registerBlockType} = window.wp.blocks;
const {InspectorControls, useBlockProps} = window.wp.blockEditor;
const {PanelBody, TextControl, TextareaControl, ToggleControl, SelectControl} = window.wp.components;
const data = window.ijmWidgetsEditor;
const lang = languageOf(document.documentElement.lang);
const words = editorWords(lang);

/** A manifest description made readable: no Markdown code marks. */
const plain = (text: string) => text.replace(/`/g, '');

/** An attribute's name as a label when no plain words are written for it: `portal-href` → "Portal href". */
const labelOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/**
 * Block attributes (property names) → the tag's attributes, as the PHP render does: booleans
 * bare, empty values left out.
 */
export function tagAttributes(element: ElementData, attributes: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of element.attributes) {
    const value = attributes[attribute.property];
    if (value === undefined || value === null || value === '' || value === false) continue;
    out[attribute.name] = value === true ? '' : String(value);
  }
  return out;
}

function control(tag: string, attribute: AttributeData, value: unknown, set: (value: unknown) => void): Child {
  const own = settingWords(tag, attribute.name, lang);
  const label = own?.label ?? labelOf(attribute.name);
  const help = own?.help ?? plain(attribute.description);
  // The class names the setting by its attribute, whatever language the label is in.
  const common = {key: attribute.name, label, help, className: `ijm-setting-${attribute.name}`, __nextHasNoMarginBottom: true};
  if (attribute.type === 'boolean') {
    return h(ToggleControl as never, {...common, checked: value === true, onChange: (on: boolean) => set(on ? true : undefined)});
  }
  if (attribute.enum) {
    const options = [{label: words.byDefault, value: ''}, ...attribute.enum.map((v) => ({label: v, value: v}))];
    return h(SelectControl as never, {...common, value: typeof value === 'string' ? value : '', options, onChange: (v: string) => set(v === '' ? undefined : v)});
  }
  if (attribute.type === 'number') {
    return h(TextControl as never, {
      ...common,
      type: 'number',
      value: typeof value === 'number' ? String(value) : '',
      onChange: (v: string) => set(v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v)),
    });
  }
  const long = /JSON/.test(attribute.description);
  return h((long ? TextareaControl : TextControl) as never, {
    ...common,
    type: attribute.url ? 'url' : 'text',
    value: typeof value === 'string' ? value : '',
    onChange: (v: string) => set(v === '' ? undefined : v),
  });
}

function register(tag: string, element: ElementData) {
  if (!element.block) return;
  const title = words.titles[tag] ?? element.title ?? tag;
  registerBlockType(element.block, {
    title,
    description: words.descriptions[tag] ?? plain(element.description),
    edit: ({attributes, setAttributes}: BlockEditProps) => {
      // The preview speaks the site's language (what visitors see); `inert`: it takes no clicks (a click selects the block).
      const blockProps = useBlockProps({className: 'ijm-widgets-block-preview'});
      const widget = h(tag, {...tagAttributes(element, attributes), lang: data.lang || undefined});
      const preview = h('div', {inert: ''}, Object.keys(data.provider).length ? h('ijm-widgets', {...data.provider}, widget) : widget);
      const controls = (main: boolean) =>
        element.attributes
          .filter((attribute) => Boolean(attribute.main) === main)
          .map((attribute) => control(tag, attribute, attributes[attribute.property], (value) => setAttributes({[attribute.property]: value})));
      const panel = h(
        InspectorControls as never,
        null,
        h(PanelBody as never, {title: words.settings, initialOpen: true}, ...controls(true)),
        h(PanelBody as never, {title: words.more, initialOpen: false}, ...controls(false)),
      );
      return h('div', blockProps, panel, preview);
    },
    save: () => null,
  });
}

for (const [tag, element] of Object.entries(data.elements)) register(tag, element);
