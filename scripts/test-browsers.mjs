// `npm run test:browsers [-- wtr options, e.g. test/icon.test.ts]`: the whole wtr suite in
// Chromium, Firefox and WebKit, one engine after the other (web-test-runner.config.mjs picks the
// engine from IJM_BROWSER). For WebKit it starts what WebKitWebDriver needs (an Xvfb display
// unless $DISPLAY is set, then WebKitWebDriver itself) and stops both afterwards. An engine this
// machine lacks is skipped with the reason (`IJM_BROWSERS=firefox,webkit` picks engines; with
// CI set, a missing engine fails the run). Fails when any test fails in any engine.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {missing, webkitDriverPath, xvfbPath} from './browser.mjs';

const engines = (process.env.IJM_BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const wtrArgs = process.argv.slice(2);
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

/** Starts a helper program that runs until stopAll(). */
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

function stopAll() {
  for (const child of started.splice(0).reverse()) child.kill();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(130)));

/** An Xvfb display for MiniBrowser, unless there is one: the environment for WebKitWebDriver. */
async function display() {
  if (process.env.DISPLAY) return {};
  let number = 99;
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++;
  startHelper(xvfbPath, [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  await until(() => existsSync(`/tmp/.X11-unix/X${number}`), 10000, 'Xvfb');
  return {DISPLAY: `:${number}`};
}

async function startWebKitDriver() {
  const env = await display();
  const port = await freePort();
  startHelper(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], env);
  const ready = () =>
    fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false);
  await until(ready, 10000, 'WebKitWebDriver');
  return {...env, IJM_WEBDRIVER_PORT: String(port)};
}

function runWtr(engine, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs], {
      stdio: 'inherit',
      env: {...process.env, ...env, IJM_BROWSER: engine},
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
try {
  for (const engine of engines) {
    const why = missing(engine);
    if (why) {
      results.push({engine, status: process.env.CI ? 'missing' : 'skipped', why});
      continue;
    }
    console.log(`\n=== ${engine} ===`);
    const begun = Date.now();
    let code;
    try {
      code = await runWtr(engine, engine === 'webkit' ? await startWebKitDriver() : {});
    } catch (error) {
      console.error(`${engine}: ${error.message}`);
      code = 1;
    } finally {
      stopAll();
    }
    results.push({engine, status: code === 0 ? 'passed' : 'failed', why: `${Math.round((Date.now() - begun) / 1000)} s`});
  }
} finally {
  stopAll();
}

console.log('\ntest:browsers');
for (const {engine, status, why} of results) console.log(`  ${engine.padEnd(9)} ${status} (${why})`);
const bad = results.filter((r) => r.status === 'failed' || r.status === 'missing');
if (bad.length || !results.some((r) => r.status === 'passed')) {
  console.error(`\ntest:browsers failed: ${bad.map((r) => `${r.engine} ${r.status}`).join(', ') || 'no engine ran'}`);
  process.exit(1);
}
