import {parseMarkup} from '../../internal/parse-markup.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The only elements that survive: shapes and groups. */
const SHAPES = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'g']);

/** The only attributes that survive: geometry and paint. No `on*`, no `href`, no `style`. */
const ATTRIBUTES = new Set([
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height', 'points', 'x1', 'y1', 'x2', 'y2',
  'transform', 'opacity', 'fill', 'fill-opacity', 'fill-rule', 'clip-rule',
  'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset',
]);

/** Paint on the root `<svg>` that the shapes inherit; moved to the wrapping `<g>`. */
const ROOT_PAINT = /^(fill|stroke|opacity|clip-rule|transform)/;

const MAX_DEPTH = 16;

/** A partner's icon after sanitising: its own coordinate box and a group of shapes to clone. */
export interface SanitizedIcon {
  readonly viewBox: string;
  readonly shapes: SVGGElement;
  readonly mirror?: boolean;
}

/** A root `width`/`height` that gives a coordinate box: a plain number, or pixels (not `100%`, not `1em`). */
const boxSide = (value: string | null) => (/^\s*[\d.]+(px)?\s*$/.test(value ?? '') ? parseFloat(value!) : 0);

const isViewBox = (value: string | null) => !!value && /^\s*(-?[\d.]+(e-?\d+)?[\s,]+){3}-?[\d.]+(e-?\d+)?\s*$/i.test(value);

function copyAttributes(from: Element, to: Element, allowed: (name: string) => boolean): void {
  for (const {name, value, namespaceURI} of Array.from(from.attributes)) {
    // `url(…)` paint would fetch or reference resources; nothing else in these attributes can.
    if (namespaceURI === null && allowed(name) && !/url\s*\(/i.test(value)) to.setAttribute(name, value);
  }
}

/** Copies the allowed shapes under `from` that are in the namespace `ns` (the root's) into `to`, as SVG. */
function copyShapes(from: Element, to: Element, ns: string | null, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of Array.from(from.children)) {
    if (child.namespaceURI !== ns || !SHAPES.has(child.localName)) continue;
    const copy = document.createElementNS(SVG_NS, child.localName);
    copyAttributes(child, copy, (name) => ATTRIBUTES.has(name));
    if (child.localName === 'g') copyShapes(child, copy, ns, depth + 1);
    to.append(copy);
  }
}

/**
 * Turns untrusted SVG text into fresh shape elements built with DOM APIs:
 * only the allow-listed shapes and attributes are copied, so scripts,
 * `<foreignObject>`, event handlers, links, styles and external references
 * never reach the page. Returns `null` when nothing drawable is left.
 */
export function sanitizeSvg(source: string): SanitizedIcon | null {
  let root: Element;
  try {
    // Trimmed: an XML declaration (`<?xml …?>`, as editors export it) must come first.
    root = parseMarkup(source.trim(), 'image/svg+xml').documentElement;
  } catch {
    return null;
  }
  // SVG written by hand often has no `xmlns`: then none of its elements has a namespace, and
  // they are read as SVG all the same. Anything in another namespace is not.
  const ns = root.namespaceURI;
  if ((ns !== SVG_NS && ns !== null) || root.localName !== 'svg' || root.querySelector('parsererror')) return null;
  const shapes = document.createElementNS(SVG_NS, 'g');
  copyAttributes(root, shapes, (name) => ROOT_PAINT.test(name) && ATTRIBUTES.has(name));
  copyShapes(root, shapes, ns, 0);
  if (!shapes.querySelector('path,circle,rect,line,polyline,polygon,ellipse')) return null;
  const viewBox = root.getAttribute('viewBox');
  const width = boxSide(root.getAttribute('width'));
  const height = boxSide(root.getAttribute('height'));
  return {
    viewBox: isViewBox(viewBox) ? viewBox!.trim() : width > 0 && height > 0 ? `0 0 ${width} ${height}` : '0 0 24 24',
    shapes,
  };
}
