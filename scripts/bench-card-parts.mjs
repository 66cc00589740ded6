// `node scripts/bench-card-parts.mjs` (after `npm run build`): where 100 <ijm-article-card> spend
// the main thread's CPU against Shoelace's <sl-card>, and what each part of the card costs.
// Mounts 100 cards of each tag in one page, taking turns (demo/bench/card-parts.js), and reads
// Chromium's trace: the main thread's own CPU time (`tdur`, thread time, which a busy machine
// inflates far less than the wall-clock TaskDuration that `npm run bench` reads) of every task
// from append until painted, and of what ran inside them (script with DOM calls, style, layout,
// paint). Each tag is ours with one part taken away (demo/bench/apps/ijm-card-ablation.js), so
// the difference to `ijm-article-card` is that part's cost. Medians of BENCH_RUNS runs (default 11);
// "× sl-card" is the median of the run-by-run ratios.
import {chromium} from 'playwright-core';
import {buildApp} from './bench-apps.mjs';
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/components/article-card/article-card.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CARDS = 100;
const tags = [
  ['sl-card', "Shoelace's card (the anchor)"],
  ['ijm-article-card', 'ours'],
  ['bench-card-placeholder', 'no image: its placeholder instead'],
  ['bench-card-no-stretched-link', 'no stretched link (the a::after covering the card)'],
  ['bench-card-no-clamp', 'no line clamps (-webkit-box)'],
  ['bench-card-no-flex-no-clamp', 'no flex columns, no line clamps'],
  ['bench-card-no-containment', 'no inline-size containment'],
  ['bench-card-no-card-box', 'no card box (border, radius, shadow, flex)'],
  ['bench-card-minimal-css', "our template, the minimal card's CSS"],
  ['bench-card-minimal', "our element, the minimal card's template and CSS"],
  ['bench-card-lit', 'the minimal Lit card'],
];
const only = process.argv.slice(2);
const measured = only.length ? tags.filter(([tag]) => tag === 'sl-card' || tag === 'ijm-article-card' || only.includes(tag)) : tags;

for (const name of ['ijm-card', 'sl-card', 'ijm-card-ablation']) await buildApp(name);

const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({viewport: {width: 1280, height: 900}});
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(new URL('/demo/bench/card-parts.html', url).href);
await page.waitForFunction(() => window.benchReady, null, {timeout: 60000}).catch(() => {
  throw new Error(`the page did not start: ${errors.join('; ')}`);
});
const mount = (tag, run) => page.evaluate(([n, t, r]) => window.benchMount(n, t, r), [CARDS, tag, run]);
for (let warmUp = 0; warmUp < 3; warmUp++) for (const [tag] of measured) await mount(tag);
await browser.startTracing(page, {categories: ['toplevel', 'devtools.timeline', 'blink']});
for (let run = 0; run < RUNS; run++) for (const [tag] of measured) await mount(tag, run);
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();
server.close();
if (errors.length) throw new Error(errors.join('; '));

/** What each trace event's own thread time (less its children's) counts as. */
const phase = (name) =>
  /^(RunMicrotasks|FunctionCall|EventDispatch|TimerFire|CustomElementReactionQueue|v8|V8|ParseHTML|EvaluateScript|AsyncTask)/.test(name)
    ? 'script'
    : /recalcStyle|UpdateLayoutTree|rebuildLayoutTree|StyleEngine|ParseAuthorStyleSheet/.test(name)
      ? 'style'
      : /performLayout|^Layout|ShapeText|InlineNode|LayoutShift/.test(name)
        ? 'layout'
        : /Paint|Layerize|Compositing|Raster|Commit/i.test(name)
          ? 'paint'
          : 'other';
const phases = ['script', 'style', 'layout', 'paint', 'other'];
const events = trace.traceEvents;
const marks = events.filter((e) => e.name === 'TimeStamp' && /^[SE]\|/.test(e.args?.data?.message ?? ''));
const {pid, tid} = marks[0];
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const windows = new Map();
for (const m of marks) {
  const [edge, tag, run] = m.args.data.message.split('|');
  if (run === '-1') continue;
  const key = `${tag}|${run}`;
  windows.set(key, {...windows.get(key), [edge]: m.ts});
}
/** Per tag, per run: {cpu, script, style, layout, paint, other} in ms. */
const results = {};
for (const [key, {S, E}] of windows) {
  const tag = key.split('|')[0];
  const sums = Object.fromEntries(['cpu', ...phases].map((p) => [p, 0]));
  const stack = [];
  for (const e of main) {
    if (e.ts + e.dur < S || e.ts > E) continue;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (!stack.length) sums.cpu += e.tdur / 1000; // a task: everything the thread ran at the top level
    const parent = stack.at(-1);
    sums[phase(e.name)] += e.tdur / 1000;
    if (parent) sums[phase(parent.name)] -= e.tdur / 1000;
    stack.push(e);
  }
  (results[tag] ??= []).push(sums);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const anchor = results['sl-card'];
console.log(`${CARDS} cards, main-thread CPU (thread time), ms: median of ${RUNS} runs, in one page taking turns\n`);
console.log(`${'tag'.padEnd(30)}${'cpu'.padStart(7)}${'× sl-card'.padStart(11)}${phases.map((p) => p.padStart(8)).join('')}   what`);
for (const [tag, what] of measured) {
  const runs = results[tag];
  const ratio = median(runs.map((r, i) => r.cpu / anchor[i].cpu));
  console.log(`${tag.padEnd(30)}${median(runs.map((r) => r.cpu)).toFixed(1).padStart(7)}${ratio.toFixed(2).padStart(11)}${phases.map((p) => median(runs.map((r) => r[p])).toFixed(1).padStart(8)).join('')}   ${what}`);
}
