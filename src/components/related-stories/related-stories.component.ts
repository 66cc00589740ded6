import {html, isServer, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {IjmElement} from '../../internal/ijm-element.js';
import {rail} from '../../i18n/en/rail.js';
import {warnOnce} from '../../internal/warn.js';
import {warnIfStill} from '../../internal/page-settled.js';
import {toSafeHttpUrl} from '../../data/url.js';
import {toStories, type Story} from '../../data/story.js';
import {storyUrlKey} from '../../data/story-url.js';
import {FeedError} from '../../data/feed-error.js';
import {loadStories} from '../../data/load-stories.js';
import type {IjmArticleCard} from '../article-card/article-card.component.js';
import {storiesEvent} from './events.js';
import type {IjmStoryClickEvent} from '../article-card/events.js';
import {ViewTracker} from '../../internal/view-tracker.js';
import {DataLayerBridge} from '../../internal/datalayer.js';
import {relatedStoriesStyles} from './related-stories.styles.js';

type Status = 'idle' | 'loading' | 'loaded' | 'error';

/** A story for each `<ijm-article-card>` child, from its properties (the module defines the card first, so children are upgraded). */
function storiesFromCards(host: Element): Story[] {
  return toStories(
    [...host.querySelectorAll<IjmArticleCard>(':scope > ijm-article-card:not([slot])')].map((card) => ({
      url: card.href,
      title: card.heading,
      summary: card.summary,
      image: card.image,
      imageAlt: card.imageAlt,
      date: card.date,
      kicker: card.kicker,
      protected: card.protected,
    })),
  );
}

/**
 * @tag ijm-related-stories
 * @summary "You might also be interested in…": a row of story cards from a feed (JSON Feed, RSS, Atom, WordPress REST), a property or child cards.
 *
 * A rail that scrolls and snaps card by card on narrow screens, with previous
 * and next buttons; a grid on wide ones. Before the feed arrives it shows
 * `limit` skeleton cards in the space the stories will take, so nothing below
 * it moves. When there is nothing to show it shows its `fallback` slot, or
 * collapses to nothing.
 *
 * @slot - `<ijm-article-card>` elements to show instead of a feed (read from their properties and attributes, followed as they change).
 * @slot fallback - Shown instead of the rail when the feed fails or is empty. Without it the rail collapses.
 *
 * @csspart base - The labelled region.
 * @csspart header - The row with the heading, the "see more" link and the buttons.
 * @csspart heading - The heading.
 * @csspart more-link - The "see more" link.
 * @csspart controls - The previous/next buttons' group.
 * @csspart previous-button - The "previous stories" button.
 * @csspart next-button - The "next stories" button.
 * @csspart track - The scrolling rail (a grid on wide screens).
 * @csspart slide - Each card's slot in the rail.
 * @csspart card - Each `<ijm-article-card>`; style its inside with `::part(card)` plus its own custom properties.
 *
 * @cssproperty [--ijm-rail-gap=1.25em] - Space between cards.
 * @cssproperty [--ijm-rail-slide-width=min(80%, 18em)] - A card's width in the narrow, scrolling rail.
 *
 * @cssstate loading - The feed is on its way (skeleton cards show).
 * @cssstate loaded - Stories show.
 * @cssstate error - No stories to show (the fallback shows, or the rail collapses).
 * @cssstate collapsed - Nothing shows at all (`display: none`).
 *
 * @event {StoriesLoadEvent} ijm-stories-load - The feed at `src` loaded; `detail: {stories, src}` (the stories shown).
 * @event {StoriesViewEvent} ijm-stories-view - Once, when at least half of the rail, with its stories, has been on screen for a second in a visible tab; `detail: {stories, src?}`.
 * @event {IjmStoryClickEvent} ijm-story-click - From a card: the reader opens a story; `detail: {url, position, src?}` (`position` from 1; `src` the feed, when there is one). The link still opens.
 * @event {StoriesErrorEvent} ijm-stories-error - The feed gave nothing to show; `detail: {error, src, message}` with `error.reason` (`network`, `timeout`, `http` + `error.status`, `too-large`, `unparseable`, `empty`, `unsafe-url`).
 *
 * @dependency ijm-article-card
 * @dependency ijm-icon
 *
 * @example
 * ```html
 * <ijm-related-stories src="https://www.example.org/wp-json/wp/v2/posts?_embed&per_page=4" more-href="https://www.example.org/stories/"></ijm-related-stories>
 * ```
 */
export class IjmRelatedStories extends IjmElement {
  static override styles = relatedStoriesStyles;
  protected static override english = {rail};

  /** Feed URL: JSON Feed 1.1, RSS 2.0, Atom 1.0 or WordPress REST `wp/v2/posts?_embed`, detected from the answer. Fetched without cookies. */
  @property({reflect: true}) src?: string;

  /** How many stories to show (1–24); space for this many is kept while loading. */
  @property({type: Number, reflect: true, useDefault: true}) limit = 4;

  /** The heading. Default: the localised "You might also be interested in…". `heading=""` hides it visually; the region keeps the default name. */
  @property({reflect: true}) heading?: string;

  /** Level of the heading for assistive tech (2–5); the cards' headings are one below. */
  @property({attribute: 'heading-level', type: Number, reflect: true, useDefault: true}) headingLevel = 2;

  /** Where "see more" links to; without a safe `http(s)` URL there is no link. */
  @property({attribute: 'more-href', reflect: true}) moreHref?: string;

  /** Text of the "see more" link (also its name read out). Default: the localised "see more", read out as "See more stories". */
  @property({attribute: 'more-label', reflect: true}) moreLabel?: string;

  /** Story URLs to leave out, separated by spaces; compared ignoring `www.`, a trailing slash, `#…` and `utm_*`. Default: the current page. `exclude=""` leaves out nothing. */
  @property({reflect: true}) exclude?: string;

  /** Fewer usable stories than this (after `exclude` and `limit`): the fallback shows, or the rail collapses, as for an empty feed. Default 1. */
  @property({attribute: 'min-stories', type: Number, reflect: true}) minStories?: number;

  /** Milliseconds to wait for the feed before giving up. */
  @property({type: Number, reflect: true, useDefault: true}) timeout = 8000;

  /** `datalayer`: push this widget's events to `window.dataLayer` in GA4 / Tag Manager shape (see the README's Measuring). Any other value keeps them out, even inside a provider with `analytics="datalayer"`. Default: the provider's, else nothing is written. */
  @property({reflect: true}) analytics?: string;

  protected readonly dataLayer = new DataLayerBridge(this, () => this.analytics);

  /** Stories to show instead of a feed: `{url, title, summary?, image?, imageAlt?, date?, kicker?, protected?}`. Unsafe URLs are dropped. */
  @property({attribute: false}) stories?: Story[];

  // Both set before they are read: the status by the first willUpdate(), the feed's stories before the status says `loaded`.
  @state() private status?: Status;
  @state() private feedStories?: Story[];
  @state() private childStories: Story[] = [];
  @state() private atStart = true;
  @state() private atEnd = true;

  private get track() {
    return this.renderRoot.querySelector<HTMLElement>('.track');
  }

  private controller?: AbortController;
  /** Follows the child cards; made on connection (no MutationObserver on a server). */
  private observer?: MutationObserver;
  // Before `resizeObserver`, which calls it.
  private updateScrollState = (): void => {
    const track = this.track;
    if (!track) return;
    const scrolled = Math.abs(track.scrollLeft);
    // Lit re-renders only when a value changes.
    this.atStart = scrolled < 2;
    this.atEnd = scrolled + track.clientWidth >= track.scrollWidth - 2;
    if (Math.abs(track.scrollLeft - this.scrollGoal!) < 1) this.scrollGoal = undefined;
  };
  /** Where the last press of previous/next is scrolling the track to (`scrollLeft`), until it gets there or new slides render. */
  private scrollGoal?: number;
  /** The first slide rendered, to know when new slides replace the old. */
  private firstSlide?: Element | null;
  private resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(this.updateScrollState) : undefined;
  protected readonly viewTracker = new ViewTracker(
    this,
    () => this.dispatchEvent(storiesEvent('ijm-stories-view', {stories: this.visibleStories(), src: this.given ? undefined : this.src})),
    () => this.status === 'loaded' && this.enough(this.visibleStories().length),
  );

  /** A card's `ijm-story-click` on its way out: add where the card is and which feed it came from. */
  private onStoryClick = (event: IjmStoryClickEvent): void => {
    const slide = (event.target as Element).parentElement!;
    event.detail.position = [...slide.parentElement!.children].indexOf(slide) + 1;
    if (!this.given && this.src) event.detail.src = this.src;
  };

  /** `src` and `timeout` of the last load started, so each is loaded once. */
  private loadKey?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Connected on a server only when the renderer is told to (renderOptions): no children there.
    if (isServer) return;
    const readCards = () => (this.childStories = storiesFromCards(this));
    // Server HTML was rendered without the child cards (a server render has no children to read):
    // hydrate it as it is, then show them.
    if (this.hydrating) void this.updateComplete.then(readCards);
    else readCards();
    this.observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.target !== this || r.type === 'childList')) readCards();
    });
    this.observer.observe(this, {childList: true, subtree: true, attributes: true});
    // Reconnected while a load was cut short: start again.
    if (this.status === 'loading') this.loadKey = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
  }

  /**
   * The stories from the `stories` property (checked and cleaned), else child cards; `undefined`
   * when they come from `src`. Worked out in willUpdate() when either source changes, not on
   * every read (render, the load, updated() all read it).
   */
  private given?: Story[];

  private get limitValue(): number {
    const limit = Math.floor(this.limit);
    if (limit >= 1) return Math.min(limit, 24);
    warnOnce('rail-limit', `<ijm-related-stories> limit ${this.limit}: showing 4`);
    return 4;
  }

  /** The stories to show: from the source, without excluded URLs, at most `limit`. */
  private visibleStories(): Story[] {
    // The current page by default; a server render (and the hydration of its HTML) does not know it.
    const excluded = new Set((this.exclude ?? (isServer || this.hydrating ? '' : location.href)).split(/\s+/).map(storyUrlKey));
    return (this.given ?? this.feedStories!).filter((story) => !excluded.has(storyUrlKey(story.url))).slice(0, this.limitValue);
  }

  /** Enough stories to show a rail: at least `min-stories` (at most `limit`). */
  private enough(count: number): boolean {
    const min = Math.floor(this.minStories ?? 1);
    return count >= Math.min(Math.max(min, 1) || 1, this.limitValue);
  }

  private fail(src: string, error: FeedError): void {
    this.status = 'error';
    const {reason} = error;
    // `message`: the reason, or "HTTP 500", or what made the feed empty.
    warnOnce(`rail:${src}:${reason}`, `<ijm-related-stories> ${src}: ${error.message}`);
    const message = this.strings.rail[reason === 'empty' ? 'empty' : 'error'];
    this.dispatchEvent(storiesEvent('ijm-stories-error', {error, src, message}));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('stories') || changed.has('childStories')) {
      const {stories} = this;
      this.given = stories ? toStories(Array.isArray(stories) ? stories : []) : this.childStories.length ? this.childStories : undefined;
    }
    const {src, given} = this;
    const key = `${src} ${this.timeout}`;
    if (given || !src) {
      this.controller?.abort();
      this.controller = this.loadKey = undefined;
      this.status = given ? 'loaded' : 'idle';
      // A framework may set `stories` just after creating the element: warn if there is still nothing.
      if (!given) warnIfStill(() => this.isConnected && !this.given && !this.src && '<ijm-related-stories> nothing to show (src?)');
    } else if (isServer) {
      // No fetching on the server: its HTML keeps the stories' space with skeletons.
      this.status = 'loading';
    } else if (this.loadKey !== key) {
      this.controller?.abort();
      const controller = (this.controller = new AbortController());
      this.loadKey = key;
      this.status = 'loading';
      loadStories(src, {signal: controller.signal, timeout: this.timeout}).then(
        (stories) => {
          if (controller !== this.controller) return;
          this.feedStories = stories;
          const shown = this.visibleStories();
          if (!shown.length) return this.fail(src, new FeedError('empty', {message: 'every story is excluded'}));
          if (!this.enough(shown.length)) return this.fail(src, new FeedError('empty', {message: `${shown.length} stories, fewer than min-stories ${this.minStories}`}));
          this.status = 'loaded';
          this.updateComplete.then(() => this.dispatchEvent(storiesEvent('ijm-stories-load', {stories: shown, src})));
        },
        (error: unknown) => {
          if (controller === this.controller && !controller.signal.aborted) this.fail(src, error instanceof FeedError ? error : new FeedError('unparseable', {cause: error}));
        },
      );
    }
  }

  protected override render() {
    const {strings, status} = this;
    const loading = status === 'loading';
    const shown = status === 'loaded' ? this.visibleStories() : [];
    // Too few given stories (property or children) is an empty rail too.
    const stories = this.enough(shown.length) ? shown : [];
    const collapsed = !loading && !stories.length;
    const fallback = collapsed && (status === 'error' || shown.length > 0) && this.querySelector(':scope > [slot="fallback"]');
    const states = [loading, !!stories.length, collapsed && status !== 'idle', collapsed && !fallback];
    // `:state(loading|loaded|error|collapsed)`; old browsers have no CustomStateSet, hence no states.
    ['loading', 'loaded', 'error', 'collapsed'].map((name, i) => this.setState(name, states[i]));
    if (collapsed) return fallback ? html`<slot name="fallback"></slot>` : nothing;

    const count = loading ? this.limitValue : stories.length;
    // Wide: as many columns as stories given, or as `limit` for a feed, so the skeleton and the
    // stories have one width. A class, so server HTML has it too (4, the most, is the default).
    const columns = Math.min(4, this.given ? count : this.limitValue);
    const level = Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
    const heading = this.heading ?? strings.rail.heading;
    const more = toSafeHttpUrl(this.moreHref);
    return html`<section part="base" aria-labelledby="heading" aria-roledescription=${strings.rail.carousel} aria-busy=${loading}>
      <div part="header" class="header">
        <div part="heading" id="heading" class="heading ${heading ? '' : 'visually-hidden'}" role="heading" aria-level=${level}><bdi>${heading || strings.rail.heading}</bdi></div>
        ${more ? html`<a part="more-link" class="more" href=${more} aria-label=${this.moreLabel ? nothing : strings.rail.seeMoreName}>${this.moreLabel || strings.rail.seeMore}<ijm-icon name="arrow-simple-right"></ijm-icon></a>` : nothing}
        <div part="controls" class="controls">
          ${(['previous', 'next'] as const).map(
            (which, next) => html`<button
              part="${which}-button"
              type="button"
              aria-label=${strings.rail[which]}
              aria-controls="track"
              aria-disabled=${(next ? this.atEnd : this.atStart) || loading}
              @click=${() => this.scrollByPage(next)}
            >
              <ijm-icon name="arrow-simple-${next ? 'right' : 'left'}"></ijm-icon>
            </button>`,
          )}
        </div>
      </div>
      <div part="track" id="track" class="track columns-${columns}" tabindex="-1" @scroll=${this.updateScrollState} @ijm-story-click=${this.onStoryClick}>
        ${loading
          ? Array.from({length: count}, () => html`<div part="slide" class="slide" aria-hidden="true"><ijm-article-card loading aria-hidden="true"></ijm-article-card></div>`)
          : stories.map(
              (story, index) => html`<div part="slide" class="slide" role="group" aria-roledescription=${strings.rail.slide} aria-label=${strings.rail.position(index + 1, count)}>
                <ijm-article-card
                  part="card"
                  .href=${story.url}
                  .heading=${story.title}
                  .summary=${story.summary}
                  .image=${story.image}
                  .imageAlt=${story.imageAlt ?? ''}
                  .date=${story.date}
                  .kicker=${story.kicker}
                  .protected=${story.protected === true}
                  .headingLevel=${level + 1}
                ></ijm-article-card>
              </div>`,
            )}
      </div>
      <div class="visually-hidden" role="status">${loading ? strings.common.loading : ''}</div>
    </section>`;
  }

  protected override updated(): void {
    const track = this.track;
    if (!track) return;
    // New slides (the skeleton's, then the stories') start at the first one. WebKit re-snaps a
    // right-to-left rail to a later card once new cards have rendered (scrollLeft -308, -616 or
    // -884): back to the start in the next frame, unless a press of previous/next moved it since.
    const first = track.firstElementChild;
    if (first !== this.firstSlide) {
      this.firstSlide = first;
      this.scrollGoal = undefined;
      requestAnimationFrame(() => {
        if (first === this.firstSlide && this.scrollGoal === undefined) track.scrollLeft = 0;
      });
    }
    this.resizeObserver?.observe(track);
    requestAnimationFrame(this.updateScrollState);
  }

  /**
   * Scrolls the rail to the next (`1`) or previous (`0`) slide's snap position (the buttons'
   * index): the exact position of that card, worked out here, not one track width and the
   * browser's snapping, which WebKit resolves to other stops. A press while the rail is still
   * moving goes on from where that scroll is going, so rapid presses keep moving.
   */
  private scrollByPage(next: number): void {
    // The buttons are in the track's template: it is there.
    const track = this.track!;
    // The next stories are rightwards, leftwards in right-to-left text (where scrollLeft counts
    // down from 0): `step` is the sign of scrollLeft's change.
    const rtl = track.matches(':dir(rtl)');
    const step = (next ? 1 : -1) * (rtl ? -1 : 1);
    const max = track.scrollWidth - track.clientWidth;
    // Each slide's snap position as a scrollLeft: how far its start edge is from the first
    // slide's (at 0), within what the track can scroll.
    const edges = [...track.children].map((slide) => slide.getBoundingClientRect()[rtl ? 'right' : 'left']);
    const from = this.scrollGoal ?? track.scrollLeft;
    const ahead = edges.map((edge) => Math.min(Math.max(edge - edges[0], -max), max)).filter((stop) => (stop - from) * step > 1);
    const goal = next ? ahead[0] : ahead.at(-1);
    if (goal === undefined) return;
    this.scrollGoal = goal;
    // Smooth, or at once when the reader prefers reduced motion: read here, when it is used,
    // because WebKit does not restyle shadow DOM when that setting changes on an open page.
    track.scrollTo({left: goal, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
  }
}
