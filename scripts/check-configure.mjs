// `npm run check:configure` (after the build): the embed builder (/configure/, built to
// dist/configure/) in headless Chromium, served by the demo server under the strict CSP.
// - For each widget and the provider: set options in the form, press "Copy code", paste what the
//   clipboard holds into a blank partner page (https://partner.example, the strict CSP plus the CDN
//   in script-src) whose CDN requests are answered from dist/cdn/, and check the widget there has
//   exactly those attributes and renders and behaves by them (donation URL, sign-up request, feed).
// - Bad values show a message next to their field (aria-invalid, aria-describedby) and stay out of
//   the code; "Paste a snippet to edit it" restores the form; tabs work from the keyboard; events in
//   the preview go to the log instead of navigating; the page fits 375 px; axe finds nothing.
// - No CSP violation, page error or console error anywhere. `--shots` writes screenshots.
import {chromium} from 'playwright-core';
import {readFileSync, mkdirSync, existsSync} from 'node:fs';
import {extname, resolve} from 'node:path';
import {launchOptions} from './browser.mjs';
import {startServer, CSP} from '../demo/server.mjs';

const shots = process.argv.includes('--shots');
const version = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];
if (!existsSync('dist/configure/index.html')) {
  console.error('dist/configure/ is missing: run `npm run build` first.');
  process.exit(1);
}
const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const {server, url} = await startServer(0, {quiet: true});
const builderUrl = `${url}configure/`;
const browser = await chromium.launch(launchOptions);
const failures = [];
let passed = 0;

async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`✗ ${name}\n    ${String(error.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${what}: expected ${e}, got ${a}`);
}

/** Fails the test on CSP violations, page errors and console errors. */
function watch(page, label) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${label}: console error: ${m.text()}`));
  page.on('console', (m) => m.text().startsWith('CSP ') && problems.push(`${label}: ${m.text()}`));
  return problems;
}

const reportViolations = () =>
  document.addEventListener('securitypolicyviolation', (e) => console.warn(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));

async function openBuilder({width = 1280} = {}) {
  const context = await browser.newContext({viewport: {width, height: 900}});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(url).origin});
  await partnerRoutes(context); // the preview fetches the partner's feed and images too
  const page = await context.newPage();
  await page.addInitScript(reportViolations);
  const problems = watch(page, 'builder');
  await page.goto(builderUrl, {waitUntil: 'networkidle'});
  await page.locator('#settings-heading').waitFor();
  return {context, page, problems};
}

async function pick(page, label) {
  await page.getByRole('radio', {name: label, exact: true}).check();
}

/** Types into a field of the form (`tag`, attribute) or selects/ticks it. */
async function set(page, tag, name, value) {
  const field = page.locator(`[id="f-${tag}-${name}"]`);
  const more = page.locator('details.more', {has: field});
  if ((await more.count()) && !(await more.evaluate((d) => d.open))) await more.locator('summary').click();
  const kind = await field.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : el.type));
  if (kind === 'select') await field.selectOption(value);
  else if (kind === 'checkbox') await field.setChecked(value === true);
  else await field.fill(value);
}

/** The code of the visible tab, copied with its button, as the clipboard has it. */
async function copyCode(page, tab = 'Plain HTML') {
  await page.getByRole('tab', {name: tab}).click();
  await page.getByRole('tabpanel').getByRole('button', {name: 'Copy code'}).click();
  await page.getByText('Copied. Now paste it into your page.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

const types = {'.js': 'text/javascript', '.map': 'application/json', '.svg': 'image/svg+xml', '.json': 'application/json', '.css': 'text/css'};
const partnerCsp = CSP.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net");

/**
 * A blank partner page at https://partner.example holding `body` (the pasted snippet), under the
 * strict CSP with the CDN allowed for scripts. The CDN's files come from dist/cdn/; the page's own
 * feed, images, sign-up endpoint and the donation page are answered here and recorded.
 */
async function partnerRoutes(context, {body = '', csp = partnerCsp, stylesheet = ''} = {}) {
  const requests = [];
  await context.route(/^https:\/\//, async (route) => {
    const request = route.request();
    const target = new URL(request.url());
    requests.push({url: request.url(), method: request.method(), body: request.postData(), type: request.headers()['content-type']});
    const cdn = `/npm/@ijm/widgets@${version}/dist/cdn/`;
    if (target.origin === 'https://cdn.jsdelivr.net' && target.pathname.startsWith(cdn)) {
      const file = resolve('dist/cdn', target.pathname.slice(cdn.length));
      if (!file.startsWith(resolve('dist/cdn')) || !existsSync(file)) return route.fulfill({status: 404});
      return route.fulfill({body: readFileSync(file), headers: {'content-type': types[extname(file)] ?? 'text/plain', 'access-control-allow-origin': '*'}});
    }
    if (target.origin !== 'https://partner.example' && target.origin !== 'https://www.ijm.org') return route.fulfill({status: 404});
    if (target.pathname === '/page.html') {
      const head = `<meta charset="utf-8"><title>Partner page</title>${stylesheet ? '<link rel="stylesheet" href="/site.css">' : ''}`;
      return route.fulfill({body: `<!doctype html><html lang="en"><head>${head}</head><body>\n${body}\n</body></html>`, headers: {'content-type': 'text/html', ...(csp ? {'content-security-policy': csp} : {})}});
    }
    if (target.pathname === '/site.css') return route.fulfill({body: stylesheet, headers: {'content-type': 'text/css'}});
    if (target.pathname === '/feed.json') {
      const items = [1, 2, 3].map((n) => ({id: `s${n}`, url: `https://partner.example/stories/${n}`, title: `Partner story ${n}`, image: 'https://partner.example/story.svg'}));
      return route.fulfill({body: JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Stories', items}), headers: {'content-type': 'application/feed+json'}});
    }
    if (target.pathname === '/story.svg') return route.fulfill({body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#4a7"/></svg>', headers: {'content-type': 'image/svg+xml'}});
    if (target.pathname === '/api/signup') return route.fulfill({status: 201, body: '{"ok":true}', headers: {'content-type': 'application/json'}});
    if (target.origin === 'https://www.ijm.org') return route.fulfill({body: '<!doctype html><title>Donate</title><h1>Donation page</h1>', headers: {'content-type': 'text/html'}});
    return route.fulfill({status: 404});
  });
  return requests;
}

