import {defineConfig} from 'vitest/config';

/**
 * `npm run test:dom-shims`: the elements in the DOMs that unit-test runners give instead of a
 * browser (test/dom-shims/*.vitest.ts, once in jsdom and once in happy-dom). The real tests run
 * in browsers (`npm test`, web-test-runner: test/**\/*.test.ts only).
 */
export default defineConfig({
  test: {
    projects: ['jsdom', 'happy-dom'].map((environment) => ({
      test: {name: environment, environment, include: ['test/dom-shims/**/*.vitest.ts']},
    })),
  },
});
