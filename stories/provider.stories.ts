import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/context/provider.js';
import '../src/components/donate-cta/donate-cta.js';
import '../src/components/article-card/article-card.js';
import {tr} from './sample-text.js';

const meta: Meta = {
  title: 'Widgets/Provider',
  component: 'ijm-widgets',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Sets defaults for every widget inside it. It has no look of its own (`display: contents`). The locale toolbar of this Storybook works through an outer provider.',
      },
    },
  },
};
export default meta;

/** Widgets placed inside speak Ukrainian, give in hryvnia and credit the partner “kyiv-help” (whatever the toolbar's locale). */
export const Defaults: StoryObj = {
  render: () => html`
    <ijm-widgets locale="uk" partner="kyiv-help" currency="UAH" donate-href="https://www.ijm.org/donate">
      <div style="max-width: 24rem"><ijm-donate-cta @ijm-donate=${(e: Event) => e.preventDefault()}></ijm-donate-cta></div>
    </ijm-widgets>
  `,
};

/**
 * A partner's colours, font and corners from the provider's attributes (no CSS needed; text on
 * the chosen colours is worked out to read at 4.5:1: dark on this orange, where white was 3.68:1).
 */
export const PartnerTheme: StoryObj = {
  // The partner's own light page: the toolbar's theme does not apply to it.
  globals: {theme: 'default'},
  render: () => html`
    <ijm-widgets primary-color="#1f6f50" accent-color="#e4572e" font-family="Georgia, serif" radius="14px">
      <div style="max-width: 24rem"><ijm-donate-cta @ijm-donate=${(e: Event) => e.preventDefault()}></ijm-donate-cta></div>
    </ijm-widgets>
  `,
};

/**
 * The opt-in analytics bridge: with `analytics="datalayer"` every widget event inside is pushed to
 * `window.dataLayer` in GA4 / Tag Manager shape. This story lists what has been pushed: scroll the
 * widgets into view for a second (`view_promotion`), open a story (`select_promotion`), donate
 * (`begin_checkout`, cancelled here so nothing navigates).
 */
export const AnalyticsDataLayer: StoryObj = {
  render: () => {
    const log = document.createElement('pre');
    log.textContent = '(nothing pushed yet)';
    log.lang = 'en';
    log.style.whiteSpace = 'pre-wrap';
    log.style.overflowWrap = 'anywhere';
    const layer = ((window as {dataLayer?: unknown[]}).dataLayer ??= []);
    const push = layer.push.bind(layer);
    layer.push = (...items: unknown[]) => {
      log.textContent = layer.concat(items).map((item) => JSON.stringify(item)).join('\n');
      return push(...items);
    };
    return html`
      <ijm-widgets analytics="datalayer" partner="hope-ro" currency="EUR">
        <ijm-donate-cta campaign="spring-2025" variant="compact" @ijm-donate=${(e: Event) => e.preventDefault()}></ijm-donate-cta>
        <ijm-article-card href="https://www.ijm.org/stories" heading=${tr('Open me (the story is not followed here)')} @click=${(e: Event) => e.preventDefault()}></ijm-article-card>
      </ijm-widgets>
      <h3 lang="en">window.dataLayer</h3>
      ${log}
    `;
  },
  // The story ends once the view is counted (after a second in view), so that it always shows the same log.
  play: async () => {
    const pushed = () => ((window as {dataLayer?: {event?: string}[]}).dataLayer ?? []).some((item) => item?.event === 'view_promotion');
    for (const end = Date.now() + 5000; !pushed() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 100));
  },
};
