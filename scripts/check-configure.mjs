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

// `-- --only=<words>` runs only the tests whose name holds them.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

async function test(name, fn) {
  if (only && !name.includes(only)) return;
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

async function openBuilder({width = 1280, locale = 'en-US', hash = ''} = {}) {
  const context = await browser.newContext({viewport: {width, height: 900}, locale});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(url).origin});
  await partnerRoutes(context); // the preview fetches the partner's feed and images too
  const page = await context.newPage();
  await page.addInitScript(reportViolations);
  const problems = watch(page, 'builder');
  await page.goto(builderUrl + hash, {waitUntil: 'networkidle'});
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
  if ((await more.count()) && !(await more.evaluate((d) => d.open))) await more.locator(':scope > summary').click();
  const kind = await field.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : el.type));
  if (kind === 'select') await field.selectOption(value);
  else if (kind === 'checkbox') await field.setChecked(value === true);
  else await field.fill(value);
}

/** The code of the visible tab, copied with its button, as the clipboard has it. */
async function copyCode(page, tab = 'Any website') {
  await page.getByRole('tab', {name: tab}).click();
  await page.getByRole('tabpanel').getByRole('button', {name: 'Copy code'}).click();
  // The feedback is on the button itself.
  await page.getByRole('tabpanel').getByRole('button', {name: 'Copied ✓'}).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

const types = {'.js': 'text/javascript', '.map': 'application/json', '.svg': 'image/svg+xml', '.json': 'application/json', '.css': 'text/css'};
// The strict CSP with the CDN allowed for the loader (script-src) and the placeholders' stylesheet (style-src).
const partnerCsp = CSP.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net").replace("style-src 'self'", "style-src 'self' https://cdn.jsdelivr.net");

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

async function partnerPage(body, {csp = partnerCsp, stylesheet = '', width = 1280} = {}) {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const requests = await partnerRoutes(context, {body, csp, stylesheet});
  const page = await context.newPage();
  await page.addInitScript(reportViolations);
  // The page's layout shift, as a reader's browser counts it (Chromium's Layout Instability API).
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shift += entry.value;
        (window.__shifts ??= []).push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((s) => `${s.node?.localName ?? s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`).join(', ')}`);
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
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
    // The provider sets its theme tokens on its own style from script (CSSOM, allowed by the strict CSP).
    if (name in expected || ['role', 'aria-label'].includes(name) || (tag === 'ijm-widgets' && name === 'style')) continue;
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
    equal(await page.locator('[id="f-ijm-email-signup-lang"]').inputValue(), 'ro', 'the language chosen for the donate box stays chosen');
    await set(page, 'ijm-email-signup', 'lang', 'en');
    await set(page, 'ijm-email-signup', 'action', 'https://partner.example/api/signup');
    await set(page, 'ijm-email-signup', 'name-field', true);
    await set(page, 'ijm-email-signup', 'list', 'news');
    await set(page, 'ijm-email-signup', 'consent', 'I agree to receive emails.');
    await set(page, 'ijm-email-signup', 'encoding', 'form');
    await set(page, 'ijm-email-signup', 'layout', 'stacked'); // the default: stays out
    const code = await copyCode(page);
    const partner = await partnerPage(code);
    allProblems.push(partner.problems);
    await expectOptions(partner.page, 'ijm-email-signup', {lang: 'en', action: 'https://partner.example/api/signup', encoding: 'form', 'name-field': '', consent: 'I agree to receive emails.', list: 'news'});
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
    await expectOptions(partner.page, 'ijm-related-stories', {lang: 'en', src: 'https://partner.example/feed.json', limit: '2', heading: 'More from us', 'more-href': 'https://partner.example/stories/'});
    const rail = partner.page.locator('ijm-related-stories');
    await rail.locator('ijm-article-card').first().waitFor();
    equal(await rail.getByRole('heading', {level: 2}).textContent(), 'More from us', 'heading');
    equal((await rail.locator('ijm-article-card').evaluateAll((cards) => cards.map((c) => c.heading))), ['Partner story 1', 'Partner story 2'], 'stories shown');
    equal(await rail.locator('a[part~=more-link]').getAttribute('href'), 'https://partner.example/stories/', 'see more link');
    await partner.context.close();
  });

  await test('article card: options → copy → pasted → that story, that layout', async () => {
    await pick(page, 'Story card');
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
    await expectOptions(partner.page, 'ijm-article-card', {lang: 'en', href: 'https://partner.example/stories/nway', heading: 'this is Nway’s story', summary: 'From isolation to community.', image: 'https://partner.example/story.svg', date: '2024-03-08', variant: 'horizontal', protected: ''});
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
    await pick(page, 'Several widgets on one page');
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

  await test('theme: the provider’s attributes, no <style>; under the strict CSP the colours arrive, the donate button’s text readable', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const p = fresh.page;
    await pick(p, 'Donate box');
    await p.locator('#t-primary-color').fill('#0b6e4f');
    await p.locator('#t-accent-color').fill('#e4572e');
    await p.locator('#t-radius').fill('14px');
    // The builder shows the text colour and its contrast for each colour.
    assert(/white, contrast 6\.\d\d:1/.test(await p.locator('#t-primary-color-contrast').textContent()), `primary contrast: ${await p.locator('#t-primary-color-contrast').textContent()}`);
    assert(/dark grey, contrast 4\.\d\d:1|black, contrast 5\.\d\d:1/.test(await p.locator('#t-accent-color-contrast').textContent()), `accent contrast: ${await p.locator('#t-accent-color-contrast').textContent()}`);
    const code = await copyCode(p);
    assert(!code.includes('<style'), 'no <style> block');
    assert(code.includes('<ijm-widgets primary-color="#0b6e4f" accent-color="#e4572e" radius="14px">'), `provider attributes in:\n${code}`);
    const strict = await partnerPage(code);
    allProblems.push(strict.problems);
    const donate = strict.page.locator('ijm-donate-cta');
    const button = donate.locator('button[part~=button]');
    const look = await button.evaluate((el) => ({bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color}));
    equal(look.bg, 'rgb(228, 87, 46)', 'donate button in the accent colour');
    assert(look.fg !== 'rgb(255, 255, 255)', `donate button text not white on #e4572e (3.68:1), got ${look.fg}`);
    const primary = await donate.evaluate((el) => getComputedStyle(el).getPropertyValue('--ijm-color-primary').trim());
    equal(primary, '#0b6e4f', 'main colour token inside the widget');
    await strict.context.close();
    await fresh.context.close();
  });

  await test('bad values: a message next to the field; Copy copies nothing and names each field and its fix', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const page = fresh.page;
    await pick(page, 'Donate box');
    const cases = [
      ['ijm-donate-cta', 'href', 'javascript:alert(1)', /https:\/\//],
      ['ijm-donate-cta', 'currency', 'dinars', /not a currency we know/],
      ['ijm-donate-cta', 'amounts', '10, ten, 20', /Not amounts: ten/],
      ['ijm-donate-cta', 'amount', 'fifty', /Write a number/],
    ];
    for (const [tag, name, value] of cases) await set(page, tag, name, value);
    for (const [tag, name, , message] of cases) {
      const field = page.locator(`[id="f-${tag}-${name}"]`);
      equal(await field.getAttribute('aria-invalid'), 'true', `${name} aria-invalid`);
      const described = (await field.getAttribute('aria-describedby')).split(' ');
      const error = page.locator(`[id="${described[0]}"]`);
      assert(message.test(await error.textContent()), `${name} message: ${await error.textContent()}`);
      assert(await error.isVisible(), `${name} message visible`);
    }
    await page.getByRole('tab', {name: 'Any website'}).click();
    const code = await page.locator('#code-html').textContent();
    for (const [, , value] of cases) assert(!code.includes(value), `${value} not in the code`);
    assert((await page.locator('.warning').textContent()).includes('Fix these before copying'), 'summary above the code');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('tabpanel').getByRole('button', {name: 'Copy code'}).click();
    const blocked = page.locator('.copy-blocked');
    await blocked.waitFor();
    const said = await blocked.textContent();
    assert(said.includes('Not copied yet') && said.includes('Currency (Donate box)') && said.includes('Donation page (Donate box)'), `names the fields: ${said}`);
    equal(await page.evaluate(() => navigator.clipboard.readText()), 'before', 'nothing copied');
    assert(!(await page.getByRole('button', {name: 'Copied ✓'}).count()), 'the button does not say Copied');
    await axe(page, 'with errors, copy refused');
    // The link by the button takes the volunteer to the field.
    await blocked.getByRole('link', {name: 'Amount chosen at first (Donate box)'}).click();
    equal(await page.evaluate(() => document.activeElement.id), 'f-ijm-donate-cta-amount', 'focus on the field (in “More settings”)');
    await pick(page, 'Email sign-up');
    await set(page, 'ijm-email-signup', 'action', 'http://example.org/api/signup');
    const endpoint = await page.locator('[id="f-ijm-email-signup-action-error"]').textContent();
    const help = await page.locator('[id="f-ijm-email-signup-action-hint"]').textContent();
    assert(endpoint.includes('starting with https://') && help.includes('https://'), `help and message agree on https: ${help} / ${endpoint}`);
    assert(!(await page.locator('#code-html').textContent()).includes('example.org'), 'http endpoint not in the code');
    await set(page, 'ijm-email-signup', 'action', 'https://example.org/api/signup');
    equal(await page.locator('[id="f-ijm-email-signup-action"]').getAttribute('aria-invalid'), 'false', 'fixed');
    assert((await page.locator('#code-html').textContent()).includes('action="https://example.org/api/signup"'), 'fixed value in the code');
    await fresh.context.close();
  });

  await test('paste a snippet to edit it: the provider snippet restores the form and the same code', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    await fresh.page.getByText('Already have a code? Paste it here to change it').click();
    await fresh.page.getByLabel(/Your code, from this page/).fill(providerCode);
    await fresh.page.getByRole('button', {name: 'Load into the form'}).click();
    await fresh.page.getByText(/^Loaded:/).waitFor();
    assert(await fresh.page.getByRole('radio', {name: 'Several widgets on one page'}).isChecked(), 'provider picked');
    assert(await fresh.page.getByRole('checkbox', {name: 'Related stories'}).isChecked(), 'related stories inside');
    assert(!(await fresh.page.getByRole('checkbox', {name: 'Email sign-up'}).isChecked()), 'no sign-up inside');
    equal(await fresh.page.locator('[id="f-ijm-widgets-locale"]').inputValue(), 'uk', 'locale');
    equal(await fresh.page.locator('[id="f-ijm-widgets-currency"]').inputValue(), 'UAH', 'currency');
    equal(await fresh.page.locator('[id="f-ijm-donate-cta-variant"]').inputValue(), 'compact', 'variant');
    equal(await fresh.page.locator('#code-html').textContent(), providerCode, 'the same code again');
    await fresh.page.getByLabel(/Your code, from this page/).fill('<p>no widget here</p>');
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
    await p.getByRole('tab', {name: 'Any website'}).focus();
    await p.keyboard.press('ArrowRight');
    equal(await p.evaluate(() => document.activeElement.textContent), 'WordPress', 'focus on the next tab');
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
    await p.getByRole('button', {name: 'Copied ✓'}).waitFor();
    equal(await p.evaluate(() => document.activeElement.textContent), 'Copied ✓', 'the button that was pressed says it');
    equal(await p.evaluate(() => navigator.clipboard.readText()), await p.locator('#code-html').textContent(), 'clipboard holds the code');
    await fresh.context.close();
  });

  await test('preview: donating and signing up go to the log, not to another page or a server', async () => {
    const fresh = await openBuilder();
    allProblems.push(fresh.problems);
    const p = fresh.page;
    const stage = p.locator('.stage');
    await stage.locator('ijm-donate-cta').getByRole('button', {name: /Donate/}).click();
    await p.locator('.log li', {hasText: 'Donate pressed'}).waitFor();
    assert((await p.locator('.log').textContent()).includes('On your page the donation page opens'), 'says what would happen');
    equal(p.url().replace(/#.*/, ''), builderUrl, 'still on the builder');
    await pick(p, 'Email sign-up');
    await set(p, 'ijm-email-signup', 'action', 'https://example.org/api/signup');
    const requests = [];
    p.on('request', (r) => requests.push(r.url()));
    await stage.locator('ijm-email-signup').getByRole('textbox', {name: /email/i}).fill('ana@example.org');
    await p.waitForTimeout(4000);
    await stage.locator('ijm-email-signup').getByRole('button', {name: 'Sign up'}).click();
    await p.locator('.log li', {hasText: 'Sign-up pressed'}).waitFor();
    assert(!(await p.locator('.log').textContent()).includes('{'), 'no raw JSON in the log');
    assert((await p.locator('.raw').textContent()).includes('ana@example.org'), 'detail for developers');
    await pick(p, 'Donate box');
    equal(await p.locator('.log li.empty').count(), 1, 'the list starts afresh for another widget');
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
    for (const label of ['Donate box', 'Several widgets on one page']) {
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
    await pick(fresh.page, 'Several widgets on one page');
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

  // ——— The volunteer's task (issue 23), through the builder's UI only, in Romanian ———
  const shifts = [];
  for (const width of [1280, 375]) {
    await test(`the volunteer's task at ${width} px, in Romanian: donate box in lei, monthly, partner, brand colour, sign-up with consent → one code → a blank page under the strict CSP shows exactly that`, async () => {
      const {page: p, problems, context: c} = await openBuilder({width, locale: 'ro-RO'});
      allProblems.push(problems);
      const step = async (name) => shots && (await shoot(p, `configure-ro-${width}-${name}`, width === 1280));
      equal(await p.locator('#ui-language').inputValue(), 'ro', 'the builder speaks the browser’s language');
      equal(await p.locator('h1').textContent(), 'Faceți un widget pentru pagina dumneavoastră', 'Romanian title');
      await step('1-open');
      await p.getByRole('radio', {name: 'Mai multe widgeturi pe o pagină', exact: true}).check();
      assert((await p.locator('.picker .summary').textContent()).includes('Așa puneți mai multe widgeturi pe o pagină'), 'says this is how to put several widgets on one page');
      await p.getByLabel('Limba', {exact: true}).first().selectOption({label: 'Română'});
      await p.getByLabel('Codul de partener').first().fill('hope-bridge-ro');
      await p.getByLabel('Moneda').first().fill('lei');
      assert((await p.locator('[id="f-ijm-widgets-currency-note"]').textContent()).includes('RON'), 'lei understood as RON, said by the field');
      await step('2-shared');
      const donate = p.locator('fieldset.options', {has: p.getByText('Casetă de donație', {exact: true})});
      await donate.getByLabel('Sume de ales').fill('50, 100, 250');
      equal(await donate.getByLabel('Ales de la început').inputValue(), 'monthly', 'monthly by default');
      const signup = p.locator('fieldset.options', {has: p.getByText('Înscriere prin e-mail', {exact: true})});
      await signup.getByLabel('Unde se trimit înscrierile').fill('http://partner.example/api/signup');
      assert((await signup.locator('.error').first().textContent()).includes('https://'), 'http:// refused with the help’s words');
      await signup.getByLabel('Unde se trimit înscrierile').fill('https://partner.example/api/signup');
      await signup.getByLabel('Textul căsuței de acord').fill('Sunt de acord să primesc e-mailuri de la Hope Bridge (am > 16 ani).');
      await step('3-widgets');
      await p.getByLabel('Culoarea principală', {exact: true}).fill('#0b6e4f');
      const contrast = await p.locator('#t-primary-color-contrast').textContent();
      assert(/alb, contrast 6\.\d\d:1/.test(contrast), `contrast shown: ${contrast}`);
      await step('4-colour');
      // The preview stays in view while a field is edited (at 375 px: first, and sticky).
      await signup.getByLabel('Textul căsuței de acord').focus();
      // The sign-up being edited is what the preview shows (its top inside the visible part of the preview).
      await p.waitForTimeout(800);
      const seen = await p.evaluate(() => {
        const widget = document.querySelector('.stage ijm-email-signup').getBoundingClientRect();
        const box = document.querySelector(innerWidth < 1024 ? 'section.preview' : '.output').getBoundingClientRect();
        return {top: widget.top, boxTop: Math.max(0, box.top), boxBottom: Math.min(innerHeight, box.bottom)};
      });
      assert(seen.top >= seen.boxTop - 1 && seen.top < seen.boxBottom - 40, `the sign-up in view in the preview while its field is edited: ${JSON.stringify(seen)}`);
      await p.getByRole('tab', {name: 'Orice site'}).click();
      await p.getByRole('tabpanel').getByRole('button', {name: 'Copiază codul'}).click();
      await p.getByRole('tabpanel').getByRole('button', {name: 'Copiat ✓'}).waitFor();
      await step('5-copied');
      const code = await p.evaluate(() => navigator.clipboard.readText());
      assert(!code.includes('<style'), 'no <style>');
      assert(code.includes('consent="Sunt de acord să primesc e-mailuri de la Hope Bridge (am &gt; 16 ani)."'), `> escaped:\n${code}`);
      assert(code.indexOf('placeholders.css') < code.indexOf('loader.js'), 'placeholders before the loader');
      // The address keeps everything: a reload, or a colleague opening the link, sees the same.
      const address = p.url();
      const again = await openBuilder({width, locale: 'en-US', hash: new URL(address).hash});
      allProblems.push(again.problems);
      equal(await again.page.locator('#code-html').textContent(), code, 'the same code after opening the link');
      equal(await again.page.locator('#ui-language').inputValue(), 'ro', 'in the same language');
      await again.context.close();

      const partner = await partnerPage(code, {width, layoutShift: true});
      allProblems.push(partner.problems);
      const q = partner.page;
      await expectOptions(q, 'ijm-widgets', {locale: 'ro', partner: 'hope-bridge-ro', currency: 'RON', 'primary-color': '#0b6e4f'});
      const box = q.locator('ijm-donate-cta');
      const amounts = (await box.locator('fieldset[part=amounts] label').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      equal(amounts.slice(0, 3), ['50 RON', '100 RON', '250 RON'], 'amounts in lei');
      assert(await box.locator('input[name=frequency][value=monthly]').isChecked(), 'monthly chosen');
      const chosen = await box.locator('[part~=option] input:checked + span').first().evaluate((el) => ({bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color}));
      equal(chosen.bg, 'rgb(11, 110, 79)', 'the chosen option in the brand colour');
      const form = q.locator('ijm-email-signup');
      assert(await form.getByRole('checkbox', {name: /Sunt de acord.*am > 16 ani/}).count(), 'consent box with the text, > included');
      equal(await form.getByRole('button').last().evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 110, 79)', 'sign-up button in the brand colour');
      await q.waitForTimeout(2500);
      const shift = await q.evaluate(() => window.__shift);
      shifts.push({width, shift, sources: await q.evaluate(() => (window.__shifts ?? []).join('; '))});
      console.log(`    layout shift on the blank page at ${width} px: ${shift.toFixed(4)}`);
      if (shots) await shoot(q, `configure-ro-${width}-6-pasted`, true);
      // Sign up on the pasted page: the request goes to the endpoint, with the consent.
      await form.getByRole('textbox', {name: /e-mail/i}).fill('ana@example.org');
      await form.getByRole('checkbox').check();
      await form.getByRole('button').last().click();
      await q.waitForTimeout(1500);
      const post = partner.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/signup'));
      assert(post && JSON.parse(post.body).consent === true && JSON.parse(post.body).partner === 'hope-bridge-ro', `sign-up sent: ${post?.body}`);
      await partner.context.close();

      // "See it on a blank page": the same code on the builder's own page under the strict CSP.
      const [blank] = await Promise.all([c.waitForEvent('page'), p.getByRole('link', {name: 'Vedeți-l pe o pagină goală'}).click()]);
      const blankProblems = watch(blank, 'blank page');
      allProblems.push(blankProblems);
      await blank.waitForLoadState('networkidle');
      await blank.locator('ijm-donate-cta').waitFor();
      assert((await blank.locator('#blank-note').textContent()).includes('cea mai') || (await blank.locator('#blank-note').textContent()).includes('stricte'), 'the blank page says what it is, in Romanian');
      equal(await blank.locator('ijm-email-signup').evaluate((el) => getComputedStyle([...el.shadowRoot.querySelectorAll('button')].pop()).backgroundColor), 'rgb(11, 110, 79)', 'brand colour on the blank page');
      const blankWidth = await blank.evaluate(() => document.documentElement.scrollWidth);
      assert(blankWidth <= width, `the blank page is ${blankWidth}px wide at ${width}`);
      if (shots) await shoot(blank, `configure-ro-${width}-7-blank-page`, true);
      await blank.close();
      await c.close();
    });
  }

  // Its own test, so that a shift (the loader's and the widgets' business) is told apart from the builder's task.
  await test('the volunteer’s code does not move the blank page: layout shift ≤ 0.01 at 1280 and 375 px', async () => {
    assert(shifts.length, 'the task ran');
    const moved = shifts.filter(({shift}) => shift > 0.01);
    assert(!moved.length, moved.map(({width, shift, sources}) => `${width} px: ${shift.toFixed(4)} (${sources})`).join('\n    '));
  });

  await test('mistakes from the issue: switching widget keeps the language; paste at the top reads two snippets and keeps the partner’s loader', async () => {
    const {page: p, problems, context: c} = await openBuilder();
    allProblems.push(problems);
    // Paste-to-edit is the first thing after the language.
    const order = await p.evaluate(() => [...document.querySelectorAll('details.paste, .layout')].map((el) => el.className));
    equal(order[0], 'paste', 'paste-to-edit above the form');
    await p.getByText('Already have a code? Paste it here to change it').click();
    const two =
      '<script type="module" src="https://hope-bridge.example/assets/ijm/loader.js"></script>\n' +
      '<ijm-donate-cta currency="RON" lang="ro"></ijm-donate-cta>\n<p>Our news</p>\n<ijm-email-signup action="https://hope-bridge.example/api/signup"></ijm-email-signup>';
    await p.getByLabel(/Your code, from this page/).fill(two);
    await p.getByRole('button', {name: 'Load into the form'}).click();
    const status = p.locator('.paste-status');
    await status.getByText(/^Loaded:/).waitFor();
    assert(await status.locator('p.ok').count(), 'success styled as success');
    assert((await status.textContent()).includes('several widgets'), `says the two became one code: ${await status.textContent()}`);
    assert(await p.getByRole('radio', {name: 'Several widgets on one page'}).isChecked(), 'several widgets on one page');
    const code = await p.locator('#code-html').textContent();
    assert(code.includes('src="https://hope-bridge.example/assets/ijm/loader.js"') && code.includes('href="https://hope-bridge.example/assets/ijm/placeholders.css"'), `own loader kept:\n${code}`);
    assert(code.includes('action="https://hope-bridge.example/api/signup"') && code.includes('currency="RON"'), 'both widgets read');
    await pick(p, 'Donate box');
    equal(await p.locator('[id="f-ijm-donate-cta-lang"]').inputValue(), 'ro', 'language kept');
    await pick(p, 'Email sign-up');
    equal(await p.locator('[id="f-ijm-email-signup-lang"]').inputValue(), 'ro', 'language carried to the next widget');
    assert((await p.locator('#code-html').textContent()).includes('<ijm-email-signup lang="ro"'), 'and in its code');
    // WordPress: the plugin first, then the truth about the pasted code.
    await p.getByRole('tab', {name: 'WordPress'}).click();
    const wp = await p.getByRole('tabpanel').textContent();
    assert(wp.indexOf('plugin') < wp.indexOf('Custom HTML'), 'plugin first');
    assert(wp.includes('only for administrators and editors') && wp.includes('authors and contributors') && wp.includes('multisite'), 'who the pasted code works for');
    assert(!wp.includes('Appearance'), 'no Appearance → Customize');
    assert((await p.locator('#code-shortcode').textContent()).startsWith('[ijm_email_signup '), 'the plugin’s shortcode');
    await c.close();
  });

  for (const [lang, several, copyLabel] of [['en', 'Several widgets on one page', 'Copy code'], ['ro', 'Mai multe widgeturi pe o pagină', 'Copiază codul'], ['uk', 'Кілька віджетів на одній сторінці', 'Скопіювати код'], ['bg', 'Няколко уиджета на една страница', 'Копирай кода']]) {
    await test(`axe in ${lang}: as it opens, several widgets, an invalid value with Copy refused, the developers’ notes open, 375 px`, async () => {
      const {page: p, problems, context: c} = await openBuilder({locale: lang});
      allProblems.push(problems);
      await axe(p, `${lang}, as it opens`);
      await p.getByRole('radio', {name: several, exact: true}).check();
      await p.locator('[id="f-ijm-widgets-currency"]').fill('dinars');
      await p.locator('#t-accent-color').fill('#e4572e');
      await p.getByRole('tabpanel').getByRole('button', {name: copyLabel}).click();
      await p.locator('.copy-blocked').waitFor();
      for (const summary of await p.locator('details.more > summary').all()) await summary.click();
      for (const summary of await p.locator('details.dev > summary:visible').all()) await summary.click();
      await axe(p, `${lang}, several widgets, invalid value, notes open`);
      // No English left in another language's builder (code names only inside the developers' notes and the code).
      if (lang !== 'en') {
        const text = await p.evaluate(() => {
          const clone = document.body.cloneNode(true);
          clone.querySelectorAll('details.dev, pre, code, .stage, datalist, option, [lang]:not(html)').forEach((el) => el.remove());
          return clone.textContent;
        });
        for (const english of ['Copy code', 'Widget on', 'More settings', 'Preview', 'Donation page', 'Choose']) assert(!text.includes(english), `${lang}: English “${english}” left`);
      }
      await p.setViewportSize({width: 375, height: 800});
      await p.waitForTimeout(300);
      await axe(p, `${lang}, 375 px`);
      const wide = await p.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 375, `${lang}: page is ${wide}px wide at 375`);
      await c.close();
    });
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

async function shoot(p, name, fullPage = true) {
  mkdirSync('screenshots', {recursive: true});
  await p.screenshot({path: `screenshots/${name}.png`, fullPage});
  console.log(`  screenshots/${name}.png`);
}

console.log(`\nEmbed builder: ${passed} passed, ${failures.length} failed.`);
if (failures.length) process.exit(1);
