import {defaultReporter} from '@web/test-runner';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {launchOptions} from './scripts/browser.mjs';
import {testApi} from './test/server/test-api.mjs';

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

/** `npm test`: every test/**\/*.test.ts in headless Chromium, TypeScript via esbuild. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  middleware: [testApi],
  browsers: [playwrightLauncher({product: 'chromium', launchOptions})],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), requireTests()],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['text-summary', 'lcov'],
    report: true,
  },
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
