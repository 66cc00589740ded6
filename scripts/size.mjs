// `npm run size` (after the build): gzip and brotli size of every built file, and each widget's
// own cost, checked against size-budgets.json (brotli bytes). Fails when anything is over.
//   files:   a built file as shipped (dist/...)
//   widgets: a widget's define module bundled and minified with everything it needs, minus a
//            floor bundled the same way — by default the shared floor (an empty IjmElement:
//            Lit, @lit/context, locale and catalogs, tokens, URL safety, warnings), Lit alone with
//            {"over": "lit"}, or the shared floor plus the <ijm-icon> element and the icons a widget
//            draws with {"over": "shared+icon", "icons": ["shield"]} (the element has its own budget)
//   parts:   like widgets, with more modules in the floor (`floorAlso`), to measure part of a
//            widget: issue 4's "card + rail + parsers" is the rail without its fetching module
//   modules: a source module bundled alone (Lit external), e.g. the icon artwork
//   imports: what an app's bundle gets from `import … from '@ijm/widgets…'` (the built package,
//            through its exports map and `sideEffects`, as an app's bundler sees it); with
//            {"noLit": true} it also fails if any of Lit is in it (the root entry tree-shakes)
// `SIZE_BYTES=1 npm run size` also prints exact byte counts.
// Every bundle has its Lit `css` templates minified, as the Vite build does, and leaves out what
// is imported dynamically (loaded on demand).
import {build} from 'esbuild';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {readFileSync, readdirSync, statSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {widgetModules} from './widget-modules.mjs';
import {litCssEsbuild} from './lit-css-minify.mjs';
import {buildApp, staticClosure} from './bench-apps.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const brotli = (buf) => brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (buf) => gzipSync(buf, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let failed = 0;

const row = (name, raw, gz, br, budget) => {
  const over = budget !== undefined && br > budget;
  if (over) failed++;
  const status = budget === undefined ? '' : over ? `✗ over ${kb(budget)}` : `✓ ≤ ${kb(budget)}`;
  console.log(`${name.padEnd(44)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} ${kb(br).padStart(10)}  ${status}`);
  if (process.env.SIZE_BYTES) console.log(`${'  (bytes)'.padEnd(44)} ${String(raw).padStart(10)} ${String(gz).padStart(10)} ${String(br).padStart(10)}`);
};

if (!existsSync('dist/cdn/loader.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

console.log(`${'built file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? (f === 'types' || f === 'wordpress' ? [] : walk(join(dir, f))) : [join(dir, f)]));
for (const file of walk('dist').filter((f) => f.endsWith('.js') || f === join('dist', 'cdn', 'placeholders.css')).sort()) {
  const buf = readFileSync(file);
  row(relative('.', file), buf.length, gzip(buf), brotli(buf), budgets.files?.[file]);
}
for (const file of Object.keys(budgets.files ?? {})) {
  if (!existsSync(file)) {
    console.log(`${file}: missing ✗`);
    failed++;
  }
}

// What a module imports dynamically (another language's text, the dataLayer mapping) loads only
// when a page uses it: left out of every bundle here, as the Vite builds make it a chunk of its own.
const onDemandApart = {
  name: 'on-demand-apart',
  setup(build) {
    build.onResolve({filter: /.*/}, (args) => (args.kind === 'dynamic-import' ? {path: args.path, external: true} : undefined));
  },
};

async function bundle(contents, external = []) {
  const result = await build({
    stdin: {contents, resolveDir: process.cwd(), loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    charset: 'utf8',
    external,
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    plugins: [litCssEsbuild(), onDemandApart],
  });
  return Buffer.from(result.outputFiles[0].contents);
}
const sourceOf = (module) => (module === 'provider' ? './src/context/provider.ts' : `./src/components/${module}/${module}.ts`);

const sharedFloor = `import {IjmElement} from './src/internal/ijm-element.ts'; import {define} from './src/internal/define.ts'; import {hostStyles} from './src/styles/host.ts';
     import {toSafeHttpUrl} from './src/data/url.ts'; import {warnOnce} from './src/internal/warn.ts';
     class Floor extends IjmElement { static styles = hostStyles; render() { warnOnce('x', String(toSafeHttpUrl('x'))); } } define('ijm-floor', Floor);`;
// The shared floor plus <ijm-icon> with `icons` (names), the way a define module adds them.
const iconExport = (name) => `icon${name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
const iconFloor = (icons) =>
  `${sharedFloor} import {IjmIcon} from './src/components/icon/icon.component.ts'; import {addBuiltinIcons} from './src/components/icon/registry.ts';
   import {${icons.map(iconExport).join(', ')}} from './src/components/icon/icon-data.generated.ts';
   addBuiltinIcons({${icons.map((name) => `'${name}': ${iconExport(name)}`).join(', ')}}); define('ijm-icon', IjmIcon);`;

const floors = {
  lit: await bundle(`import {LitElement} from 'lit'; customElements.define('x-floor', class extends LitElement {});`),
  shared: await bundle(sharedFloor),
};
console.log(`\n${'floor (bundled, minified)'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
row('an empty LitElement (Lit alone)', floors.lit.length, gzip(floors.lit), brotli(floors.lit));
row('an empty IjmElement (Lit + shared code)', floors.shared.length, gzip(floors.shared), brotli(floors.shared));

console.log(`\n${'widget, on top of its floor'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const [tag, module] of Object.entries(widgetModules)) {
  const spec = budgets.widgets?.[module];
  const {max, over = 'shared', icons = []} = typeof spec === 'object' ? spec : {max: spec};
  const code = await bundle(`import '${sourceOf(module)}';`);
  const floor = over === 'shared+icon' ? await bundle(iconFloor(icons)) : floors[over];
  row(
    `<${tag}> over ${over === 'lit' ? 'Lit' : over}`,
    code.length - floor.length,
    gzip(code) - gzip(floor),
    brotli(code) - brotli(floor),
    max,
  );
}
if (budgets.parts) {
  console.log(`\n${'part of a widget, on top of its floor'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const [name, spec] of Object.entries(budgets.parts)) {
    if (name.startsWith('$')) continue;
    const {module, max, icons = [], floorAlso = []} = spec;
    // Kept whole in both bundles (assigned to a global), so the difference is the rest.
    const also = floorAlso.map((path, i) => `import * as m${i} from './${path}'; globalThis.keep${i} = m${i};`).join(' ');
    const code = await bundle(`import '${sourceOf(module)}'; ${also}`);
    const floor = await bundle(`${iconFloor(icons)} ${also}`);
    row(name, code.length - floor.length, gzip(code) - gzip(floor), brotli(code) - brotli(floor), max);
  }
}
if (budgets.modules) {
  console.log(`\n${'module, bundled alone (Lit external)'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const [path, max] of Object.entries(budgets.modules)) {
    if (path.startsWith('$')) continue;
    const code = await bundle(`export * from './${path}';`, ['lit', 'lit/*', '@lit/*']);
    row(path, code.length, gzip(code), brotli(code), max);
  }
}
if (budgets.imports) {
  console.log(`\n${'an app importing the built package'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const [statement, spec] of Object.entries(budgets.imports)) {
    if (statement.startsWith('$')) continue;
    const names = [...statement.matchAll(/\{([^}]*)\}/g)].flatMap(([, list]) => list.split(',').map((n) => n.trim()));
    const code = await bundle(`${statement} console.log(${names.join(', ')});`);
    row(statement.replace(/^import /, ''), code.length, gzip(code), brotli(code), spec.max);
    if (spec.noLit && /reactiveElementVersions|litElementVersions|litHtmlVersions/.test(code.toString())) {
      console.log(`${'  ✗ contains Lit'.padEnd(44)}`);
      failed++;
    }
  }
}
// Issue 15's goals, as ceilings on what a page or an app loads at start.
if (budgets.pages) {
  console.log(`\n${'page: CDN files loaded at start (JS + CSS)'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const [name, spec] of Object.entries(budgets.pages)) {
    if (name.startsWith('$')) continue;
    // The entries, every chunk they import statically, and `also` (the stylesheet the snippet links).
    const files = [...staticClosure('dist/cdn', spec.entries), ...(spec.also ?? [])].map((f) => readFileSync(join('dist/cdn', f)));
    const sum = (measure) => files.reduce((total, buf) => total + measure(buf), 0);
    row(name, sum((b) => b.length), sum(gzip), sum(brotli), spec.max);
  }
}
if (budgets.apps) {
  console.log(`\n${'app: demo/bench/apps/<name>.js built by Vite'.padEnd(44)} ${''.padStart(10)} ${''.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const [name, max] of Object.entries(budgets.apps)) {
    if (name.startsWith('$')) continue;
    const br = await buildApp(name);
    const over = br > max;
    if (over) failed++;
    console.log(`${name.padEnd(44)} ${''.padStart(10)} ${''.padStart(10)} ${kb(br).padStart(10)}  ${over ? `✗ over ${kb(max)}` : `✓ ≤ ${kb(max)}`}`);
  }
}
if (failed) {
  console.error(`\n${failed} size budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll size budgets met.');
