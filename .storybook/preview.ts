import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {argTypesFrom, customProperties} from './arg-types.js';
import customElements from '../custom-elements.json';
import '../src/context/provider.js';
import './themes.css';
import {setSampleLocale, tr} from '../stories/sample-text.js';
import {localiseSeedStories} from '../stories/seed-stories.js';
import {setPseudo} from '../stories/pseudo.js';
import {PARTNER_HEAD} from '../stories/partner-head.js';

// Controls and docs come from the JSDoc of the classes (npm run analyze writes the manifest),
// read by ./arg-types.ts: attributes, properties, events, slots, parts and custom properties each
// in its section, one control per attribute.
setCustomElementsManifest(customElements);
const extractArgTypes = argTypesFrom(customElements);

/**
 * "Show code": what a partner pastes — the README's two lines, the story's markup without
 * Storybook's wrappers, Lit's markers or the stories' layout styles, sample addresses instead of this machine's, boolean
 * attributes written bare, and the custom properties set in the controls as the page's own CSS.
 * Storybook applies the transform twice (the source decorator, then the docs block), so it is
 * idempotent: code that already has the head is returned as is. scripts/check-docs-source.mjs
 * checks what the built docs pages show.
 */
function partnerCode(code: string, context: {component?: unknown; args: Record<string, unknown>}): string {
  if (code.startsWith(PARTNER_HEAD)) return code;
  const markup = code
    .replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')
    // The stories' own layout (a gallery's grid, a demo column's width): not the partner's to paste,
    // and inline styles are blocked by the strict CSP in PRODUCT.md.
    .replace(/<style>[\s\S]*?<\/style>\s*/g, '')
    .replace(/\sstyle="[^"]*"/g, '')
    .replaceAll(location.origin, 'https://www.example.org')
    .replace(/\s+(?=>)/g, '')
    .replace(/\s([a-z][\w-]*)=""(?=[\s/>])/g, ' $1')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
  const properties = Object.entries(customProperties(context.args));
  const tag = typeof context.component === 'string' ? context.component : 'ijm-widgets';
  const style = properties.length ? `<style>\n  ${tag} {\n${properties.map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>\n` : '';
  return `${PARTNER_HEAD}\n\n${style}${markup}`;
}

const preview: Preview = {
  parameters: {
    // The theme's page fills the canvas (its own padding): a dark theme has no white frame.
    layout: 'fullscreen',
    controls: {expanded: true, sort: 'none'},
    docs: {extractArgTypes, source: {excludeDecorators: true, transform: partnerCode}},
    a11y: {test: 'error'},
    viewport: {
      options: {
        phone: {name: 'Phone (375)', styles: {width: '375px', height: '740px'}},
        small: {name: 'Small phone (320)', styles: {width: '320px', height: '640px'}},
        tablet: {name: 'Tablet (768)', styles: {width: '768px', height: '1024px'}},
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Widget language (the <ijm-widgets> provider)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'ro', title: 'Română'},
          {value: 'uk', title: 'Українська'},
          {value: 'bg', title: 'Български'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Design token set',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          {value: 'default', title: 'Default (IJM)'},
          {value: 'dark', title: 'Dark'},
          {value: 'partner', title: 'Partner brand'},
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
    pseudo: {
      description: 'Pseudo-localisation: the English text accented and ~40% longer, between ⟦ ⟧, to find clipping before translators do',
      toolbar: {
        title: 'Pseudo',
        icon: 'flag',
        items: [
          {value: 'off', title: 'Real text'},
          {value: 'on', title: 'Pseudo-localised (⟦Ŝéé ɱöŕé⟧)'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'default', dir: 'ltr', pseudo: 'off'},
  decorators: [
    (story, {globals, args}) => {
      // The sample content in the toolbar's language too (stories/sample-text.ts), and the page's.
      // Pseudo-localisation replaces the English text, so it shows the widgets in English.
      const pseudo = globals.pseudo === 'on';
      setPseudo(pseudo);
      const locale = pseudo ? 'en' : (globals.locale ?? 'en');
      setSampleLocale(locale);
      localiseSeedStories(locale);
      document.documentElement.lang = locale;
      const translated = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? tr(value, locale) : value]));
      return html`
        <div class="sb-theme sb-theme--${globals.theme ?? 'default'}" dir=${globals.dir ?? 'ltr'} style=${styleMap(customProperties(args))}>
          <ijm-widgets locale=${locale}>${story({args: translated})}</ijm-widgets>
        </div>
      `;
    },
  ],
};

export default preview;
