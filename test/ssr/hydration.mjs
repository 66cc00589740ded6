// `npm run test:ssr`: every element rendered on the server from the source with @lit-labs/ssr,
// then hydrated in Chromium with @lit-labs/ssr-client's hydrate support. Checks the server HTML
// (test/ssr/render.mjs; also with the renderer connecting elements), then in the browser: no error and no Lit warning, no layout shift, and
// the same text, checked choices and field values before and after hydration; afterwards the
// widgets still work (a reader's choice moves the check) and wrote no attribute of their own.
import {createServer} from 'node:http';
import {mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {launchOptions} from '../../scripts/browser.mjs';
import {hydratePage} from '../../consumers/hydration.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}node_modules/.cache/ijm-ssr/`;
mkdirSync(out, {recursive: true});
const common = {bundle: true, format: 'esm', tsconfig: `${root}tsconfig.json`, target: 'es2022', logLevel: 'warning'};

// The server: the source's define modules for Node, Lit itself from node_modules (so the
// templates in fixtures.mjs and the elements share one Lit, as in an app).
// A server registers the languages it renders in (README: server rendering), as an app would
// with `import '@ijm/widgets/locales/uk.js'`.
const serverEntry = ['all.ts', 'i18n/locales/ro.ts', 'i18n/locales/uk.ts', 'i18n/locales/bg.ts'].map((file) => `import './src/${file}';`).join('\n');
await esbuild.build({...common, stdin: {contents: serverEntry, resolveDir: root, loader: 'ts'}, outfile: `${out}server.js`, platform: 'node', packages: 'external'});
// The browser: hydrate support first (before Lit loads), then every element; Lit's development
// build, which warns about hydration problems.
await esbuild.build({
  ...common,
  stdin: {contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/all.ts';`, resolveDir: root, loader: 'ts'},
  outfile: `${out}client.js`,
  conditions: ['development'],
});

await import(`${out}server.js`);
const {renderFixtures, checkServerHtml} = await import('./render.mjs');
const {fixtures, stories} = await import('./fixtures.mjs');
const rendered = await renderFixtures();

const failures = [];
const fail = (name, problem) => failures.push(`${name}: ${problem}`);
for (const fixture of rendered) for (const problem of checkServerHtml(fixture)) fail(fixture.name, `server HTML: ${problem}`);
// A renderer told to connect the elements too (Lit's `connectedCallback` render option, which
// some integrations set) must get the same content.
const {LitElementRenderer} = await import('@lit-labs/ssr');
LitElementRenderer.renderOptions.push(() => ({connectedCallback: true}));
try {
  for (const fixture of await renderFixtures()) for (const problem of checkServerHtml(fixture)) fail(fixture.name, `server HTML (connected): ${problem}`);
} catch (error) {
  fail('server render (connected)', error.message);
}
LitElementRenderer.renderOptions.pop();

// Two pages: '/' holds the fixtures whose hydration must change nothing (no shift at all);
// '/page-lang' those inside a page's `lang`, which the server cannot see, so their text changes.
const page = (changes) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; width: 1000px; } [data-fixture] { margin-block-end: 8px; }</style>
<script type="module" src="/client.js"></script></head><body>
${rendered
  .filter(({name}) => !!fixtures.find((f) => f.name === name).expect.hydrated === changes)
  .map(({name, html}) => {
    const [open, close] = fixtures.find((f) => f.name === name).wrap ?? ['', ''];
    return `<div data-fixture="${name}">${open}${html}${close}</div>`;
  })
  .join('\n')}
</body></html>`;

const server = createServer(async (req, res) => {
  if (req.url === '/' || req.url === '/page-lang') return res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page(req.url !== '/'));
  if (req.url === '/client.js') return res.writeHead(200, {'content-type': 'text/javascript'}).end(await import('node:fs/promises').then((fs) => fs.readFile(`${out}client.js`)));
  if (req.url.startsWith('/feed-never-answers')) return; // the rail keeps its skeletons
  if (req.url === '/favicon.ico') return res.writeHead(204).end();
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(launchOptions);
// What a framework does for the top-level rail (server HTML cannot carry a property), and
// before the element is defined: the element must take it up when it upgrades.
const setStories = (tab) =>
  tab.evaluate((stories) => {
    const rail = document.querySelector('[data-fixture="related-stories"] ijm-related-stories');
    if (rail) rail.stories = stories;
  }, stories);
const hydrate = async (path) => {
  const result = await hydratePage(browser, `${origin}${path}`, {beforeHydration: setStories});
  for (const problem of result.problems) fail(path, problem);
  return result;
};

try {
  const {tab, before, after, shift, parsingShift} = await hydrate('/');
  if (shift !== 0) fail('page', `layout shift ${shift}`);
  const changing = await hydrate('/page-lang');
  Object.assign(before, changing.before);
  Object.assign(after, changing.after);
  for (const {name, expect} of fixtures) {
    for (const text of expect.hydrated ?? []) if (!after[name].text.includes(text)) fail(name, `no text "${text}" after hydration: ${after[name].text}`);
    for (const key of expect.hydrated ? ['checked', 'values', 'box'] : ['text', 'checked', 'values', 'box']) {
      const [was, is] = [before[name][key], after[name][key]].map((v) => JSON.stringify(v));
      if (was !== is) fail(name, `${key} changed on hydration: ${was} → ${is}`);
    }
  }

  // Hydrated, not just painted: a reader's choice moves the check and the button.
  const donate = await tab.evaluate(async () => {
    const el = document.querySelector('[data-fixture="donate-cta"] ijm-donate-cta');
    const pristine = el.getAttributeNames();
    el.shadowRoot.querySelector('input[value="once"]').click();
    await el.updateComplete;
    return {
      pristine,
      attributes: el.getAttributeNames(),
      frequency: el.getAttribute('frequency'),
      checked: [...el.shadowRoot.querySelectorAll('input[type=radio]')].filter((i) => i.checked).map((i) => i.value),
      button: el.shadowRoot.querySelector('[part="button"]').textContent.trim(),
    };
  });
  if (donate.pristine.join() !== 'currency,amounts,amount') fail('donate-cta', `attributes after hydration: ${donate.pristine}`);
  if (donate.frequency !== 'once' || donate.checked.join() !== 'once,100' || donate.button !== 'Donate €100') {
    fail('donate-cta', `after picking "Give once": ${JSON.stringify(donate)}`);
  }
  console.log(`Rendered ${rendered.length} fixtures on the server and hydrated them in Chromium: layout shift ${shift} (${parsingShift} while the server HTML was still being parsed).`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log('✓ server HTML, hydration without errors, warnings or shift, same content before and after');
