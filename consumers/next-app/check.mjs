// After `next build`: `next start`, then the page in Chromium. The server-rendered rail gets its
// `stories` and the donate handler runs instead of the donation page opening; no errors
// (hydration mismatches included).
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {open} from '../browser.mjs';

const port = 3000 + Math.floor(Math.random() * 2000);
const server = spawn('npx', ['next', 'start', '-p', String(port)], {cwd: new URL('.', import.meta.url).pathname, stdio: 'inherit', detached: true});
const url = `http://127.0.0.1:${port}/`;
let browser;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (i > 120) throw new Error('next start did not answer');
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await open(url);
  const {page, errors} = browser;
  const rail = page.locator('ijm-related-stories');
  await rail.getByText('Next story two').waitFor({timeout: 30000});
  await page.locator('ijm-donate-cta').getByRole('button', {name: /^Donate/}).click();
  await page.locator('output').getByText('25 EUR').waitFor({timeout: 10000});
  assert.equal(page.url(), url, 'the donation page did not open');
  assert.deepEqual(errors, []);
  console.log('✓ Next.js: server-rendered wrappers get stories and run onIjmDonate');
} finally {
  await browser?.close();
  process.kill(-server.pid);
}
