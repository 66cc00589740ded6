import {expect, fixture, html, waitUntil, nextFrame} from '@open-wc/testing';
import '../src/components/related-stories/related-stories.js';
import '../src/context/provider.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';
import type {StoriesErrorEvent, StoriesLoadEvent} from '../src/components/related-stories/events.js';
import {clearStoriesCache} from '../src/data/load-stories.js';
import {catalogs} from './helpers/catalogs.js';
import {recordedRequests, releaseHeld, resetServer, respondUrl} from './helpers/server.js';
import {captureWarnings} from './helpers/console.js';
import {pageSettled} from '../src/internal/page-settled.js';
import {fetchesDuring} from './helpers/fetch.js';
import {pressKeys} from './helpers/keys.js';
import {resetReducedMotion, setReducedMotion} from './helpers/motion.js';

const SEED = '/test/fixtures/feeds/seed.json';
const SEED_TITLES = [
  'Does slavery still exist?',
  'this is Nway’s story',
  'IJM supports two Ukrainian survivors of trafficking',
  'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women',
];

let run = 0;
/** A feed URL no earlier test has loaded (the story cache lives for the page). */
const fresh = (options: Parameters<typeof respondUrl>[0]) => `${respondUrl(options)}&run=${++run}`;
const seedFeed = (delay = 0) => fresh({file: SEED, delay, type: 'application/feed+json'});

const root = (el: IjmRelatedStories) => el.shadowRoot!;
const cards = (el: IjmRelatedStories) => [...root(el).querySelectorAll<IjmArticleCard>('ijm-article-card')];
const titles = (el: IjmRelatedStories) => cards(el).map((card) => card.heading);
const button = (el: IjmRelatedStories, which: 'previous' | 'next') => root(el).querySelector<HTMLButtonElement>(`[part="${which}-button"]`)!;
const track = (el: IjmRelatedStories) => root(el).querySelector<HTMLElement>('.track')!;

/** Whether card `index` starts where the rail's cards snap: its leading edge 0.5em (8 px) inside the track's, either text direction. */
function startsAtSnapLine(el: IjmRelatedStories, index: number): boolean {
  const box = track(el).getBoundingClientRect();
  const card = cards(el)[index].getBoundingClientRect();
  const rtl = getComputedStyle(track(el)).direction === 'rtl';
  return Math.abs(rtl ? box.right - 8 - card.right : card.left - (box.left + 8)) < 1.5;
}

/** Whether the rail is scrolled as far as it goes. */
function scrolledToEnd(el: IjmRelatedStories): boolean {
  const t = track(el);
  return Math.abs(t.scrollLeft) + t.clientWidth >= t.scrollWidth - 1;
}

/** Resolves when the rail shows stories (loaded before or after this call). */
async function loaded(el: IjmRelatedStories): Promise<void> {
  await waitUntil(() => cards(el).length > 0 && cards(el).every((card) => !card.loading), 'stories shown', {timeout: 5000});
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** An event listener for a template (`@ijm-stories-load=${load.listener}`), attached before the rail connects. */
function nextEvent<E extends Event>() {
  let listener!: (event: E) => void;
  const event = new Promise<E>((resolve) => (listener = resolve));
  return {event, listener};
}

/** Every href/src in a shadow tree and the shadow trees inside it. */
function urlsIn(node: ShadowRoot | Document): string[] {
  const urls: string[] = [];
  for (const el of node.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'srcset', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value !== null) urls.push(value);
    }
    if (el.shadowRoot) urls.push(...urlsIn(el.shadowRoot));
  }
  return urls;
}

