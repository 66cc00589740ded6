import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/components/related-stories/related-stories.js';
import '../src/context/provider.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';
import type {IjmStoryClickEvent} from '../src/components/article-card/events.js';
import {catalogs} from './helpers/catalogs.js';

// A rail's cards take the provider's defaults and the language from the rail (one request to the
// provider and one watcher of the page for the whole rail), and follow it when either changes.
const STORIES = [
  {url: 'https://a.example/1', title: 'One', date: '2024-03-08'},
  {url: 'https://a.example/2', title: 'Two', date: '2024-03-09'},
];
const cards = (rail: IjmRelatedStories) => [...rail.shadowRoot!.querySelectorAll<IjmArticleCard>('ijm-article-card')];
const $ = (card: IjmArticleCard, selector: string) => card.shadowRoot!.querySelector(selector)!;
const dateIn = (lang: string, iso: string) => new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(iso));
/** Whether every card of `rail` speaks `lang`: its kicker and its date. */
const cardsSpeak = (rail: IjmRelatedStories, lang: string) =>
  cards(rail).length === STORIES.length &&
  cards(rail).every((card, i) => $(card, '.kicker').textContent === catalogs[lang].card.kicker && $(card, 'time').textContent === dateIn(lang, STORIES[i].date));

describe('cards in a rail', () => {
  it('change language with the rail when a `lang` above it changes', async () => {
    const page = await fixture(html`<div lang="en"><ijm-related-stories .stories=${STORIES}></ijm-related-stories></div>`);
    const rail = page.querySelector<IjmRelatedStories>('ijm-related-stories')!;
    await waitUntil(() => cardsSpeak(rail, 'en'), 'cards in English');
    for (const lang of ['uk', 'ro', 'bg', 'en']) {
      page.setAttribute('lang', lang);
      await waitUntil(() => cardsSpeak(rail, lang), `cards in ${lang}`, {timeout: 10000});
      expect(rail.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(catalogs[lang].rail.heading);
    }
    await expect(rail).to.be.accessible();
  });

  it('take the provider’s locale from the rail, follow it when it changes, and ask the provider nothing themselves', async () => {
    const askers: string[] = [];
    // (No `lang` around the provider: the closest `lang` comes before the provider's `locale`.)
    const page = await fixture(html`<div
      ><ijm-widgets locale="ro" @context-request=${(e: Event) => askers.push((e.composedPath()[0] as Element).localName)}
        ><ijm-related-stories .stories=${STORIES}></ijm-related-stories></ijm-widgets
    ></div>`);
    const provider = page.querySelector('ijm-widgets')!;
    const rail = page.querySelector<IjmRelatedStories>('ijm-related-stories')!;
    await waitUntil(() => cardsSpeak(rail, 'ro'), 'cards in the provider’s Romanian', {timeout: 10000});
    provider.setAttribute('locale', 'uk');
    await waitUntil(() => cardsSpeak(rail, 'uk'), 'cards in the provider’s new Ukrainian', {timeout: 10000});
    expect(askers).to.deep.equal(['ijm-related-stories']);
    // A `lang` nearer than the provider wins, for the rail and its cards alike.
    rail.setAttribute('lang', 'bg');
    await waitUntil(() => cardsSpeak(rail, 'bg'), 'cards in the rail’s own Bulgarian', {timeout: 10000});
  });

  it('still report a click with its position', async () => {
    const rail = await fixture<IjmRelatedStories>(html`<ijm-related-stories .stories=${STORIES}></ijm-related-stories>`);
    await waitUntil(() => cardsSpeak(rail, 'en'), 'cards drawn');
    const clicks: IjmStoryClickEvent[] = [];
    document.addEventListener('ijm-story-click', (e) => clicks.push(e), {once: true});
    const link = $(cards(rail)[1], 'a') as HTMLAnchorElement;
    link.addEventListener('click', (e) => e.preventDefault(), {once: true});
    link.click();
    expect(clicks.map((e) => e.detail)).to.deep.equal([{url: 'https://a.example/2', position: 2}]);
  });
});

describe('a card in the shadow tree of an element that is not a widget', () => {
  it('watches the page’s language itself', async () => {
    const page = await fixture(html`<div lang="en"><section></section></div>`);
    const card = document.createElement('ijm-article-card') as IjmArticleCard;
    Object.assign(card, {href: 'https://a.example/1', heading: 'One', date: '2024-03-08'});
    page.querySelector('section')!.attachShadow({mode: 'open'}).append(card);
    await card.updateComplete;
    expect($(card, '.kicker').textContent).to.equal(catalogs.en.card.kicker);
    page.setAttribute('lang', 'uk');
    await waitUntil(() => $(card, '.kicker').textContent === catalogs.uk.card.kicker && $(card, 'time').textContent === dateIn('uk', '2024-03-08'), 'the card in Ukrainian', {timeout: 10000});
  });
});
