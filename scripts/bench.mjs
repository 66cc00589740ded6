// `npm run bench` (after the build): issue 15's table in one run, each row beside its floor and
// anchor, written to bench-results.json (gitignored). Sizes are brotli (quality 11) of all the
// JavaScript a page or app loads; times are min/median/max over BENCH_RUNS runs (default 11),
// headless Chromium, and read as ratios: milliseconds change from machine to machine.
//   - a page with only <ijm-donate-cta> through loader.js: every script the browser fetched
//     (also in Ukrainian: plus its text); floor an empty LitElement, anchor Shoelace's card,
//     button, input and icon — all built the same way (Vite, minified; demo/bench/apps/);
//   - dist/cdn/ijm-widgets.js, everything;
//   - `import '@ijm/widgets/donate-cta.js'` in a Vite app; floor Lit alone;
//   - 100 <ijm-article-card>: time from append to laid out, and main-thread CPU (Chromium's
//     TaskDuration) until the frame is painted, against a minimal Lit card and Shoelace's
//     <sl-card>, all in one page taking turns (after three warm-up rounds), so that a busy machine
//     slows every card alike; "× floor" is the median of the run-by-run ratios (min and max beside
//     it), and the time is also split into rendering (script) and the style and layout after it;
//     two cards that each keep part of ours (our element drawing the minimal card; our card
//     without its own CSS) show where the difference goes.
// Then each widget's render cost against an empty Lit element (demo/bench/bench.js).
// Fails only when a page fails, or a widget costs more than BENCH_MAX_RATIO (default 200) × that.
import {chromium} from 'playwright-core';
import {brotli, buildApp} from './bench-apps.mjs';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CARDS = 100;
const maxRatio = Number(process.env.BENCH_MAX_RATIO ?? 200);
const root = resolve(import.meta.dirname, '..');
const round2 = (x) => Math.round(x * 100) / 100;
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
for (const name of ['lit-element', 'lit-card', 'ijm-card', 'ijm-card-parts', 'ijm-donate', 'sl-card', 'sl-kit']) apps[name] = await buildApp(name);
// The bench pages load the bundles from dist/bench/<impl>.js (the two part cards are one bundle).
const bundleOf = {'lit-card': 'lit-card', 'ijm-card': 'ijm-card', 'sl-card': 'sl-card', 'ijm-base': 'ijm-card-parts', 'ijm-no-css': 'ijm-card-parts'};
for (const [impl, name] of Object.entries(bundleOf)) writeFileSync(join(root, 'dist/bench', `${impl}.js`), `import './${name}/${name}.js';\n`);

const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
const errors = [];
const watch = (page) => {
  page.setDefaultTimeout(180000); // a busy CI machine
  page.on('pageerror', (e) => errors.push(e.message));
};

/**
 * Brotli bytes of every script a page fetched until its widgets were defined and the network went
 * quiet, and of its stylesheets (the placeholders' stylesheet the snippet links).
 */
async function pageScripts(path, tag) {
  const page = await browser.newPage();
  watch(page);
  const bodies = [];
  const sheets = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script') bodies.push(response.body().then(brotli));
    else if (type === 'stylesheet') sheets.push(response.body().then(brotli));
  });
  await page.goto(new URL(path, url).href, {waitUntil: 'networkidle'});
  await page.evaluate((t) => customElements.whenDefined(t), tag);
  const sizes = await Promise.all(bodies);
  const css = (await Promise.all(sheets)).reduce((a, b) => a + b, 0);
  await page.close();
  return {bytes: sizes.reduce((a, b) => a + b, 0), css, files: sizes.length};
}

