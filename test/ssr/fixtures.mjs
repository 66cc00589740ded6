// What the server-rendering checks render: every element, with the content and states a page
// would server-render. Shared by test/ssr/hydration.mjs (source, hydrated in Chromium) and
// scripts/check-ssr.mjs (the built package, in Node).
import {html} from 'lit';

export const stories = [
  {url: 'https://www.ijm.org/stories/nway', title: 'This is Nway’s story', summary: 'Rescued from a scam compound.', date: '2024-03-08', kicker: 'Rescue'},
  {url: 'https://www.ijm.org/stories/maria', title: 'Maria goes back to school', protected: true},
  {url: 'https://www.ijm.org/stories/court', title: 'A court convicts three traffickers'},
];

/**
 * `expect`: what the server HTML must hold — `text` in the element's shadow DOM (with the nested
 * elements' shadow DOM), and `checked`, the values of the checked radios, in order. `hydrated`:
 * the text after hydration, when it rightly differs (a `lang` the server could not see).
 */
export const fixtures = [
  {
    name: 'icon',
    template: html`<ijm-icon name="close"></ijm-icon><ijm-icon name="facebook" label="Facebook"></ijm-icon>`,
    expect: {text: [], svg: true},
  },
  {
    name: 'article-card',
    template: html`<ijm-article-card href="https://www.ijm.org/stories/nway" heading="This is Nway’s story" summary="Rescued from a scam compound." date="2024-03-08" protected></ijm-article-card>`,
    expect: {text: ['This is Nway’s story', 'Rescued from a scam compound.', 'Mar 8, 2024', 'Protected story'], link: 'https://www.ijm.org/stories/nway'},
  },
  {
    name: 'article-card-lang',
    template: html`<ijm-article-card lang="uk" heading="Історія Нвей" date="2024-03-08"></ijm-article-card>`,
    expect: {text: ['Історія Нвей', 'Історії', '2024']},
  },
  {
    // The server sees only the element and the provider, not the page: English, then Ukrainian.
    name: 'article-card-page-lang',
    template: html`<ijm-article-card heading="Story" date="2024-03-08"></ijm-article-card>`,
    wrap: ['<div lang="uk">', '</div>'],
    expect: {text: ['Stories', 'Mar 8, 2024'], hydrated: ['Історії', '2024 р.']},
  },
  {
    name: 'related-stories',
    template: html`<ijm-related-stories .stories=${stories} more-href="https://www.ijm.org/stories/"></ijm-related-stories>`,
    expect: {text: ['You might also be interested in…', ...stories.map((s) => s.title), 'see more'], cards: 3},
  },
  {
    name: 'related-stories-src',
    template: html`<ijm-related-stories src="/feed-never-answers" limit="3" timeout="60000"></ijm-related-stories>`,
    expect: {text: ['You might also be interested in…', 'Loading…'], skeletons: 3},
  },
  {
    name: 'donate-cta',
    template: html`<ijm-donate-cta currency="EUR" amounts="25, 50, 100" amount="100"></ijm-donate-cta>`,
    expect: {text: ['Give monthly', 'Give once', 'Donate €100 monthly'], checked: ['monthly', '100']},
  },
  {
    name: 'donate-cta-once',
    template: html`<ijm-donate-cta frequency="once" currency="EUR" amounts="25, 50, 100"></ijm-donate-cta>`,
    expect: {text: ['Give once'], checked: ['once', '50']},
  },
  {
    name: 'donate-cta-other',
    template: html`<ijm-donate-cta currency="EUR" amounts="25, 50" amount="42"></ijm-donate-cta>`,
    expect: {text: ['Other amount'], checked: ['monthly', 'other'], otherValue: '42'},
  },
  {
    name: 'provider',
    template: html`<ijm-widgets locale="ro" currency="RON"><ijm-donate-cta amount="100"></ijm-donate-cta></ijm-widgets>`,
    expect: {text: ['Donează lunar'], checked: ['monthly', '100']},
  },
  {
    name: 'email-signup',
    template: html`<ijm-email-signup action="https://www.example.org/signup" name-field consent="I agree to receive emails."></ijm-email-signup>`,
    expect: {text: ['Email sign-up', 'Email address', 'First name', 'I agree to receive emails.', 'Sign up']},
  },
  {
    name: 'email-signup-lang',
    template: html`<ijm-email-signup lang="bg" action="https://www.example.org/signup"></ijm-email-signup>`,
    expect: {text: ['Абонамент по имейл']},
  },
];
