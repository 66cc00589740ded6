// Pages with three copies of Lit — the partner page's own, loader.js's and ijm-widgets.js's —
// loaded in different orders, for `check:demo` (Chromium) and `check:demo:browsers` (Firefox,
// WebKit): under the README's `trusted-types lit-html ijm-widgets`, each copy must find a policy it
// may create or share, so every element renders and no `trusted-types-policy` violation fires.
// Written to dist/check/ (served by demo/server.mjs under the README's CSP), after the build.
import {build} from 'esbuild';
import {mkdirSync, writeFileSync} from 'node:fs';

const scripts = {page: '/dist/check/page-lit.js', loader: '/dist/cdn/loader.js', bundle: '/dist/cdn/ijm-widgets.js'};
const orders = [['page', 'loader', 'bundle'], ['bundle', 'loader', 'page'], ['loader', 'page', 'bundle']];
/** The elements on each page, each of which must draw its shadow content. */
export const copiesTags = ['partner-greeting', 'ijm-icon', 'ijm-article-card', 'ijm-donate-cta'];

const copiesPage = (order) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Three copies of Lit: ${order.join(', ')}</title>
${order.map((copy) => `<script type="module" src="${scripts[copy]}"></script>`).join('\n')}
</head><body><main>
<partner-greeting></partner-greeting>
<ijm-icon name="shield" label="Protected"></ijm-icon>
<ijm-article-card heading="Rescued from a brick kiln" href="https://www.ijm.org/news/story"></ijm-article-card>
<ijm-donate-cta campaign="two-copies"><a href="https://www.ijm.org/donate">Donate</a></ijm-donate-cta>
</main></body></html>`;

/** Writes the pages (and the partner's own Lit element, bundled as a site would); returns their paths. */
export async function writeCopiesPages() {
  mkdirSync('dist/check', {recursive: true});
  await build({
    stdin: {
      contents: `import {LitElement, html} from 'lit';
        customElements.define('partner-greeting', class extends LitElement {
          render() { return html\`<p>Hello from the partner's own Lit</p>\`; }
        });`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    outfile: 'dist/check/page-lit.js',
    logLevel: 'warning',
  });
  const pages = orders.map((order) => {
    const name = `copies-${order.join('-')}`;
    writeFileSync(`dist/check/${name}.html`, copiesPage(order));
    return {path: `/dist/check/${name}.html`, name};
  });
  return {pages, allRendered};
}

/** Problems on a loaded copies page: each element that drew no shadow content. */
async function allRendered(page) {
  await page
    .waitForFunction(() => document.querySelector('partner-greeting')?.shadowRoot?.textContent?.includes('Hello'), null, {timeout: 10000})
    .catch(() => {});
  const empty = await page.evaluate((list) => list.filter((tag) => !document.querySelector(tag)?.shadowRoot?.childElementCount), copiesTags);
  return empty.map((tag) => `<${tag}> rendered nothing`);
}
