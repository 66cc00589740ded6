// `npm run check:demo` (after the build): loads the demo partner page from the built CDN files
// under the strict CSP partners may use and fails on any CSP or Trusted Types violation, page
// error, console error or warning (the widgets' warnings must be true: the demo page has no
// problem to warn about), request to another origin, cookie, undefined widget, or chunk fetched
// twice. `--shots` also writes screenshots (desktop, phone, Ukrainian, RTL) to screenshots/.
// It also loads pages with three copies of Lit in turn — the page's own, loader.js's and
// ijm-widgets.js's — in different orders: under the README's Trusted Types rule, each copy must
// find a policy it may use (no `trusted-types-policy` violation, every element rendered).
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {writeCopiesPages} from './copies-pages.mjs';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';
import {widgetModules} from './widget-modules.mjs';

const shots = process.argv.includes('--shots');
const {server, url} = await startServer(0, {quiet: true});
const origin = new URL(url).origin;
const browser = await chromium.launch(launchOptions);
const failures = [];

async function check(path, {width = 1280, query = '', name, verify}) {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}${path}${query}`, {waitUntil: 'networkidle'});
  // On a busy machine the modules can still be running when the network is idle: give every
  // widget tag on the page time to be defined (the report below says which never were).
  await page
    .waitForFunction(
      (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => customElements.get(el.localName)),
      Object.keys(widgetModules),
      {timeout: 20000},
    )
    .catch(() => {});
  await page.waitForTimeout(600);
  const report = await page.evaluate((tags) => {
    const used = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('ijm-')))];
    return {
      violations: window.__violations,
      undefinedTags: used.filter((t) => tags.includes(t) && !customElements.get(t)),
      unknownTags: used.filter((t) => !tags.includes(t)),
      cookies: document.cookie,
    };
  }, Object.keys(widgetModules));
  problems.push(...report.violations.map((v) => `CSP violation: ${v}`));
  if (verify) problems.push(...(await verify(page)));
  if (report.undefinedTags.length) problems.push(`widgets not defined: ${report.undefinedTags.join(', ')}`);
  if (report.cookies) problems.push(`cookies set: ${report.cookies}`);
  const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'));
  if (foreign.length) problems.push(`requests to other origins: ${foreign.join(', ')}`);
  const chunks = requests.filter((r) => r.includes('/dist/cdn/')).map((r) => new URL(r).pathname);
  const twice = chunks.filter((c, i) => chunks.indexOf(c) !== i);
  if (twice.length) problems.push(`fetched more than once: ${twice.join(', ')}`);
  if (shots) {
    mkdirSync('screenshots', {recursive: true});
    await page.screenshot({path: `screenshots/demo-${name}.png`, fullPage: true});
  }
  console.log(`${problems.length ? '✗' : '✓'} ${path}${query} at ${width}px: ${chunks.length} CDN files, ${report.unknownTags.length ? `not yet built: ${report.unknownTags.join(', ')}` : 'every widget defined'}`);
  for (const p of problems) console.log(`    ${p}`);
  failures.push(...problems);
  await context.close();
}

const copies = await writeCopiesPages();
try {
  for (const {path, name} of copies.pages) await check(path, {name, verify: copies.allRendered});
  await check('/', {name: 'desktop'});
  await check('/', {width: 375, name: 'phone'});
  await check('/', {width: 375, query: '?lang=uk', name: 'phone-uk'});
  await check('/', {width: 1280, query: '?lang=bg&dir=rtl', name: 'desktop-rtl'});
  await check('/demo/all.html', {name: 'all-bundle'});
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s) on the demo page.`);
  process.exit(1);
}
console.log('\nDemo page: no CSP violations, no errors, no third-party requests, no cookies.');