const loaderPage = await pageScripts('/demo/bench/donate-loader.html', 'ijm-donate-cta');
const loaderPageUk = await pageScripts('/demo/bench/donate-loader-uk.html', 'ijm-donate-cta');
const everything = brotli(readFileSync(join(root, 'dist/cdn/ijm-widgets.js')));
// What a Shoelace page links beside its components (its design tokens): the anchor's stylesheet.
const shoelaceTheme = brotli(readFileSync(join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css')));

// 100 cards: ours, the minimal Lit card, Shoelace's, and two that each keep part of ours
// (demo/bench/apps/ijm-card-parts.js), to show where its time goes. All in one page, taking turns
// run by run (one page per card kept four pages idle beside the one measured, and the same card
// read 1.7× the Lit card in one run and 2.07× in the next).
const impls = ['ijm-card', 'lit-card', 'sl-card', 'ijm-base', 'ijm-no-css'];
const cardsPage = await browser.newPage({viewport: {width: 1280, height: 900}});
watch(cardsPage);
await cardsPage.goto(new URL(`/demo/bench/cards.html?impl=${impls.join(',')}`, url).href);
await cardsPage.waitForFunction(() => window.benchReady, null, {timeout: 60000});
const cdp = await cardsPage.context().newCDPSession(cardsPage);
await cdp.send('Performance.enable');
/** Each card's measurements, one per run. */
const series = Object.fromEntries(impls.map((impl) => [impl, {ms: [], render: [], layout: [], cpu: []}]));
for (let warmUp = 0; warmUp < 3; warmUp++) for (const impl of impls) await cardsPage.evaluate(([n, i]) => window.benchMount(n, i), [CARDS, impl]);
const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
for (let run = 0; run < RUNS; run++) {
  for (const impl of impls) {
    const {ms, render, layout, cpu} = series[impl];
    const before = await taskSeconds();
    const mounted = await cardsPage.evaluate(([n, i]) => window.benchMount(n, i), [CARDS, impl]);
    cpu.push((await taskSeconds()) - before);
    ms.push(mounted.ms);
    render.push(mounted.render);
    layout.push(mounted.layout);
  }
}
const cards = Object.fromEntries(
  impls.map((impl) => {
    const p = series[impl];
    return [impl, {ms: stats(p.ms), renderMs: stats(p.render), layoutMs: stats(p.layout), cpuMs: stats(p.cpu.map((s) => s * 1000))}];
  }),
);
/**
 * `impl` against the minimal Lit card (or `against`), run by run (`key`: ms, render, layout or cpu):
 * the cards of one run are mounted back to back, so a busy moment of the machine slows both sides
 * of one ratio. The median of those ratios, and its range.
 */
const paired = (impl, key, against = 'lit-card') => {
  const floor = series[against][key];
  const s = stats(series[impl][key].map((v, i) => v / floor[i]));
  return {min: round2(s.min), median: round2(s.median), max: round2(s.max)};
};
await cardsPage.close();

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
const ratio = (a, b) => round2(a / b);
const rows = [
  {
    what: 'page with only <ijm-donate-cta> via loader.js (all JS, brotli KB)',
    now: size(loaderPage.bytes),
    files: loaderPage.files,
    withStylesheet: {what: 'plus the placeholders\' stylesheet the snippet links', ...size(loaderPage.bytes + loaderPage.css)},
    floor: {what: 'an empty LitElement', ...size(apps['lit-element'])},
    anchor: {
      what: 'Shoelace card+button+input+icon',
      ...size(apps['sl-kit']),
      withStylesheet: {what: 'plus the theme stylesheet a Shoelace page links (themes/light.css)', ...size(apps['sl-kit'] + shoelaceTheme)},
    },
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
    anchor: {what: "Shoelace's <sl-card>", ...time(cards['sl-card'].ms), timesFloor: paired('sl-card', 'ms').median},
    goal: '≤ 1.3× the Lit card',
    timesFloor: paired('ijm-card', 'ms').median,
    timesFloorRunByRun: paired('ijm-card', 'ms'),
    parts: [
      {what: 'our element drawing the minimal card (its template and styles)', impl: 'ijm-base'},
      {what: 'our card with only the styles every widget shares (none of its own CSS)', impl: 'ijm-no-css'},
    ].map(({what, impl}) => ({what, ...time(cards[impl].ms), timesFloor: paired(impl, 'ms').median, render: paired(impl, 'render').median, layout: paired(impl, 'layout').median})),
    split: {
      what: 'rendering (append until every update is complete) and the style and layout after it, ms; and each × the Lit card, run by run',
      render: {...time(cards['ijm-card'].renderMs), timesFloor: paired('ijm-card', 'render').median, floor: time(cards['lit-card'].renderMs)},
      layout: {...time(cards['ijm-card'].layoutMs), timesFloor: paired('ijm-card', 'layout').median, floor: time(cards['lit-card'].layoutMs)},
    },
  },
  {
    what: `${CARDS} <ijm-article-card>: main-thread CPU, ms (until painted)`,
    now: time(cards['ijm-card'].cpuMs),
    floor: {what: 'a minimal Lit card', ...time(cards['lit-card'].cpuMs)},
    anchor: {what: "Shoelace's <sl-card>", ...time(cards['sl-card'].cpuMs), timesFloor: paired('sl-card', 'cpu').median},
    goal: '≤ 1.2× the Lit card; ≤ 1.5× Shoelace\'s card',
    timesFloor: paired('ijm-card', 'cpu').median,
    timesFloorRunByRun: paired('ijm-card', 'cpu'),
    timesAnchorRunByRun: paired('ijm-card', 'cpu', 'sl-card'),
  },
];
writeFileSync(join(root, 'bench-results.json'), JSON.stringify({date: new Date().toISOString(), runs: RUNS, rows, bundles: Object.fromEntries(Object.entries(apps).map(([k, v]) => [k, kb(v)])), widgets}, null, 2) + '\n');

const cell = (v) => (v === undefined ? '' : v.kb !== undefined ? `${v.kb.toFixed(2)} KB` : `${v.min.toFixed(1)}/${v.median.toFixed(1)}/${v.max.toFixed(1)}`);
console.log(`Issue 15's table (sizes brotli; times min/median/max of ${RUNS} runs, ms):\n`);
for (const r of rows) {
  console.log(r.what);
  console.log(`  now     ${cell(r.now).padEnd(22)}${r.timesFloor ? `${r.timesFloor}× floor` : ''}${r.goal ? `   goal ${r.goal}` : ''}${r.files ? `   (${r.files} files)` : ''}`);
  if (r.withStylesheet) console.log(`  + css   ${cell(r.withStylesheet).padEnd(22)}${r.withStylesheet.what}`);
  if (r.floor) console.log(`  floor   ${cell(r.floor).padEnd(22)}${r.floor.what}`);
  if (r.anchor) console.log(`  anchor  ${cell(r.anchor).padEnd(22)}${r.anchor.what}${r.anchor.timesFloor ? ` (${r.anchor.timesFloor}× floor)` : ''}`);
  if (r.anchor?.withStylesheet) console.log(`  + css   ${cell(r.anchor.withStylesheet).padEnd(22)}${r.anchor.withStylesheet.what}`);
  if (r.timesFloorRunByRun) console.log(`  × floor run by run: min ${r.timesFloorRunByRun.min}, median ${r.timesFloorRunByRun.median}, max ${r.timesFloorRunByRun.max}`);
  if (r.timesAnchorRunByRun) console.log(`  × anchor run by run: min ${r.timesAnchorRunByRun.min}, median ${r.timesAnchorRunByRun.median}, max ${r.timesAnchorRunByRun.max}`);
  for (const part of r.parts ?? []) console.log(`  part    ${cell(part).padEnd(22)}${part.timesFloor}× floor (render ${part.render}×, layout ${part.layout}×): ${part.what}`);
  if (r.split) for (const part of ['render', 'layout']) console.log(`  ${part.padEnd(8)}${cell(r.split[part]).padEnd(22)}${r.split[part].timesFloor}× the Lit card's ${cell(r.split[part].floor)}`);
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
