// The WordPress plugin in a real WordPress (scripts/wordpress-ci.sh sets one up on
// http://localhost/, and a multisite network on http://net.localhost/), driven as its users
// would: the zip from `npm run build` uploaded and activated through Plugins → Add New, settings
// saved, posts written by an author, a contributor and an editor through the REST API and once
// through the block editor, the front end checked in Chromium (playwright-core, Debian's
// /usr/bin/chromium), then the plugin deleted; then the same zip network-activated, a post by a
// site administrator, a widget in a classic theme's widget area, and the plugin deleted again.
//
//   bash scripts/wordpress-ci.sh && node test/wordpress/run.mjs [--shots]
//
// --shots writes screenshots/wordpress-*.png (the inserter, the sidebar, the editor preview, a
// published post at 375 and 1280 px) in a site whose language is Romanian.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {launchOptions} from '../../scripts/browser.mjs';

const site = 'http://localhost';
const zip = 'dist/wordpress/ijm-widgets.zip';
const shots = process.argv.includes('--shots');
const pluginFiles = '/wp-content/plugins/ijm-widgets/';

if (shots) mkdirSync('screenshots', {recursive: true});
if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);

let failures = 0;
function check(ok, what, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail !== undefined ? `\n     ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
  if (!ok) failures++;
}

const wp = (...args) => JSON.parse(execFileSync('php', ['test/wordpress/wp.php', ...args], {encoding: 'utf8'}));

/** The REST API as `user` (application password); plain permalinks, so `?rest_route=`. */
async function rest(user, method, route, body, query = '') {
  const response = await fetch(`${site}/?rest_route=${encodeURIComponent(route)}${query}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user.login}:${user.app_password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  return {status: response.status, json};
}

const browser = await chromium.launch({...launchOptions, timeout: 60000});
const context = await browser.newContext({viewport: {width: 1280, height: 900}});
context.setDefaultTimeout(60000);

// Logs in through wp-login.php and waits for WordPress's logged-in cookie (not just for a
// navigation: a slow first admin page or the admin-email check can end the wait early); tries twice.
async function logIn(page, user, base = site) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.goto(`${base}/wp-login.php`);
    await page.fill('#user_login', user.login);
    await page.fill('#user_pass', user.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    const cookies = await page.context().cookies(base);
    if (cookies.some((cookie) => cookie.name.startsWith('wordpress_logged_in_'))) return;
    console.log(`note: logging in as ${user.login} at ${base} (attempt ${attempt}) left no login cookie; the page was ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 300)}`);
  }
  throw new Error(`could not log in as ${user.login} at ${base}`);
}

// Plugins → Add New → Upload, as the partner would open it; if the form isn't there, say what
// WordPress showed instead, log in again once and retry.
async function openUpload(page, url, user, base) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.goto(url);
    if (await page.locator('#pluginzip').waitFor({state: 'attached', timeout: 15000}).then(() => true, () => false)) return;
    console.log(`note: no upload form at ${url} (attempt ${attempt}); WordPress showed ${page.url()} "${await page.title()}": ${(await page.locator('body').innerText()).slice(0, 500)}`);
    await logIn(page, user, base);
  }
  throw new Error(`no plugin upload form at ${url}`);
}

