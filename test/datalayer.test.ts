import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/context/provider.js';
import '../src/components/donate-cta/donate-cta.js';
import '../src/components/email-signup/email-signup.js';
import '../src/components/related-stories/related-stories.js';
import '../src/components/article-card/article-card.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import type {IjmEmailSignup} from '../src/components/email-signup/email-signup.component.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';
import {VIEW_DWELL_MS} from '../src/internal/view-tracker.js';
import {resizeViewport} from './helpers/viewport.js';
import {useFakeClock, type FakeClock} from './helpers/fake-clock.js';
import {recordedRequests, resetServer} from './helpers/server.js';

// The opt-in analytics bridge (src/internal/datalayer.ts), read where Tag Manager reads it: window.dataLayer.

const stories = [
  {url: 'https://www.ijm.org/stories/nway', title: 'this is Nway’s story'},
  {url: 'https://www.ijm.org/stories/survivors', title: 'Survivors lead'},
];

/** Watches every write to `window.dataLayer`: a push, or the page's array being replaced. */
function watchDataLayer() {
  const writes: unknown[] = [];
  let layer: unknown[] | undefined;
  Object.defineProperty(window, 'dataLayer', {
    configurable: true,
    get: () => layer,
    set: (value: unknown[]) => {
      writes.push({set: value});
      layer = value;
      const push = value.push.bind(value);
      value.push = (...items: unknown[]) => (writes.push(...items), push(...items));
    },
  });
  return {writes, layer: () => layer, stop: () => delete (window as {dataLayer?: unknown}).dataLayer};
}

/** Entries other than the `{ecommerce: null}` resets. */
const entries = (layer: unknown[] | undefined) => (layer ?? []).filter((e) => (e as {ecommerce?: unknown}).ecommerce !== null) as Array<Record<string, unknown>>;

/** Waits for `count` entries: the GA4 mapping loads once a widget opts in, and the first events may wait for it. */
const pushed = (count: number, layer = () => window.dataLayer) =>
  waitUntil(() => entries(layer()).length >= count, `${count} dataLayer entries`, {timeout: 5000});

/** The test page never navigates: donations are cancelled, story links are not followed. */
const stayOnPage = (e: Event) => {
  if (e.type === 'ijm-donate' || e.composedPath()[0] instanceof HTMLAnchorElement) e.preventDefault();
};

