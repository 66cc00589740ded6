import type {Plugin as VitePlugin} from 'vite';
import type {Plugin as EsbuildPlugin} from 'esbuild';

/** Minifies CSS text (one piece of a `css` template; `first`/`last`: whether it starts/ends the template). */
export function minifyCss(text: string, options?: {first?: boolean; last?: boolean}): string;
/** `source` with the text of every Lit `css` tagged template minified. */
export function minifyCssTemplates(source: string): string;
/** The Vite plugin. */
export function cssTemplatesVite(): VitePlugin;
/** The esbuild plugin (for `npm run size`). */
export function cssTemplatesEsbuild(): EsbuildPlugin;
