// "Show code" in the built Storybook gives what a partner pastes (issue 24): every docs page of
// storybook-static/ is opened in Chromium, each of its "Show code" buttons pressed, and each code
// block shown must be the README's two lines (placeholders.css, then loader.js), once, followed by
// the story's tags — with none of Storybook's scaffolding: its theme div or classes (`sb-`), the
// decorator's provider wrapper, Lit's comment markers, this machine's address (127.0.0.1,
// localhost), inline `style` attributes, or a <style> other than custom properties set on a
// widget. Run by scripts/check-stories.mjs (with Chromium among its engines); alone:
// `node scripts/check-docs-source.mjs` after `npm run build-storybook`.
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';

export const PARTNER_HEAD = [
  '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@ijm/widgets@0/dist/cdn/placeholders.css">',
  '<script type="module" src="https://cdn.jsdelivr.net/npm/@ijm/widgets@0/dist/cdn/loader.js"></script>',
].join('\n');

/** What is wrong with one shown code block (a list, empty when it is a partner's snippet). */
export function sourceProblems(code, origin) {
  const problems = [];
  if (!code.startsWith(`${PARTNER_HEAD}\n\n`)) problems.push('does not start with the README’s two lines (placeholders.css, loader.js) and a blank line');
  const count = (text) => code.split(text).length - 1;
  if (count('placeholders.css') !== 1 || count('loader.js') !== 1) problems.push(`the stylesheet ${count('placeholders.css')} and the loader ${count('loader.js')} times (once each)`);
  if (!/<ijm-[a-z-]+[\s>]/.test(code)) problems.push('no <ijm-…> tag');
  const scaffolding = [
    [/\bsb-[\w-]+/, 'Storybook’s classes'],
    [/storybook/i, 'Storybook'],
    [/127\.0\.0\.1|localhost|\[::1\]/, 'this machine’s address'],
    [/<!--/, 'a comment (Lit’s markers)'],
    [/\sstyle=/, 'an inline style attribute (blocked by a strict CSP)'],
    [/<ijm-widgets locale="(en|ro|uk|bg)">\s*<ijm-(?!widgets)/, 'the decorator’s provider'],
    [/\s[a-z][\w-]*=""/, 'an empty attribute value (a boolean attribute is written bare)'],
  ];
  if (origin) scaffolding.push([new RegExp(origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'this Storybook’s address']);
  for (const [pattern, what] of scaffolding) {
    const match = code.match(pattern);
    if (match) problems.push(`${what}: “${match[0]}”`);
  }
  for (const [, body] of code.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    // The custom properties set in the controls, as the partner's own CSS on the widget: allowed.
    if (!/^\s*ijm-[a-z-]+\s*\{(\s*--ijm-[\w-]+:[^;{}]+;)+\s*\}\s*$/.test(body)) problems.push(`a <style> that is not custom properties on a widget: “${body.trim().slice(0, 60)}”`);
  }
  return problems;
}

/** Opens each docs page at `origin` (serving storybook-static/); returns {pages, blocks, failures}. */
export async function checkDocsSource(origin, index) {
  const entries = Object.values(index.entries);
  const docs = entries.filter((e) => e.type === 'docs');
  const browser = await chromium.launch(launchOptions);
  const failures = [];
  let blocks = 0;
  let pages = 0;
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}, reducedMotion: 'reduce'});
    for (const doc of docs) {
      const stories = entries.filter((e) => e.type === 'story' && e.title === doc.title);
      if (!stories.length) continue; // a page of prose (Introduction.mdx)
      pages++;
      await page.goto(`${origin}/iframe.html?id=${doc.id}&viewMode=docs`, {waitUntil: 'load'});
      // Each canvas's "Show code" switch (Storybook 10's docs blocks), pressed until none is off.
      const toggles = page.locator('.docblock-code-toggle');
      await toggles.first().waitFor({timeout: 30000}).catch(() => {});
      const off = page.locator('.docblock-code-toggle[aria-checked="false"]');
      for (let n = await off.count(); n > 0; n--) await off.first().click();
      await page.waitForTimeout(300);
      const shown = (await page.locator('.sbdocs-preview pre.prismjs').allTextContents()).filter((t) => t.trim());
      if (shown.length < stories.length) failures.push(`${doc.id}: ${shown.length} code blocks shown for ${stories.length} stories`);
      shown.forEach((code, i) => {
        blocks++;
        for (const problem of sourceProblems(code, origin)) failures.push(`${doc.id} code block ${i + 1}: ${problem}\n      ${code.split('\n').slice(2, 4).join('\n      ').slice(0, 160)}`);
      });
    }
  } finally {
    await browser.close();
  }
  return {pages, blocks, failures};
}