async function partnerPage(body, {csp = partnerCsp, stylesheet = ''} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const requests = await partnerRoutes(context, {body, csp, stylesheet});
  const page = await context.newPage();
  await page.addInitScript(reportViolations);
  const problems = watch(page, 'partner page');
  await page.goto('https://partner.example/page.html', {waitUntil: 'networkidle'});
  await page.waitForTimeout(300);
  return {context, page, problems, requests};
}

const manifest = JSON.parse(readFileSync('dist/configure/custom-elements.json', 'utf8'));
/** The manifest's default of `tag`'s `name`, as an attribute value. */
function manifestDefault(tag, name) {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const text = declaration?.attributes?.find((a) => a.name === name)?.default;
  return text === undefined ? undefined : text.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The widget has exactly the `expected` options: those attributes with those values, and no other
 * attribute except a default the element reflects onto itself once upgraded, and the ARIA an icon sets.
 */
async function expectOptions(page, tag, expected) {
  const actual = await page.locator(tag).first().evaluate((el) => Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])));
  for (const [name, value] of Object.entries(expected)) equal(actual[name], value, `<${tag}> ${name}`);
  for (const [name, value] of Object.entries(actual)) {
    if (name in expected || ['role', 'aria-label'].includes(name)) continue;
    const fallback = manifestDefault(tag, name);
    assert(fallback !== undefined && (value === fallback || (fallback === 'false' && value === null)), `<${tag}> has ${name}="${value}", which was not set (default ${fallback})`);
  }
}

async function axe(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const {violations} = await window.axe.run(document, {resultTypes: ['violations']});
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  assert(result.length === 0, `axe, ${label}: ${result.join('; ')}`);
}

