import {nothing, noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';
import customElements from '../custom-elements.json';

/** The attribute names of `tag` in the manifest (what a partner can write in HTML). */
function attributeNames(tag: string): Set<string> {
  for (const module of customElements.modules as {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[]) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return new Set((declaration.attributes ?? []).map((a) => a.name));
    }
  }
  return new Set();
}

/**
 * Sets every story arg that is an attribute of the element (from the manifest) as that attribute
 * — text and numbers as written, `true` as a bare attribute — and removes the ones cleared in
 * the controls, so every attribute control applies and "Show code" shows exactly these.
 * `<ijm-donate-cta ${attributes('ijm-donate-cta', args)}>`.
 */
class Attributes extends Directive {
  private applied = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes in an element tag');
  }
  render(_tag: string, _args: object) {
    return nothing;
  }
  override update(part: ElementPart, [tag, args]: [string, object]) {
    const names = attributeNames(tag);
    const wanted = new Map<string, string>();
    for (const [name, value] of Object.entries(args)) {
      if (!names.has(name) || value === undefined || value === null || value === false || value === '') continue;
      wanted.set(name, value === true ? '' : String(value));
    }
    for (const name of this.applied) if (!wanted.has(name)) part.element.removeAttribute(name);
    for (const [name, value] of wanted) if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    this.applied = new Set(wanted.keys());
    return noChange;
  }
}
export const attributes = directive(Attributes);
