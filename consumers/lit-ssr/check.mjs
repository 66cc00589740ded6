// After `vite build --mode development lit-ssr`: the server (server.mjs) renders every element
// from the installed package; Chromium loads the page under the README's CSP with the style
// hashes and hydrates it (../hydration.mjs, shared with `npm run test:ssr`). Checks: no console
// error, Lit warning or CSP violation; no layout shift; the same content before and after
// hydration, and that content is the page's; the widgets styled from the server HTML on; a
// property and an event work after hydration; a language the server did not import is named in
// a warning. Then the same page under the README's CSP without the hashes, to show what the
// README says happens.
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {launch} from '../browser.mjs';
import {changes, hydratePage} from '../hydration.mjs';
import {start} from './server.mjs';

// What the reader sees that the text snapshot does not: links, and whether each widget's own
// styles apply (an unstyled custom element is `display: inline`; the widgets set block).
const details = (tab) =>
  tab.evaluate(() => {
    const card = document.querySelector('[data-fixture="card"] ijm-article-card');
    const roots = (node) => [...node.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => [e.shadowRoot, ...roots(e.shadowRoot)]);
    return {
      cardLink: card.shadowRoot.querySelector('a[href]')?.getAttribute('href'),
      unstyled: [...document.querySelectorAll('[data-fixture] *')]
        .filter((e) => e.localName.startsWith('ijm-') && e.localName !== 'ijm-widgets' && getComputedStyle(e).display === 'inline')
        .map((e) => e.localName),
      styles: roots(document).reduce((n, root) => n + root.querySelectorAll('style').length, 0),
    };
  });

const browser = await launch();
const server = await start();
try {
  let early;
  const {tab, before, after, shift, problems} = await hydratePage(browser, server.url, {beforeHydration: async (t) => (early = await details(t))});
  assert.deepEqual(problems, [], 'no console error or warning, page error, CSP violation or failed update');
  assert.equal(shift, 0, 'layout shift');
  assert.deepEqual(changes(before, after), [], 'the same content before and after hydration');
  const late = await details(tab);

  // The server HTML is the page's content (and stayed, checked above).
  assert.equal(early.cardLink, 'https://www.ijm.org/stories/nway');
  for (const text of ['This is Nway’s story', 'Protected story', 'Feb 20, 2024']) assert.ok(before.card.text.includes(text), `card: ${text}`);
  for (const text of ['This is Nway’s story', 'A court convicts three traffickers', 'see more']) assert.ok(before.rail.text.includes(text), `rail: ${text}`);
  assert.ok(before.donate.text.includes('Donate €100 monthly'), before.donate.text);
  assert.deepEqual(before.donate.checked, ['monthly', '100']);
  for (const text of ['Email address', 'First name', 'I agree to receive emails from IJM.', 'Sign up']) assert.ok(before.signup.text.includes(text), `sign-up: ${text}`);
  for (const text of ['Історія Нвей', 'Історії', 'Щомісяця']) assert.ok(before.uk.text.includes(text), `uk: ${text} in ${before.uk.text}`);
  assert.deepEqual(before.uk.checked, ['monthly', '250']);
  assert.deepEqual([early.unstyled, late.unstyled], [[], []], 'every widget styled before and after hydration');
  const hashes = (await tab.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')))).match(/'sha256-/g).length;
  console.log(`✓ Lit SSR: ${Object.keys(before).length} sections, ${early.styles} <style> elements allowed by ${hashes} hashes, layout shift ${shift}, same content after hydration`);

  // Hydrated, not just painted: a property and an event.
  await tab.evaluate(() => {
    document.querySelector('ijm-related-stories').stories = [{url: 'https://www.ijm.org/stories/new', title: 'A story set after hydration'}];
  });
  await tab.locator('[data-fixture="rail"]').getByText('A story set after hydration').waitFor({timeout: 10000});
  await tab.locator('[data-fixture="donate"] ijm-donate-cta').getByRole('button', {name: 'Donate €100 monthly'}).click();
  await tab.locator('#checkout').getByText('100 EUR monthly').waitFor({timeout: 10000});
  assert.equal(tab.url(), server.url, 'the app’s handler cancelled the donation page');
  assert.deepEqual(problems, []);
  console.log('✓ Lit SSR: `stories` set after hydration renders; ijm-donate reaches the app’s handler');
} finally {
  server.close();
}

// A language the server did not import (it imports uk only): English, and the server's console
// names the import.
const warnings = [];
const warn = console.warn;
console.warn = (...args) => warnings.push(args.join(' '));
const bg = await collectResult(render(html`<ijm-article-card lang="bg" heading="Story"></ijm-article-card>`)).finally(() => (console.warn = warn));
assert.ok(bg.includes('Stories'), 'English without the bg import');
assert.deepEqual(warnings, [`[ijm-widgets] <ijm-article-card> was rendered on the server in English, not "bg": import '@ijm/widgets/locales/bg.js' on the server too.`]);
console.log('✓ Lit SSR: a language the server did not import renders English and the server warns which import is missing');

// The README's CSP without the hashes: what the README says happens.
const plain = await start({hashStyles: false});
try {
  let early;
  const {tab, violations, shift} = await hydratePage(browser, plain.url, {beforeHydration: async (t) => (early = await details(t))});
  const late = await details(tab);
  console.log(
    `  without the hashes: ${violations.length} CSP reports (${early.styles} <style> elements), ` +
      `unstyled before hydration: ${early.unstyled.length}, after: ${late.unstyled.length}, layout shift ${shift.toFixed(3)}`,
  );
  // One report per <style> (each element on the page); unstyled until hydration, when each widget
  // adopts its own styles in place of the blocked ones (src/internal/server-styles.ts), so the
  // reader sees it styled after one shift.
  assert.equal(violations.length, early.styles, `one report per <style>: ${violations}`);
  assert.ok(violations.every((v) => v === 'style-src-elem inline'), `only <style> elements blocked: ${violations}`);
  assert.ok(early.unstyled.length > 0, 'unstyled before hydration');
  assert.deepEqual(late.unstyled, [], 'every widget styled after hydration');
} finally {
  plain.close();
  await browser.close();
}
