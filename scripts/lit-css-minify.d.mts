import type {Plugin as VitePlugin} from 'vite';
import type {Plugin as EsbuildPlugin} from 'esbuild';

/** The pieces of one `css` template (split at its `${…}`) minified by esbuild, or `undefined` to keep them as they are. */
export function minifyCssPieces(pieces: string[]): string[] | undefined;
/** `source` (JS or TS) with the text of every Lit `css` tagged template minified. */
export function minifyLitCss(source: string, filename?: string): string;
/** The Vite plugin. */
export function litCssVite(): VitePlugin;
/** The esbuild plugin (for `npm run size`). */
export function litCssEsbuild(): EsbuildPlugin;
