/**
 * The global design tokens a partner sets anywhere above a widget (e.g. on
 * `body`) to brand every widget, with the defaults that match the charity's
 * site. Widgets read them through the private `--_name` copies that
 * `tokenStyles` (tokens.ts) defines on each host, so each default lives only here.
 */
export const TOKENS = {
  '--ijm-color-primary': '#00558c',
  '--ijm-color-primary-contrast': '#ffffff',
  '--ijm-color-accent': '#f5b335',
  '--ijm-color-accent-contrast': '#1b2430',
  '--ijm-color-text': '#1b2430',
  '--ijm-color-muted': '#566170',
  '--ijm-color-surface': '#ffffff',
  '--ijm-color-surface-alt': '#f2f5f8',
  '--ijm-color-border': '#cfd6df',
  '--ijm-color-error': '#b42318',
  '--ijm-color-success': '#1d7a3a',
  '--ijm-focus-ring-color': '#0a58ca',
  '--ijm-focus-ring-width': '3px',
  '--ijm-font-family': 'inherit',
  '--ijm-font-family-heading': 'inherit',
  '--ijm-font-size': '16px',
  '--ijm-radius': '6px',
  '--ijm-space': '1em',
  '--ijm-shadow': '0 1px 2px rgb(16 24 40 / 0.08), 0 2px 8px rgb(16 24 40 / 0.08)',
} as const;

export type TokenName = keyof typeof TOKENS;
