// `npm run check:stories` (after `npm run build-storybook`): every story of the static Storybook
// (storybook-static/) is a test, in Chromium (playwright-core), Firefox (puppeteer-core, WebDriver
// BiDi) and WebKit (WebKitWebDriver + MiniBrowser): the story's whole page (Storybook's iframe.html,
// served here on a free port) with no console error, page error or failed load, axe-clean (colour
// contrast included), not scrolling sideways, no text running out of its box or clipped, scrolling
// rows whose first item fits and whose next one peeks, and no English in another language's page
// (scripts/story-inspect.mjs says exactly what is looked at).
//
// The full product (stories × 4 locales × 2 directions × 3 themes × 4 widths × 3 engines) is
// ~20,000 page loads. CI runs a covering design instead: each story 4 times, so that for every
// story each engine, locale, direction, theme and width appears at least once, and across all
// stories every pair of values of any two of those five appears (pairwise); the rows are chosen
// by a seeded search, so a run is repeatable. Options:
//   --full                 every combination (hours: opt-in, not CI)
//   --engines a,b          only these engines (chromium, firefox, webkit)
//   --stories text         only stories whose id contains text (comma-separated: any of them)
//   --only locale:uk;dir:rtl;theme:dark;width:320   fix some factors (every combination of the rest)
//   --pseudo               pseudo-localised English (accented, ~40% longer) instead of the locales
//   --shots                also write a whole-page screenshot of each visit to screenshots/stories/
//   --static dir           the built Storybook to check (default storybook-static/)
//   --no-docs              skip the "Show code" check (scripts/check-docs-source.mjs, in Chromium)
//
// Visual baselines (scripts/visual-diff.mjs), on every run: one visit per story per engine (the
// first of that engine's rows in the covering design: 252 PNGs, ~12 MB) has its whole-page
// screenshot compared with visual-baselines/<engine>/<visit>.png, with a tolerance; a difference
// fails and writes a diff image to screenshots/visual-diff/. The page is held still first
// (story-inspect.mjs still(): animations finished, carets hidden). VISUAL_EXCLUDED below lists what
// is not compared and why (printed on each run). A missing baseline fails with CI set.
//   --accept               the screenshots that differ (or are missing) become the baselines; commit them
//   --visual               compare every visit of the design (any design), not one per story per engine
//   --no-visual            no comparison
// An engine this machine lacks is skipped with the reason (a failure with CI set).
import {createServer} from 'node:http';
import {readFile, mkdir, readdir, rm} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import {launchOptions, engineVersion, firefoxPath, missing} from './browser.mjs';
import {openMiniBrowser, stopHelpers} from './engines.mjs';
import {HOOK, inspect, still} from './story-inspect.mjs';
import {ACCEPT, visualChecker} from './visual-diff.mjs';
import {checkDocsSource} from './check-docs-source.mjs';

/**
 * Visits whose screenshot is not compared with a baseline, each with the reason (printed on every
 * run): `engine`, and `story` (a story id; all of the engine's stories when absent).
 */
export const VISUAL_EXCLUDED = [];


export const FACTORS = {
  engine: ['chromium', 'firefox', 'webkit'],
  locale: ['en', 'ro', 'uk', 'bg'],
  dir: ['ltr', 'rtl'],
  theme: ['default', 'dark', 'partner'],
  width: [320, 375, 768, 1280],
};
const NAMES = Object.keys(FACTORS);

/** A small seeded generator (mulberry32): the same design on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffle = (list, rnd) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

/**
 * The covering design: for each story, `rows` visits in which every value of every factor appears
 * (a factor with fewer values than rows repeats some), chosen among random candidates to cover the
 * most pairs of values not yet covered (over all stories). Returns [{story, engine, locale, …}].
 */
export function coveringDesign(stories, {rows = 4, candidates = 300, seed = 24} = {}) {
  const rnd = random(seed);
  const covered = new Set();
  const pairsOf = (row) => {
    const keys = [];
    for (let i = 0; i < NAMES.length; i++)
      for (let j = i + 1; j < NAMES.length; j++) keys.push(`${NAMES[i]}=${row[NAMES[i]]}|${NAMES[j]}=${row[NAMES[j]]}`);
    return keys;
  };
  const column = (values) => {
    const out = shuffle(values, rnd);
    while (out.length < rows) out.push(values[Math.floor(rnd() * values.length)]);
    return shuffle(out.slice(0, rows), rnd);
  };
  const design = [];
  for (const story of stories) {
    let best;
    let bestScore = -1;
    for (let c = 0; c < candidates; c++) {
      const columns = Object.fromEntries(NAMES.map((n) => [n, column(FACTORS[n])]));
      const set = Array.from({length: rows}, (_, i) => Object.fromEntries(NAMES.map((n) => [n, columns[n][i]])));
      const score = new Set(set.flatMap(pairsOf).filter((k) => !covered.has(k))).size;
      if (score > bestScore) [best, bestScore] = [set, score];
    }
    for (const row of best) {
      pairsOf(row).forEach((k) => covered.add(k));
      design.push({story, ...row});
    }
  }
  let total = 0;
  for (let i = 0; i < NAMES.length; i++) for (let j = i + 1; j < NAMES.length; j++) total += FACTORS[NAMES[i]].length * FACTORS[NAMES[j]].length;
  return {design, pairs: {covered: covered.size, total}};
}

