import type {Plugin as VitePlugin} from 'vite';
import type {Plugin as EsbuildPlugin} from 'esbuild';

/** Minifies CSS text (one piece of a `css` template; `first`/`last`: whether it starts/ends the template). */
export function minifyCss(text: string, options?: {first?: boolean; last?: boolean}): string;
/** One piece of a Lit `html`/`svg` template with its whitespace collapsed; `state` carries tag/quote state to the next piece. */
export function minifyHtml(text: string, state?: {tag?: boolean; quote?: string; comment?: boolean}): string;
/** `source` with the text of every Lit `css` tagged template minified (and, with `html: true`, whitespace in `html`/`svg` templates collapsed). */
export function minifyCssTemplates(source: string, options?: {html?: boolean}): string;
/** The Vite plugin. */
export function cssTemplatesVite(): VitePlugin;
/** The esbuild plugin (for `npm run size`). */
export function cssTemplatesEsbuild(): EsbuildPlugin;