describe('<ijm-related-stories>', () => {
  beforeEach(async () => {
    await resetServer();
  });
  afterEach(async () => {
    document.documentElement.setAttribute('lang', 'en');
    delete (window as {__ijmHacked?: number}).__ijmHacked;
    await resetReducedMotion();
  });

  it('keeps a usable width when a partner puts it in a flex row', async () => {
    const row = await fixture<HTMLDivElement>(html`<div><aside>Sidebar</aside></div>`);
    row.style.display = 'flex';
    const rail = document.createElement('ijm-related-stories');
    rail.stories = [{url: 'https://example.org/a', title: 'A story'}];
    row.prepend(rail);
    await rail.updateComplete;
    expect(rail.getBoundingClientRect().width).to.be.at.least(400);
  });

  it('shows the feed’s stories as article cards in a labelled carousel region', async () => {
    const load = nextEvent<StoriesLoadEvent>();
    // Heard on the document: the event bubbles out of the partner's own shadow roots too.
    document.addEventListener('ijm-stories-load', load.listener as EventListener, {once: true});
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${SEED} more-href="/stories/"></ijm-related-stories>`);
    const event = await load.event;
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.be.true;
    await loaded(el);
    expect(event.detail.src).to.equal(SEED);
    expect(event.detail.stories.map((s) => s.title)).to.deep.equal(SEED_TITLES);
    expect(titles(el)).to.deep.equal(SEED_TITLES);

    const region = root(el).querySelector('section')!;
    const heading = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('You might also be interested in…');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    const slides = root(el).querySelectorAll('[role="group"]');
    expect([...slides].map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
    expect(slides[0].getAttribute('aria-roledescription')).to.equal('story');
    expect(cards(el)[0].headingLevel).to.equal(3);
    expect(cards(el)[1].protected).to.equal(true);
    const more = root(el).querySelector<HTMLAnchorElement>('[part="more-link"]')!;
    expect(more.textContent!.trim()).to.equal('see more');
    expect(more.getAttribute('aria-label')).to.equal('See more stories');
    expect(more.href).to.equal(new URL('/stories/', location.href).href);
    await expect(el).to.be.accessible();
  });

  it('shows stories given as a property, dropping ones without a safe link', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories
      .stories=${[
        {url: 'https://a.example/1', title: 'One', kicker: 'News'},
        {url: 'javascript:alert(1)', title: 'Bad'},
        {url: 'https://a.example/2', title: 'Two', image: 'data:image/png;base64,AAAA', protected: true},
      ]}
    ></ijm-related-stories>`);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(titles(el)).to.deep.equal(['One', 'Two']);
    expect(cards(el)[0].kicker).to.equal('News');
    expect(cards(el)[1].image).to.equal(undefined);
    expect(urlsIn(root(el)).every((url) => /^https?:/.test(url))).to.be.true;
  });

  it('shows <ijm-article-card> children, and follows changes to them', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${SEED}>
      <ijm-article-card href="/one" heading="Child one"></ijm-article-card>
      <ijm-article-card href="/two" heading="Child two" protected></ijm-article-card>
    </ijm-related-stories>`);
    expect(titles(el)).to.deep.equal(['Child one', 'Child two']);
    expect(cards(el)[1].protected).to.equal(true);
    el.querySelector('ijm-article-card')!.setAttribute('heading', 'Renamed');
    await waitUntil(() => titles(el)[0] === 'Renamed', 'child change shown', {timeout: 5000});
    expect(await recordedRequests(SEED)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows at most `limit` stories, and keeps room for `limit` skeleton cards while loading', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories limit="2" src=${seedFeed(1500)}></ijm-related-stories>`);
    const skeletons = cards(el);
    expect(skeletons).to.have.length(2);
    expect(skeletons.every((card) => card.loading)).to.be.true;
    expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await expect(el).to.be.accessible();
    // axe saw the loading state: the feed is still on its way.
    expect(cards(el).every((card) => card.loading)).to.be.true;
    await loaded(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 2));
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('while loading in a narrow column, its scrolling skeleton row is axe-clean: the cards say nothing, the rail says "Loading…" once', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 320px"><ijm-related-stories src=${seedFeed(3000)}></ijm-related-stories></div>`);
    const el = column.querySelector<IjmRelatedStories>('ijm-related-stories')!;
    await el.updateComplete;
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(cards(el).every((card) => card.loading)).to.be.true;
    // Still a scrolling row (its scrollbar is part of the height the stories will take).
    expect(track(el).scrollWidth).to.be.greaterThan(track(el).clientWidth);
    expect(cards(el).map((card) => card.shadowRoot!.textContent!.trim())).to.deep.equal(['', '', '', '']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    // Issue 24: the loading story failed scrollable-region-focusable (the cards' hidden words).
    await expect(column).to.be.accessible();
    expect(cards(el).every((card) => card.loading)).to.be.true;
  });

  it('shows 4 stories by default, keeps room for 4 while loading, and waits 8 s for a feed', async () => {
    const many = [1, 2, 3, 4, 5, 6].map((n) => ({url: `https://a.example/${n}`, title: `S${n}`}));
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories .stories=${many}></ijm-related-stories>`);
    expect(titles(el)).to.deep.equal(['S1', 'S2', 'S3', 'S4']);
    expect(el.timeout).to.equal(8000);
    const loading = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${seedFeed(1000)}></ijm-related-stories>`);
    expect(cards(loading)).to.have.length(4);
    expect(cards(loading).every((card) => card.loading)).to.be.true;
  });

  it('treats a limit that is not a positive number as 4', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories limit="lots" .stories=${[1, 2, 3, 4, 5].map((n) => ({url: `https://a.example/${n}`, title: `S${n}`}))}></ijm-related-stories>`);
    expect(cards(el)).to.have.length(4);
  });

  it('leaves out the current page by default, whatever form its URL takes', async () => {
    const here = new URL(location.href);
    here.hash = 'comments';
    here.searchParams.set('utm_source', 'newsletter');
    const stories = [
      {url: here.href, title: 'This very page'},
      {url: 'https://a.example/other', title: 'Another story'},
    ];
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories .stories=${stories}></ijm-related-stories>`);
    expect(titles(el)).to.deep.equal(['Another story']);
    el.exclude = '';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['This very page', 'Another story']);
  });

  it('leaves out the URLs in `exclude`', async () => {
    const load = nextEvent<StoriesLoadEvent>();
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories
      src=${SEED}
      exclude=${`${new URL('/demo/stories/nways-story.html#top', location.href).href} /demo/stories/two-ukrainian-survivors.html?utm_medium=email`}
      @ijm-stories-load=${load.listener}
    ></ijm-related-stories>`);
    const event = await load.event;
    await loaded(el);
    expect(titles(el)).to.deep.equal([SEED_TITLES[0], SEED_TITLES[3]]);
    expect(event.detail.stories).to.have.length(2);
  });

  it('makes one request for two rails with the same src, loading at the same time or later', async () => {
    clearStoriesCache();
    const src = seedFeed(100);
    const page = await fixture(html`<div>
      <ijm-related-stories src=${src}></ijm-related-stories>
      <ijm-related-stories src=${src} limit="2"></ijm-related-stories>
    </div>`);
    const [a, b] = page.querySelectorAll('ijm-related-stories');
    await Promise.all([loaded(a), loaded(b)]);
    const third = document.createElement('ijm-related-stories');
    third.src = src;
    page.append(third);
    await loaded(third);
    expect(titles(a)).to.have.length(4);
    expect(titles(b)).to.have.length(2);
    expect(titles(third)).to.have.length(4);
    expect(await recordedRequests('/test-api/respond')).to.have.length(1);
  });

  const failures: Array<[string, () => string, string, number?]> = [
    ['HTTP 500', () => fresh({status: 500, body: 'Internal error'}), 'http', 500],
    ['a timeout', () => fresh({file: SEED, delay: 1500}), 'timeout'],
    ['a 5 MB body', () => fresh({bytes: 5 * 1024 * 1024}), 'too-large'],
    ['invalid XML', () => fresh({file: '/test/fixtures/feeds/invalid.xml', type: 'application/rss+xml'}), 'unparseable'],
    ['an empty feed', () => fresh({file: '/test/fixtures/feeds/empty.json'}), 'empty'],
    [
      'a network failure',
      () => {
        const url = new URL(fresh({file: SEED}), location.href);
        url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
        return url.href;
      },
      'network',
    ],
  ];
  for (const [what, makeSrc, reason, status] of failures) {
    it(`on ${what}: reports "${reason}", collapses without a box, warns once`, async () => {
      const src = makeSrc();
      const {warnings, restore} = captureWarnings();
      try {
        const timeout = reason === 'timeout' ? 300 : 5000;
        const first = nextEvent<StoriesErrorEvent>();
        const second = nextEvent<StoriesErrorEvent>();
        const page = await fixture<HTMLElement>(html`<div>
          <ijm-related-stories src=${src} timeout=${timeout} @ijm-stories-error=${first.listener}></ijm-related-stories>
          <ijm-related-stories src=${src} timeout=${timeout} @ijm-stories-error=${second.listener}></ijm-related-stories>
          <p>Partner content</p>
        </div>`);
        const el = page.querySelector('ijm-related-stories')!;
        const [event] = await Promise.all([first.event, second.event]);
        expect(event.detail.error.reason).to.equal(reason);
        expect(event.detail.error.status).to.equal(status);
        expect(event.detail.src).to.equal(src);
        expect(event.detail.message).to.equal(reason === 'empty' ? catalogs.en.rail.empty : catalogs.en.rail.error);
        await el.updateComplete;
        expect(el.matches(':state(collapsed)')).to.be.true;
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(getComputedStyle(el).display).to.equal('none');
        expect(root(el).childElementCount).to.equal(0);
        expect(page.querySelector('p')!.textContent).to.equal('Partner content');
        expect(warnings.filter((w) => w.includes(src))).to.have.length(1);
        // A volunteer reading the console learns the likely cause.
        if (reason === 'network') expect(warnings.find((w) => w.includes(src))).to.contain('CORS');
        await expect(page).to.be.accessible();
      } finally {
        restore();
      }
    });
  }

  it('shows its fallback slot on error', async () => {
    const error = nextEvent<StoriesErrorEvent>();
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${fresh({status: 404})} @ijm-stories-error=${error.listener}>
      <p slot="fallback">More stories on <a href="https://www.ijm.org/stories">ijm.org</a></p>
    </ijm-related-stories>`);
    await error.event;
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.be.true;
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="fallback"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('More stories on ijm.org');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows its fallback slot when the feed is empty', async () => {
    const error = nextEvent<StoriesErrorEvent>();
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${fresh({file: '/test/fixtures/feeds/empty.json'})} @ijm-stories-error=${error.listener}>
      <p slot="fallback">No related stories yet.</p>
    </ijm-related-stories>`);
    const {detail} = await error.event;
    expect(detail.error.reason).to.equal('empty');
    expect(detail.message).to.equal('No stories to show yet.');
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.be.true;
    expect(el.matches(':state(collapsed)')).to.be.false;
    expect(root(el).querySelector<HTMLSlotElement>('slot[name="fallback"]')!.assignedElements()[0].textContent).to.equal('No related stories yet.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  describe('min-stories', () => {
    const two = [
      {url: 'https://www.ijm.org/stories/a', title: 'A'},
      {url: 'https://www.ijm.org/stories/b', title: 'B'},
    ];

    it('fewer given stories than min-stories: the fallback shows; without one the rail collapses', async () => {
      const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories min-stories="3" exclude="" .stories=${two}>
        <p slot="fallback">More stories on ijm.org</p>
      </ijm-related-stories>`);
      expect(cards(el)).to.have.length(0);
      expect(root(el).querySelector<HTMLSlotElement>('slot[name="fallback"]')!.assignedElements()[0].textContent).to.equal('More stories on ijm.org');
      await expect(el).to.be.accessible();
      const bare = await fixture<IjmRelatedStories>(html`<ijm-related-stories min-stories="3" exclude="" .stories=${two}></ijm-related-stories>`);
      expect(bare.matches(':state(collapsed)')).to.be.true;
      expect(bare.getBoundingClientRect().height).to.equal(0);
      // Enough of them: the rail shows. The default (1) shows a single story.
      bare.minStories = 2;
      await bare.updateComplete;
      expect(titles(bare)).to.deep.equal(['A', 'B']);
      const one = await fixture<IjmRelatedStories>(html`<ijm-related-stories exclude="" .stories=${two.slice(0, 1)}></ijm-related-stories>`);
      expect(titles(one)).to.deep.equal(['A']);
      expect(one.hasAttribute('min-stories')).to.be.false;
    });

    it('a feed with fewer usable stories: ijm-stories-error "empty", as for an empty feed', async () => {
      const error = nextEvent<StoriesErrorEvent>();
      const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${seedFeed()} exclude="" min-stories="5" limit="6" @ijm-stories-error=${error.listener}>
        <p slot="fallback">No related stories yet.</p>
      </ijm-related-stories>`);
      const {detail} = await error.event;
      expect(detail.error.reason).to.equal('empty');
      expect(detail.error.message).to.contain('min-stories');
      await el.updateComplete;
      expect(el.matches(':state(error)')).to.be.true;
      expect(cards(el)).to.have.length(0);
    });

    it('min-stories above limit asks for limit stories', async () => {
      const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories exclude="" limit="2" min-stories="10" .stories=${two}></ijm-related-stories>`);
      expect(titles(el)).to.deep.equal(['A', 'B']);
    });
  });

  it('reports an unsafe src without fetching it', async () => {
    const error = nextEvent<StoriesErrorEvent>();
    const calls = await fetchesDuring(async () => {
      await fixture<IjmRelatedStories>(html`<ijm-related-stories src="javascript:alert(1)" @ijm-stories-error=${error.listener}></ijm-related-stories>`);
      expect((await error.event).detail.error.reason).to.equal('unsafe-url');
    });
    expect(calls).to.have.length(0);
  });

  it('collapses when every story is excluded, reporting "empty"', async () => {
    const error = nextEvent<StoriesErrorEvent>();
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories
      src=${seedFeed()}
      exclude="/demo/stories/does-slavery-still-exist.html /demo/stories/nways-story.html /demo/stories/two-ukrainian-survivors.html /demo/stories/international-womens-day.html"
      @ijm-stories-error=${error.listener}
    ></ijm-related-stories>`);
    expect((await error.event).detail.error.reason).to.equal('empty');
    await el.updateComplete;
    expect(el.matches(':state(collapsed)')).to.be.true;
  });

  it('as a bare tag, shows nothing and says why once', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const page = await fixture(html`<div><ijm-related-stories></ijm-related-stories><ijm-related-stories></ijm-related-stories></div>`);
      const el = page.querySelector('ijm-related-stories')!;
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.matches(':state(collapsed)')).to.be.true;
      await pageSettled();
      expect(warnings.filter((w) => w.includes('nothing to show'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('does not warn when a framework sets `stories` just after creating it (as React does)', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('ijm-related-stories');
      page.append(el);
      await el.updateComplete; // rendered once with nothing to show
      el.stories = [{url: 'https://example.org/a', title: 'Set by the app'}];
      await el.updateComplete;
      await pageSettled();
      expect(el.shadowRoot!.querySelector('ijm-article-card')?.heading).to.equal('Set by the app');
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
  });

  for (const [name, file] of [
    ['JSON Feed', '/test/fixtures/feeds/hostile.json'],
    ['RSS', '/test/fixtures/feeds/hostile.xml'],
    ['Atom', '/test/fixtures/feeds/hostile.atom'],
    ['WordPress', '/test/fixtures/feeds/hostile-wordpress.json'],
  ]) {
    it(`renders a hostile ${name} feed as text: nothing runs, no unsafe URL, the page intact`, async () => {
      const page = await fixture<HTMLElement>(html`<div><ijm-related-stories src=${fresh({file})}></ijm-related-stories><p id="intact">Partner content</p></div>`);
      const el = page.querySelector('ijm-related-stories')!;
      await loaded(el);
      await new Promise((r) => setTimeout(r, 100));
      expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
      const urls = urlsIn(root(el));
      expect(urls.length).to.be.greaterThan(0);
      for (const url of urls) expect(url, url).to.match(/^https?:\/\//);
      const unsafe = 'script, style, iframe, b, [onerror], [onload], [onclick], [onmouseover]';
      expect(root(el).querySelector(unsafe)).to.equal(null);
      for (const card of cards(el)) expect(card.shadowRoot!.querySelector(unsafe)).to.equal(null);
      // The feeds' `<style>*{display:none}` hid nothing.
      const intact = document.getElementById('intact')!;
      expect(intact.textContent).to.equal('Partner content');
      expect(intact.offsetHeight).to.be.greaterThan(0);
      expect(cards(el)[0].getBoundingClientRect().height).to.be.greaterThan(100);
      expect(document.querySelectorAll('body script:not([type="module"])').length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [1000, 320]) {
    it(`keeps its height while loading, so nothing below moves (${width}px wide)`, async () => {
      // The feed answers when the test says, however slow the machine.
      const hold = `rail-height-${width}`;
      const page = await fixture<HTMLElement>(html`<div style="width: ${width}px">
        <ijm-related-stories src=${fresh({file: SEED, hold, type: 'application/feed+json'})}></ijm-related-stories>
        <p>Below the rail</p>
      </div>`);
      const el = page.querySelector('ijm-related-stories')!;
      const below = page.querySelector('p')!;
      await el.updateComplete;
      await nextFrame();
      const before = {height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top};
      expect(cards(el).every((c) => c.loading)).to.be.true;
      expect(before.height).to.be.greaterThan(200);
      await releaseHeld(hold);
      await loaded(el);
      await nextFrame();
      expect(cards(el).some((c) => c.loading)).to.be.false;
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      expect(below.getBoundingClientRect().top).to.equal(before.below);
    });
  }

  it('is a grid with every card in view on wide screens (no buttons), a rail on narrow ones', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 1000px"><ijm-related-stories src=${SEED}></ijm-related-stories></div>`);
    const el = page.querySelector('ijm-related-stories')!;
    await loaded(el);
    expect(getComputedStyle(track(el)).display).to.equal('grid');
    expect(getComputedStyle(root(el).querySelector('.controls')!).display).to.equal('none');
    page.style.width = '320px';
    await nextFrame();
    expect(getComputedStyle(track(el)).display).to.equal('flex');
    expect(getComputedStyle(track(el)).scrollSnapType).to.contain('x mandatory');
    expect(track(el).scrollWidth).to.be.greaterThan(track(el).clientWidth);
  });

  it('never moves on its own; previous/next scroll smoothly, or in one step when the reader prefers reduced motion', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 320px"><ijm-related-stories src=${SEED}></ijm-related-stories></div>`);
    const el = page.querySelector('ijm-related-stories')!;
    await loaded(el);
    await new Promise((r) => setTimeout(r, 1000));
    expect(track(el).scrollLeft).to.equal(0);

    // Smooth: the rail is still at the start right after the press, and gets there later.
    button(el, 'next').click();
    expect(track(el).scrollLeft).to.equal(0);
    await waitUntil(() => startsAtSnapLine(el, 1), 'second card reached', {timeout: 5000});

    // Reduced motion, set while the page is open (in WebKit only script sees such a change).
    await setReducedMotion(true);
    button(el, 'previous').click();
    expect(track(el).scrollLeft).to.equal(0);
    button(el, 'next').click();
    expect(startsAtSnapLine(el, 1)).to.be.true;
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`moves one card per press of next, then previous, each card starting where the rail starts (${dir})`, async () => {
      await setReducedMotion(true);
      const page = await fixture<HTMLElement>(html`<div dir=${dir} style="width: 320px"><ijm-related-stories src=${SEED}></ijm-related-stories></div>`);
      const el = page.querySelector('ijm-related-stories')!;
      await loaded(el);
      await nextFrame();
      expect(startsAtSnapLine(el, 0)).to.be.true;
      const count = cards(el).length;
      const positions = [Math.abs(track(el).scrollLeft)];
      for (let card = 1; card < count; card++) {
        button(el, 'next').click();
        await nextFrame();
        positions.push(Math.abs(track(el).scrollLeft));
        // Each press shows the next card; the last one ends the rail (it cannot scroll further).
        if (card < count - 1) expect(startsAtSnapLine(el, card), `card ${card + 1} at the start`).to.be.true;
      }
      expect(scrolledToEnd(el)).to.be.true;
      expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('true');
      // Every press moved the rail, by about a card's width each time but the last.
      for (let i = 1; i < positions.length; i++) expect(positions[i], `press ${i}`).to.be.greaterThan(positions[i - 1]);
      for (let card = count - 2; card >= 0; card--) {
        button(el, 'previous').click();
        await nextFrame();
        expect(startsAtSnapLine(el, card), `back to card ${card + 1}`).to.be.true;
      }
      expect(track(el).scrollLeft).to.equal(0);
    });
  }

  it('keeps moving when next is pressed again before the rail stops', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 320px"><ijm-related-stories src=${SEED}></ijm-related-stories></div>`);
    const el = page.querySelector('ijm-related-stories')!;
    await loaded(el);
    await nextFrame();
    button(el, 'next').click();
    await nextFrame();
    button(el, 'next').click();
    await waitUntil(() => startsAtSnapLine(el, 2), 'third card reached', {timeout: 5000});
    // …and stays there.
    await new Promise((r) => setTimeout(r, 500));
    expect(startsAtSnapLine(el, 2)).to.be.true;
  });

  it('opens at the first story, right to left too', async () => {
    for (const dir of ['rtl', 'ltr', 'rtl', 'rtl']) {
      const page = await fixture<HTMLElement>(html`<div dir=${dir} style="width: 320px"><ijm-related-stories src=${seedFeed(50)}></ijm-related-stories></div>`);
      const el = page.querySelector('ijm-related-stories')!;
      await loaded(el);
      await nextFrame();
      await nextFrame();
      expect(track(el).scrollLeft, dir).to.equal(0);
      expect(startsAtSnapLine(el, 0), dir).to.be.true;
      expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    }
  });

  it('is operable by keyboard: previous/next buttons scroll the rail and are disabled at the ends', async () => {
    await setReducedMotion(true);
    const page = await fixture<HTMLElement>(html`<div style="width: 320px">
      <button id="before">before</button>
      <ijm-related-stories src=${SEED}></ijm-related-stories>
    </div>`);
    const el = page.querySelector('ijm-related-stories')!;
    await loaded(el);
    await nextFrame();
    const previous = button(el, 'previous');
    const next = button(el, 'next');
    expect(previous.getAttribute('aria-label')).to.equal('Previous stories');
    expect(next.getAttribute('aria-controls')).to.equal('track');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(next.getAttribute('aria-disabled')).to.equal('false');

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressKeys('Tab');
    expect(root(el).activeElement).to.equal(previous);
    await pressKeys('Tab');
    expect(root(el).activeElement).to.equal(next);
    await pressKeys('Enter');
    await waitUntil(() => previous.getAttribute('aria-disabled') === 'false', 'previous enabled after scrolling', {timeout: 5000});
    expect(track(el).scrollLeft).to.be.greaterThan(0);
    for (let i = 0; i < 5; i++) await pressKeys('Space');
    await waitUntil(() => next.getAttribute('aria-disabled') === 'true', 'next disabled at the end', {timeout: 5000});
    // Focus stays on the disabled button, and pressing it again does nothing.
    expect(root(el).activeElement).to.equal(next);
    const end = track(el).scrollLeft;
    await pressKeys('Enter');
    await nextFrame();
    expect(track(el).scrollLeft).to.equal(end);
    await pressKeys('Shift+Tab');
    await pressKeys('Enter');
    await waitUntil(() => track(el).scrollLeft < end, 'previous scrolls back', {timeout: 5000});

    // Tab from "next" goes straight to the first card's link: the scrolling track is no Tab stop
    // of its own (Firefox makes scroll containers focusable).
    await pressKeys('Tab');
    expect(root(el).activeElement).to.equal(next);
    await pressKeys('Tab');
    const focused = root(el).activeElement as IjmArticleCard;
    expect(focused).to.equal(cards(el)[0]);
    expect(focused.shadowRoot!.activeElement!.localName).to.equal('a');
    await expect(el).to.be.accessible();
  });

  it('works right to left: next scrolls leftwards and the arrows are mirrored', async () => {
    await setReducedMotion(true);
    const page = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 320px"><ijm-related-stories src=${SEED}></ijm-related-stories></div>`);
    const el = page.querySelector('ijm-related-stories')!;
    await loaded(el);
    await nextFrame();
    const next = button(el, 'next');
    const arrow = next.querySelector('ijm-icon')!;
    expect(arrow.name).to.equal('arrow-simple-right');
    await arrow.updateComplete;
    expect(getComputedStyle(arrow.shadowRoot!.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const trackBox = track(el).getBoundingClientRect();
    const firstCard = cards(el)[0].getBoundingClientRect();
    expect(Math.round(firstCard.right)).to.be.closeTo(Math.round(trackBox.right - 8), 2);
    next.click();
    await waitUntil(() => button(el, 'previous').getAttribute('aria-disabled') === 'false', 'previous enabled', {timeout: 5000});
    expect(track(el).scrollLeft).to.be.lessThan(0);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'ro', 'uk', 'bg']) {
    it(`speaks ${lang}: heading, "see more", buttons, slide labels`, async () => {
      const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories lang=${lang} more-href="/more" .stories=${[{url: 'https://a.example/1', title: 'One'}]}></ijm-related-stories>`);
      const strings = catalogs[lang].rail;
      if (lang !== 'en') expect(strings.heading).not.to.equal(catalogs.en.rail.heading);
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal(strings.heading);
      const more = root(el).querySelector('[part="more-link"]')!;
      expect(more.textContent!.trim()).to.equal(strings.seeMore);
      // Its name says where it goes (Lighthouse: "Links do not have descriptive text") and keeps the words seen.
      expect(more.getAttribute('aria-label')).to.equal(strings.seeMoreName);
      expect(strings.seeMoreName.toLowerCase()).to.contain(strings.seeMore.toLowerCase());
      expect(button(el, 'next').getAttribute('aria-label')).to.equal(strings.next);
      expect(button(el, 'previous').getAttribute('aria-label')).to.equal(strings.previous);
      expect(root(el).querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal(strings.position(1, 1));
      expect(root(el).querySelector('section')!.getAttribute('aria-roledescription')).to.equal(strings.carousel);
      await cards(el)[0].updateComplete;
      expect(cards(el)[0].shadowRoot!.querySelector('.kicker')!.textContent).to.equal(catalogs[lang].card.kicker);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the provider’s locale, and its own heading, more-label and heading level', async () => {
    const page = await fixture(html`<ijm-widgets locale="bg"><ijm-related-stories heading="Още истории" heading-level="3" more-href="/m" more-label="Всички" .stories=${[{url: 'https://a.example/1', title: 'One'}]}></ijm-related-stories></ijm-widgets>`);
    const el = page.querySelector('ijm-related-stories')!;
    await el.updateComplete;
    const heading = root(el).querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal('Още истории');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(cards(el)[0].headingLevel).to.equal(4);
    expect(root(el).querySelector('[part="more-link"]')!.textContent!.trim()).to.equal('Всички');
    // The partner's own words are its name as they are.
    expect(root(el).querySelector('[part="more-link"]')!.hasAttribute('aria-label')).to.equal(false);
    expect(button(el, 'next').getAttribute('aria-label')).to.equal(catalogs.bg.rail.next);
  });

  it('drops an unsafe more-href', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories more-href="javascript:alert(1)" .stories=${[{url: 'https://a.example/1', title: 'One'}]}></ijm-related-stories>`);
    expect(root(el).querySelector('[part="more-link"]')).to.equal(null);
  });

  it('stops loading when removed, and loads again when put back', async () => {
    const src = seedFeed(200);
    let el!: IjmRelatedStories;
    const [request] = await fetchesDuring(async () => {
      el = await fixture<IjmRelatedStories>(html`<ijm-related-stories src=${src}></ijm-related-stories>`);
    });
    const parent = el.parentElement!;
    let events = 0;
    el.addEventListener('ijm-stories-load', () => events++);
    el.addEventListener('ijm-stories-error', () => events++);
    el.remove();
    // Nobody else waits for this feed: the request itself is aborted.
    expect(request.signal?.aborted).to.be.true;
    await new Promise((r) => setTimeout(r, 400));
    expect(events).to.equal(0);
    parent.append(el);
    await loaded(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
  });
});
