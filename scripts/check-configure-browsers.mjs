// `npm run check:configure:browsers` (after the build): the volunteer's task from issue 23 in the
// embed builder, in Firefox (puppeteer-core, WebDriver BiDi) and WebKit (WebKitWebDriver), the
// engines `npm run check:configure` (Chromium, Playwright, the full suite) does not cover, at 1280
// and 375 px. Through the builder's UI only (clicks, typing, choosing): the builder switched to
// Romanian; several widgets on one page (a donate box in lei 50/100/250, monthly, a partner id, the
// brand colour #0b6e4f, a sign-up posting to an https endpoint with a consent text holding `>`);
// Copy pressed (the button says "Copiat ✓", or, with no clipboard access, the code is selected and
// the page says to press Ctrl+C); the code, as the page shows and copies it, pasted into the body
// of a blank page under the strict CSP (the CDN's files answered from dist/cdn/ on that page's own
// origin). There: the amounts, the monthly choice, the consent text and the brand colour as chosen,
// no console error, page error, failed load or CSP violation, and the paragraph under the widgets
// moves at most 1 px from the page's first contentful paint on, while they arrive (Firefox and WebKit have no Layout Instability API to sum a
// layout-shift score; Chromium's is checked by check:configure). axe on the builder in each state.
// An engine this machine lacks is skipped with the reason (a failure with CI set).
// `--shots` writes screenshots/configure-<engine>-<width>-*.png.
import {createServer} from 'node:http';
import {readFileSync, existsSync, mkdirSync} from 'node:fs';
import {extname, resolve, sep} from 'node:path';
import * as puppeteer from 'puppeteer-core';
import {startServer, CSP} from '../demo/server.mjs';
import {engineVersion, firefoxPath, missing} from './browser.mjs';
import {openMiniBrowser, stopHelpers} from './engines.mjs';

const shots = process.argv.includes('--shots');
const only = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
const version = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];
if (!existsSync('dist/configure/index.html') || !existsSync('dist/cdn/loader.js')) {
  console.error('dist/configure/ or dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}
const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const CDN = `https://cdn.jsdelivr.net/npm/@ijm/widgets@${version}/dist/cdn/`;

// Runs first in the blank page: what a reader's console would show, and how far the paragraph
// under the widgets moves from its first drawn position while they arrive.
const HOOK = `(() => {
  const problems = (window.__problems = []);
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const original = console.error;
  console.error = function (...args) { problems.push('console error: ' + text(args)); return original.apply(this, args); };
  addEventListener('error', (e) => {
    const t = e.target;
    problems.push(t && t !== window ? 'failed to load: ' + (t.src || t.href || t.localName) : 'page error: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  window.__moved = 0;
  let first;
  const watch = () => {
    const after = document.getElementById('after');
    // Only what a reader can see: from the first contentful paint on.
    if (after && performance.getEntriesByType('paint').length) {
      const top = after.getBoundingClientRect().top + scrollY;
      if (first === undefined) first = top;
      window.__moved = Math.max(window.__moved, Math.abs(top - first));
    }
    if (performance.now() < 15000) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

/** The blank partner pages, on an origin of their own: the pasted code, under the strict CSP. */
const pages = new Map();
const blank = createServer((req, res) => {
  const {pathname} = new URL(req.url, 'http://x');
  if (pathname === '/hook.js') return void (res.writeHead(200, {'content-type': 'text/javascript'}), res.end(HOOK));
  // The partner site's own font: the one the placeholder boxes are measured in (scripts/measure-reserve.mjs;
  // check-configure.mjs prints what the browser's default serif does).
  if (pathname === '/site.css') return void (res.writeHead(200, {'content-type': 'text/css'}), res.end('body{font:16px/1.5 system-ui, sans-serif}'));
  if (pathname.startsWith('/cdn/')) {
    const file = resolve('dist/cdn', decodeURIComponent(pathname.slice(5)));
    if (!file.startsWith(resolve('dist/cdn') + sep) || !existsSync(file)) return void (res.writeHead(404), res.end());
    const types = {'.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json'};
    return void (res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}), res.end(readFileSync(file)));
  }
  const code = pages.get(pathname);
  if (!code) return void (res.writeHead(404), res.end());
  res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP});
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our page</title><link rel="stylesheet" href="/site.css"><script src="/hook.js"></script></head><body><h1>Hope Bridge</h1><p>Our news.</p>
${code.split(CDN).join('/cdn/')}
<p id="after">The paragraph under the widgets.</p></body></html>`);
});
await new Promise((r) => blank.listen(0, '127.0.0.1', r));
const blankOrigin = `http://127.0.0.1:${blank.address().port}`;

const {server, url} = await startServer(0, {quiet: true});
const builderUrl = `${url}configure/`;

