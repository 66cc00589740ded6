// `npm run test:consumers` (after `npm run build`): the package as teams get it. Packs the tarball,
// copies consumers/ to a temp dir, installs the tarball plus the apps' dependencies from the npm
// registry, then in each app: strict TypeScript 5.9; React 19 (tsc, vite build, the built app in
// Chromium); a Next.js App Router page (next build, next start, Chromium); a Node server that
// renders every element with @lit-labs/ssr, hydrated in Chromium under the README's CSP; Vitest
// with jsdom; Node's require(); the README's code examples (from the packed README) compile.
// Fails on the first failure.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ijm-consumers-'));
const run = (cmd, args, cwd = dir) => {
  console.log(`\n> (${cwd.replace(dir, 'consumers')}) ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {cwd, stdio: 'inherit', env: {...process.env, NODE_NO_WARNINGS: '1', NEXT_TELEMETRY_DISABLED: '1'}});
};
const step = (name, fn) => {
  const start = Date.now();
  fn();
  console.log(`✓ ${name} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
};

try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop();
  cpSync(join(root, 'consumers'), dir, {recursive: true, filter: (src) => !/node_modules|[\\/]dist$/.test(src)});
  step('install the tarball and the apps’ dependencies', () =>
    run('npm', ['install', '--no-audit', '--no-fund', join(dir, tarball)]),
  );
  step('strict TypeScript 5.9 (tags, events on document and window, helpers, types only)', () =>
    run('npx', ['tsc', '-p', 'strict-ts']),
  );
  step('React 19: tsc, vite build, the built app in Chromium', () => {
    run('npx', ['tsc', '-p', 'react-vite']);
    run('npx', ['vite', 'build', 'react-vite']);
    run('node', ['react-vite/check.mjs']);
  });
  step('Next.js App Router: next build, next start, the page in Chromium', () => {
    run('npx', ['next', 'build'], join(dir, 'next-app'));
    run('node', ['next-app/check.mjs']);
  });
  step('the README’s ts, tsx and js examples compile as shown (TypeScript 5.9)', () => {
    run('node', ['readme/extract.mjs']);
    run('npx', ['tsc', '-p', 'readme']);
    run('npx', ['tsc', '-p', 'readme/tsconfig.js.json']);
  });
  step('Lit SSR (a Node server as Astro or Eleventy): every element rendered, hydrated in Chromium under the README’s CSP', () => {
    run('npx', ['vite', 'build', 'lit-ssr']);
    run('node', ['lit-ssr/check.mjs']);
  });
  step('Vitest with jsdom', () => run('npx', ['vitest', 'run', '--root', 'vitest']));
  step('require() from CommonJS', () => run('node', ['require/require.cjs']));
  console.log('\nEvery consumer app works with the packed package.');
} finally {
  if (!process.env.KEEP_CONSUMERS) rmSync(dir, {recursive: true, force: true});
  else console.log(`kept ${dir}`);
}
