// Loads a server-rendered page in Chromium and hydrates it, noting what a reader would see go
// wrong. Shared by test/ssr/hydration.mjs (the source) and consumers/lit-ssr (the packed
// package); imports nothing, so it runs from either place. The page loads its client module
// with `<script type="module" src=…>`; that request is held until the server HTML has been
// looked at, so "before" is the page as the server sent it, with no script run.

/**
 * Per `[data-fixture]` box: its text (shadow DOM included, `<style>` left out), checked radios,
 * field values, whether every widget in it got a shadow root (and whether any is defined yet),
 * and its size.
 */
const snapshot = (tab) =>
  tab.evaluate(() => {
    const text = (node) =>
      [...node.childNodes]
        .map((n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 && n.localName !== 'style' && n.localName !== 'script' ? text(n) + (n.shadowRoot ? text(n.shadowRoot) : '') : ''))
        .join('');
    const deep = (node, selector) => [...node.querySelectorAll(selector), ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? deep(e.shadowRoot, selector) : []))];
    return Object.fromEntries(
      [...document.querySelectorAll('[data-fixture]')].map((box) => {
        const elements = [...box.querySelectorAll('*')].filter((e) => e.localName.startsWith('ijm-'));
        const {height, width} = box.getBoundingClientRect();
        return [
          box.dataset.fixture,
          {
            text: text(box).replace(/\s+/g, ' ').trim(),
            checked: deep(box, 'input[type=radio]').filter((i) => i.checked).map((i) => i.value),
            values: deep(box, 'input:not([type=radio]):not([type=checkbox])').map((i) => i.value),
            shadow: elements.every((e) => e.shadowRoot),
            defined: elements.some((e) => customElements.get(e.localName)),
            box: `${Math.round(width)}×${Math.round(height)}`,
          },
        ];
      }),
    );
  });

/**
 * Opens `url` in a new tab of `browser` (playwright-core), snapshots the server HTML, lets the
 * script at `client` (a path) load, waits until every element has hydrated, snapshots again.
 * `beforeHydration(tab)` runs in between, before the client script. Returns the tab (still
 * open), both snapshots, the layout shift once the server HTML is parsed (PerformanceObserver;
 * `parsingShift`: before that), every console
 * warning and error (but Lit's "dev mode" notice), page error, CSP violation and element
 * that failed to update, as `problems`.
 */
export async function hydratePage(browser, url, {client = '/client.js', beforeHydration} = {}) {
  const tab = await browser.newPage({viewport: {width: 1024, height: 4000}});
  const problems = [];
  tab.on('console', (m) => {
    if (['warning', 'error'].includes(m.type()) && !m.text().includes('Lit is in dev mode')) problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => ({value: e.value, at: e.startTime})))).observe({type: 'layout-shift', buffered: true});
  });
  let release;
  const released = new Promise((done) => (release = done));
  await tab.route((u) => u.pathname === client, async (route) => {
    await released;
    await route.continue();
  });
  await tab.goto(url, {waitUntil: 'commit'});
  await tab.waitForFunction(() => document.readyState !== 'loading');
  // And the page's own stylesheets applied: the parser is done before they need be (a CI run on a
  // busy machine snapshotted the page without its CSS, 1008 px wide for its 1000 px body, and
  // called the difference a change on hydration).
  await tab.waitForFunction(() => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet));
  // From here on the server HTML is all there. Before, the parser may lay out a half-parsed page
  // (on a busy machine it yields more often): a box whose content is still arriving moves. That
  // is the page arriving, not hydration, so it is reported apart (`parsingShift`).
  const parsedAt = await tab.evaluate(() => performance.now());
  const before = await snapshot(tab);
  for (const name of Object.keys(before)) {
    if (!before[name].shadow) problems.push(`${name}: the browser made no shadow root from the server HTML`);
    if (before[name].defined) problems.push(`${name}: defined before the client script was let through (${client} is not the page's module?)`);
  }

  await beforeHydration?.(tab);
  release();
  // Every element upgraded and rendered (hydration is the first update).
  await tab.waitForFunction(() => [...document.querySelectorAll('[data-fixture] *')].every((e) => !e.localName.startsWith('ijm-') || customElements.get(e.localName)));
  const updateErrors = await tab.evaluate(async () => {
    const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    const errors = [];
    for (let i = 0; i < 3; i++) {
      await Promise.all(
        all(document)
          .filter((e) => e.updateComplete)
          .map((e) => {
            const where = () => {
              let node = e;
              while (!node.closest('[data-fixture]') && node.getRootNode().host) node = node.getRootNode().host;
              return `${node.closest('[data-fixture]')?.dataset.fixture} <${e.localName}>`;
            };
            // An element that never hydrates (a nested one whose host failed) never updates.
            let timer;
            const late = new Promise((done) => (timer = setTimeout(() => done(errors.push(`${where()}: not rendered after 5 s`)), 5000)));
            const updated = e.updateComplete.catch((error) => errors.push(`${where()}: ${error.message}`)).finally(() => clearTimeout(timer));
            return Promise.race([updated, late]);
          }),
      );
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return [...new Set(errors)];
  });
  problems.push(...updateErrors.map((error) => `hydration: ${error}`));
  const after = await snapshot(tab);
  const {shift, parsingShift, violations} = await tab.evaluate((parsed) => {
    const sum = (entries) => entries.reduce((total, e) => total + e.value, 0);
    return {shift: sum(window.shifts.filter((e) => e.at >= parsed)), parsingShift: sum(window.shifts.filter((e) => e.at < parsed)), violations: window.cspViolations};
  }, parsedAt);
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  return {tab, before, after, shift, parsingShift, problems, violations};
}

/** What differs between two snapshots of the same page, for the given keys, as messages. */
export function changes(before, after, keys = ['text', 'checked', 'values', 'box']) {
  const found = [];
  for (const name of Object.keys(before)) {
    for (const key of keys) {
      const [was, is] = [before[name][key], after[name]?.[key]].map((v) => JSON.stringify(v));
      if (was !== is) found.push(`${name}: ${key} changed on hydration: ${was} → ${is}`);
    }
  }
  return found;
}
