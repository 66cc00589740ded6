// Screenshots of the demo partner page (built CDN files) while the widgets' code is held back,
// with only the placeholders showing, and once it has arrived, at 375 and 1280 px:
//   node scripts/shoot-placeholders.mjs   (after npm run build) → screenshots/placeholders-<width>-{loading,loaded}.png
// (the whole page) and screenshots/placeholder-<widget>-<width>-{loading,loaded}.png (each widget's box).
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {launchOptions} from './browser.mjs';
import {startServer} from '../demo/server.mjs';
import {widgetModules} from './widget-modules.mjs';

/** Each widget's own box (the first of each tag and variant), `screenshots/placeholder-<tag>-<state>.png`. */
async function shootWidgets(page, state) {
  const seen = new Set();
  for (const widget of await page.locator('ijm-article-card, ijm-related-stories, ijm-donate-cta, ijm-email-signup').all()) {
    const name = await widget.evaluate((el) => el.localName + (el.getAttribute('variant') ? `-${el.getAttribute('variant')}` : ''));
    if (seen.has(name)) continue;
    seen.add(name);
    await widget.screenshot({path: `screenshots/placeholder-${name}-${state}.png`});
  }
}

const {server, url} = await startServer(0, {quiet: true});
const browser = await chromium.launch(launchOptions);
mkdirSync('screenshots', {recursive: true});
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({viewport: {width, height: 1100}});
    let release;
    const released = new Promise((resolve) => (release = resolve));
    // Every CDN file but the loader waits until the loading state is on film.
    await page.route((u) => /\/dist\/cdn\/.+\.js$/.test(u.pathname) && !u.pathname.endsWith('/loader.js'), async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/placeholders.css')));
    await page.screenshot({path: `screenshots/placeholders-${width}-loading.png`, fullPage: true});
    await shootWidgets(page, `${width}-loading`);
    release();
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), Object.keys(widgetModules));
    await page.waitForTimeout(1500);
    await page.screenshot({path: `screenshots/placeholders-${width}-loaded.png`, fullPage: true});
    await shootWidgets(page, `${width}-loaded`);
    console.log(`screenshots/placeholders-${width}-{loading,loaded}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