function fullDesign(stories, fixed = {}) {
  let rows = stories.map((story) => ({story}));
  for (const n of NAMES) {
    const values = fixed[n] !== undefined ? [fixed[n]] : FACTORS[n];
    rows = rows.flatMap((row) => values.map((v) => ({...row, [n]: v})));
  }
  return rows;
}

/** Serves storybook-static/, with the recording script and axe first in every story page. */
export async function serveStorybook(root) {
  const require = createRequire(import.meta.url);
  const axe = await readFile(require.resolve('axe-core/axe.min.js'));
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp'};
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/__check/hook.js') return void res.writeHead(200, {'content-type': 'text/javascript'}).end(HOOK);
    if (path === '/__check/axe.js') return void res.writeHead(200, {'content-type': 'text/javascript'}).end(axe);
    // A page holding the story in a frame of the visit's width (WebKit's window can't be as narrow as a phone).
    if (path === '/__check/frame.html') {
      const q = new URL(req.url, 'http://x').searchParams;
      const [w, h] = [Number(q.get('w')), Number(q.get('h'))];
      const src = q.get('src').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      return void res.writeHead(200, {'content-type': 'text/html'}).end(`<!doctype html><html><head><title>story</title><style>body{margin:0}iframe{display:block;border:0;width:${w}px;height:${h}px}</style></head><body><iframe id="story" title="story" src="${src}"></iframe></body></html>`);
    }
    try {
      let body = await readFile(join(root, path === '/' ? 'index.html' : path));
      if (path === '/iframe.html') body = String(body).replace(/<head[^>]*>/i, (h) => `${h}<script src="/__check/hook.js"></script><script src="/__check/axe.js"></script>`);
      res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

const storyUrl = (origin, {story, locale, dir, theme, pseudo}) =>
  `${origin}/iframe.html?id=${story}&viewMode=story&globals=${encodeURIComponent(`locale:${locale};dir:${dir};theme:${theme}${pseudo ? ';pseudo:on' : ''}`)}`;
const HEIGHT = 900;

/** Each engine: open(url, width) → problems, shot(file), close(). */
const engines = {
  async chromium() {
    const browser = await chromium.launch(launchOptions);
    const page = await browser.newPage({viewport: {width: 1280, height: HEIGHT}, reducedMotion: 'reduce'});
    return {
      async visit(url, width, locale) {
        await page.setViewportSize({width, height: HEIGHT});
        await page.goto(url, {waitUntil: 'load'});
        return page.evaluate(inspect, {locale});
      },
      shot: async (path) => {
        await page.evaluate(still, {});
        await page.screenshot({path, fullPage: true, animations: 'disabled', caret: 'hide'});
      },
      close: () => browser.close(),
    };
  },
  async firefox() {
    // Reduced motion, as in the other two engines (Chromium: emulated; WebKit: still() stops them).
    const browser = await puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: {'ui.prefersReducedMotion': 1}});
    const page = await browser.newPage();
    return {
      async visit(url, width, locale) {
        await page.setViewport({width, height: HEIGHT});
        await page.goto(url, {waitUntil: 'load'});
        return page.evaluate(inspect, {locale});
      },
      shot: async (path) => {
        await page.evaluate(still, {});
        await page.screenshot({path, fullPage: true});
      },
      close: () => browser.close(),
    };
  },
  async webkit() {
    const browser = await openMiniBrowser();
    let frame = 0; // the window's frame around the page, in px
    let inFrame = false; // this visit's story is in a frame of its width (/__check/frame.html)
    return {
      async visit(url, width, locale) {
        if (inFrame) await browser.switchToParentFrame().catch(() => {});
        await browser.url('about:blank');
        const size = async () => {
          await browser.setWindowSize(width + frame, HEIGHT).catch(() => {});
          return browser.execute(() => window.innerWidth);
        };
        let inner = await size();
        if (inner !== width) {
          const before = frame;
          frame += width - inner;
          inner = await size();
          if (inner > width) frame = before; // the window's minimum width, not its frame
        }
        // MiniBrowser's window has a minimum width (its toolbar: 447 px here), wider than a phone's:
        // the story then goes in a frame of the visit's width, in a page as wide as the window.
        inFrame = inner !== width;
        if (inFrame) {
          const origin = new URL(url).origin;
          await browser.url(`${origin}/__check/frame.html?w=${width}&h=${HEIGHT}&src=${encodeURIComponent(url)}`);
          await browser.switchFrame(await browser.$('#story'));
          const seen = await browser.execute(() => window.innerWidth);
          if (seen !== width) return [`the story's frame is ${seen} px wide, not ${width}`];
        } else await browser.url(url);
        // A function's source, so that webdriverio sends it as is.
        return browser.execute(`return (${inspect})(arguments[0])`, {locale});
      },
      // The window (or the story's frame), not the whole page: WebDriver has no whole-page screenshot.
      shot: async (path) => {
        await browser.execute(`return (${still})(arguments[0])`, {scrollbars: false});
        if (!inFrame) return void (await browser.saveScreenshot(path));
        await browser.switchToParentFrame();
        inFrame = false;
        await (await browser.$('#story')).saveScreenshot(path);
      },
      close: async () => {
        await browser.deleteSession().catch(() => {});
        stopHelpers();
      },
    };
  },
};

