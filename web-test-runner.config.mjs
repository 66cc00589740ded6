import {playwrightLauncher} from '@web/test-runner-playwright';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {launchOptions} from './scripts/browser.mjs';
import {testApi} from './test/server/test-api.mjs';

/** `npm test`: every test/**\/*.test.ts in headless Chromium, TypeScript via esbuild. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  middleware: [testApi],
  browsers: [playwrightLauncher({product: 'chromium', launchOptions})],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['text-summary', 'lcov'],
    report: true,
  },
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
