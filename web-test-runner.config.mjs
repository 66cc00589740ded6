import {defaultReporter} from '@web/test-runner';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {firefoxPath, launchOptions, miniBrowserPath} from './scripts/browser.mjs';
import {testApi} from './test/server/test-api.mjs';
import {pressKeysPlugin, reducedMotionPlugin, viewportPlugin} from './test/server/commands.mjs';

/**
 * Fails the run when no test ran, or when a test file holds no tests (a file that imports
 * nothing testable would otherwise pass silently).
 */
function requireTests() {
  return {
    onTestRunFinished({sessions}) {
      const count = (suite) => (suite?.tests?.length ?? 0) + (suite?.suites ?? []).reduce((n, s) => n + count(s), 0);
      const empty = sessions.filter((s) => count(s.testResults) === 0).map((s) => s.testFile);
      if (sessions.length === 0 || empty.length > 0) {
        console.error(`\nNo tests ran${empty.length ? ` in: ${empty.join(', ')}` : ''}.`);
        process.on('exit', () => (process.exitCode = 1));
      }
    },
  };
}

/**
 * The browser: Chromium (`npm test`), or the engine `IJM_BROWSER` names, which
 * scripts/test-browsers.mjs (`npm run test:browsers`) sets, with the WebDriver port of the
 * WebKitWebDriver it started.
 */
const engine = process.env.IJM_BROWSER ?? 'chromium';
const launchers = {
  chromium: () => playwrightLauncher({product: 'chromium', launchOptions}),
  // puppeteer-core with Debian's Firefox over WebDriver BiDi (what @web/test-runner-puppeteer does,
  // without the `puppeteer` package, which downloads a Chrome of its own when installed).
  firefox: () => chromeLauncher({puppeteer: puppeteerCore, launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true}}),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.IJM_WEBDRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: miniBrowserPath, args: ['--automation']},
        // WebKitWebDriver speaks classic WebDriver only; without this webdriverio asks for BiDi
        // and the session fails with "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};
if (!launchers[engine]) throw new Error(`IJM_BROWSER=${engine}: one of ${Object.keys(launchers).join(', ')}`);

/** Every test/**\/*.test.ts in one headless engine (Chromium unless told), TypeScript via esbuild. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), pressKeysPlugin(), reducedMotionPlugin(), viewportPlugin()],
  middleware: [testApi],
  browsers: [launchers[engine]()],
  concurrency: 1,
  // Firefox takes 40 s to start on a busy two-core machine; the defaults (30 s, 20 s, 120 s) are for idle ones.
  browserStartTimeout: 120000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Generous: on a busy two-core machine axe's first check in a test file took 15 s in Firefox.
  testFramework: {config: {timeout: 60000}},
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/helpers/cloneable-failures.ts"></script>
  </body></html>`,
  reporters: [defaultReporter(), requireTests()],
  // V8 coverage: Chromium only.
  coverage: engine === 'chromium',
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['text-summary', 'lcov'],
    report: true,
  },
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
