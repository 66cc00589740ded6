// `npm run bench` (after the build): issue 15's table in one run, each row beside its floor and
// anchor, written to bench-results.json (gitignored). Sizes are brotli (quality 11) of all the
// JavaScript a page or app loads; times are min/median/max over BENCH_RUNS runs (default 7),
// headless Chromium, and read as ratios: milliseconds change from machine to machine.
//   - a page with only <ijm-donate-cta> through loader.js: every script the browser fetched
//     (also in Ukrainian: plus its text); floor an empty LitElement, anchor Shoelace's card,
//     button, input and icon — all built the same way (Vite, minified; demo/bench/apps/);
//   - dist/cdn/ijm-widgets.js, everything;
//   - `import '@ijm/widgets/donate-cta.js'` in a Vite app; floor Lit alone;
//   - 100 <ijm-article-card>: time from append to laid out, and main-thread CPU (Chromium's
//     TaskDuration) until the frame is painted, against a minimal Lit card and Shoelace's
//     <sl-card>, the runs interleaved so that a busy machine slows all three alike.
// Then each widget's render cost against an empty Lit element (demo/bench/bench.js).
// Fails only when a page fails, or a widget costs more than BENCH_MAX_RATIO (default 200) × that.
import {chromium} from 'playwright-core';
import {brotli, buildApp} from './bench-apps.mjs';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CARDS = 100;
const maxRatio = Number(process.env.BENCH_MAX_RATIO ?? 200);
const root = resolve(import.meta.dirname, '..');
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), runs: xs.length};
};

if (!existsSync(join(root, 'dist/cdn/loader.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const apps = {};
for (const name of ['lit-element', 'lit-card', 'ijm-card', 'ijm-donate', 'sl-card', 'sl-kit']) apps[name] = await buildApp(name);
// The bench pages load the bundles from dist/bench/<impl>.js.
for (const name of ['lit-card', 'ijm-card', 'sl-card']) writeFileSync(join(root, 'dist/bench', `${name}.js`), `import './${name}/${name}.js';\n`);

const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
const errors = [];
const watch = (page) => {
  page.setDefaultTimeout(180000); // a busy CI machine
  page.on('pageerror', (e) => errors.push(e.message));
};

/** Brotli bytes of every script a page fetched until its widgets were defined and the network went quiet. */
async function pageScripts(path, tag) {
  const page = await browser.newPage();
  watch(page);
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().then(brotli));
  });
  await page.goto(new URL(path, url).href, {waitUntil: 'networkidle'});
  await page.evaluate((t) => customElements.whenDefined(t), tag);
  const sizes = await Promise.all(bodies);
  await page.close();
  return {bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length};
}

const loaderPage = await pageScripts('/demo/bench/donate-loader.html', 'ijm-donate-cta');
const loaderPageUk = await pageScripts('/demo/bench/donate-loader-uk.html', 'ijm-donate-cta');
const everything = brotli(readFileSync(join(root, 'dist/cdn/ijm-widgets.js')));

// 100 cards, the three implementations interleaved run by run.
const impls = ['ijm-card', 'lit-card', 'sl-card'];
const pages = {};
for (const impl of impls) {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  watch(page);
  await page.goto(new URL(`/demo/bench/cards.html?impl=${impl}`, url).href);
  await page.waitForFunction(() => window.benchReady, null, {timeout: 60000});
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate((n) => window.benchMount(n), CARDS); // warm-up
  pages[impl] = {page, cdp, ms: [], cpu: []};
}
const taskSeconds = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
for (let run = 0; run < RUNS; run++) {
  for (const impl of impls) {
    const {page, cdp, ms, cpu} = pages[impl];
    const before = await taskSeconds(cdp);
    ms.push(await page.evaluate((n) => window.benchMount(n), CARDS));
    cpu.push((await taskSeconds(cdp)) - before);
  }
}
const cards = Object.fromEntries(impls.map((impl) => [impl, {ms: stats(pages[impl].ms), cpuMs: stats(pages[impl].cpu.map((s) => s * 1000))}]));
for (const {page} of Object.values(pages)) await page.close();

// Each widget against an empty Lit element (the older per-widget table).
const widgetPage = await browser.newPage();
watch(widgetPage);
await widgetPage.goto(new URL('/demo/bench/index.html', url).href);
await widgetPage.waitForFunction(() => window.__bench, null, {timeout: 180000});
const widgets = await widgetPage.evaluate(() => window.__bench);
await browser.close();
server.close();

