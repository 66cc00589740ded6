import {defineConfig, type UserConfig} from 'vite';
import {widgetModules} from './src/widget-modules.js';
import {cssTemplatesVite} from './scripts/minify-css-templates.mjs';

/**
 * One config, three builds (see `npm run build`):
 * - default: the npm package, one `dist/` file per `src/` module, lit external, readable, source maps;
 * - `--mode cdn`: `dist/cdn/loader.js` and one chunk per widget, lit in one shared chunk;
 * - `--mode cdn-all`: `dist/cdn/ijm-widgets.js`, everything in one self-contained file.
 * Every build minifies the text of Lit `css` templates (see scripts/minify-css-templates.mjs).
 */
const sourceOf = (module: string) =>
  module === 'provider' ? 'src/context/provider.ts' : `src/components/${module}/${module}.ts`;

const widgetEntries = Object.fromEntries(
  Object.values(widgetModules).map((module) => [module, sourceOf(module)]),
);
// The same define modules, named by their path under src/ (the npm build mirrors src/).
const widgetEntriesByPath = Object.fromEntries(
  Object.values(widgetModules).map((module) => [sourceOf(module).replace(/^src\/(.*)\.ts$/, '$1'), sourceOf(module)]),
);

const isLit = (id: string) => /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+|@lit-labs[\\/][^\\/]+)[\\/]/.test(id);

export default defineConfig(({mode}): UserConfig => {
  if (mode === 'configure') {
    // The embed builder (`/configure/`): a static page with every widget bundled in, relative URLs
    // so it can be hosted anywhere; the build copies custom-elements.json beside it.
    return {
      root: 'src/configure',
      base: './',
      publicDir: false,
      plugins: [cssTemplatesVite()],
      build: {outDir: '../../dist/configure', emptyOutDir: true, sourcemap: true, target: 'es2022'},
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [cssTemplatesVite()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        target: 'es2021',
        rolldownOptions: {
          input: {loader: 'src/loader.ts', ...widgetEntries},
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: {groups: [{name: 'lit', test: isLit}]},
          },
        },
      },
    };
  }
  if (mode === 'cdn-all') {
    return {
      plugins: [cssTemplatesVite()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        target: 'es2021',
        rolldownOptions: {
          input: {'ijm-widgets': 'src/all.ts'},
          preserveEntrySignatures: 'exports-only',
          output: {format: 'es', entryFileNames: '[name].js', codeSplitting: false},
        },
      },
    };
  }
  // The npm package: one file per source module (`src/x/y.ts` → `dist/x/y.js`), so bundlers
  // keep only the modules an app uses (package.json `sideEffects` lists the define modules) and
  // custom-elements.json can name the shipped file of each class and tag.
  return {
    plugins: [cssTemplatesVite()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'es2021',
      lib: {entry: {index: 'src/index.ts', all: 'src/all.ts', 'react/index': 'src/react/index.ts', ...widgetEntriesByPath}, formats: ['es']},
      rolldownOptions: {
        external: (id) => /^(lit|@lit\/(context|react)|react)(\/|$)/.test(id),
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