function parseArgs(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = Object.fromEntries(
    (value('--only') ?? '')
      .split(';')
      .filter(Boolean)
      .map((kv) => kv.split(':'))
      .map(([k, v]) => [k, k === 'width' ? Number(v) : v]),
  );
  return {
    full: argv.includes('--full'),
    shots: argv.includes('--shots'),
    pseudo: argv.includes('--pseudo'),
    visualAll: argv.includes('--visual'),
    visual: !argv.includes('--no-visual'),
    accept: argv.includes('--accept'),
    docs: !argv.includes('--no-docs'),
    static: value('--static'),
    engines: (value('--engines') ?? FACTORS.engine.join(',')).split(','),
    stories: value('--stories')?.split(','),
    only,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(args.static ?? 'storybook-static');
  if (!existsSync(join(root, 'index.json'))) {
    console.error('No storybook-static/: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  let stories = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
  const allStories = stories;
  if (args.stories) stories = stories.filter((id) => args.stories.some((s) => id.includes(s)));
  let design;
  const ciDesign = !args.full && !Object.keys(args.only).length && !args.pseudo;
  if (args.full || Object.keys(args.only).length) design = fullDesign(stories, args.only);
  else {
    // The design is made over every story, then filtered, so that `--stories` repeats CI's rows.
    const made = coveringDesign(allStories);
    design = made.design.filter((row) => stories.includes(row.story));
    console.log(`covering design: ${made.design.length} visits for ${allStories.length} stories; ${made.pairs.covered} of ${made.pairs.total} value pairs covered`);
  }
  design = design.filter((row) => args.engines.includes(row.engine));
  // Pseudo-localisation is English made longer: each row in English, pseudo-localised.
  if (args.pseudo) design = [...new Map(design.map((row) => ({...row, locale: 'en', pseudo: true})).map((row) => [JSON.stringify(row), row])).values()];
  if (args.shots) await mkdir('screenshots/stories', {recursive: true});

  // The visits compared with a baseline: one per story per engine in CI's design (every visit with --visual).
  const excluded = (row) => VISUAL_EXCLUDED.find((x) => x.engine === row.engine && (!x.story || x.story === row.story));
  const compared = new Set();
  if (args.visual && (args.visualAll || ciDesign)) {
    const firsts = new Map();
    for (const row of design) if (!firsts.has(`${row.story} ${row.engine}`)) firsts.set(`${row.story} ${row.engine}`, row);
    for (const row of args.visualAll ? design : firsts.values()) if (!excluded(row)) compared.add(row);
    console.log(`visual baselines: ${compared.size} visits compared (${args.visualAll ? 'every visit' : 'one per story per engine'})${args.accept ? '; differences accepted as the new baselines' : ''}`);
    for (const x of VISUAL_EXCLUDED.filter((x) => args.engines.includes(x.engine))) console.log(`  not compared: ${x.engine}${x.story ? ` ${x.story}` : ', every story'}: ${x.reason}`);
  }
  const visitName = (row) => `${row.story}-${row.pseudo ? 'pseudo' : row.locale}-${row.dir}-${row.theme}-${row.width}`;

  const {server, origin} = await serveStorybook(root);
  const visual = compared.size ? await visualChecker({accept: args.accept}) : undefined;
  if (visual) await mkdir('screenshots/stories', {recursive: true});
  const failures = [];
  const summary = [];
  const notes = [];
  let visualFailures = 0;
  const ran = new Set(); // engines that went through all their rows
  const started = Date.now();
  try {
    // The engines run at the same time, each through its own rows; "Show code" beside them.
    const docs = async () => {
      const t0 = Date.now();
      const result = await checkDocsSource(origin, index);
      for (const f of result.failures) console.log(`✗ show code ${f}`);
      failures.push(...result.failures.map((f) => `show code ${f}`));
      summary.push(`  show code: ${result.blocks} code blocks on ${result.pages} docs pages, ${result.failures.length} problems, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    };
    await Promise.all([
      ...(args.docs && !args.stories && args.engines.includes('chromium') ? [docs().catch((e) => failures.push(`show code check did not run: ${e.message}`))] : []),
      ...FACTORS.engine
        .filter((engine) => args.engines.includes(engine))
        .map(async (engine) => {
          const rows = design.filter((row) => row.engine === engine);
          const why = missing(engine);
          if (why) {
            summary.push(`  ${engine.padEnd(8)} ${process.env.CI ? 'missing' : 'skipped'} (${why})`);
            if (process.env.CI) failures.push(`${engine}: ${why}`);
            return;
          }
          const t0 = Date.now();
          let bad = 0;
          let same = 0;
          let driver;
          try {
            driver = await engines[engine]();
            for (const row of rows) {
              const label = `${engine} ${row.story} ${row.pseudo ? 'pseudo' : row.locale} ${row.dir} ${row.theme} ${row.width}px`;
              let problems;
              try {
                problems = await driver.visit(storyUrl(origin, row), row.width, row.locale);
              } catch (error) {
                problems = [`did not run: ${String(error.message).split('\n')[0]}`];
              }
              const name = visitName(row);
              const compare = visual && compared.has(row);
              if (args.shots || compare) {
                const file = `screenshots/stories/${name}-${engine}.png`;
                await rm(file, {force: true});
                await driver.shot(file).catch((error) => problems.push(`no screenshot: ${String(error.message).split('\n')[0]}`));
                if (compare && existsSync(file)) {
                  const {problem, note} = await visual.check(engine, name, await readFile(file));
                  if (problem) (problems.push(problem), visualFailures++);
                  else if (note) notes.push(note);
                  else same++;
                }
              }
              if (problems.length) {
                bad++;
                console.log(`✗ ${label}\n${problems.map((p) => `    ${p}`).join('\n')}`);
                failures.push(...problems.map((p) => `${label}: ${p}`));
              }
            }
            ran.add(engine);
          } catch (error) {
            failures.push(`${engine}: ${error.message}`);
            console.log(`✗ ${engine} did not run: ${error.message}`);
          } finally {
            await driver?.close().catch(() => {});
          }
          const shots = [...compared].filter((row) => row.engine === engine).length;
          summary.push(`  ${engine.padEnd(8)} ${rows.length} visits, ${bad} with problems${shots ? `; ${same} of ${shots} screenshots match their baselines` : ''}, ${((Date.now() - t0) / 1000).toFixed(0)} s (${engineVersion(engine)})`);
        }),
    ]);
    // After accepting over CI's whole design: baselines of visits it no longer makes are removed.
    if (args.accept && ciDesign && !args.visualAll && !args.stories) {
      for (const engine of ran) {
        const keep = new Set([...compared].filter((row) => row.engine === engine).map((row) => `${visitName(row)}.png`));
        const files = existsSync(`visual-baselines/${engine}`) ? await readdir(`visual-baselines/${engine}`) : [];
        for (const file of files.filter((f) => f.endsWith('.png') && !keep.has(f))) {
          await rm(`visual-baselines/${engine}/${file}`);
          notes.push(`visual baseline removed (no such visit now): visual-baselines/${engine}/${file}`);
        }
      }
    }
  } finally {
    stopHelpers();
    await visual?.close();
    server.close();
  }
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  console.log(`\ncheck:stories (${((Date.now() - started) / 1000).toFixed(0)} s)\n${summary.join('\n')}`);
  if (failures.length) {
    console.error(`\n${failures.length} problem(s) in the stories.`);
    if (visualFailures) console.error(`${visualFailures} screenshot(s) differ from (or lack) their baselines (diffs in screenshots/visual-diff/). If the change is intended: \`${ACCEPT}\`, look at the new baselines, commit visual-baselines/.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