/** The two drivers behind one small interface. */
function puppeteerDriver(page) {
  return {
    goto: (u) => page.goto(u, {waitUntil: 'load'}),
    width: (w) => page.setViewport({width: w, height: 900}),
    click: (css) => page.click(css).catch((e) => Promise.reject(new Error(`click ${css}: ${e.message}`))),
    type: async (css, text) => {
      await page.click(css);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.type(css, text);
    },
    choose: (css, value) => page.select(css, value),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    script: (source) => page.evaluate(source),
    shot: (path) => page.screenshot({path}),
  };
}

function webdriverDriver(browser) {
  return {
    goto: (u) => browser.url(u),
    width: (w) => browser.setWindowSize(w, 900).catch(() => {}),
    click: async (css) => (await browser.$(css)).click(),
    type: async (css, text) => (await browser.$(css)).setValue(text),
    choose: async (css, value) => (await browser.$(css)).selectByAttribute('value', value),
    run: (fn, ...args) => browser.execute(fn, ...args),
    script: (source) => browser.execute(source),
    shot: (path) => browser.saveScreenshot(path),
  };
}

const until = async (d, fn, what, ms = 20000, ...args) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (await d.run(fn, ...args)) return;
  }
  throw new Error(`${what}: not after ${ms / 1000} s`);
};

async function axe(d, label) {
  await d.script(axeSource);
  const violations = await d.run(async () => {
    const {violations} = await window.axe.run(document, {resultTypes: ['violations']});
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  if (violations.length) throw new Error(`axe, ${label}: ${violations.join('; ')}`);
}

/** The volunteer's task in one engine at one width; returns what was measured. */
async function task(d, engine, width) {
  const shot = async (name) => {
    if (!shots) return;
    mkdirSync('screenshots', {recursive: true});
    await d.shot(`screenshots/configure-${engine}-${width}-${name}.png`);
  };
  await d.width(width);
  await d.goto(builderUrl);
  await until(d, () => !!document.querySelector('#ui-language'), 'the builder');
  await d.choose('#ui-language', 'ro');
  await until(d, () => document.querySelector('h1')?.textContent === 'Faceți un widget pentru pagina dumneavoastră', 'the builder in Romanian');
  await axe(d, 'as it opens, in Romanian');
  await d.click('label.pick:has(> input[name=pick][value="ijm-widgets"])');
  await until(d, () => !!document.querySelector('#f-ijm-widgets-locale'), 'several widgets on one page');
  await d.choose('#f-ijm-widgets-locale', 'ro');
  await d.type('#f-ijm-widgets-partner', 'hope-bridge-ro');
  await d.type('#f-ijm-widgets-currency', 'lei');
  await until(d, () => document.querySelector('[id="f-ijm-widgets-currency-note"]')?.textContent.includes('RON'), 'lei understood as RON');
  await d.type('#f-ijm-donate-cta-amounts', '50, 100, 250');
  await d.type('#f-ijm-email-signup-action', 'http://partner.example/api/signup');
  await until(d, () => document.querySelector('[id="f-ijm-email-signup-action-error"]')?.textContent.includes('https://'), 'http:// refused');
  await d.click('#panel-html button.copy');
  await until(d, () => document.querySelector('.copy-blocked')?.textContent.includes('Unde se trimit înscrierile'), 'Copy refused, naming the field');
  await axe(d, 'Copy refused');
  await shot('1-refused');
  await d.type('#f-ijm-email-signup-action', 'https://partner.example/api/signup');
  await d.type('#f-ijm-email-signup-consent', 'Sunt de acord (am > 16 ani).');
  await d.type('#t-primary-color', '#0b6e4f');
  await until(d, () => /alb, contrast 6\.\d\d:1/.test(document.querySelector('#t-primary-color-contrast')?.textContent ?? ''), 'the contrast shown');
  const stageTop = await d.run(() => document.querySelector('.stage').getBoundingClientRect().top);
  if (!(stageTop < 900)) throw new Error(`the preview is out of view while editing (top ${stageTop})`);
  await d.click('#panel-html button.copy');
  await until(d, () => document.querySelector('#panel-html button.copy')?.textContent === 'Copiat ✓' || !!document.querySelector('.copy-status > p'), 'Copy answered');
  const copied = await d.run(() => ({
    button: document.querySelector('#panel-html button.copy').textContent,
    fallback: document.querySelector('.copy-status > p')?.textContent ?? '',
    blocked: document.querySelector('.copy-blocked')?.textContent ?? '',
    selected: String(getSelection()),
    code: document.querySelector('#code-html').textContent,
  }));
  if (copied.button !== 'Copiat ✓' && !(copied.fallback.includes('Ctrl+C') && copied.selected.trim() === copied.code.trim())) {
    throw new Error(`Copy said neither “Copiat ✓” nor selected the code: ${JSON.stringify(copied).slice(0, 300)}`);
  }
  await axe(d, 'copied');
  await shot('2-copied');
  const code = copied.code;
  if (code.includes('<style')) throw new Error('a <style> block in the code');
  if (!code.includes('consent="Sunt de acord (am &gt; 16 ani)."')) throw new Error('> not escaped');

  const path = `/${engine}-${width}.html`;
  pages.set(path, code);
  await d.goto(blankOrigin + path);
  await until(d, () => !!document.querySelector('ijm-donate-cta')?.shadowRoot?.querySelector('[part~=amounts]'), 'the donate box on the blank page');
  await until(d, () => !!document.querySelector('ijm-email-signup')?.shadowRoot?.querySelector('button'), 'the sign-up on the blank page');
  await new Promise((r) => setTimeout(r, 2500));
  const seen = await d.run(() => {
    const box = document.querySelector('ijm-donate-cta').shadowRoot;
    const form = document.querySelector('ijm-email-signup').shadowRoot;
    const chosen = box.querySelector('[part~=option] input:checked + span');
    return {
      amounts: [...box.querySelectorAll('[part~=amounts] label')].slice(0, 3).map((l) => l.textContent.replace(/\s+/g, ' ').trim()),
      monthly: box.querySelector('input[name=frequency][value=monthly]')?.checked,
      chosen: chosen && getComputedStyle(chosen).backgroundColor,
      signupButton: getComputedStyle([...form.querySelectorAll('button')].pop()).backgroundColor,
      consent: form.textContent.includes('Sunt de acord (am > 16 ani).'),
      problems: window.__problems,
      moved: window.__moved,
    };
  });
  const expect = (ok, what) => {
    if (!ok) throw new Error(`${what}: ${JSON.stringify(seen)}`);
  };
  expect(JSON.stringify(seen.amounts) === JSON.stringify(['50 RON', '100 RON', '250 RON']), 'amounts in lei');
  expect(seen.monthly === true, 'monthly chosen');
  expect(seen.chosen === 'rgb(11, 110, 79)', 'the chosen option in the brand colour');
  expect(seen.signupButton === 'rgb(11, 110, 79)', 'the sign-up button in the brand colour');
  expect(seen.consent, 'the consent text, > included');
  expect(seen.problems.length === 0, 'no console error, page error, failed load or CSP violation');
  // The boxes are measured in Chromium; WebKit rounds each line box down to whole pixels, so its
  // widgets come out up to a few px off them (the partner-page test allows WebKit 5 px for the same
  // reason): 1.5 px at 375 px, a layout shift under 0.002.
  expect(seen.moved <= (engine === 'webkit' ? 5 : 1), 'the paragraph under the widgets stays put');
  await shot('3-pasted');
  return seen.moved;
}

const engines = {
  async firefox(run) {
    const browser = await puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true});
    try {
      const page = await browser.newPage();
      await run(puppeteerDriver(page));
    } finally {
      await browser.close();
    }
  },
  async webkit(run) {
    const browser = await openMiniBrowser();
    try {
      await run(webdriverDriver(browser));
    } finally {
      await browser.deleteSession().catch(() => {});
      stopHelpers();
    }
  },
};

