// Builds a small app from demo/bench/apps/<name>.js the way a web team's would (Vite, minified,
// `@ijm/widgets/...` resolved through this package's exports map) into dist/bench/<name>/, and
// measures it. Used by `npm run bench` and `npm run size`.
import {build} from 'vite';
import {brotliCompressSync, constants} from 'node:zlib';
import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const brotli = (buf) => brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** `@ijm/widgets/<entry>` as a web team's bundler sees it: through the package's exports map. */
const packageSelf = {
  name: 'ijm-package-self',
  enforce: 'pre',
  resolveId(source) {
    if (!source.startsWith(`${pkg.name}/`)) return null;
    const target = pkg.exports[`./${source.slice(pkg.name.length + 1)}`];
    return target ? join(root, target.import) : null;
  },
};

/**
 * Builds the app; returns the brotli bytes of the JavaScript it loads at start: its entry and the
 * chunks that imports statically (a dynamic import, e.g. another language's text, is left out).
 */
export async function buildApp(name) {
  const outDir = join(root, 'dist/bench', name);
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [packageSelf],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2021',
      modulePreload: false,
      rolldownOptions: {input: {[name]: join(root, 'demo/bench/apps', `${name}.js`)}, output: {entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js'}},
    },
  });
  return staticClosure(outDir, [`${name}.js`]).reduce((sum, f) => sum + brotli(readFileSync(join(outDir, f))), 0);
}

/** `entries` (paths relative to `dir`) and every file they import statically, transitively. */
export function staticClosure(dir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      visit(join(file, '..', spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}
