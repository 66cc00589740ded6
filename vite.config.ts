import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {widgetModules} from './src/widget-modules.js';
import {litCssVite} from './scripts/lit-css-minify.mjs';
import {litSharedPolicy} from './scripts/lit-trusted-types.mjs';

/**
 * One config, three builds (see `npm run build`), plus the WordPress plugin's editor script (`--mode wordpress`):
 * - default: the npm package, one `dist/` file per `src/` module, lit external, readable, source maps;
 * - `--mode cdn`: `dist/cdn/loader.js`, one module per widget, what every widget uses in one
 *   shared chunk, and each language but English in `dist/cdn/locales/<lang>.js`;
 * - `--mode cdn-all`: `dist/cdn/ijm-widgets.js`, everything in one file, English included; other
 *   languages load from `locales/<lang>.js` beside it.
 * Every build minifies the text of Lit `css` templates with esbuild (scripts/lit-css-minify.mjs).
 * In the CDN builds Lit uses the library's one Trusted Types policy, shared by every copy on a
 * page, so the loader, the everything bundle and a page's own Lit never collide
 * (scripts/lit-trusted-types.mjs).
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

/** The languages besides English, each its own module (English is built in: src/i18n/locale.ts). */
const lazyLanguages = ['ro', 'uk', 'bg'];
const catalogEntries = Object.fromEntries(lazyLanguages.map((lang) => [`locales/${lang}`, `src/i18n/${lang}.ts`]));

/**
 * What every widget uses, in the CDN's one shared chunk: Lit, the context consumer, the base
 * class, the English every widget shares (`common`), tokens and host styles, URL safety, define()
 * and warnings. Everything else (the provider, other languages, a widget's own code and English)
 * is in the chunk of the one that uses it.
 */
const isShared = (id: string) =>
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@oxc-project[\\/]runtime)[\\/]/.test(id) ||
  /node_modules[\\/]@lit[\\/]context[\\/].*(context-request-event|create-context|context-consumer)\.js$/.test(id) ||
  /[\\/]src[\\/](internal[\\/](ijm-element|define|warn|trusted-types)|i18n[\\/](locale|en[\\/]common|lang-observer)|styles[\\/](host|tokens)|data[\\/]url|context[\\/]config-context|version)\.ts$/.test(id);

/**
 * The everything bundle keeps English built in and imports another language's text from beside
 * itself, `locales/<lang>.js`: the same files the loader's build makes (they import nothing).
 */
const catalogsBesideBundle = (): Plugin => ({
  name: 'ijm-catalogs-beside-bundle',
  enforce: 'pre',
  resolveId(source, importer) {
    const lang = /^\.\/([a-z]+)\.js$/.exec(source)?.[1];
    if (lang && lazyLanguages.includes(lang) && importer && /[\\/]src[\\/]i18n[\\/]locale\.ts$/.test(importer)) {
      return {id: `./locales/${lang}.js`, external: true};
    }
    return null;
  },
});

/** npm: `import '@ijm/widgets/locales/uk.js'` registers that language's text at import. */
const localeEntries = Object.fromEntries(lazyLanguages.map((lang) => [`i18n/locales/${lang}`, `src/i18n/locales/${lang}.ts`]));

export default defineConfig(({mode}): UserConfig => {
  if (mode === 'configure') {
    // The embed builder (`/configure/`): a static page with every widget bundled in, relative URLs
    // so it can be hosted anywhere; the build copies custom-elements.json beside it.
    return {
      root: 'src/configure',
      base: './',
      publicDir: false,
      plugins: [litCssVite()],
      build: {
        outDir: '../../dist/configure',
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        // The builder, and "See it on a blank page" (preview.html).
        rolldownOptions: {input: {index: 'src/configure/index.html', preview: 'src/configure/preview.html'}},
      },
    };
  }
  if (mode === 'wordpress') {
    // The WordPress plugin's block editor script (scripts/build-wordpress.mjs): one classic script
    // that uses the editor's own `wp.*` globals; the widgets themselves come from the plugin's
    // copy of the CDN files. Not part of the npm package or the CDN.
    return {
      publicDir: false,
      build: {
        outDir: 'dist/wordpress/ijm-widgets/editor',
        emptyOutDir: true,
        sourcemap: false,
        minify: true,
        target: 'es2020',
        lib: {entry: 'wordpress/editor/index.ts', formats: ['iife'], name: 'ijmWidgetsBlocks', fileName: () => 'editor.js'},
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [litCssVite(), litSharedPolicy()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        target: 'es2021',
        // Library mode keeps the catalogs' dynamic imports as written (no preload helper: a catalog imports nothing).
        lib: {entry: {loader: 'src/loader.ts', ...widgetEntries, ...catalogEntries}, formats: ['es']},
        rolldownOptions: {
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            minify: true, // library mode leaves ES output unminified otherwise
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: {groups: [{name: 'shared', test: isShared}]},
          },
        },
      },
    };
  }
  if (mode === 'cdn-all') {
    return {
      plugins: [litCssVite(), catalogsBesideBundle(), litSharedPolicy()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        target: 'es2021',
        lib: {entry: {'ijm-widgets': 'src/all.ts'}, formats: ['es']},
        rolldownOptions: {
          preserveEntrySignatures: 'exports-only',
          output: {format: 'es', minify: true, entryFileNames: '[name].js', codeSplitting: false},
        },
      },
    };
  }
  // The npm package: one file per source module (`src/x/y.ts` → `dist/x/y.js`), so bundlers
  // keep only the modules an app uses (package.json `sideEffects` lists the define modules) and
  // custom-elements.json can name the shipped file of each class and tag.
  return {
    plugins: [litCssVite()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'es2021',
      lib: {entry: {index: 'src/index.ts', all: 'src/all.ts', 'react/index': 'src/react/index.ts', ...widgetEntriesByPath, ...localeEntries}, formats: ['es']},
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
