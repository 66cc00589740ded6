import type {Plugin} from 'vite';
/** Lit's module source with its `lit-html` policy replaced by the library's shared `ijm-widgets` one. */
export function useSharedPolicy(source: string, from?: string): string;
/** The Vite plugin, for the CDN builds. */
export function litSharedPolicy(): Plugin;
