// Starts what the WebKit engine needs for scripts/test-browsers.mjs and the check-*-browsers and
// check-stories scripts: an Xvfb display (unless $DISPLAY is set) and WebKitWebDriver on a free
// port; stopHelpers() stops them (also on Ctrl-C). openMiniBrowser() adds a WebDriver session.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {remote} from 'webdriverio';
import {miniBrowserPath, webkitDriverPath, xvfbPath} from './browser.mjs';

const started = [];

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls `check` every 100 ms until it returns true, for at most `ms`. */
async function until(check, ms, what) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return;
  }
  throw new Error(`${what}: not ready after ${ms / 1000} s`);
}

/** Starts a helper program that runs until stopHelpers(). */
function startHelper(command, args, env) {
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, ...env}});
  let errors = '';
  child.stderr.on('data', (d) => (errors = (errors + d).slice(-2000)));
  child.on('exit', (code) => {
    if (started.includes(child) && code !== null) console.error(`${command} stopped (exit ${code}): ${errors}`);
  });
  started.push(child);
  return child;
}

export function stopHelpers() {
  for (const child of started.splice(0).reverse()) child.kill();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopHelpers(), process.exit(130)));

/** An Xvfb display for MiniBrowser, unless there is one: the environment for WebKitWebDriver. */
async function display() {
  if (process.env.DISPLAY) return {};
  // Two runs at once (two worktrees) each get their own display.
  let number = 100 + (process.pid % 400);
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++;
  startHelper(xvfbPath, [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  await until(() => existsSync(`/tmp/.X11-unix/X${number}`), 30000, 'Xvfb');
  return {DISPLAY: `:${number}`};
}

export async function startWebKitDriver() {
  const env = await display();
  const port = await freePort();
  startHelper(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], env);
  const ready = () =>
    fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false);
  await until(ready, 30000, 'WebKitWebDriver');
  return {port, env: {...env, IJM_WEBDRIVER_PORT: String(port)}};
}


/**
 * A WebDriver session (webdriverio) with WebKitGTK's MiniBrowser, on a WebKitWebDriver of its own.
 * Close it with `deleteSession()`, then stopHelpers().
 */
export async function openMiniBrowser() {
  const {port} = await startWebKitDriver();
  return remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {binary: miniBrowserPath, args: ['--automation']},
      // WebKitWebDriver speaks classic WebDriver only; without this webdriverio asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
    },
  });
}
