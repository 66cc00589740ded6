import {aTimeout, expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/context/provider.js';
import '../src/components/donate-cta/donate-cta.js';
import '../src/components/email-signup/email-signup.js';
import '../src/components/related-stories/related-stories.js';
import '../src/components/article-card/article-card.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';
import {VIEW_DWELL_MS} from '../src/internal/view-tracker.js';
import {resizeViewport} from './helpers/viewport.js';
import {useFakeClock, type FakeClock} from './helpers/fake-clock.js';

// The view events (src/internal/view-tracker.ts) and story clicks, seen from the page: its listeners on
// `document`. The second on screen runs on a fake clock; the IntersectionObserver is the browser's own.

const stories = [
  {url: 'https://www.ijm.org/stories/nway', title: 'this is Nway’s story'},
  {url: 'https://www.ijm.org/stories/womens-day', title: 'International Women’s Day'},
  {url: 'https://www.ijm.org/stories/survivors', title: 'Survivors lead'},
];

/** Every event of `types` that reaches `document`. */
function record(...types: string[]) {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  for (const type of types) document.addEventListener(type, listener);
  return {events, stop: () => types.forEach((type) => document.removeEventListener(type, listener))};
}

/** Whether the page says it is hidden (a background tab). */
function setHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
  else delete (document as unknown as {visibilityState?: string}).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('view events', () => {
  let clock: FakeClock;
  let seen: ReturnType<typeof record>;
  beforeEach(() => {
    clock = useFakeClock();
    seen = record('ijm-donate-view', 'ijm-signup-view', 'ijm-stories-view');
  });
  afterEach(() => {
    clock.restore();
    seen.stop();
    setHidden(false);
    window.scrollTo(0, 0);
  });
  after(() => resizeViewport({width: 800, height: 600}));

  /** Waits until the browser has reported the element on screen and the second has started. */
  const onScreen = () => waitUntil(() => clock.pending() > 0, 'the view timer never started', {timeout: 5000});

  it('each widget fires its view event once, after a second with at least half of it on screen', async () => {
    await resizeViewport({width: 1200, height: 2400}); // all three on screen at once
    await fixture(html`<div>
      <ijm-widgets partner="hope-ro">
        <ijm-donate-cta campaign="spring" currency="EUR" variant="banner"></ijm-donate-cta>
        <ijm-email-signup action="/api/signup" list="news"></ijm-email-signup>
        <ijm-related-stories .stories=${stories} exclude=""></ijm-related-stories>
      </ijm-widgets>
    </div>`);
    await waitUntil(() => clock.pending() === 3, 'three view timers', {timeout: 5000});
    clock.tick(VIEW_DWELL_MS - 1);
    expect(seen.events).to.have.length(0);
    clock.tick(1);
    expect(seen.events.map((e) => e.type).sort()).to.deep.equal(['ijm-donate-view', 'ijm-signup-view', 'ijm-stories-view']);
    for (const event of seen.events) expect(event.bubbles && event.composed, event.type).to.be.true;
    const byType = Object.fromEntries(seen.events.map((e) => [e.type, e.detail]));
    expect(byType['ijm-donate-view']).to.deep.equal({amount: 50, frequency: 'monthly', currency: 'EUR', campaign: 'spring', partner: 'hope-ro', variant: 'banner'});
    expect(byType['ijm-signup-view']).to.deep.equal({list: 'news', partner: 'hope-ro'});
    expect(byType['ijm-stories-view'].stories.map((s: {url: string}) => s.url)).to.deep.equal(stories.map((s) => s.url));
    expect(byType['ijm-stories-view'].src).to.equal(undefined);
    // Once: scrolled away and back, nothing more.
    window.scrollTo(0, 10000);
    await nextFrame();
    window.scrollTo(0, 0);
    await aTimeout(100);
    clock.tick(VIEW_DWELL_MS * 5);
    expect(seen.events).to.have.length(3);
    expect(clock.pending()).to.equal(0);
  });

  it('does not count off screen, nor less than a second on screen; scrolling into view starts the second', async () => {
    const root = await fixture(html`<div><div class="spacer" style="height: 300vh"></div><ijm-donate-cta></ijm-donate-cta></div>`);
    const el = root.querySelector('ijm-donate-cta')!;
    await aTimeout(100);
    clock.tick(VIEW_DWELL_MS * 3);
    expect(clock.pending()).to.equal(0);
    el.scrollIntoView({block: 'center'});
    await onScreen();
    clock.tick(VIEW_DWELL_MS / 2);
    window.scrollTo(0, 0); // away before the second is up: it starts again next time
    await waitUntil(() => clock.pending() === 0, 'timer cleared when scrolled away', {timeout: 5000});
    clock.tick(VIEW_DWELL_MS);
    expect(seen.events).to.have.length(0);
    el.scrollIntoView({block: 'center'});
    await onScreen();
    clock.tick(VIEW_DWELL_MS);
    expect(seen.events.map((e) => e.type)).to.deep.equal(['ijm-donate-view']);
  });

  it('never counts in a background tab; back in front, the second starts again', async () => {
    await fixture(html`<ijm-email-signup action="/api/signup"></ijm-email-signup>`);
    await onScreen();
    clock.tick(VIEW_DWELL_MS - 100);
    setHidden(true);
    expect(clock.pending()).to.equal(0);
    clock.tick(VIEW_DWELL_MS * 10);
    expect(seen.events).to.have.length(0);
    setHidden(false);
    clock.tick(VIEW_DWELL_MS - 1);
    expect(seen.events).to.have.length(0);
    clock.tick(1);
    expect(seen.events.map((e) => e.detail)).to.deep.equal([{}]);
  });

  it('a rail counts only once its stories show, with the feed as src', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src="/test-api/respond?delay=400&file=/test/fixtures/feeds/json-feed.json" exclude=""></ijm-related-stories>`);
    await aTimeout(150);
    clock.tick(VIEW_DWELL_MS * 2); // the skeleton on screen is not a view
    expect(seen.events).to.have.length(0);
    await waitUntil(() => el.shadowRoot!.querySelector('ijm-article-card:not([loading])'), 'stories show', {timeout: 5000});
    await onScreen();
    clock.tick(VIEW_DWELL_MS);
    expect(seen.events).to.have.length(1);
    expect(seen.events[0].detail.src).to.equal(el.src);
    expect(seen.events[0].detail.stories.length).to.be.greaterThan(0);
  });

  it('a widget never shown (collapsed rail) fires nothing', async () => {
    await fixture(html`<ijm-related-stories .stories=${[]}></ijm-related-stories>`);
    await aTimeout(100);
    clock.tick(VIEW_DWELL_MS * 3);
    expect(seen.events).to.have.length(0);
  });
});

describe('ijm-story-click', () => {
  let clicks: ReturnType<typeof record>;
  const prevented: boolean[] = [];
  // The test page must not navigate: the page itself cancels the click, after recording that no widget did.
  const stay = (e: Event) => {
    prevented.push(e.defaultPrevented);
    e.preventDefault();
  };
  beforeEach(() => {
    clicks = record('ijm-story-click');
    prevented.length = 0;
    window.addEventListener('click', stay);
    window.addEventListener('auxclick', stay);
  });
  afterEach(() => {
    clicks.stop();
    window.removeEventListener('click', stay);
    window.removeEventListener('auxclick', stay);
  });

  const link = (card: IjmArticleCard) => card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;

  it('a card on its own: {url}, the link not prevented; a middle click counts, a right click does not', async () => {
    const card = await fixture<IjmArticleCard>(html`<ijm-article-card href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card>`);
    link(card).click();
    link(card).dispatchEvent(new MouseEvent('auxclick', {button: 1, bubbles: true, composed: true, cancelable: true}));
    link(card).dispatchEvent(new MouseEvent('auxclick', {button: 2, bubbles: true, composed: true, cancelable: true}));
    expect(clicks.events.map((e) => e.detail)).to.deep.equal([{url: 'https://www.ijm.org/stories/nway'}, {url: 'https://www.ijm.org/stories/nway'}]);
    expect(clicks.events[0].bubbles && clicks.events[0].composed).to.be.true;
    expect(prevented).to.deep.equal([false, false, false]);
  });

  it('in a rail: {url, position} from 1, and src when the stories came from a feed', async () => {
    const rail = await fixture<IjmRelatedStories>(html`<ijm-related-stories .stories=${stories} exclude=""></ijm-related-stories>`);
    const cards = [...rail.shadowRoot!.querySelectorAll<IjmArticleCard>('ijm-article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    link(cards[2]).click();
    expect(clicks.events.map((e) => e.detail)).to.deep.equal([{url: stories[2].url, position: 3}]);

    const src = '/test-api/respond?file=/test/fixtures/feeds/json-feed.json';
    const fed = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${src} exclude=""></ijm-related-stories>`);
    await waitUntil(() => fed.shadowRoot!.querySelector('ijm-article-card:not([loading])'), 'stories show', {timeout: 5000});
    const first = fed.shadowRoot!.querySelector<IjmArticleCard>('ijm-article-card')!;
    await first.updateComplete;
    link(first).click();
    expect(clicks.events[1].detail).to.deep.equal({url: link(first).href, position: 1, src});
    expect(prevented).to.deep.equal([false, false]);
  });

  it('Enter on the focused link opens the story and fires once', async () => {
    const card = await fixture<IjmArticleCard>(html`<ijm-article-card href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card>`);
    link(card).focus();
    const {sendKeys} = await import('@web/test-runner-commands');
    await sendKeys({press: 'Enter'});
    expect(clicks.events.map((e) => e.detail.url)).to.deep.equal(['https://www.ijm.org/stories/nway']);
  });
});
