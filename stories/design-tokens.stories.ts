import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {TOKENS} from '../src/styles/token-values.js';
import {SCALE} from '../src/styles/tokens.js';
import {contrastRatio, luminance, parseHex, type Rgb} from '../src/styles/contrast.js';

/**
 * The design tokens: each colour of each theme of this Storybook as a swatch, the contrast of every
 * text/background pair the widgets draw (WCAG: 4.5:1 for text, 3:1 for the focus ring), and the
 * type scale. The themes are the ones in .storybook/themes.css; a partner sets the same --ijm-*
 * properties on their page.
 */
const meta: Meta = {
  title: 'Design/Tokens',
  parameters: {
    // The page shows all three themes side by side, in English (the token names are code).
    check: {english: true},
    docs: {description: {component: 'Colours, contrast and type scale of the widgets, per theme.'}},
  },
};
export default meta;

const THEMES = ['default', 'dark', 'partner'] as const;
const COLOURS = Object.keys(TOKENS).filter((name) => name.startsWith('--ijm-color-') || name === '--ijm-focus-ring-color');

/** Text on a colour the page sets without its -contrast (tokens.ts readableOn): white, the dark text, or black. */
function followingText(background: Rgb): Rgb {
  const y = luminance(background);
  return y <= 0.179 ? [255, 255, 255] : y >= 0.26 ? parseHex('#1b2430')! : [0, 0, 0];
}

/** The pairs the widgets draw: [text, background, what, minimum]. */
const PAIRS: [string, string, string, number][] = [
  ['--ijm-color-text', '--ijm-color-surface', 'Text on a card', 4.5],
  ['--ijm-color-text', '--ijm-color-surface-alt', 'Text on a panel', 4.5],
  ['--ijm-color-muted', '--ijm-color-surface', 'Dates, "optional" on a card', 4.5],
  ['--ijm-color-muted', '--ijm-color-surface-alt', 'Muted text on a panel', 4.5],
  ['--ijm-color-primary', '--ijm-color-surface', 'Links, kicker, buttons', 4.5],
  ['--ijm-color-primary-contrast', '--ijm-color-primary', 'Text on the chosen option', 4.5],
  ['--ijm-color-accent-contrast', '--ijm-color-accent', 'Donate button text', 4.5],
  ['--ijm-color-error', '--ijm-color-surface', 'Error messages', 4.5],
  ['--ijm-color-error', '--ijm-color-surface-alt', 'Error on a panel', 4.5],
  ['--ijm-color-success', '--ijm-color-surface-alt', 'Success on a panel', 4.5],
  ['--ijm-focus-ring-color', '--ijm-color-surface-alt', 'Focus ring on a panel', 3],
];

/** A colour as the pixel it draws (any CSS colour). */
function rgbOf(colour: string): Rgb {
  const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The theme's value of each token: what its class sets, else the widgets' default. */
function themeValues(theme: string): Record<string, Rgb> {
  const probe = document.createElement('div');
  probe.className = `sb-theme sb-theme--${theme}`;
  probe.hidden = true;
  document.body.append(probe);
  const style = getComputedStyle(probe);
  const values: Record<string, Rgb> = {};
  for (const name of COLOURS) {
    const own = style.getPropertyValue(name).trim();
    values[name] = rgbOf(own || TOKENS[name as keyof typeof TOKENS]);
  }
  // A -contrast the theme does not set follows its colour, as in the widgets.
  for (const [contrast, colour] of [
    ['--ijm-color-primary-contrast', '--ijm-color-primary'],
    ['--ijm-color-accent-contrast', '--ijm-color-accent'],
  ]) {
    if (!style.getPropertyValue(contrast).trim()) values[contrast] = followingText(values[colour]);
  }
  probe.remove();
  return values;
}

const cell = {padding: '0.35em 0.6em', borderBottom: '1px solid rgb(128 128 128 / 0.5)', textAlign: 'start'};

export const Colours: StoryObj = {
  render: () => html`
    <div style=${styleMap({display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', fontFamily: 'system-ui, sans-serif'})}>
      ${THEMES.map((theme) => {
        const values = themeValues(theme);
        return html`<section style=${styleMap({borderRadius: '8px', padding: '1rem', background: hex(values['--ijm-color-surface']), color: hex(values['--ijm-color-text']), boxShadow: 'inset 0 0 0 1px rgb(128 128 128 / 0.5)'})}>
          <h2 style=${styleMap({margin: '0 0 0.75rem', fontSize: '1.25rem'})}>${theme}</h2>
          <ul style=${styleMap({listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.35rem'})}>
            ${COLOURS.map(
              (name) => html`<li style=${styleMap({display: 'flex', alignItems: 'center', gap: '0.6em'})}>
                <span style=${styleMap({inlineSize: '2rem', blockSize: '1.5rem', borderRadius: '4px', background: hex(values[name]), boxShadow: 'inset 0 0 0 1px rgb(128 128 128 / 0.6)'})}></span>
                <code style=${styleMap({fontSize: '0.8125rem'})}>${name}</code>
                <code style=${styleMap({fontSize: '0.8125rem', marginInlineStart: 'auto'})}>${hex(values[name])}</code>
              </li>`,
            )}
          </ul>
          <table style=${styleMap({borderCollapse: 'collapse', marginBlockStart: '1rem', fontSize: '0.875rem', inlineSize: '100%'})}>
            <caption style=${styleMap({textAlign: 'start', fontWeight: '600', paddingBlockEnd: '0.35rem'})}>Contrast</caption>
            <thead><tr><th style=${styleMap(cell)}>Sample</th><th style=${styleMap(cell)}>Pair</th><th style=${styleMap(cell)}>Ratio</th></tr></thead>
            <tbody>
              ${PAIRS.map(([text, background, what, minimum]) => {
                const ratio = contrastRatio(values[text], values[background]);
                const ok = ratio >= minimum;
                return html`<tr>
                  <td style=${styleMap(cell)}><span style=${styleMap({display: 'inline-block', padding: '0.2em 0.5em', borderRadius: '4px', background: hex(values[background]), color: hex(values[text]), fontWeight: '600'})}>Aa</span></td>
                  <td style=${styleMap(cell)}>${what}</td>
                  <td style=${styleMap({...cell, fontVariantNumeric: 'tabular-nums'})}>${ratio.toFixed(2)}:1 ${ok ? '✓' : `✗ (needs ${minimum}:1)`}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </section>`;
      })}
    </div>
  `,
};

export const TypeScale: StoryObj = {
  name: 'Type scale and spacing',
  render: () => html`
    <table style=${styleMap({borderCollapse: 'collapse', fontFamily: 'system-ui, sans-serif'})}>
      <thead><tr><th style=${styleMap(cell)}>Token</th><th style=${styleMap(cell)}>Value</th><th style=${styleMap(cell)}>Sample</th></tr></thead>
      <tbody>
        ${Object.entries(SCALE).map(
          ([name, value]) => html`<tr>
            <td style=${styleMap(cell)}><code>${name}</code></td>
            <td style=${styleMap(cell)}><code>${value}</code></td>
            <td style=${styleMap(cell)}>${name.startsWith('--_type')
              ? html`<span style=${styleMap({fontSize: value, fontWeight: name.includes('heading') ? '700' : '400', lineHeight: '1.25'})}>You can help send rescue today.</span>`
              : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};