const size = (bytes) => ({kb: kb(bytes)});
const time = (s) => ({min: s.min, median: s.median, max: s.max});
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const rows = [
  {
    what: 'page with only <ijm-donate-cta> via loader.js (all JS, brotli KB)',
    now: size(loaderPage.bytes),
    files: loaderPage.files,
    floor: {what: 'an empty LitElement', ...size(apps['lit-element'])},
    anchor: {what: 'Shoelace card+button+input+icon', ...size(apps['sl-kit'])},
    goal: '≤ 12 KB',
    timesFloor: ratio(loaderPage.bytes, apps['lit-element']),
  },
  {
    what: 'the same page in Ukrainian (<html lang="uk">: plus its text)',
    now: size(loaderPageUk.bytes),
    files: loaderPageUk.files,
    floor: {what: 'an empty LitElement', ...size(apps['lit-element'])},
  },
  {what: 'dist/cdn/ijm-widgets.js, everything (brotli KB)', now: size(everything), goal: '≤ 24 KB'},
  {
    what: "one donate widget in a Vite app (import '@ijm/widgets/donate-cta.js', brotli KB)",
    now: size(apps['ijm-donate']),
    floor: {what: 'an empty LitElement', ...size(apps['lit-element'])},
    goal: '≤ 11 KB',
    timesFloor: ratio(apps['ijm-donate'], apps['lit-element']),
  },
  {
    what: `${CARDS} <ijm-article-card>: render time, ms (append → laid out)`,
    now: time(cards['ijm-card'].ms),
    floor: {what: 'a minimal Lit card', ...time(cards['lit-card'].ms)},
    anchor: {what: "Shoelace's <sl-card>", ...time(cards['sl-card'].ms), timesFloor: ratio(cards['sl-card'].ms.median, cards['lit-card'].ms.median)},
    goal: '≤ 1.3× the Lit card',
    timesFloor: ratio(cards['ijm-card'].ms.median, cards['lit-card'].ms.median),
  },
  {
    what: `${CARDS} <ijm-article-card>: main-thread CPU, ms (until painted)`,
    now: time(cards['ijm-card'].cpuMs),
    floor: {what: 'a minimal Lit card', ...time(cards['lit-card'].cpuMs)},
    anchor: {what: "Shoelace's <sl-card>", ...time(cards['sl-card'].cpuMs), timesFloor: ratio(cards['sl-card'].cpuMs.median, cards['lit-card'].cpuMs.median)},
    goal: '≤ 1.2× the Lit card',
    timesFloor: ratio(cards['ijm-card'].cpuMs.median, cards['lit-card'].cpuMs.median),
  },
];
writeFileSync(join(root, 'bench-results.json'), JSON.stringify({date: new Date().toISOString(), runs: RUNS, rows, bundles: Object.fromEntries(Object.entries(apps).map(([k, v]) => [k, kb(v)])), widgets}, null, 2) + '\n');

const cell = (v) => (v === undefined ? '' : v.kb !== undefined ? `${v.kb.toFixed(2)} KB` : `${v.min.toFixed(1)}/${v.median.toFixed(1)}/${v.max.toFixed(1)}`);
console.log(`Issue 15's table (sizes brotli; times min/median/max of ${RUNS} runs, ms):\n`);
for (const r of rows) {
  console.log(r.what);
  console.log(`  now     ${cell(r.now).padEnd(22)}${r.timesFloor ? `${r.timesFloor}× floor` : ''}${r.goal ? `   goal ${r.goal}` : ''}${r.files ? `   (${r.files} files)` : ''}`);
  if (r.floor) console.log(`  floor   ${cell(r.floor).padEnd(22)}${r.floor.what}`);
  if (r.anchor) console.log(`  anchor  ${cell(r.anchor).padEnd(22)}${r.anchor.what}${r.anchor.timesFloor ? ` (${r.anchor.timesFloor}× floor)` : ''}`);
}

console.log(`\n${'each widget, per element'.padEnd(52)} ${'ms/element'.padStart(11)} ${'× baseline'.padStart(11)}`);
let failed = errors.length > 0;
if (widgets.error) {
  console.error(widgets.error);
  failed = true;
} else {
  for (const r of widgets) {
    console.log(`${r.name.padEnd(52)} ${r.ms.toFixed(3).padStart(11)} ${(r.ratio ?? NaN).toFixed(1).padStart(11)}`);
    if (!Number.isFinite(r.ms) || r.ratio > maxRatio) failed = true;
  }
}
for (const e of errors) console.error('page error:', e);
console.log('\nWrote bench-results.json.');
if (failed) {
  console.error(`\nBenchmark failed (a page error, or a ratio above ${maxRatio}).`);
  process.exit(1);
}
