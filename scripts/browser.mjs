// Where the headless browser lives: $CHROME_PATH, else Debian's /usr/bin/chromium,
// else undefined (Playwright's own managed browser on a developer laptop).
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

export const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));

// Root in a container needs --no-sandbox; the rest keep Chromium off the network.
export const chromeArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const launchOptions = {executablePath: chromePath, args: chromeArgs, headless: true};

// The other two engines `npm run test:browsers` runs (scripts/test-browsers.mjs), from Debian:
// Firefox ESR (`firefox-esr`), driven over WebDriver BiDi by puppeteer-core, and WebKitGTK's
// MiniBrowser (`webkit2gtk-driver`), driven by WebKitWebDriver over classic WebDriver.
export const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));

/** A program on $PATH, or undefined. */
function onPath(name) {
  return (process.env.PATH ?? '').split(':').map((dir) => `${dir}/${name}`).find((p) => existsSync(p));
}

export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
export const xvfbPath = onPath('Xvfb');

/** MiniBrowser: $WEBKIT_MINIBROWSER, else where Debian's libwebkit2gtk package put it. */
export const miniBrowserPath = [
  process.env.WEBKIT_MINIBROWSER,
  ...['x86_64-linux-gnu', 'aarch64-linux-gnu'].flatMap((arch) => [`/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${arch}/webkitgtk-6.0/MiniBrowser`]),
].find((p) => p && existsSync(p));

/**
 * Why `engine` cannot run on this machine, or undefined when it can. WebKit needs a display:
 * $DISPLAY, else Xvfb (scripts/test-browsers.mjs starts it).
 */
export function missing(engine) {
  // Chromium is `npm test`'s browser: Debian's, or Playwright's own on a laptop.
  if (engine === 'chromium') return undefined;
  if (engine === 'firefox') return firefoxPath ? undefined : 'no Firefox (apt install firefox-esr, or set FIREFOX_PATH)';
  if (!webkitDriverPath) return 'no WebKitWebDriver (apt install webkit2gtk-driver, or set WEBKIT_WEBDRIVER)';
  if (!miniBrowserPath) return 'no MiniBrowser (apt install webkit2gtk-driver, or set WEBKIT_MINIBROWSER)';
  if (!process.env.DISPLAY && !xvfbPath) return 'no display: set DISPLAY, or apt install xvfb';
  return undefined;
}

/** What `engine` is here, for the log and the README: "Chromium 156.0…", "Mozilla Firefox 153.8.0esr", "WebKitGTK 2.50.6". */
export function engineVersion(engine) {
  const run = (command, args) => {
    const result = spawnSync(command, args, {encoding: 'utf8', timeout: 30000});
    return result.status === 0 ? result.stdout.trim() : '';
  };
  if (engine === 'chromium') return (chromePath && run(chromePath, ['--version']).split(/\s+built/)[0]) || 'Chromium (Playwright’s)';
  if (engine === 'firefox') return run(firefoxPath, ['--version']) || 'Firefox';
  const version = run('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']).split(/[-~]/)[0];
  return version ? `WebKitGTK ${version}` : 'WebKitGTK';
}
