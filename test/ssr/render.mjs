// Renders test/ssr/fixtures.mjs with @lit-labs/ssr (Lit's own DOM shim, nothing patched), the
// way Lit's server-rendering docs describe, and checks the HTML in Node: declarative shadow
// DOM with the content and the checked choices each fixture expects.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {fixtures} from './fixtures.mjs';

/** `{name, html}` for every fixture; the element modules must be imported first. */
export async function renderFixtures() {
  const rendered = [];
  for (const {name, template} of fixtures) rendered.push({name, html: await collectResult(render(template))});
  return rendered;
}

const radio = /<input\b[^>]*type="radio"[^>]*>/g;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?[\\s>]`))?.[1];
const decode = (text) => text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What is wrong with one fixture's server HTML (empty when it is as expected). */
export function checkServerHtml({name, html}) {
  const {expect} = fixtures.find((f) => f.name === name);
  const problems = [];
  if (!html.includes('<template shadowroot="open" shadowrootmode="open">')) problems.push('no declarative shadow root');
  const text = decode(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
  for (const t of expect.text) if (!text.includes(t)) problems.push(`no text "${t}"`);
  if (expect.svg && !/<svg part="svg"[^>]*>\s*(<!--[^>]*-->)*\s*<path d="[^"]+"/.test(html)) problems.push('no drawn icon');
  if (expect.link && !html.includes(`href="${expect.link}"`)) problems.push(`no link to ${expect.link}`);
  if (expect.cards !== undefined) {
    const cards = html.match(/<ijm-article-card\b[^>]*\bheading="[^"]+"/g)?.length ?? 0;
    if (cards !== expect.cards) problems.push(`${cards} story cards, not ${expect.cards}`);
  }
  if (expect.skeletons !== undefined) {
    const skeletons = html.match(/class="card skeleton"/g)?.length ?? 0;
    if (skeletons !== expect.skeletons) problems.push(`${skeletons} skeleton cards, not ${expect.skeletons}`);
  }
  if (expect.checked) {
    // A boolean attribute is on whatever its value (`checked="false"` is checked).
    const checked = (html.match(radio) ?? []).filter((tag) => /\schecked[\s=>]/.test(tag)).map((tag) => attr(tag, 'value'));
    if (checked.join() !== expect.checked.join()) problems.push(`checked radios ${JSON.stringify(checked)}, not ${JSON.stringify(expect.checked)}`);
  }
  if (expect.otherValue !== undefined) {
    const other = html.match(/<input\b[^>]*id="other"[^>]*>/)?.[0] ?? '';
    if (attr(other, 'value') !== expect.otherValue) problems.push(`"Other amount" holds ${attr(other, 'value')}, not ${expect.otherValue}`);
  }
  return problems;
}
