// After `vite build`: the built React app in Chromium. In both sections (tags, wrappers) the rail
// shows the stories given as a property, and donating runs the app's handler instead of leaving.
import assert from 'node:assert/strict';
import {serve, open} from '../browser.mjs';

const server = await serve(new URL('./dist/', import.meta.url).pathname);
const {page, errors, close} = await open(server.url);
try {
  for (const [section, amount] of [['#jsx', '25'], ['#wrappers', '50']]) {
    const rail = page.locator(`${section} ijm-related-stories`);
    await rail.getByText('Consumer story two').waitFor({timeout: 20000});
    assert.equal(await rail.getAttribute('stories'), null, `${section}: stories is a property, not an attribute`);
    await page.locator(`${section} ijm-donate-cta`).getByRole('button', {name: /^Donate/}).click();
    await page.locator(`${section} output`).getByText(`${amount} EUR`).waitFor({timeout: 10000});
    assert.equal(page.url(), server.url, `${section}: the donation page did not open`);
    console.log(`✓ React 19 ${section.slice(1)}: stories property and ijm-donate handler work`);
  }
  assert.deepEqual(errors, []);
} finally {
  await close();
  server.close();
}
