// Measures the real widgets in Chromium, in each shipped language, at every width from 240 to
// 1280 px (every pixel: at 2 px apart a wrap between two measured widths left a Romanian donate box 52 px short at 375 px), and writes the heights the loader's placeholders keep:
//   node scripts/measure-reserve.mjs            write src/styles/reserve/measured.ts, then
//                                               src/styles/placeholders.generated.ts (scripts/build-placeholders.mjs)
//   node scripts/measure-reserve.mjs --check    re-measure and fail if any committed height is off by
//                                               more than 2 px at any width, or the generated stylesheet is stale (CI)
//   node scripts/measure-reserve.mjs --font F   measure in font F instead and print how far each height
//                                               is from the committed one (nothing written): e.g. --font serif
// One command after any change to the widgets' text, type scale or spacing: run it and commit.
//
// What is measured (the widgets' own code and catalogs, bundled from src/ with esbuild, in a page
// whose font is `system-ui, sans-serif` at 16 px, as the partner page in test/fixtures has): each
// table of TABLES, in em of the widget's font size, as steps (from this width on, this height),
// a new step wherever a height changes by more than half a pixel.
import {readFileSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {buildSync} from 'esbuild';
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';

const out = 'src/styles/reserve/measured.ts';
const languages = ['en', 'ro', 'uk', 'bg'];
const widths = Array.from({length: 1280 - 240 + 1}, (_, i) => 240 + i);
const args = process.argv.slice(2);
const check = args.includes('--check');
const font = args.includes('--font') ? args[args.indexOf('--font') + 1] : 'system-ui, sans-serif';

/**
 * Each table: the markup measured, and what is read: the host's height, or (`minus`) its height
 * less that of another table's markup (what an attribute adds), or (`part`) one element of its shadow root.
 */
const TABLES = {
  /** The donate panel, monthly (the default) and once; the banner, monthly and once, less the panel; what the donor-portal line adds. */
  dm: {html: '<ijm-donate-cta></ijm-donate-cta>'},
  do: {html: '<ijm-donate-cta frequency="once"></ijm-donate-cta>'},
  bm: {html: '<ijm-donate-cta variant="banner"></ijm-donate-cta>', minus: 'dm'},
  bo: {html: '<ijm-donate-cta variant="banner" frequency="once"></ijm-donate-cta>', minus: 'do'},
  dp: {html: '<ijm-donate-cta portal-href="https://example.org/portal"></ijm-donate-cta>', minus: 'dm'},
  /** The sign-up, stacked and inline; what its name field and a one-line consent add. */
  ss: {html: '<ijm-email-signup action="/signup"></ijm-email-signup>'},
  si: {html: '<ijm-email-signup action="/signup" layout="inline"></ijm-email-signup>'},
  sn: {html: '<ijm-email-signup action="/signup" name-field></ijm-email-signup>', minus: 'ss'},
  sc: {html: '<ijm-email-signup action="/signup" consent="Yes."></ijm-email-signup>', minus: 'ss'},
  /** The rail's header (its heading and previous/next buttons), without and with "see more", and its gap below. */
  rh: {html: '<ijm-related-stories src="/never"></ijm-related-stories>', part: '.header'},
  rm: {html: '<ijm-related-stories src="/never" more-href="/more"></ijm-related-stories>', part: '.header'},
  /** The width of the "see more" link and the buttons beside a heading of the partner's own (in the widest rail). */
  rx: {html: '<ijm-related-stories src="/never" more-href="/more" heading="A"></ijm-related-stories>', width: '.header'},
};

function bundle() {
  const entry = ["import './src/all.ts';", ...languages.slice(1).map((lang) => `import './src/i18n/locales/${lang}.ts';`)].join('\n');
  const {outputFiles} = buildSync({
    stdin: {contents: entry, resolveDir: process.cwd(), loader: 'ts'},
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
  });
  return outputFiles[0].text;
}

/** In the page: every table's markup in every language, each in a box whose width changes; heights in px by table, language, width. */
async function measureInPage(page) {
  return page.evaluate(
    async ({tables, languages, widths}) => {
      const boxes = [];
      for (const lang of languages) {
        for (const [name, table] of Object.entries(tables)) {
          const box = document.createElement('div');
          box.innerHTML = table.html;
          box.firstElementChild.setAttribute('lang', lang);
          document.body.append(box);
          boxes.push({name, lang, box, el: box.firstElementChild, table});
        }
      }
      await Promise.all(boxes.map(({el}) => customElements.whenDefined(el.localName)));
      for (let i = 0; i < 5; i++) {
        await Promise.all(boxes.map(({el}) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
      await document.fonts.ready;
      const heights = {};
      for (const width of widths) {
        for (const {box} of boxes) box.style.width = `${width}px`;
        for (const {name, lang, el, table} of boxes) {
          const target = table.part ? el.shadowRoot.querySelector(table.part) : el;
          const value = table.width
            ? el.shadowRoot.querySelector(table.width).getBoundingClientRect().width - el.shadowRoot.querySelector('.heading').getBoundingClientRect().width
            : target.getBoundingClientRect().height;
          ((heights[name] ??= {})[lang] ??= []).push(value);
        }
      }
      return heights;
    },
    {tables: TABLES, languages, widths},
  );
}

/** Heights (px) by width → steps [from em, height em], a new step where the height changes by more than half a pixel. */
function toSteps(heights) {
  const steps = [];
  heights.forEach((height, i) => {
    const last = steps.at(-1);
    if (!last || Math.abs(last[2] - height) > 0.5) steps.push([i ? widths[i] / 16 : 0, +(height / 16).toFixed(2), height]);
  });
  return steps.map(([from, em]) => [from, em]);
}

/** The committed step table at `width` px. */
const stepAt = (steps, width) => steps.filter(([from]) => from * 16 <= width).at(-1)[1] * 16;

const browser = await chromium.launch(launchOptions);
let measured;
try {
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && !m.text().includes('/never') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const script = bundle();
  // The rail's feed never answers (its header is measured above its loading skeleton).
  await page.route('**/*', (route) => {
    const {pathname} = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({contentType: 'text/html', body: `<!doctype html><html lang="en"><head><style>body{margin:0;font:16px/1.5 ${font}}</style></head><body></body></html>`});
    if (pathname === '/widgets.js') return route.fulfill({contentType: 'text/javascript', body: script});
    if (pathname === '/never') return undefined;
    return route.fulfill({status: 404, body: ''});
  });
  await page.goto('http://measure.invalid/');
  await page.addScriptTag({type: 'module', url: '/widgets.js'});
  const heights = await measureInPage(page);
  measured = {};
  for (const [name, table] of Object.entries(TABLES)) {
    for (const lang of languages) {
      const values = table.minus
        ? heights[name][lang].map((h, i) => h - heights[table.minus][lang][i])
        : table.width
          ? heights[name][lang].map(() => heights[name][lang].at(-1))
          : heights[name][lang];
      (measured[name] ??= {})[lang] = toSteps(values);
    }
  }
  measured.raw = heights;
  if (problems.length) console.warn(`the page said:\n  ${problems.join('\n  ')}`);
} finally {
  await browser.close();
}

const {raw, ...tables} = measured;
if (check || args.includes('--font')) {
  // Compare with the committed steps, width by width.
  const committed = JSON.parse(/= (\{[^;]*\});/.exec(readFileSync(out, 'utf8'))[1]);
  let worst = {off: 0};
  let taller = 0;
  let shorter = 0;
  const bad = [];
  for (const [name, byLang] of Object.entries(tables)) {
    for (const lang of languages) {
      const base = TABLES[name].minus ? raw[TABLES[name].minus][lang] : undefined;
      widths.forEach((width, i) => {
        const now = TABLES[name].width ? raw[name][lang].at(-1) : raw[name][lang][i] - (base ? base[i] : 0);
        const off = now - stepAt(committed[name][lang], width);
        if (Math.abs(off) > Math.abs(worst.off)) worst = {off, name, lang, width};
        taller = Math.max(taller, off);
        shorter = Math.min(shorter, off);
        if (Math.abs(off) > 2) bad.push(`${name} ${lang} at ${width} px: ${now.toFixed(1)} px, committed ${stepAt(committed[name][lang], width).toFixed(1)} px`);
      });
    }
    void byLang;
  }
  const summary = `largest difference from the committed heights: ${worst.off.toFixed(1)} px (${worst.name ?? '-'} ${worst.lang ?? ''} at ${worst.width ?? '-'} px); ${bad.length} of ${Object.keys(tables).length * languages.length * widths.length} over 2 px`;
  if (args.includes('--font')) {
    console.log(`font ${font}: ${summary}; from ${shorter.toFixed(0)} to +${taller.toFixed(0)} px`);
    const over = {};
    for (const line of bad) over[line.split(' at ')[0]] = (over[line.split(' at ')[0]] ?? 0) + 1;
    console.log(`  widths over 2 px by table and language: ${JSON.stringify(over)}`);
  } else if (bad.length) {
    console.error(`${summary}:\n  ${bad.slice(0, 20).join('\n  ')}\nRun node scripts/measure-reserve.mjs and commit.`);
    process.exit(1);
  } else {
    console.log(summary);
    execFileSync(process.execPath, ['scripts/build-placeholders.mjs', '--check'], {stdio: 'inherit'});
  }
} else {
  const json = `${JSON.stringify(tables, (key, value) => (Array.isArray(value) && typeof value[0] === 'number' ? `@@${JSON.stringify(value)}` : value), 1).replace(/"@@(\[[^\]]*\])"/g, '$1')}`;
  writeFileSync(
    out,
    `// Generated by scripts/measure-reserve.mjs (the real widgets, measured in Chromium): do not edit.\n` +
      `// Each table's height by language as steps [from width, height], both in em of the widget's font size (see TABLES there).\n` +
      `export type MeasuredSteps = readonly (readonly [number, number])[];\n` +
      `export const measured: Record<string, Record<string, MeasuredSteps>> = ${json};\n`,
  );
  console.log(`wrote ${out}: ${Object.values(tables).reduce((n, byLang) => n + Object.values(byLang).reduce((m, steps) => m + steps.length, 0), 0)} steps`);
  execFileSync(process.execPath, ['scripts/build-placeholders.mjs'], {stdio: 'inherit'});
}