const {page, problems, context} = await openBuilder();
const allProblems = [problems];

try {
  await test('donate box: options → copy → pasted under the strict CSP → those options, that donation URL', async () => {
    await pick(page, 'Donate box');
    await set(page, 'ijm-donate-cta', 'lang', 'ro');
    await set(page, 'ijm-donate-cta', 'currency', 'RON');
    await set(page, 'ijm-donate-cta', 'frequency', 'once');
    await set(page, 'ijm-donate-cta', 'amounts', '25, 50, 100');
    await set(page, 'ijm-donate-cta', 'campaign', 'spring');
    await set(page, 'ijm-donate-cta', 'partner', 'hope-ro');
    await set(page, 'ijm-donate-cta', 'heading', 'Ajută acum');
    await set(page, 'ijm-donate-cta', 'min', '1'); // the default: stays out
    const code = await copyCode(page);
    assert(code.includes(`src="https://cdn.jsdelivr.net/npm/@ijm/widgets@${version}/dist/cdn/loader.js"`), 'pinned loader');
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    const tag = partner.page.locator('ijm-donate-cta');
    await expectOptions(partner.page, 'ijm-donate-cta', {lang: 'ro', amounts: '25, 50, 100', currency: 'RON', frequency: 'once', campaign: 'spring', partner: 'hope-ro', heading: 'Ajută acum'});
    equal(await tag.locator('h2').textContent(), 'Ajută acum', 'heading');
    const amounts = await tag.locator('fieldset[part=amounts] label').allTextContents();
    equal(amounts.slice(0, 3).map((t) => t.replace(/\s+/g, ' ').trim()), ['25 RON', '50 RON', '100 RON'], 'preset amounts');
    assert(await tag.locator('input[name=frequency][value=once]').isChecked(), 'once is chosen');
    await tag.getByRole('button', {name: /Donează/}).click();
    await partner.page.waitForURL(/www\.ijm\.org/);
    const donation = new URL(partner.page.url());
    for (const [key, value] of Object.entries({amount: '50', frequency: 'once', currency: 'RON', campaign: 'spring', partner: 'hope-ro'})) {
      equal(donation.searchParams.get(key), value, `donation URL ${key}`);
    }
    await partner.context.close();
  });

  await test('email sign-up: options → copy → pasted → those fields, that request', async () => {
    await pick(page, 'Email sign-up');
    await set(page, 'ijm-email-signup', 'action', 'https://partner.example/api/signup');
    await set(page, 'ijm-email-signup', 'name-field', true);
    await set(page, 'ijm-email-signup', 'list', 'news');
    await set(page, 'ijm-email-signup', 'consent', 'I agree to receive emails.');
    await set(page, 'ijm-email-signup', 'encoding', 'form');
    await set(page, 'ijm-email-signup', 'layout', 'stacked'); // the default: stays out
    const code = await copyCode(page);
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-email-signup', {action: 'https://partner.example/api/signup', encoding: 'form', 'name-field': '', consent: 'I agree to receive emails.', list: 'news'});
    const form = partner.page.locator('ijm-email-signup');
    await form.getByRole('textbox', {name: /first name/i}).fill('Ana');
    await form.getByRole('textbox', {name: /email/i}).fill('ana@example.org');
    await form.getByLabel('I agree to receive emails.').check();
    await partner.page.waitForTimeout(4000); // a human's pace: the widget ignores instant submissions
    await form.getByRole('button', {name: 'Sign up'}).click();
    await form.getByRole('status').filter({hasText: /thank|signed|check/i}).first().waitFor({timeout: 10000});
    const post = partner.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/signup'));
    assert(post, 'a sign-up request was sent');
    assert(post.type.startsWith('application/x-www-form-urlencoded'), `form encoding, got ${post.type}`);
    const sent = new URLSearchParams(post.body);
    equal([sent.get('email'), sent.get('firstName'), sent.get('list'), sent.get('consent')], ['ana@example.org', 'Ana', 'news', 'true'], 'sent fields');
    await partner.context.close();
  });

  await test('related stories: options → copy → pasted → that feed, that many, that heading', async () => {
    await pick(page, 'Related stories');
    await set(page, 'ijm-related-stories', 'src', 'https://partner.example/feed.json');
    await set(page, 'ijm-related-stories', 'limit', '2');
    await set(page, 'ijm-related-stories', 'heading', 'More from us');
    await set(page, 'ijm-related-stories', 'more-href', 'https://partner.example/stories/');
    const code = await copyCode(page);
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-related-stories', {src: 'https://partner.example/feed.json', limit: '2', heading: 'More from us', 'more-href': 'https://partner.example/stories/'});
    const rail = partner.page.locator('ijm-related-stories');
    await rail.locator('ijm-article-card').first().waitFor();
    equal(await rail.getByRole('heading', {level: 2}).textContent(), 'More from us', 'heading');
    equal((await rail.locator('ijm-article-card').evaluateAll((cards) => cards.map((c) => c.heading))), ['Partner story 1', 'Partner story 2'], 'stories shown');
    equal(await rail.locator('a[part~=more-link]').getAttribute('href'), 'https://partner.example/stories/', 'see more link');
    await partner.context.close();
  });

  await test('article card: options → copy → pasted → that story, that layout', async () => {
    await pick(page, 'Article card');
    await set(page, 'ijm-article-card', 'href', 'https://partner.example/stories/nway');
    await set(page, 'ijm-article-card', 'heading', 'this is Nway’s story');
    await set(page, 'ijm-article-card', 'summary', 'From isolation to community.');
    await set(page, 'ijm-article-card', 'image', 'https://partner.example/story.svg');
    await set(page, 'ijm-article-card', 'date', '2024-03-08');
    await set(page, 'ijm-article-card', 'variant', 'horizontal');
    await set(page, 'ijm-article-card', 'protected', true);
    const code = await copyCode(page);
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-article-card', {href: 'https://partner.example/stories/nway', heading: 'this is Nway’s story', summary: 'From isolation to community.', image: 'https://partner.example/story.svg', date: '2024-03-08', variant: 'horizontal', protected: ''});
    const card = partner.page.locator('ijm-article-card');
    equal(await card.getByRole('link').getAttribute('href'), 'https://partner.example/stories/nway', 'link');
    assert((await card.locator('[part~=date]').textContent()).includes('2024'), 'date shown');
    assert(await card.locator('[part~=protected-badge]').isVisible(), 'protected mark');
    const box = await card.locator('[part~=media]').boundingBox();
    const text = await card.locator('[part~=body]').boundingBox();
    assert(box && text && box.x + box.width <= text.x + 1, 'horizontal: image beside the text');
    await partner.context.close();
  });

  await test('icon: options → copy → pasted → that icon, that name', async () => {
    await pick(page, 'Icon');
    await set(page, 'ijm-icon', 'name', 'facebook');
    await set(page, 'ijm-icon', 'label', 'Facebook');
    const code = await copyCode(page);
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-icon', {name: 'facebook', label: 'Facebook'});
    assert(await partner.page.getByRole('img', {name: 'Facebook'}).locator('svg, path').first().count(), 'drawn, named Facebook');
    await partner.context.close();
  });

  let providerCode = '';
  await test('provider: shared settings → copy → pasted → every widget inside uses them', async () => {
    // A fresh builder: the donate box above set its own language and currency, which would win.
    const {page, problems, context} = await openBuilder();
    allProblems.push(problems);
    await pick(page, 'Several widgets sharing settings');
    await page.getByRole('checkbox', {name: 'Related stories'}).check();
    await page.getByRole('checkbox', {name: 'Email sign-up'}).uncheck();
    await set(page, 'ijm-widgets', 'locale', 'uk');
    await set(page, 'ijm-widgets', 'currency', 'UAH');
    await set(page, 'ijm-widgets', 'partner', 'kyiv-help');
    await set(page, 'ijm-related-stories', 'src', 'https://partner.example/feed.json');
    await set(page, 'ijm-donate-cta', 'variant', 'compact');
    providerCode = await copyCode(page);
    const partner = await partnerPage(providerCode);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-widgets', {locale: 'uk', partner: 'kyiv-help', currency: 'UAH'});
    equal(await partner.page.locator('ijm-widgets > *').evaluateAll((els) => els.map((e) => e.localName).filter((t) => t.startsWith('ijm-'))), ['ijm-donate-cta', 'ijm-related-stories'], 'widgets inside');
    const button = partner.page.locator('ijm-donate-cta').getByRole('button');
    assert(/Пожертвувати/.test(await button.textContent()) && /грн/.test(await button.textContent()), `Ukrainian, hryvnias: ${await button.textContent()}`);
    await partner.page.locator('ijm-related-stories ijm-article-card').first().waitFor();
    await button.click();
    await partner.page.waitForURL(/www\.ijm\.org/);
    equal(new URL(partner.page.url()).searchParams.get('partner'), 'kyiv-help', 'partner from the provider');
    await partner.context.close();
    await context.close();
  });

  await test('theme: the <style> block works where inline styles are allowed; the same CSS works from a stylesheet under the strict CSP', async () => {
    await pick(page, 'Icon');
    await page.locator('#t-ijm-color-primary').fill('#1f6f50');
    await page.locator('#t-ijm-radius').fill('14px');
    const code = await copyCode(page);
    assert(code.includes('<style>\n  ijm-icon {\n    --ijm-color-primary: #1f6f50;\n    --ijm-radius: 14px;\n  }\n</style>'), `style block in:\n${code}`);
    const css = await page.locator('#code-css').textContent();
    const token = (p) => p.locator('ijm-icon').evaluate((el) => getComputedStyle(el).getPropertyValue('--ijm-color-primary').trim());
    const open = await partnerPage(code, {csp: ''});
    allProblems.push(open.problems);
    equal(await token(open.page), '#1f6f50', 'token from the <style> block');
    await open.context.close();
    const strict = await partnerPage(code.replace(/<style>[\s\S]*<\/style>\n\n/, ''), {stylesheet: css});
    allProblems.push(strict.problems);
    equal(await token(strict.page), '#1f6f50', 'token from the stylesheet');
    await strict.context.close();
    await page.locator('#t-ijm-color-primary').fill('');
    await page.locator('#t-ijm-radius').fill('');
  });

  await test('bad values: a message next to the field, and kept out of the code', async () => {
    await pick(page, 'Donate box');
    const cases = [
      ['ijm-donate-cta', 'href', 'javascript:alert(1)', /https:\/\//],
      ['ijm-donate-cta', 'currency', 'EURO', /not a currency code/],
      ['ijm-donate-cta', 'amounts', '10, ten, 20', /Not amounts: ten/],
      ['ijm-donate-cta', 'amount', 'fifty', /Write a number/],
    ];
    for (const [tag, name, value, message] of cases) await set(page, tag, name, value);
    for (const [tag, name, value, message] of cases) {
      const field = page.locator(`[id="f-${tag}-${name}"]`);
      equal(await field.getAttribute('aria-invalid'), 'true', `${name} aria-invalid`);
      const described = (await field.getAttribute('aria-describedby')).split(' ');
      const error = page.locator(`[id="${described[0]}"]`);
      assert(message.test(await error.textContent()), `${name} message: ${await error.textContent()}`);
      assert(await error.isVisible(), `${name} message visible`);
    }
    await page.getByRole('tab', {name: 'Plain HTML'}).click();
    const code = await page.locator('#code-html').textContent();
    for (const [, , value] of cases) assert(!code.includes(value), `${value} not in the code`);
    assert((await page.locator('.warning').textContent()).includes('4 values have a problem'), 'summary above the code');
    await axe(page, 'with errors');
    await pick(page, 'Email sign-up');
    await set(page, 'ijm-email-signup', 'action', 'http://example.org/api/signup');
    assert((await page.locator('[id="f-ijm-email-signup-action-error"]').textContent()).includes('https://'), 'sign-up endpoint must be https');
    assert(!(await page.locator('#code-html').textContent()).includes('example.org'), 'http endpoint not in the code');
    await set(page, 'ijm-email-signup', 'action', 'https://example.org/api/signup');
    equal(await page.locator('[id="f-ijm-email-signup-action"]').getAttribute('aria-invalid'), 'false', 'fixed');
    assert((await page.locator('#code-html').textContent()).includes('action="https://example.org/api/signup"'), 'fixed value in the code');
  });

  await test('paste a snippet to edit it: the provider snippet restores the form and the same code', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    await fresh.page.getByText('Paste a snippet to edit it').click();
    await fresh.page.getByLabel(/Code you copied before/).fill(providerCode);
    await fresh.page.getByRole('button', {name: 'Load into the form'}).click();
    await fresh.page.getByText(/^Loaded:/).waitFor();
    assert(await fresh.page.getByRole('radio', {name: 'Several widgets sharing settings'}).isChecked(), 'provider picked');
    assert(await fresh.page.getByRole('checkbox', {name: 'Related stories'}).isChecked(), 'related stories inside');
    assert(!(await fresh.page.getByRole('checkbox', {name: 'Email sign-up'}).isChecked()), 'no sign-up inside');
    equal(await fresh.page.locator('[id="f-ijm-widgets-locale"]').inputValue(), 'uk', 'locale');
    equal(await fresh.page.locator('[id="f-ijm-widgets-currency"]').inputValue(), 'UAH', 'currency');
    equal(await fresh.page.locator('[id="f-ijm-donate-cta-variant"]').inputValue(), 'compact', 'variant');
    equal(await fresh.page.locator('#code-html').textContent(), providerCode, 'the same code again');
    await fresh.page.getByLabel(/Code you copied before/).fill('<p>no widget here</p>');
    await fresh.page.getByRole('button', {name: 'Load into the form'}).click();
    await fresh.page.getByText(/No IJM widget found/).waitFor();
    await axe(fresh.page, 'after pasting');
    await fresh.context.close();
  });

  await test('keyboard: widget picker by arrow keys, tabs by arrow keys/Home/End, copy by Enter', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const p = fresh.page;
    await p.getByRole('radio', {name: 'Donate box'}).focus();
    await p.keyboard.press('ArrowRight');
    assert(await p.getByRole('radio', {name: 'Email sign-up'}).isChecked(), 'arrow picks the next widget');
    await p.locator('[id="f-ijm-email-signup-list"]').waitFor();
    await p.getByRole('tab', {name: 'Plain HTML'}).focus();
    await p.keyboard.press('ArrowRight');
    equal(await p.evaluate(() => document.activeElement.textContent), 'WordPress (Custom HTML block)', 'focus on the next tab');
    equal(await p.getByRole('tab', {name: /WordPress/}).getAttribute('aria-selected'), 'true', 'selected');
    assert(await p.getByRole('tabpanel').getByText('Custom HTML', {exact: false}).first().isVisible(), 'WordPress steps');
    await p.keyboard.press('End');
    equal(await p.evaluate(() => document.activeElement.id), 'tab-react', 'End');
    assert((await p.locator('#code-react').textContent()).includes("import '@ijm/widgets/email-signup.js';"), 'React import');
    await p.keyboard.press('Home');
    equal(await p.evaluate(() => document.activeElement.id), 'tab-html', 'Home');
    await p.keyboard.press('Tab'); // into the panel's code
    await p.keyboard.press('Tab'); // the copy button
    equal(await p.evaluate(() => document.activeElement.textContent), 'Copy code', 'copy button reached by Tab');
    await p.keyboard.press('Enter');
    await p.getByText('Copied. Now paste it into your page.').waitFor();
    equal(await p.evaluate(() => navigator.clipboard.readText()), await p.locator('#code-html').textContent(), 'clipboard holds the code');
    await fresh.context.close();
  });

  await test('preview: donating and signing up go to the log, not to another page or a server', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const p = fresh.page;
    const stage = p.locator('.stage');
    await stage.locator('ijm-donate-cta').getByRole('button', {name: /Donate/}).click();
    await p.locator('.log li', {has: p.locator('code', {hasText: /^ijm-donate$/})}).waitFor();
    assert((await p.locator('.log').textContent()).includes('Cancelled in the preview'), 'says it was cancelled');
    equal(p.url(), builderUrl, 'still on the builder');
    await pick(p, 'Email sign-up');
    await set(p, 'ijm-email-signup', 'action', 'https://example.org/api/signup');
    const requests = [];
    p.on('request', (r) => requests.push(r.url()));
    await stage.locator('ijm-email-signup').getByRole('textbox', {name: /email/i}).fill('ana@example.org');
    await p.waitForTimeout(4000);
    await stage.locator('ijm-email-signup').getByRole('button', {name: 'Sign up'}).click();
    await p.locator('.log li', {has: p.locator('code', {hasText: /^ijm-signup$/})}).waitFor();
    assert((await p.locator('.log').textContent()).includes('ana@example.org'), 'detail in the log');
    assert(!requests.some((r) => r.includes('example.org')), 'nothing sent');
    await fresh.context.close();
  });

  await test('preview: languages, right-to-left, phone width, dark page', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const p = fresh.page;
    const heading = p.locator('.stage ijm-donate-cta h2');
    const english = await heading.textContent();
    for (const code of ['RO', 'UK', 'BG']) {
      await p.getByRole('radio', {name: code, exact: true}).check();
      await p.waitForFunction((text) => document.querySelector('.stage ijm-donate-cta')?.shadowRoot?.querySelector('h2')?.textContent !== text, english);
    }
    assert(/[а-я]/i.test(await heading.textContent()), 'Bulgarian heading');
    await p.getByRole('checkbox', {name: 'Right-to-left'}).check();
    equal(await p.locator('.stage').getAttribute('dir'), 'rtl', 'rtl');
    await p.getByRole('radio', {name: 'Phone'}).check();
    equal(Math.round((await p.locator('.stage').boundingBox()).width), 375, 'phone width');
    await p.getByRole('radio', {name: 'Dark'}).check();
    assert(await p.locator('.stage-frame.dark').isVisible(), 'dark page');
    await axe(p, 'preview settings changed');
    await fresh.context.close();
  });

  await test('375 px: nothing wider than the screen; axe finds no violations', async () => {
    const narrow = await openBuilder({width: 375});
    allProblems.push(narrow.problems);
    for (const label of ['Donate box', 'Several widgets sharing settings']) {
      await pick(narrow.page, label);
      await narrow.page.waitForTimeout(300);
      const width = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 375, `${label}: page is ${width}px wide`);
    }
    await axe(narrow.page, '375 px');
    if (shots) await shoot(narrow.page, 'configure-375');
    await narrow.context.close();
  });

  await test('axe: the builder as it opens, and with the provider', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    await axe(fresh.page, 'as it opens');
    await pick(fresh.page, 'Several widgets sharing settings');
    await axe(fresh.page, 'provider');
    if (shots) await shoot(fresh.page, 'configure-1280');
    await fresh.context.close();
  });

  if (shots) {
    for (const [name, width, lang, rtl] of [['configure-1280-uk-rtl', 1280, 'UK', true], ['configure-375-uk', 375, 'UK', false]]) {
      const s = await openBuilder({width});
      await s.page.getByRole('radio', {name: lang, exact: true}).check();
      if (rtl) await s.page.getByRole('checkbox', {name: 'Right-to-left'}).check();
      await s.page.waitForTimeout(400);
      await shoot(s.page, name);
      await s.context.close();
    }
  }

  await test('no CSP violations, page errors or console errors anywhere', async () => {
    const all = allProblems.flat();
    assert(all.length === 0, all.join('\n    '));
  });
} finally {
  await context.close();
  await browser.close();
  server.close();
}

async function shoot(p, name) {
  mkdirSync('screenshots', {recursive: true});
  await p.screenshot({path: `screenshots/${name}.png`, fullPage: true});
  console.log(`  screenshots/${name}.png`);
}

console.log(`\nEmbed builder: ${passed} passed, ${failures.length} failed.`);
if (failures.length) process.exit(1);
