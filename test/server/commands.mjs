// Test commands that work in every launcher the suite runs in (web-test-runner.config.mjs):
//   press-keys       {keys: 'Tab' | 'Shift+Tab' | …}: test/helpers/keys.ts. @web/test-runner-commands'
//                    sendKeys passes key names on as they are, and Firefox over WebDriver BiDi
//                    (puppeteer) refuses "Space" and any chord.
//   reduced-motion   {reduce: boolean}: emulates prefers-reduced-motion where the protocol can
//                    (Playwright, Chromium over CDP) and answers false where it cannot (Firefox over
//                    BiDi, WebDriver) instead of failing: test/helpers/motion.ts.
//   viewport         {width, height}: sets the page's viewport (innerWidth × innerHeight) in every
//                    launcher: test/helpers/viewport.ts. @web/test-runner-commands' setViewport has
//                    no WebDriver route; there the window is resized, by the height of the
//                    browser's own toolbar more, and the result is checked.

/** WebDriver's code points for the keys the tests press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

export function pressKeysPlugin() {
  return {
    name: 'press-keys',
    async executeCommand({command, payload, session}) {
      if (command !== 'press-keys') return undefined;
      const keys = String(payload?.keys ?? '').split('+');
      if (!keys.every(Boolean)) throw new Error(`press-keys: bad key "${payload?.keys}"`);
      const {browser} = session;
      if (browser.type === 'playwright') {
        await browser.getPage(session.id).keyboard.press(keys.join('+'));
      } else if (browser.type === 'puppeteer') {
        const {keyboard} = browser.getPage(session.id);
        // puppeteer's BiDi keyboard knows the space bar only as the character.
        const names = keys.map((key) => (key === 'Space' ? ' ' : key));
        for (const key of names.slice(0, -1)) await keyboard.down(key);
        await keyboard.press(names.at(-1));
        for (const key of names.slice(0, -1).reverse()) await keyboard.up(key);
      } else if (browser.type === 'webdriver') {
        const values = keys.map((key) => WEBDRIVER_KEYS[key] ?? key);
        if (!values.every((v) => [...v].length === 1)) throw new Error(`press-keys: no WebDriver key for "${payload.keys}"`);
        const actions = [...values.map((value) => ({type: 'keyDown', value})), ...values.reverse().map((value) => ({type: 'keyUp', value}))];
        // The launcher has no method for key actions; its session manager does.
        await browser.driverManager.performActions(session.id, [{type: 'key', id: 'keyboard', actions}]);
      } else {
        throw new Error(`press-keys: no keyboard for ${browser.type}`);
      }
      return true;
    },
  };
}

export function reducedMotionPlugin() {
  return {
    name: 'reduced-motion',
    async executeCommand({command, payload, session}) {
      if (command !== 'reduced-motion') return undefined;
      const reducedMotion = payload?.reduce ? 'reduce' : 'no-preference';
      const {browser} = session;
      if (browser.type === 'playwright') {
        await browser.getPage(session.id).emulateMedia({reducedMotion});
        return true;
      }
      if (browser.type === 'puppeteer' && browser.name !== 'Firefox') {
        await browser.getPage(session.id).emulateMediaFeatures([{name: 'prefers-reduced-motion', value: reducedMotion}]);
        return true;
      }
      return false;
    },
  };
}

export function viewportPlugin() {
  return {
    name: 'viewport',
    async executeCommand({command, payload, session}) {
      if (command !== 'viewport') return undefined;
      const width = Number(payload?.width);
      const height = Number(payload?.height);
      if (!(width > 0 && height > 0)) throw new Error(`viewport: bad size ${JSON.stringify(payload)}`);
      const {browser} = session;
      if (browser.type === 'playwright') {
        await browser.getPage(session.id).setViewportSize({width, height});
      } else if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).setViewport({width, height});
      } else if (browser.type === 'webdriver') {
        // One window per run (concurrency 1): the test page is the top-level document. The window
        // rect includes MiniBrowser's toolbar, so measure it and add it to the height.
        const {driver} = browser;
        const inner = () => driver.execute(() => ({width: innerWidth, height: innerHeight, focused: document.hasFocus()}));
        const before = await inner();
        const rect = await driver.getWindowRect();
        const outer = [width + (rect.width - before.width), height + (rect.height - before.height)];
        // Without a window manager the new size can reach the page a moment after the command
        // returns (seen under load): ask again and wait, for up to 5 s, before calling it refused.
        let after;
        for (let attempt = 0; attempt < 10; attempt++) {
          if (attempt % 4 === 0) await driver.setWindowRect(null, null, ...outer);
          after = await inner();
          if (after.width === width && after.height === height) break;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        if (after.width !== width || after.height !== height) {
          throw new Error(`viewport: asked for ${width}×${height}, the window gives ${after.width}×${after.height} (MiniBrowser is at least about 450 px wide)`);
        }
        // Without a window manager a resize can take the window's focus, and :focus-visible with it.
        if (!after.focused) await driver.switchToWindow(await driver.getWindowHandle());
      } else {
        throw new Error(`viewport: no route for ${browser.type}`);
      }
      return true;
    },
  };
}
