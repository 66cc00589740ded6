/**
 * What the manifest cannot say: friendly names, which options come first,
 * how each value is checked, and the lists behind a few friendly controls.
 * Attributes the manifest adds later still get a plain field without a hint.
 */
import type {AttributeSpec} from './manifest.js';

/** How a value is checked (see validate.ts) and which control edits it. */
export type FieldType =
  | 'text'
  | 'long-text'
  | 'url'
  | 'https-url'
  | 'url-list'
  | 'currency'
  | 'amounts'
  | 'language'
  | 'icon-name'
  | 'json-object'
  | 'date'
  | 'field-names';

export interface FieldHint {
  /** A friendlier label than the attribute's name. */
  label?: string;
  type?: FieldType;
  /** Whole numbers from `min` to `max` (numbers only). */
  min?: number;
  max?: number;
  integer?: boolean;
  /** Allowed values for a text attribute with a known list. */
  values?: string[];
  placeholder?: string;
}

export interface WidgetHint {
  label: string;
  /** Options shown first; the others go under "More options". */
  primary: string[];
  /** Attributes a partner never sets by hand. */
  hidden?: string[];
  fields: Record<string, FieldHint>;
}

/** The languages the widgets ship, in their own names. */
export const LANGUAGES: ReadonlyArray<[code: string, name: string]> = [
  ['en', 'English'],
  ['ro', 'Română'],
  ['uk', 'Українська'],
  ['bg', 'Български'],
];

/** `lang` is a global HTML attribute, so the manifest does not list it; every widget with text reads it. */
export const LANG_ATTRIBUTE: AttributeSpec = {
  name: 'lang',
  kind: 'text',
  values: [],
  default: '',
  description: "The widget's language. Default: the page's language (its `lang`), else English.",
};

const url = (label: string, placeholder: string): FieldHint => ({label, type: 'url', placeholder});
const carryUtm: FieldHint = {values: ['off']};
const analytics: FieldHint = {values: ['datalayer']};

