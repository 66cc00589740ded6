/**
 * Reads `custom-elements.json` into what the builder's form needs: for each
 * tag, its attributes with their kind (text, number, yes/no, one of a list),
 * default and description, and the events it fires. Declarations are found by
 * tag name wherever their module lives, so moving files never breaks the form.
 */

/** The parts of the Custom Elements Manifest schema the builder reads. */
export interface Manifest {
  modules?: Array<{declarations?: ManifestDeclaration[]}>;
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  name?: string;
  summary?: string;
  attributes?: Array<{name: string; type?: {text?: string}; default?: string; description?: string}>;
  events?: Array<{name: string; description?: string}>;
  cssProperties?: Array<{name: string; default?: string; description?: string}>;
}

export type AttributeKind = 'text' | 'number' | 'boolean' | 'choice';

export interface AttributeSpec {
  name: string;
  kind: AttributeKind;
  /** The values a `choice` allows, in the manifest's order. */
  values: string[];
  /** The default as an attribute value ('' when there is none). */
  default: string;
  description: string;
}

export interface WidgetSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  events: string[];
  /** Custom properties with their defaults (the provider documents the global tokens). */
  cssProperties: Array<{name: string; default: string; description: string}>;
}

/** `'monthly'` → `monthly`, `"a"` → `a`; other text is returned as it is. */
const unquote = (text: string) => text.trim().replace(/^(['"`])(.*)\1$/, '$2');

/** The default written in the manifest, as the attribute value that means it. */
function attributeDefault(kind: AttributeKind, text: string | undefined): string {
  if (text === undefined || text === 'undefined') return '';
  if (kind === 'boolean') return text === 'true' ? 'true' : '';
  return unquote(text);
}

/**
 * The kind and allowed values of an attribute from its TypeScript type:
 * `'a' | 'b'` is a choice; a named type (`Frequency`) is a choice of the
 * values its description names in backticks, when the default is one of them.
 */
function kindOf(type: string, description: string, defaultText: string | undefined): {kind: AttributeKind; values: string[]} {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length > 0 && parts.every((part) => /^(['"]).*\1$/.test(part))) return {kind: 'choice', values: parts.map(unquote)};
  if (parts.length === 1 && parts[0] === 'boolean') return {kind: 'boolean', values: []};
  if (parts.length === 1 && parts[0] === 'number') return {kind: 'number', values: []};
  if (parts.length === 1 && /^[A-Z]\w*$/.test(parts[0]) && defaultText) {
    const named = [...description.matchAll(/`([a-z][\w-]*)`/g)].map((match) => match[1]);
    const values = [...new Set(named)];
    if (values.length > 1 && values.includes(unquote(defaultText))) return {kind: 'choice', values};
  }
  return {kind: 'text', values: []};
}

/** Every custom element the manifest declares, by tag name. */
export function readWidgetSpecs(manifest: Manifest): Map<string, WidgetSpec> {
  const specs = new Map<string, WidgetSpec>();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag || specs.has(tag)) continue;
      specs.set(tag, {
        tag,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const description = attribute.description ?? '';
          const {kind, values} = kindOf(attribute.type?.text ?? 'string', description, attribute.default);
          return {name: attribute.name, kind, values, default: attributeDefault(kind, attribute.default), description};
        }),
        events: [...new Set((declaration.events ?? []).map((event) => event.name))],
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          default: property.default ?? '',
          description: property.description ?? '',
        })),
      });
    }
  }
  return specs;
}