try {
  wp('site-language', 'ro_RO');
  const users = wp('users');
  const admin = users.administrator;

  // 1. Install the zip as a partner would, and activate it.
  const adminPage = await context.newPage();
  await logIn(adminPage, admin);
  await openUpload(adminPage, `${site}/wp-admin/plugin-install.php?tab=upload`, admin, site);
  await adminPage.setInputFiles('#pluginzip', zip);
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#install-plugin-submit')]);
  const activate = adminPage.locator('a.button-primary[href*="action=activate"]');
  check((await activate.count()) === 1, 'the zip installs through Plugins → Add New → Upload', await adminPage.locator('.wrap').innerText());
  await Promise.all([adminPage.waitForNavigation(), activate.click()]);
  const row = adminPage.locator('tr[data-plugin="ijm-widgets/ijm-widgets.php"]');
  check((await row.getAttribute('class'))?.includes('active'), 'the plugin is active');

  // 2. Settings: refused when bad (the settings page and REST), kept when good.
  await adminPage.goto(`${site}/wp-admin/options-general.php?page=ijm-widgets`);
  await adminPage.fill('#ijm_widgets_currency', 'LEI!');
  await adminPage.fill('#ijm_widgets_donate_href', 'javascript:alert(1)');
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#submit')]);
  const notices = await adminPage.locator('.notice-error, .error').allInnerTexts();
  // The site is Romanian, so the page and its messages are too (the plugin's own translations).
  check(notices.some((t) => /trei litere/.test(t)) && notices.some((t) => /nu este o adresă web/.test(t)), 'the settings page refuses a bad currency and a javascript: URL with a message, in the site\'s language', notices);
  if (shots) await adminPage.screenshot({path: 'screenshots/wordpress-settings.png', fullPage: true});
  check(!wp('option', 'ijm_widgets_currency') && !wp('option', 'ijm_widgets_donate_href'), 'bad values are not stored', [wp('option', 'ijm_widgets_currency'), wp('option', 'ijm_widgets_donate_href')]);
  const badRest = await rest(admin, 'POST', '/wp/v2/settings', {ijm_widgets_currency: 'RONN'});
  check(badRest.status === 400, 'the REST settings endpoint refuses a bad currency', badRest);
  const settings = {
    ijm_widgets_partner: 'hope-ro',
    ijm_widgets_currency: 'RON',
    ijm_widgets_donate_href: `${site}/doneaza/`,
    ijm_widgets_signup_action: `${site}/abonare`,
    ijm_widgets_carry_utm: false,
    ijm_widgets_analytics: 'datalayer',
    ijm_widgets_primary_color: '#0a5c8a',
  };
  const goodRest = await rest(admin, 'POST', '/wp/v2/settings', settings);
  check(goodRest.status === 200 && goodRest.json.ijm_widgets_currency === 'RON', 'the REST settings endpoint stores good values', goodRest);

  // 3. Posts by each role through REST.
  const widgetsHtml = (who) => `<p>Postare de ${who}.</p>
<ijm-donate-cta campaign="primavara" variant="panel">
  <a href="https://www.ijm.org/donate">Donează</a>
</ijm-donate-cta>

<ijm-email-signup consent="Am peste 16 ani &gt; și sunt de acord" name-field></ijm-email-signup>

[ijm_article_card href="${site}/poveste/" heading="O poveste" summary="Despre libertate."]

<ijm-icon name="heart" label="Inimă"></ijm-icon>`;
  const blocksHtml = (who) => `<!-- wp:paragraph --><p>Postare de ${who}, cu blocuri.</p><!-- /wp:paragraph -->
<!-- wp:ijm/donate-cta {"campaign":"primavara","variant":"banner"} /-->
<!-- wp:ijm/email-signup {"nameField":true,"consent":"Am peste 16 ani \\u003e și sunt de acord"} /-->
<!-- wp:html --><ijm-article-card href="${site}/poveste/" heading="O poveste"></ijm-article-card><!-- /wp:html -->`;
  const posts = {};
  for (const [role, html] of [['author', widgetsHtml], ['contributor', blocksHtml], ['editor', widgetsHtml]]) {
    const user = users[role];
    const created = await rest(user, 'POST', '/wp/v2/posts', {
      title: `Widgeturi (${role})`,
      content: html(role),
      status: role === 'contributor' ? 'pending' : 'publish',
    });
    check(created.status === 201, `${role} saves a post through REST`, created);
    if (role === 'contributor') {
      const published = await rest(admin, 'POST', `/wp/v2/posts/${created.json.id}`, {status: 'publish'});
      check(published.status === 200, 'the administrator publishes the contributor\'s post', published.status);
    }
    posts[role] = created.json;
  }
  const hostile = await rest(users.author, 'POST', '/wp/v2/posts', {
    title: 'Ostil',
    status: 'publish',
    content: `<script>window.__pwned = 'script'</script>
<style>.ijm-leak{color:red}</style>
<ijm-donate-cta href="javascript:window.__pwned='href'" portal-href=" javascript:alert(2)" onclick="window.__pwned='onclick'" onmouseover="window.__pwned='mouse'" style="position:fixed" currency="RON" heading="A &gt; B"></ijm-donate-cta>
<ijm-article-card href="JaVaScRiPt:alert(3)" image="javascript:alert(4)" heading="Raw > here onclick=alert(1)"></ijm-article-card>
<ijm-related-stories src="javascript:alert(5)" more-href="javascript&#58;alert(6)"></ijm-related-stories>
<ijm-email-signup action="javascript:alert(7)" consent="Sunt de acord"></ijm-email-signup>
<ijm-widgets donate-href="javascript:alert(8)" signup-action="data:text/html;base64,PGI+eDwvYj4="><ijm-icon name="heart" onfocus="alert(9)"></ijm-icon></ijm-widgets>
[ijm_donate_cta href="javascript:alert(10)" portal-href="javascript:alert(11)" heading="x > y" onclick="alert(12)" bogus="1"]
<!-- wp:ijm/article-card {"href":"javascript:alert(13)","heading":"\\u003cscript\\u003ewindow.__pwned='block'\\u003c/script\\u003e","image":"javascript:alert(14)"} /-->
<a href="javascript:alert(15)">link</a><img src="x" onerror="window.__pwned='img'">`,
  });
  check(hostile.status === 201, 'the author saves a hostile post', hostile.status);
  const plain = await rest(users.author, 'POST', '/wp/v2/posts', {title: 'Fără widgeturi', status: 'publish', content: '<p>Nimic aici.</p>'});

  // The block editor, as the author: the IJM category of the inserter, a setting in the sidebar,
  // the real widget as the preview, publish.
  const editor = await browser.newContext({viewport: {width: 1280, height: 900}});
  editor.setDefaultTimeout(60000);
  const editorPage = await editor.newPage();
  const editorErrors = [];
  editorPage.on('pageerror', (error) => editorErrors.push(String(error)));
  await logIn(editorPage, users.author);
  await editorPage.goto(`${site}/wp-admin/post-new.php`);
  await editorPage.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
  await editorPage.evaluate(() => {
    const {select, dispatch} = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  await editorPage.locator('.editor-post-title__input').fill('Din editor');
  await editorPage.locator('button.edit-post-header-toolbar__inserter-toggle').click();
  const category = editorPage.locator('.block-editor-inserter__panel-title', {hasText: /^IJM$/});
  await category.waitFor();
  const blockItems = await editorPage.locator('[class*="editor-block-list-item-ijm-"]').count();
  check(blockItems === 5, `the inserter has an IJM category with the five blocks (${blockItems})`);
  if (shots) await editorPage.screenshot({path: 'screenshots/wordpress-inserter.png'});
  await editorPage.locator('.editor-block-list-item-ijm-donate-cta').click();
  const sidebar = editorPage.locator('.block-editor-block-inspector');
  if (!(await sidebar.isVisible())) await editorPage.locator('button[aria-label="Settings"]').click();
  // Each setting is found by its attribute (its label is in the editor's language).
  const currency = sidebar.locator('.ijm-setting-currency input');
  await currency.fill('EUR');
  await sidebar.locator('.ijm-setting-variant select').selectOption('banner');
  const currencyLabel = await sidebar.locator('.ijm-setting-currency label').innerText();
  check(currencyLabel.trim() !== '', `the currency setting has a label ("${currencyLabel.trim()}")`);
  const preview = editorPage.locator('.editor-styles-wrapper ijm-donate-cta');
  await editorPage.waitForFunction(() => {
    const el = document.querySelector('.editor-styles-wrapper ijm-donate-cta');
    return el && customElements.get('ijm-donate-cta') && /EUR|€/.test(el.shadowRoot?.textContent ?? '');
  });
  check((await preview.getAttribute('currency')) === 'EUR' && (await preview.getAttribute('variant')) === 'banner', 'the editor preview is the real widget, with the sidebar\'s settings');
  if (shots) {
    const box = await editorPage.locator('.interface-complementary-area').boundingBox();
    await editorPage.screenshot({path: 'screenshots/wordpress-sidebar.png', clip: box ?? undefined});
    await editorPage.screenshot({path: 'screenshots/wordpress-editor-preview.png'});
  }
  // The classic editor's Visual tab (TinyMCE; here the Classic block, which uses the same
  // settings) keeps the tags and their attributes.
  const visual = await editorPage.evaluate(async () => {
    const {dispatch} = window.wp.data;
    dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('core/freeform'));
    const deadline = Date.now() + 30000;
    while (!window.tinymce?.activeEditor?.initialized && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const mce = window.tinymce.activeEditor;
    mce.setContent('<p>Clasic:</p><ijm-email-signup consent="Da &gt; nu" name-field="" list="voluntari"></ijm-email-signup><ijm-icon name="heart" label="Inimă"></ijm-icon>');
    return mce.getContent();
  });
  check(/<ijm-email-signup[^>]*consent="Da &gt; nu"[^>]*>/.test(visual) && /list="voluntari"/.test(visual) && /<ijm-icon[^>]*name="heart"/.test(visual), 'the classic editor\'s Visual tab keeps the tags and their attributes', visual);
  await editorPage.locator('button.editor-post-publish-panel__toggle').click();
  await editorPage.locator('.editor-post-publish-panel button.editor-post-publish-button').click();
  await editorPage.locator('.post-publish-panel__postpublish').waitFor();
  const saved = await editorPage.evaluate(() => ({
    content: window.wp.data.select('core/editor').getEditedPostContent(),
    link: window.wp.data.select('core/editor').getPermalink(),
  }));
  check(/<!-- wp:ijm\/donate-cta \{"currency":"EUR","variant":"banner"\} \/-->/.test(saved.content), 'the block is saved as a comment with its attributes', saved.content);
  check(editorErrors.length === 0, 'no error in the block editor', editorErrors);
  await editor.close();

  // 4. The front end, as a visitor (no one logged in).
  const visitor = await browser.newContext({viewport: {width: 1280, height: 900}});
  visitor.setDefaultTimeout(60000);
  const offSite = [];
  visitor.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.hostname !== 'localhost') offSite.push(request.url());
  });

  for (const [role, post] of Object.entries(posts)) {
    const page = await visitor.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(post.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta') && customElements.get('ijm-email-signup'));
    const seen = await page.evaluate(async () => {
      const donate = document.querySelector('ijm-donate-cta');
      const signup = document.querySelector('ijm-email-signup');
      await Promise.all([donate, signup].map((el) => el?.updateComplete));
      const provider = donate?.closest('ijm-widgets');
      return {
        lang: document.documentElement.lang,
        head: [...document.head.querySelectorAll('script[src*="ijm-widgets"], link[href*="ijm-widgets"]')].map((el) => `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.getAttribute('src') ?? el.getAttribute('href')}`),
        provider: provider ? Object.fromEntries([...provider.attributes].map((a) => [a.name, a.value])) : null,
        donateText: donate?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
        signupText: signup?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
        primary: donate ? getComputedStyle(donate).getPropertyValue('--ijm-color-primary').trim() : '',
        consent: signup?.getAttribute('consent'),
        nameField: signup?.hasAttribute('name-field'),
        card: document.querySelector('ijm-article-card')?.getAttribute('heading'),
        // The theme's content width (its paragraphs') is the widget boxes' width too.
        widths: [document.querySelector('.wp-block-post-content > p, .entry-content > p'), donate, signup].map((el) => Math.round(el?.getBoundingClientRect().width ?? -1)),
        wrappedInP: document.querySelectorAll('p > ijm-donate-cta, p > ijm-email-signup, p > ijm-widgets, p > ijm-article-card').length,
        brInside: document.querySelectorAll('[class*="entry-content"] ijm-donate-cta br, ijm-email-signup br, ijm-widgets > br').length,
        leaked: /\{[^}]*:[^}]*\}/.test(document.querySelector('main')?.innerText ?? document.body.innerText),
      };
    });
    check(seen.lang === 'ro-RO', `${role}: the page is Romanian (<html lang="ro-RO">)`, seen.lang);
    check(seen.head.some((h) => /^SCRIPT module .*\/cdn\/loader\.js/.test(h)) && seen.head.some((h) => /^LINK .*placeholders\.css/.test(h)), `${role}: the loader (a module) and the placeholders are in <head>`, seen.head);
    check(seen.provider?.partner === 'hope-ro' && seen.provider?.currency === 'RON' && seen.provider?.['carry-utm'] === 'off' && seen.provider?.analytics === 'datalayer' && seen.provider?.['primary-color'] === '#0a5c8a', `${role}: the widgets sit in a provider with the site's settings`, seen.provider);
    check(seen.primary.toLowerCase() === '#0a5c8a', `${role}: the brand colour from the settings reaches the widgets`, seen.primary);
    check(/Donează/.test(seen.donateText) && /RON|lei/.test(seen.donateText), `${role}: the donate box renders, in Romanian, in RON`, seen.donateText.slice(0, 200));
    check(/Abonează|abonare|Înscrie|e-mail/i.test(seen.signupText), `${role}: the sign-up form renders in Romanian`, seen.signupText.slice(0, 200));
    check(seen.consent === 'Am peste 16 ani > și sunt de acord', `${role}: a ">" in attribute text survives whole`, seen.consent);
    check(seen.nameField === true && seen.card === 'O poveste', `${role}: boolean attributes and the shortcode/HTML card come through`, seen);
    check(seen.widths[1] === seen.widths[0] && seen.widths[2] === seen.widths[0], `${role}: the widgets take the theme's content width (paragraph, donate, sign-up: ${seen.widths.join(', ')} px)`, seen.widths);
    check(seen.wrappedInP === 0 && seen.brInside === 0, `${role}: no <p> around a widget, no <br> inside one`, seen);
    check(!seen.leaked, `${role}: no CSS text on the page`);
    check(errors.length === 0, `${role}: no page error`, errors);
    await page.close();
  }

  // The post published from the block editor.
  {
    const page = await visitor.newPage();
    await page.goto(saved.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta'));
    const donate = await page.evaluate(async () => {
      const el = document.querySelector('ijm-donate-cta');
      await el?.updateComplete;
      return {currency: el?.getAttribute('currency'), variant: el?.getAttribute('variant'), partner: el?.closest('ijm-widgets')?.getAttribute('partner'), text: el?.shadowRoot?.textContent ?? ''};
    });
    check(donate.currency === 'EUR' && donate.variant === 'banner' && donate.partner === 'hope-ro' && /€|EUR/.test(donate.text), 'the block published from the editor renders with its settings and the site\'s', donate);
    if (shots) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({width, height: 900});
        await page.waitForTimeout(300);
        await page.screenshot({path: `screenshots/wordpress-post-${width}.png`, fullPage: true});
      }
    }
    await page.close();
  }

  // The hostile post.
  {
    const page = await visitor.newPage();
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.goto(hostile.json.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta'));
    const found = await page.evaluate(async () => {
      const content = document.querySelector('.wp-block-post-content, .entry-content');
      // Handlers that kses should have removed would run on these (clicks would follow links).
      for (const el of content.querySelectorAll('*')) {
        el.dispatchEvent(new MouseEvent('mouseover', {bubbles: false}));
        el.dispatchEvent(new FocusEvent('focus', {bubbles: false}));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const all = [...content.querySelectorAll('*')];
      return {
        pwned: window.__pwned ?? null,
        scripts: content.querySelectorAll('script').length,
        styles: content.querySelectorAll('style').length,
        on: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        // (The provider sets its colour tokens through its own style, from script.)
        styleAttrs: all.filter((el) => /position/.test(el.getAttribute('style') ?? '')).length,
        unsafe: all.flatMap((el) => [...el.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value) || /javascript&#58;/i.test(a.value)).map((a) => `${el.tagName} ${a.name}=${a.value}`)),
        bogus: content.querySelectorAll('[bogus]').length,
        quotedHeading: content.querySelector('ijm-donate-cta[heading]')?.getAttribute('heading') ?? null,
        shortcodeHeading: [...content.querySelectorAll('ijm-donate-cta')].map((el) => el.getAttribute('heading')),
        leaked: /ijm-leak|color:\s*red/.test(content.innerText),
        text: content.innerText.slice(0, 400),
      };
    });
    check(found.pwned === null && dialogs.length === 0, 'hostile: nothing ran (no script, handler or javascript: URL)', {pwned: found.pwned, dialogs});
    check(found.scripts === 0 && found.styles === 0, 'hostile: no <script> or <style> in the content', found);
    check(found.on.length === 0 && found.styleAttrs === 0, 'hostile: no on* or style attribute on anything', found.on);
    check(found.unsafe.length === 0, 'hostile: no javascript:/data: URL in any attribute', found.unsafe);
    check(found.bogus === 0, 'hostile: an unknown shortcode attribute is dropped');
    check(found.shortcodeHeading.includes('A > B') && found.shortcodeHeading.includes('x > y'), 'hostile: ">" in attribute text is kept as text (tag and shortcode)', found.shortcodeHeading);
    check(!found.leaked, 'hostile: no CSS text on the page', found.text);
    await page.close();
  }

  // Files only where needed, and layout shift with the widgets' code held back 1 s.
  {
    const page = await visitor.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(plain.json.link, {waitUntil: 'load'});
    await page.goto(`${site}/?page_id=2`, {waitUntil: 'load'});
    const ours = requested.filter((url) => url.includes(pluginFiles));
    check(ours.length === 0, 'pages without a widget get none of the plugin\'s files', ours);
    await page.close();
  }
  for (const width of [375, 1280]) {
    const page = await visitor.newPage();
    await page.setViewportSize({width, height: 800});
    await page.route(`**${pluginFiles}cdn/**/*.js*`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(posts.contributor.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta') && customElements.get('ijm-article-card'), null, {timeout: 60000});
    await page.waitForTimeout(1500);
    const shift = await page.evaluate(() => window.__shift);
    check(shift <= 0.01, `layout shift at ${width} px with the widgets' code held back 1 s: ${shift.toFixed(4)} (≤ 0.01)`, shift);
    await page.close();
  }
  check(offSite.length === 0, 'no request left the site', [...new Set(offSite)].slice(0, 10));

  // 4b. A site with DISALLOW_UNFILTERED_HTML (strict.localhost: its own database, the same plugin
  // files), where not even the administrator may post unfiltered HTML: the administrator's widgets,
  // shortcodes and blocks come through the HTML filter, nothing hostile does.
  {
    const strict = 'http://strict.localhost';
    const strictWp = (...args) => JSON.parse(execFileSync('php', ['test/wordpress/wp.php', ...args], {encoding: 'utf8', env: {...process.env, IJM_WP_HOST: 'strict.localhost'}}));
    strictWp('site-language', 'ro_RO');
    check(strictWp('activate') === true, 'DISALLOW_UNFILTERED_HTML: the plugin activates on that site');
    const strictAdmin = strictWp('users').administrator;
    check(strictAdmin.can_unfiltered_html === false, 'DISALLOW_UNFILTERED_HTML: even the administrator has no unfiltered_html');
    const strictContext = await browser.newContext({viewport: {width: 375, height: 800}});
    strictContext.setDefaultTimeout(60000);
    const page = await strictContext.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${strict}/`);
    // From the site's own page: Node does not resolve *.localhost names, the browser does.
    const saved = await page.evaluate(
      async ({content, auth}) => {
        const response = await fetch(`/?rest_route=${encodeURIComponent('/wp/v2/posts')}`, {method: 'POST', headers: {Authorization: `Basic ${btoa(auth)}`, 'Content-Type': 'application/json'}, body: JSON.stringify({title: 'Widgeturi (fără HTML nefiltrat)', status: 'publish', content})});
        return {status: response.status, json: await response.json().catch(() => null)};
      },
      {
        content: `${widgetsHtml('administrator')}\n${blocksHtml('administrator')}\n<script>window.__pwned = 'strict'</script><style>.entry-content{display:none}</style><ijm-donate-cta onclick="window.__pwned = 'strict-on'" href="javascript:alert(1)"></ijm-donate-cta>`,
        auth: `${strictAdmin.login}:${strictAdmin.app_password}`,
      },
    );
    check(saved.status === 201, 'DISALLOW_UNFILTERED_HTML: the administrator saves a post through REST', saved.status);
    await page.goto(saved.json.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta') && customElements.get('ijm-email-signup') && customElements.get('ijm-article-card'));
    const seen = await page.evaluate(async () => {
      const content = document.querySelector('.entry-content, .wp-block-post-content, article');
      const widgets = [...(content?.querySelectorAll('ijm-donate-cta, ijm-email-signup') ?? [])];
      await Promise.all(widgets.map((el) => el.updateComplete));
      return {
        tags: [...(content?.querySelectorAll('ijm-donate-cta, ijm-email-signup, ijm-article-card, ijm-icon') ?? [])].map((el) => el.localName),
        donate: content?.querySelector('ijm-donate-cta')?.shadowRoot?.textContent ?? '',
        signup: content?.querySelector('ijm-email-signup')?.shadowRoot?.textContent ?? '',
        consent: content?.querySelector('ijm-email-signup[consent]')?.getAttribute('consent'),
        pwned: window.__pwned ?? null,
        scripts: content?.querySelectorAll('script, style').length,
        on: [...(content?.querySelectorAll('*') ?? [])].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        unsafe: [...(content?.querySelectorAll('*') ?? [])].filter((el) => [...el.attributes].some((a) => /^\s*javascript:/i.test(a.value))).length,
        cssText: /\.entry-content\s*\{/.test(content?.textContent ?? ''),
      };
    });
    const count = (tag) => seen.tags.filter((t) => t === tag).length;
    check(count('ijm-donate-cta') >= 2 && count('ijm-email-signup') === 2 && count('ijm-article-card') === 2 && count('ijm-icon') >= 1, 'DISALLOW_UNFILTERED_HTML: the tags, the shortcode and the blocks all come through', seen.tags);
    check(/Donează/.test(seen.donate) && seen.signup.length > 0, 'DISALLOW_UNFILTERED_HTML: the donate box and the sign-up render, in Romanian', seen.donate.slice(0, 120));
    check(seen.consent?.includes('>') === true, 'DISALLOW_UNFILTERED_HTML: a ">" in attribute text survives whole', seen.consent);
    check(seen.pwned === null && seen.scripts === 0 && seen.on === 0 && seen.unsafe === 0 && !seen.cssText, 'DISALLOW_UNFILTERED_HTML: no script, style, on* or javascript: from the administrator, and no CSS text', seen);
    check(errors.length === 0, 'DISALLOW_UNFILTERED_HTML: no page error', errors);
    if (shots) await page.screenshot({path: 'screenshots/wordpress-strict-375.png', fullPage: true});
    await strictContext.close();
  }

  // 5. Uninstall removes the options; the posts stay as they were saved.
  const uninstalled = wp('uninstall');
  const raw = await rest(admin, 'GET', `/wp/v2/posts/${posts.contributor.id}`, undefined, '&context=edit');
  check(/<!-- wp:ijm\/donate-cta \{"campaign":"primavara","variant":"banner"\} \/-->/.test(raw.json?.content?.raw ?? ''), 'after deleting the plugin the posts keep their blocks', raw.json?.content?.raw?.slice(0, 200));
  check(uninstalled === true, 'the plugin deletes (its uninstall.php runs)', uninstalled);
  const left = ['ijm_widgets_partner', 'ijm_widgets_currency', 'ijm_widgets_donate_href', 'ijm_widgets_signup_action', 'ijm_widgets_carry_utm', 'ijm_widgets_analytics', 'ijm_widgets_primary_color'].filter((o) => wp('option', o) !== null);
  check(left.length === 0, 'uninstalling deletes every option', left);

  // 6. A multisite network (sub-domains): the super admin installs and network-activates the zip;
  // a site administrator (no unfiltered_html there) writes the post; a classic theme with the
  // donate button in a widget area.
  const net = 'http://net.localhost';
  const netAdmin = await browser.newContext({viewport: {width: 1280, height: 900}});
  netAdmin.setDefaultTimeout(60000);
  const netPage = await netAdmin.newPage();
  await logIn(netPage, admin, net);
  await openUpload(netPage, `${net}/wp-admin/network/plugin-install.php?tab=upload`, admin, net);
  await netPage.setInputFiles('#pluginzip', zip);
  await Promise.all([netPage.waitForNavigation(), netPage.click('#install-plugin-submit')]);
  const networkActivate = netPage.locator('a.button-primary[href*="networkwide=1"]');
  check((await networkActivate.count()) === 1, 'multisite: the super admin installs the zip from Network Admin → Plugins', await netPage.locator('.wrap').innerText());
  await Promise.all([netPage.waitForNavigation(), networkActivate.click()]);
  check((await netPage.locator('tr[data-plugin="ijm-widgets/ijm-widgets.php"]').getAttribute('class'))?.includes('active'), 'multisite: the plugin is network-active');
  await netAdmin.close();

  const siteAdmin = JSON.parse(execFileSync('php', ['test/wordpress/wp.php', 'network-site'], {encoding: 'utf8', env: {...process.env, IJM_WP_HOST: 'net.localhost'}}));
  check(siteAdmin.can_unfiltered_html === false, 'multisite: the site administrator has no unfiltered_html');
  const siteContext = await browser.newContext({viewport: {width: 1280, height: 900}});
  siteContext.setDefaultTimeout(60000);
  const sitePage = await siteContext.newPage();
  await sitePage.goto(siteAdmin.url);
  const siteRest = (method, route, body) =>
    sitePage.evaluate(
      async ({method, route, body, auth}) => {
        const response = await fetch(`/?rest_route=${encodeURIComponent(route)}`, {method, headers: {Authorization: `Basic ${btoa(auth)}`, 'Content-Type': 'application/json'}, body: body && JSON.stringify(body)});
        return {status: response.status, json: await response.json().catch(() => null)};
      },
      {method, route, body, auth: `${siteAdmin.login}:${siteAdmin.app_password}`},
    );
  const siteSettings = await siteRest('POST', '/wp/v2/settings', {ijm_widgets_currency: 'UAH', ijm_widgets_partner: 'nadiya-ua'});
  check(siteSettings.status === 200, 'multisite: the site administrator saves the settings', siteSettings);
  const sitePost = await siteRest('POST', '/wp/v2/posts', {
    title: 'Widgeturi (rețea)',
    status: 'publish',
    content: `${widgetsHtml('administratorul site-ului')}\n<script>window.__pwned = 'ms'</script><ijm-donate-cta onclick="window.__pwned = 'ms-on'" href="javascript:alert(1)"></ijm-donate-cta>`,
  });
  check(sitePost.status === 201, 'multisite: the site administrator saves a post through REST', sitePost.status);
  await siteContext.close();

  const netVisitor = await browser.newContext({viewport: {width: 1280, height: 900}});
  netVisitor.setDefaultTimeout(60000);
  {
    const page = await netVisitor.newPage();
    await page.goto(sitePost.json.link, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('ijm-donate-cta') && customElements.get('ijm-email-signup'));
    const seen = await page.evaluate(async () => {
      const content = document.querySelector('.entry-content');
      const donate = content?.querySelector('ijm-donate-cta');
      await donate?.updateComplete;
      return {
        head: document.head.querySelectorAll('script[type="module"][src*="ijm-widgets/cdn/loader.js"]').length,
        tags: [...(content?.querySelectorAll('ijm-donate-cta, ijm-email-signup, ijm-article-card, ijm-icon') ?? [])].map((el) => el.localName),
        currency: donate?.closest('ijm-widgets')?.getAttribute('currency'),
        donateText: donate?.shadowRoot?.textContent ?? '',
        pwned: window.__pwned ?? null,
        scripts: content?.querySelectorAll('script').length,
        on: [...(content?.querySelectorAll('*') ?? [])].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        unsafe: [...(content?.querySelectorAll('*') ?? [])].filter((el) => [...el.attributes].some((a) => /^\s*javascript:/i.test(a.value))).length,
        footer: document.querySelector('.widget-area ijm-donate-cta[variant="compact"]')?.shadowRoot?.textContent?.trim() ?? null,
      };
    });
    check(seen.head === 1 && ['ijm-donate-cta', 'ijm-email-signup', 'ijm-article-card', 'ijm-icon'].every((t) => seen.tags.includes(t)), 'multisite: the site administrator\'s widgets are kept and the loader is in <head> (classic theme)', seen);
    check(seen.currency === 'UAH' && /UAH|грн|₴/.test(seen.donateText) && /Donează/.test(seen.donateText), 'multisite: the site\'s own settings and language reach the widgets', seen.donateText.slice(0, 160));
    check(seen.pwned === null && seen.scripts === 0 && seen.on === 0 && seen.unsafe === 0, 'multisite: no script, on* or javascript: from the site administrator', seen);
    check(seen.footer !== null && /Donează/.test(seen.footer), 'multisite: the donate button in the widget area renders', seen.footer);
    if (shots) await page.screenshot({path: 'screenshots/wordpress-multisite-1280.png'});
    await page.close();
  }
  {
    // A page whose content has no widget still needs the files for its widget area.
    const page = await netVisitor.newPage();
    await page.goto(`${siteAdmin.url}?page_id=2`, {waitUntil: 'load'});
    const head = await page.evaluate(() => document.head.querySelectorAll('script[src*="ijm-widgets/cdn/loader.js"], link[href*="ijm-widgets/cdn/placeholders.css"]').length);
    check(head === 2, 'multisite: a widget in a widget area puts the loader and placeholders in <head> on every page that shows it', head);
    await page.close();
  }
  await netVisitor.close();
  const netUninstalled = JSON.parse(execFileSync('php', ['test/wordpress/wp.php', 'uninstall'], {encoding: 'utf8', env: {...process.env, IJM_WP_HOST: 'net.localhost'}}));
  const siteLeft = ['ijm_widgets_currency', 'ijm_widgets_partner'].filter(
    (o) => JSON.parse(execFileSync('php', ['test/wordpress/wp.php', 'option', o], {encoding: 'utf8', env: {...process.env, IJM_WP_HOST: 'ro.net.localhost'}})) !== null,
  );
  check(netUninstalled === true && siteLeft.length === 0, 'multisite: deleting the plugin deletes every site\'s options', {netUninstalled, siteLeft});
} finally {
  await browser.close();
}

console.log(failures ? `\n${failures} check(s) failed.` : '\nAll WordPress checks passed.');
process.exit(failures ? 1 : 0);
