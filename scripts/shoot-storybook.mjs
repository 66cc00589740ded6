// Screenshots of built Storybook stories (run `npm run build-storybook` first):
//   node scripts/shoot-storybook.mjs <story-id> [width] [globals]   e.g. widgets-donate-call-to-action--panel 375 "locale:uk;theme:dark"
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, resolve} from 'node:path';
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';

const [id, width = '1024', globals = ''] = process.argv.slice(2);
const root = resolve('storybook-static');
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0);
const port = server.address().port;
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({viewport: {width: Number(width), height: 800}});
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=${encodeURIComponent(globals)}`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(800);
  mkdirSync('screenshots', {recursive: true});
  const file = `screenshots/sb-${id}-${width}${globals ? '-' + globals.replace(/[^a-z0-9]+/gi, '_') : ''}.png`;
  // The whole page, not a crop of the story's root: overflow to the side and the theme's frame show.
  await page.screenshot({path: file, fullPage: true});
  console.log(file);
} finally {
  await browser.close();
  server.close();
}
