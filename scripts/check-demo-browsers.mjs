// `npm run check:demo:browsers` (after the build): the demo partner page, from the built CDN files
// under its strict CSP, in Firefox (puppeteer-core, WebDriver BiDi) and WebKit (WebKitWebDriver),
// the engines `npm run check:demo` (Chromium, Playwright) does not cover. Fails on any console
// error, page error, unhandled rejection, resource that failed to load, CSP violation or widget
// left undefined; prints console warnings (`--strict`: fails on them too). Classic WebDriver cannot read WebKit's console, so the page is served
// through a proxy that puts one same-origin script first in each HTML page, recording those
// events for the check to read; the same in both engines. An engine this machine lacks is
// skipped with the reason (a failure with CI set).
import {createServer, request} from 'node:http';
import * as puppeteer from 'puppeteer-core';
import {startServer} from '../demo/server.mjs';
import {engineVersion, firefoxPath, missing} from './browser.mjs';
import {openMiniBrowser, stopHelpers} from './engines.mjs';
import {widgetModules} from './widget-modules.mjs';
import {writeCopiesPages, copiesTags} from './copies-pages.mjs';

const PAGES = [
  {path: '/', width: 1280},
  {path: '/?lang=uk', width: 375},
  {path: '/?lang=bg&dir=rtl', width: 375},
  {path: '/demo/all.html', width: 1280},
  // Three copies of Lit on one page (the page's own, loader.js's, ijm-widgets.js's), in three orders.
  ...(await writeCopiesPages()).pages.map(({path}) => ({path, width: 1280, rendered: copiesTags})),
];
const HOOK_PATH = '/__check-demo/record.js';

// Runs first in the page: records what a reader's console would show.
const HOOK = `(() => {
  const problems = (window.__demoProblems = []);
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push('console ' + level + ': ' + text(args));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => {
    const target = e.target;
    problems.push(target && target !== window ? 'failed to load: ' + (target.src || target.href || target.localName) : 'page error: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;

/** The demo server behind a proxy that adds the recording script to every HTML page. */
async function startProxy(target) {
  const server = createServer((req, res) => {
    if (req.url === HOOK_PATH) {
      res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
      return void res.end(HOOK);
    }
    const upstream = request(new URL(req.url, target), {method: req.method, headers: req.headers}, (answer) => {
      if (!String(answer.headers['content-type']).startsWith('text/html')) {
        res.writeHead(answer.statusCode, answer.headers);
        return void answer.pipe(res);
      }
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        const tag = `<script src="${HOOK_PATH}"></script>`;
        const page = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + tag) : tag + html;
        const headers = {...answer.headers};
        delete headers['content-length'];
        res.writeHead(answer.statusCode, headers);
        res.end(page);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

/**
 * Run in the page: waits (at most 20 s) for every widget on it to be defined, then a moment for
 * their feeds and late warnings; returns the recorded problems and the widgets left undefined
 * (and of the tags in `rendered`, those that drew no shadow content).
 */
async function report(tags, rendered) {
  const used = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('ijm-')))];
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  await Promise.race([Promise.all(used.filter((t) => tags.includes(t)).map((t) => customElements.whenDefined(t))), wait(20000)]);
  await wait(1500);
  const empty = (rendered ?? []).filter((t) => !document.querySelector(t)?.shadowRoot?.childElementCount);
  return {
    problems: [...(window.__demoProblems ?? ['the recording script did not run']), ...empty.map((t) => `<${t}> rendered nothing`)],
    undefinedTags: used.filter((t) => tags.includes(t) && !customElements.get(t)),
  };
}

const tags = Object.keys(widgetModules);
const strict = process.argv.includes('--strict');

const engines = {
  async firefox(origin, visit) {
    const browser = await puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true});
    try {
      for (const {path, width, rendered} of PAGES) {
        const page = await browser.newPage();
        await page.setViewport({width, height: 900});
        await page.goto(origin + path, {waitUntil: 'load'});
        visit(path, width, await page.evaluate(report, tags, rendered));
        await page.close();
      }
    } finally {
      await browser.close();
    }
  },
  async webkit(origin, visit) {
    const browser = await openMiniBrowser();
    try {
      for (const {path, width, rendered} of PAGES) {
        await browser.setWindowSize(width, 900).catch(() => {});
        await browser.url(origin + path);
        visit(path, width, await browser.execute(report, tags, rendered));
      }
    } finally {
      await browser.deleteSession().catch(() => {});
      stopHelpers();
    }
  },
};

const {server, url} = await startServer(0, {quiet: true});
const proxy = await startProxy(new URL(url).origin);
const failures = [];
const summary = [];
try {
  for (const [engine, run] of Object.entries(engines)) {
    const why = missing(engine);
    if (why) {
      summary.push(`  ${engine.padEnd(8)} ${process.env.CI ? 'missing' : 'skipped'} (${why})`);
      if (process.env.CI) failures.push(`${engine}: ${why}`);
      continue;
    }
    const version = engineVersion(engine);
    console.log(`\n${version}`);
    let problems = 0;
    try {
      await run(proxy.origin, (path, width, {problems: found, undefinedTags}) => {
        const all = [...found, ...(undefinedTags.length ? [`widgets not defined: ${undefinedTags.join(', ')}`] : [])];
        const warnings = all.filter((p) => p.startsWith('console warn:'));
        const bad = strict ? all : all.filter((p) => !warnings.includes(p));
        console.log(`${bad.length ? '✗' : '✓'} ${path} at ${width}px${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
        for (const p of [...new Set(all)].slice(0, 8)) console.log(`    ${p}`);
        if (new Set(all).size > 8) console.log(`    … and ${new Set(all).size - 8} more`);
        failures.push(...bad.map((p) => `${engine} ${path}: ${p}`));
        problems += bad.length;
      });
    } catch (error) {
      console.log(`✗ ${engine} did not run: ${error.message}`);
      failures.push(`${engine}: ${error.message}`);
      problems++;
    }
    summary.push(`  ${engine.padEnd(8)} ${problems ? `${problems} problem(s)` : 'no problems'} (${version})`);
  }
} finally {
  stopHelpers();
  proxy.server.close();
  server.close();
}
console.log(`\ncheck:demo:browsers\n${summary.join('\n')}`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s) on the demo page.`);
  process.exit(1);
}
