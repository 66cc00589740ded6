import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/donate-cta/donate-cta.js';
import {tr} from './sample-text.js';
import {attributes} from './attributes.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';

interface Args {
  variant: 'panel' | 'banner' | 'compact';
  frequency: 'monthly' | 'once';
  currency: string;
  amounts?: string;
  'monthly-amounts'?: string;
  amount?: number;
  min?: number;
  max?: number;
  href?: string;
  campaign?: string;
  partner?: string;
  heading?: string;
  body?: string;
  'portal-href'?: string;
  target: '_self' | '_blank';
  'carry-utm'?: 'off' | 'on';
  impacts?: string;
}

/** Stories never leave Storybook: every donation is cancelled and logged to the console. */
const cancel = (event: Event) => {
  event.preventDefault();
  console.info('ijm-donate (cancelled in Storybook)', (event as CustomEvent).detail);
};

const meta: Meta<Args> = {
  title: 'Widgets/Donate call-to-action',
  component: 'ijm-donate-cta',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Helps the reader choose once or monthly and an amount, then opens the donation page with the choice in its query, attributed to the partner. It never takes payment. In these stories the `ijm-donate` event is cancelled (see the console) so nothing navigates.',
      },
    },
  },
  argTypes: {
    variant: {control: 'inline-radio', options: ['panel', 'banner', 'compact']},
    frequency: {control: 'inline-radio', options: ['monthly', 'once']},
    currency: {control: 'select', options: ['USD', 'EUR', 'GBP', 'RON', 'UAH', 'BGN']},
    target: {control: 'inline-radio', options: ['_self', '_blank']},
    'carry-utm': {control: 'inline-radio', options: ['on', 'off']},
  },
  args: {variant: 'panel', frequency: 'monthly', currency: 'USD', target: '_self', 'portal-href': 'https://www.ijm.org/donor-portal'},
  render: (args) => html`
    <ijm-donate-cta ${attributes('ijm-donate-cta', args)} @ijm-donate=${cancel}>
      <a href="https://www.ijm.org/donate">${tr('Donate to IJM')}</a>
    </ijm-donate-cta>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Panels are shown at the width of a sidebar beside an article. (Storybook is not under the widgets' CSP.) */
const narrow = (story: () => unknown) => html`<div style="max-width: 24rem">${story()}</div>`;

/** Beside an article: heading, text, the full choice and the donor-portal line. */
export const Panel: Story = {decorators: [narrow]};

/** Starting with a one-time gift: the "send rescue today" pitch and the one-time presets. */
export const PanelOnce: Story = {...Panel, args: {frequency: 'once'}};

/** Full width, at the foot of an article: text and form side by side when there is room. */
/**
 * The page's campaign: add `&utm_source=newsletter&utm_medium=email` to this story's iframe address and donate — the
 * `url` in the console carries them (the partner and campaign win for `utm_source` and `utm_campaign`). Here they are off.
 */
export const CampaignNotCarried: Story = {...Panel, args: {partner: 'hope-ro', campaign: 'spring-2025', 'carry-utm': 'off'}};

export const Banner: Story = {args: {variant: 'banner'}};

/** A single button with the default amount and frequency. */
export const Compact: Story = {args: {variant: 'compact', 'portal-href': ''}};

export const Euro: Story = {...Panel, args: {currency: 'EUR', frequency: 'once'}};
export const PoundSterling: Story = {...Panel, args: {currency: 'GBP'}};
/** Romanian lei: local steps (once 50–500, monthly 30–100); switch the locale toolbar to Română. */
export const RomanianLei: Story = {...Panel, args: {currency: 'RON'}};
/** Ukrainian hryvnia: local steps (once 200–2000, monthly 100–500); switch the locale toolbar to Українська. */
export const UkrainianHryvnia: Story = {...Panel, args: {currency: 'UAH', frequency: 'once'}};

/** Own presets, a preselected amount not among them (fills "Other amount"), and limits. */
export const OwnAmounts: Story = {...Panel, args: {amounts: '20, 40, 80', 'monthly-amounts': '10, 20', amount: 35, min: 5, max: 5000}};

/** "Other amount" below `min`: the message is tied to the field and focus moves to it. */
export const InvalidAmount: Story = {
  ...Panel,
  args: {amount: 3, min: 10},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector<IjmDonateCta>('ijm-donate-cta')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
  },
};

/** "Other amount" above `max`: the message says the most it takes. */
export const AmountAboveMax: Story = {
  ...Panel,
  args: {amount: 9000, max: 5000},
  play: InvalidAmount.play,
};

/** "Other amount" chosen and left empty, then "Donate": the field asks for an amount. */
export const EmptyOtherAmount: Story = {
  ...Panel,
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector<IjmDonateCta>('ijm-donate-cta')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name=amount][value=other]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await el.updateComplete;
  },
};

/** The banner on a phone (375 px): text above the form. */
export const BannerAtPhoneWidth: Story = {
  name: 'Banner at phone width',
  args: {variant: 'banner'},
  globals: {viewport: {value: 'phone', isRotated: false}},
};

/** The compact button on a small phone (320 px), in a line of text. */
export const CompactAtPhoneWidth: Story = {
  name: 'Compact at phone width',
  args: {variant: 'compact', 'portal-href': ''},
  globals: {viewport: {value: 'small', isRotated: false}},
};

/** Keyboard focus on the chosen amount: one ring, around the option (Tab into the amounts, then arrow keys). */
export const KeyboardFocus: Story = {
  ...Panel,
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector<IjmDonateCta>('ijm-donate-cta')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~=amounts] input:checked')!.focus({focusVisible: true} as FocusOptions);
  },
};

/** A `javascript:` (or any non-http) `href` never becomes a link: giving is disabled with a message. */
export const UnsafeHref: Story = {...Panel, args: {href: 'javascript:alert(1)'}};

/** Heading and text from the partner's own markup (slots). */
export const SlottedHeading: Story = {
  decorators: [narrow],
  render: () => html`
    <ijm-donate-cta currency="GBP" @ijm-donate=${cancel}>
      <h3 slot="heading">${tr('Stand with survivors this spring')}</h3>
      <p slot="body">${tr('Every gift through Hope Church is doubled until 31 May.')}</p>
      <a href="https://www.ijm.org/donate">${tr('Donate to IJM')}</a>
    </ijm-donate-cta>
  `,
};

/** What each amount does (example sentences), in each language: the chosen amount's sentence under the amounts, its space kept so the button never moves. */
const inLang = (lang: string) => (story: () => unknown) => html`<div lang=${lang} style="max-width: 24rem">${story()}</div>`;

export const ImpactsEnglish: Story = {
  decorators: [inLang('en')],
  args: {
    amounts: '25, 50, 100',
    impacts: JSON.stringify({
      25: '$25 helps a survivor get to a counselling session.',
      50: '$50 helps train a frontline responder to spot trafficking.',
      100: '$100 helps fund a rescue investigation.',
    }),
  },
};

export const ImpactsRomanian: Story = {
  decorators: [inLang('ro')],
  args: {
    currency: 'RON',
    impacts: JSON.stringify({
      monthly: {
        30: '30 lei pe lună ajută o supraviețuitoare să ajungă la consiliere.',
        50: '50 lei pe lună ajută la instruirea unui polițist să recunoască traficul de persoane.',
        100: '100 lei pe lună ajută la finanțarea unei investigații de salvare.',
      },
    }),
  },
};

export const ImpactsUkrainian: Story = {
  decorators: [inLang('uk')],
  args: {
    currency: 'UAH',
    impacts: JSON.stringify({
      monthly: {
        100: '100 грн на місяць допомагають постраждалій дістатися до психолога.',
        200: '200 грн на місяць допомагають навчити поліцейського розпізнавати торгівлю людьми.',
        500: '500 грн на місяць допомагають фінансувати рятувальне розслідування.',
      },
    }),
  },
};

export const ImpactsBulgarian: Story = {
  decorators: [inLang('bg')],
  args: {
    currency: 'EUR',
    amounts: '10, 25, 50',
    impacts: JSON.stringify({
      10: '10 € помагат на оцеляла да стигне до консултация.',
      25: '25 € помагат за обучението на полицай да разпознава трафика на хора.',
      50: '50 € помагат за финансирането на спасително разследване.',
    }),
  },
};

/** The same sentences in the banner and the compact button (under the button there). */
export const ImpactsBanner: Story = {args: {...ImpactsEnglish.args, variant: 'banner'}};
export const ImpactsCompact: Story = {args: {...ImpactsEnglish.args, variant: 'compact', 'portal-href': ''}};