describe('analytics="datalayer"', () => {
  let clock: FakeClock;
  let watch: ReturnType<typeof watchDataLayer>;
  before(() => resizeViewport({width: 1200, height: 2400})); // every widget on screen at once
  after(() => resizeViewport({width: 800, height: 600}));
  beforeEach(async () => {
    await resetServer();
    clock = useFakeClock();
    watch = watchDataLayer();
    document.addEventListener('ijm-donate', stayOnPage);
    window.addEventListener('click', stayOnPage);
  });
  afterEach(() => {
    clock.restore();
    watch.stop();
    document.removeEventListener('ijm-donate', stayOnPage);
    window.removeEventListener('click', stayOnPage);
  });

  it('on the provider: views, a story click, a donation and a sign-up reach dataLayer in GA4 shape, and nothing is requested', async () => {
    const root = await fixture(html`<div>
      <ijm-widgets analytics="datalayer" partner="hope-ro" currency="RON">
        <ijm-donate-cta campaign="spring-2025"></ijm-donate-cta>
        <ijm-email-signup action="/api/signup" list="news" min-time="0"></ijm-email-signup>
        <ijm-related-stories .stories=${stories} exclude=""></ijm-related-stories>
      </ijm-widgets>
    </div>`);
    await waitUntil(() => clock.pending() === 3, 'three view timers', {timeout: 5000});
    clock.tick(VIEW_DWELL_MS);
    await pushed(3);
    const views = entries(window.dataLayer);
    expect(views.map((e) => [e.event, e.widget])).to.have.deep.members([
      ['view_promotion', 'donate-cta'],
      ['view_promotion', 'email-signup'],
      ['view_promotion', 'related-stories'],
    ]);
    expect(views.find((e) => e.widget === 'donate-cta')).to.deep.equal({
      event: 'view_promotion',
      widget: 'donate-cta',
      partner: 'hope-ro',
      campaign: 'spring-2025',
      amount: 50,
      currency: 'RON',
      frequency: 'monthly',
      ecommerce: {
        creative_name: 'ijm-donate-cta',
        creative_slot: 'panel',
        promotion_id: 'spring-2025',
        promotion_name: 'spring-2025',
        items: [{item_id: 'donation-monthly', item_name: 'Donation', item_category: 'donation', item_variant: 'monthly', price: 50, quantity: 1}],
      },
    });
    expect((views.find((e) => e.widget === 'related-stories')!.ecommerce as {items: unknown[]}).items).to.deep.equal([
      {item_id: stories[0].url, item_name: stories[0].title, index: 0},
      {item_id: stories[1].url, item_name: stories[1].title, index: 1},
    ]);
    // GA4's advice: clear the previous ecommerce object before each ecommerce event.
    expect(window.dataLayer!.filter((e) => (e as {ecommerce?: unknown}).ecommerce === null)).to.have.length(3);

    const rail = root.querySelector<IjmRelatedStories>('ijm-related-stories')!;
    const card = rail.shadowRoot!.querySelectorAll<IjmArticleCard>('ijm-article-card')[1];
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await pushed(4);
    expect(entries(window.dataLayer).at(-1)).to.deep.equal({
      event: 'select_promotion',
      widget: 'related-stories',
      url: stories[1].url,
      position: 2,
      ecommerce: {creative_name: 'ijm-related-stories', items: [{item_id: stories[1].url, index: 1}]},
    });

    const donate = root.querySelector<IjmDonateCta>('ijm-donate-cta')!;
    donate.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await pushed(5);
    expect(entries(window.dataLayer).at(-1)).to.deep.equal({
      event: 'begin_checkout',
      widget: 'donate-cta',
      partner: 'hope-ro',
      campaign: 'spring-2025',
      amount: 50,
      currency: 'RON',
      frequency: 'monthly',
      ecommerce: {
        currency: 'RON',
        value: 50,
        items: [{item_id: 'donation-monthly', item_name: 'Donation', item_category: 'donation', item_variant: 'monthly', price: 50, quantity: 1}],
      },
    });

    const signup = root.querySelector<IjmEmailSignup>('ijm-email-signup')!;
    signup.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'reader@example.org';
    const success = oneEvent(signup, 'ijm-signup-success');
    signup.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
    await success;
    await pushed(6);
    expect(entries(window.dataLayer).at(-1)).to.deep.equal({
      event: 'generate_lead',
      widget: 'email-signup',
      partner: 'hope-ro',
      list: 'news',
      lead_source: 'ijm-email-signup',
      signup_result: 'subscribed',
    });
    // The bridge asked for nothing but its own GA4 mapping (the library's code, same origin, which
    // Firefox and WebKit may take from their cache without asking the server): the one other
    // request is the sign-up the page configured.
    const asked = (await recordedRequests()).map((r) => r.path).filter((path) => path !== '/src/internal/datalayer-entry.ts');
    expect(asked).to.deep.equal(['/api/signup']);
    expect(document.cookie).to.equal('');
  });

  it('on a single widget; pushes onto the page\'s own dataLayer; each event once even with the provider opted in too', async () => {
    const own: unknown[] = [{event: 'gtm.js'}];
    window.dataLayer = own;
    const root = await fixture(html`<div>
      <ijm-widgets analytics="datalayer"><ijm-article-card analytics="datalayer" href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card></ijm-widgets>
      <ijm-article-card analytics="datalayer" href="https://www.ijm.org/stories/a" heading="A"></ijm-article-card>
    </div>`);
    const cards = [...root.querySelectorAll<IjmArticleCard>('ijm-article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    for (const card of cards) card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await pushed(3, () => own);
    expect(window.dataLayer).to.equal(own);
    expect(entries(own).map((e) => [e.event, e.url])).to.deep.equal([
      ['gtm.js', undefined],
      ['select_promotion', 'https://www.ijm.org/stories/nway'],
      ['select_promotion', 'https://www.ijm.org/stories/a'],
    ]);
    expect(entries(own)[1]).to.deep.include({widget: 'article-card'});
  });

  it('a widget with analytics="off" inside an opted-in provider writes nothing', async () => {
    const root = await fixture(html`<ijm-widgets analytics="datalayer"><ijm-article-card analytics="off" href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card></ijm-widgets>`);
    const card = root.querySelector<IjmArticleCard>('ijm-article-card')!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    expect(watch.writes).to.deep.equal([]);
  });

  it('without the attribute, a page gets no dataLayer writes at all', async () => {
    const root = await fixture(html`<div>
      <ijm-widgets partner="hope-ro">
        <ijm-donate-cta></ijm-donate-cta>
        <ijm-email-signup action="/api/signup" min-time="0"></ijm-email-signup>
        <ijm-related-stories .stories=${stories} exclude=""></ijm-related-stories>
      </ijm-widgets>
      <ijm-article-card href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card>
    </div>`);
    await waitUntil(() => clock.pending() === 3, 'three view timers', {timeout: 5000});
    const fired: string[] = [];
    for (const type of ['ijm-donate-view', 'ijm-signup-view', 'ijm-stories-view', 'ijm-donate', 'ijm-story-click', 'ijm-signup-success']) {
      root.addEventListener(type, () => fired.push(type));
    }
    clock.tick(VIEW_DWELL_MS);
    root.querySelector('ijm-donate-cta')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    const card = root.querySelector<IjmArticleCard>('ijm-article-card')!;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    const signup = root.querySelector<IjmEmailSignup>('ijm-email-signup')!;
    signup.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'reader@example.org';
    const success = oneEvent(signup, 'ijm-signup-success');
    signup.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
    await success;
    await aTimeout(50);
    expect(fired.sort()).to.deep.equal(['ijm-donate', 'ijm-donate-view', 'ijm-signup-success', 'ijm-signup-view', 'ijm-stories-view', 'ijm-story-click']);
    expect(watch.writes).to.deep.equal([]);
    expect(window.dataLayer).to.equal(undefined);
  });
});
