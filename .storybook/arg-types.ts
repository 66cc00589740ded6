import type {ArgTypes} from '@storybook/web-components-vite';

/**
 * Storybook's controls and docs tables from custom-elements.json, replacing Storybook's own
 * reading of it, which keys every entry by its bare name: an attribute called like a CSS part
 * (`heading`, `consent`…) turned into the part (a JSON editor under "CSS Shadow Parts"), slots
 * vanished the same way, every class field became a control (`english`, `dataLayer`…), and a
 * property was listed beside its attribute (`nameField` and `name-field`). Here:
 * - attributes, keyed by their name, one control each of the attribute's kind (a choice for a
 *   union of strings, a number, a switch, text) — what a partner writes in HTML;
 * - public properties with no attribute (the rail's `stories`), as an object;
 * - events, slots (`slot: heading`), CSS parts (`::part(heading)`) and custom properties, each in
 *   its section; custom properties get a control (a colour picker for colours) that preview.ts
 *   applies to the story, and that "Show code" includes.
 * Private, protected and static members are not shown.
 */

interface Item {
  name: string;
  description?: string;
  type?: {text?: string};
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  parts: 'css shadow parts',
  cssProperties: 'css custom properties',
};

/** `'panel' | 'banner' | 'compact'` → the three strings; anything else → undefined. */
function literals(type = ''): string[] | undefined {
  const parts = type
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined' && t !== 'null');
  if (!parts.length || !parts.every((t) => /^'[^']*'$/.test(t))) return undefined;
  return parts.map((t) => t.slice(1, -1));
}

function control(type = ''): Pick<ArgTypes[string], 'control' | 'options'> {
  const options = literals(type);
  if (options) return {control: options.length <= 3 ? 'inline-radio' : 'select', options};
  const bare = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (bare === 'boolean') return {control: 'boolean'};
  if (bare === 'number') return {control: 'number'};
  return {control: 'text'};
}

const table = (category: string, item: Item, summary = item.type?.text) => ({
  category,
  type: summary ? {summary} : undefined,
  defaultValue: item.default !== undefined ? {summary: item.default} : undefined,
});

export function argTypesFrom(manifest: Manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  return (tagName: string): ArgTypes | null => {
    const d = declarations.find((x) => x.tagName === tagName);
    if (!d) return null;
    const out: ArgTypes = {};
    for (const attribute of d.attributes ?? []) {
      out[attribute.name] = {name: attribute.name, description: attribute.description, ...control(attribute.type?.text), table: table(CATEGORY.attributes, attribute)};
    }
    const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
    for (const member of d.members ?? []) {
      if (member.kind !== 'field' || member.privacy || member.static || member.readonly || withAttribute.has(member.name) || member.attribute) continue;
      if (!member.description) continue; // undocumented fields are not public API
      out[member.name] = {name: member.name, description: member.description, control: 'object', table: table(CATEGORY.properties, member)};
    }
    for (const event of d.events ?? []) {
      out[`event: ${event.name}`] = {name: event.name, description: event.description, control: false, table: table(CATEGORY.events, event)};
    }
    for (const slot of d.slots ?? []) {
      const name = slot.name || '(default)';
      out[`slot: ${name}`] = {name, description: slot.description, control: false, table: table(CATEGORY.slots, slot, 'HTML')};
    }
    for (const part of d.cssParts ?? []) {
      out[`::part(${part.name})`] = {name: `::part(${part.name})`, description: part.description, control: false, table: table(CATEGORY.parts, part, 'CSS part')};
    }
    for (const property of d.cssProperties ?? []) {
      const colour = /color|background|border/.test(property.name);
      out[property.name] = {
        name: property.name,
        description: property.description,
        control: colour ? 'color' : 'text',
        table: table(CATEGORY.cssProperties, property, 'CSS'),
      };
    }
    return out;
  };
}

/** The custom properties among a story's args that have a value: `{'--ijm-donate-background': '#f00'}`. */
export function customProperties(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')) as Record<string, string>;
}
