// Screenshot of one element of the built demo page: node scripts/shoot-demo-element.mjs <selector> [width] [query]
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';

const [selector = 'body', width = '1280', query = ''] = process.argv.slice(2);
const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
  await page.goto(new URL(`/${query}`, url).href, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  mkdirSync('screenshots', {recursive: true});
  const file = `screenshots/el-${selector.replace(/[^a-z0-9]+/gi, '_')}-${width}${query.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.locator(selector).first().screenshot({path: file});
  console.log(file);
} finally {
  await browser.close();
  server.close();
}
