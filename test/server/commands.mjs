// Test commands that work in every launcher the suite runs in (web-test-runner.config.mjs):
//   press-keys       {keys: 'Tab' | 'Shift+Tab' | …}: test/helpers/keys.ts. @web/test-runner-commands'
//                    sendKeys passes key names on as they are, and Firefox over WebDriver BiDi
//                    (puppeteer) refuses "Space" and any chord.
//   reduced-motion   {reduce: boolean}: emulates prefers-reduced-motion where the protocol can
//                    (Playwright, Chromium over CDP) and answers false where it cannot (Firefox over
//                    BiDi, WebDriver) instead of failing: test/helpers/motion.ts.

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
