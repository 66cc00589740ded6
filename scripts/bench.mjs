// `npm run bench` (after the build): mounts each widget from the built everything bundle in
// headless Chromium and reports its render cost per element against a baseline measured in the
// same run (an empty Lit element from the same bundle; DOMParser for feed parsing). Numbers are
// medians of 9 trials; compare ratios, not milliseconds, across machines. Fails only if the page
// fails, or if a widget costs more than BENCH_MAX_RATIO (default 200: a rail renders five elements of its own plus cards, so ratios of 50–80 are normal) times the baseline.
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';

const maxRatio = Number(process.env.BENCH_MAX_RATIO ?? 200);
const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
let failed = false;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => {
    console.error('page error:', e.message);
    failed = true;
  });
  await page.goto(new URL('/demo/bench/index.html', url).href);
  await page.waitForFunction(() => window.__bench, null, {timeout: 120000});
  const results = await page.evaluate(() => window.__bench);
  if (results.error) throw new Error(results.error);
  console.log(`${'case'.padEnd(52)} ${'ms/element'.padStart(11)} ${'× baseline'.padStart(11)}`);
  for (const r of results) {
    console.log(`${r.name.padEnd(52)} ${r.ms.toFixed(3).padStart(11)} ${(r.ratio ?? NaN).toFixed(1).padStart(11)}`);
    if (!Number.isFinite(r.ms) || r.ratio > maxRatio) failed = true;
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error(`\nBenchmark failed (a page error, or a ratio above ${maxRatio}).`);
  process.exit(1);
}
