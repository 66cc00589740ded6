// Screenshots of a page served by Vite's dev server (TypeScript straight from src/).
//   node scripts/shoot.mjs <page.html> [--widths 1280,375] [--lang uk] [--dir rtl] [--out screenshots] [--wait 500]
// The page is a path in this repository, e.g. demo/playground/donate-cta.html; its widgets are
// imported from /src/.... PNGs land in screenshots/ (git-ignored) as <page>-<width>[-lang][-dir].png.
import {createServer} from 'vite';
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {basename} from 'node:path';
import {launchOptions} from './browser.mjs';

const args = process.argv.slice(2);
const page = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'));
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (!page) {
  console.error('usage: node scripts/shoot.mjs <page.html> [--widths 1280,375] [--lang uk] [--dir rtl]');
  process.exit(2);
}
const widths = opt('widths', '1280,375').split(',').map(Number);
const lang = opt('lang');
const dir = opt('dir');
const out = opt('out', 'screenshots');
const wait = Number(opt('wait', '500'));
mkdirSync(out, {recursive: true});

const server = await createServer({server: {port: 0, host: '127.0.0.1'}, logLevel: 'error', clearScreen: false});
await server.listen();
const {port} = server.httpServer.address();
const browser = await chromium.launch(launchOptions);
try {
  for (const width of widths) {
    const tab = await browser.newPage({viewport: {width, height: 900}, deviceScaleFactor: 1});
    tab.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    tab.on('pageerror', (e) => console.error('page error:', e.message));
    await tab.goto(`http://127.0.0.1:${port}/${page.replace(/^\//, '')}`, {waitUntil: 'networkidle'});
    if (lang || dir) {
      await tab.evaluate(({lang, dir}) => {
        if (lang) document.documentElement.lang = lang;
        if (dir) document.documentElement.dir = dir;
      }, {lang, dir});
    }
    await tab.waitForTimeout(wait);
    const file = `${out}/${basename(page, '.html')}-${width}${lang ? '-' + lang : ''}${dir ? '-' + dir : ''}.png`;
    await tab.screenshot({path: file, fullPage: true});
    console.log(file);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