export const WIDGETS: Record<string, WidgetHint> = {
  'ijm-donate-cta': {
    label: 'Donate box',
    primary: ['lang', 'href', 'partner', 'campaign', 'currency', 'frequency', 'amounts', 'monthly-amounts', 'variant', 'heading'],
    fields: {
      lang: {type: 'language'},
      href: url('Donation page', 'https://www.ijm.org/donate'),
      'portal-href': url('Donor portal', 'https://www.example.org/donor-portal'),
      currency: {label: 'Currency', type: 'currency', placeholder: 'EUR'},
      amounts: {label: 'Amounts to choose from', type: 'amounts', placeholder: '25, 50, 100'},
      'monthly-amounts': {label: 'Monthly amounts to choose from', type: 'amounts', placeholder: '10, 20, 50'},
      amount: {label: 'Amount chosen at first', min: 0.01},
      min: {label: 'Smallest gift', min: 0.01},
      max: {label: 'Largest gift', min: 0.01},
      partner: {label: 'Partner id', placeholder: 'hope-bridge-ro'},
      campaign: {label: 'Campaign id', placeholder: 'spring-2026'},
      body: {type: 'long-text'},
      target: {label: 'Open the donation page in', values: ['_self', '_blank', '_top', '_parent']},
      'param-names': {label: 'Query parameter names', type: 'json-object', placeholder: '{"amount": "amt"}'},
      impacts: {type: 'json-object', placeholder: '{"50": "…"}'},
      'carry-utm': carryUtm,
      analytics,
    },
  },
  'ijm-email-signup': {
    label: 'Email sign-up',
    primary: ['lang', 'action', 'partner', 'list', 'consent', 'name-field', 'layout', 'heading'],
    fields: {
      lang: {type: 'language'},
      action: {label: 'Sign-up endpoint', type: 'https-url', placeholder: 'https://www.example.org/api/signup'},
      // No placeholder: the help gives an example in the builder's language.
      consent: {label: 'Consent checkbox text', type: 'long-text'},
      description: {type: 'long-text'},
      partner: {label: 'Partner id', placeholder: 'hope-bridge-ro'},
      list: {label: 'Mailing list id', placeholder: 'europe-news'},
      'field-names': {label: 'Field names', type: 'field-names', placeholder: 'email:EMAIL,firstName:FNAME'},
      timeout: {min: 1000, integer: true},
      'min-time': {min: 0, integer: true},
      metadata: {type: 'json-object', placeholder: '{"form": "footer"}'},
      'carry-utm': carryUtm,
      analytics,
    },
  },
  'ijm-related-stories': {
    label: 'Related stories',
    primary: ['lang', 'src', 'limit', 'heading', 'more-href', 'more-label'],
    fields: {
      lang: {type: 'language'},
      src: url('Feed address', 'https://www.example.org/wp-json/wp/v2/posts?_embed'),
      'more-href': url('“See more” link', 'https://www.example.org/stories/'),
      exclude: {label: 'Stories to leave out', type: 'url-list'},
      limit: {label: 'How many stories', min: 1, max: 24, integer: true},
      'heading-level': {min: 2, max: 5, integer: true},
      timeout: {min: 1000, integer: true},
      'min-stories': {min: 1, max: 24, integer: true},
      analytics,
    },
  },
  'ijm-article-card': {
    label: 'Article card',
    primary: ['lang', 'href', 'heading', 'summary', 'image', 'image-alt', 'date', 'variant', 'protected'],
    hidden: ['loading'],
    fields: {
      lang: {type: 'language'},
      href: url('Story page', 'https://www.example.org/stories/nway'),
      image: url('Image', 'https://www.example.org/images/nway.jpg'),
      summary: {type: 'long-text'},
      date: {label: 'Date', type: 'date', placeholder: '2026-03-08'},
      'heading-level': {min: 2, max: 6, integer: true},
      analytics,
    },
  },
  'ijm-icon': {
    label: 'Icon',
    primary: ['name', 'label'],
    fields: {name: {label: 'Icon', type: 'icon-name'}, label: {label: 'Accessible name'}},
  },
  'ijm-widgets': {
    label: 'Several widgets on one page',
    primary: ['locale', 'partner', 'currency', 'donate-href', 'signup-action'],
    fields: {
      locale: {label: 'Language', type: 'language'},
      partner: {label: 'Partner id', placeholder: 'hope-bridge-ro'},
      currency: {label: 'Currency', type: 'currency', placeholder: 'EUR'},
      'donate-href': url('Donation page', 'https://www.ijm.org/donate'),
      'signup-action': {label: 'Sign-up endpoint', type: 'https-url', placeholder: 'https://www.example.org/api/signup'},
      'carry-utm': carryUtm,
      analytics,
    },
  },
};

/** The widgets a partner can pick, in the order the picker shows them. */
export const PICKABLE = ['ijm-donate-cta', 'ijm-email-signup', 'ijm-related-stories', 'ijm-article-card', 'ijm-icon', 'ijm-widgets'] as const;

/** The provider's children to choose from. */
export const CHILDREN = PICKABLE.filter((tag) => tag !== 'ijm-widgets');

/**
 * The provider's theme attributes (PRODUCT.md: theming without a `<style>` block), each with the
 * token it sets: the snippet writes them on `<ijm-widgets>`, the preview sets the tokens.
 */
export const THEME = [
  {name: 'primary-color', token: '--ijm-color-primary', contrastToken: '--ijm-color-primary-contrast', colour: true, placeholder: '#0b6e4f'},
  {name: 'accent-color', token: '--ijm-color-accent', contrastToken: '--ijm-color-accent-contrast', colour: true, placeholder: '#e4572e'},
  {name: 'font-family', token: '--ijm-font-family', contrastToken: '', colour: false, placeholder: 'Georgia, serif'},
  {name: 'radius', token: '--ijm-radius', contrastToken: '', colour: false, placeholder: '6px'},
] as const;

export const THEME_NAMES: readonly string[] = THEME.map((t) => t.name);

/** The attributes a widget's form shows, `lang` first where the widget has text. */
export function formAttributes(tag: string, attributes: AttributeSpec[]): AttributeSpec[] {
  const hint = WIDGETS[tag];
  const all = hint?.fields.lang ? [LANG_ATTRIBUTE, ...attributes] : attributes;
  return all.filter((attribute) => !hint?.hidden?.includes(attribute.name) && !(tag === 'ijm-widgets' && THEME_NAMES.includes(attribute.name)));
}

/** The hint for one attribute (empty when there is none). */
export function fieldHint(tag: string, name: string): FieldHint {
  return WIDGETS[tag]?.fields[name] ?? {};
}