const failures = [];
try {
  for (const [engine, start] of Object.entries(engines)) {
    if (only && only !== engine) continue;
    const why = missing(engine);
    if (why) {
      console.log(`${engine}: ${process.env.CI ? 'missing' : 'skipped'} (${why})`);
      if (process.env.CI) failures.push(`${engine}: ${why}`);
      continue;
    }
    console.log(`\n${engineVersion(engine)}`);
    try {
      await start(async (d) => {
        for (const width of [1280, 375]) {
          const began = Date.now();
          try {
            const moved = await task(d, engine, width);
            console.log(`✓ the volunteer's task at ${width} px (the paragraph under the widgets moved ${moved.toFixed(1)} px; ${((Date.now() - began) / 1000).toFixed(0)} s)`);
          } catch (error) {
            console.log(`✗ the volunteer's task at ${width} px\n    ${String(error.message).slice(0, 600)}`);
            failures.push(`${engine} ${width}: ${error.message}`);
          }
        }
      });
    } catch (error) {
      console.log(`✗ ${engine} did not run: ${error.message}`);
      failures.push(`${engine}: ${error.message}`);
    }
  }
} finally {
  stopHelpers();
  blank.close();
  server.close();
}
if (failures.length) {
  console.error(`\ncheck:configure:browsers: ${failures.length} failure(s).`);
  process.exit(1);
}
console.log('\ncheck:configure:browsers: passed.');
