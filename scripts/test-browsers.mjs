// `npm run test:browsers [-- wtr options, e.g. test/icon.test.ts]`: the whole wtr suite in
// Chromium, Firefox and WebKit, one engine after the other (web-test-runner.config.mjs picks the
// engine from IJM_BROWSER). For WebKit it starts what WebKitWebDriver needs (an Xvfb display
// unless $DISPLAY is set, then WebKitWebDriver itself) and stops both afterwards. An engine this
// machine lacks is skipped with the reason (`IJM_BROWSERS=firefox,webkit` picks engines; with
// CI set, a missing engine fails the run). Fails when any test fails in any engine.
import {spawn} from 'node:child_process';
import {engineVersion, missing} from './browser.mjs';
import {startWebKitDriver, stopHelpers} from './engines.mjs';

const engines = (process.env.IJM_BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const wtrArgs = process.argv.slice(2);
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
    const version = engineVersion(engine);
    console.log(`\n=== ${engine}: ${version} ===`);
    const begun = Date.now();
    let code;
    try {
      code = await runWtr(engine, engine === 'webkit' ? (await startWebKitDriver()).env : {});
    } catch (error) {
      console.error(`${engine}: ${error.message}`);
      code = 1;
    } finally {
      stopHelpers();
    }
    results.push({engine, status: code === 0 ? 'passed' : 'failed', why: `${version}, ${Math.round((Date.now() - begun) / 1000)} s`});
  }
} finally {
  stopHelpers();
}

console.log('\ntest:browsers');
for (const {engine, status, why} of results) console.log(`  ${engine.padEnd(9)} ${status} (${why})`);
const bad = results.filter((r) => r.status === 'failed' || r.status === 'missing');
if (bad.length || !results.some((r) => r.status === 'passed')) {
  console.error(`\ntest:browsers failed: ${bad.map((r) => `${r.engine} ${r.status}`).join(', ') || 'no engine ran'}`);
  process.exit(1);
}
