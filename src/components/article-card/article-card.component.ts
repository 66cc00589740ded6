import {html, nothing, svg} from 'lit';
import {property, state} from 'lit/decorators.js';
import {IjmElement} from '../../internal/ijm-element.js';
import {card} from '../../i18n/en/card.js';
import {toSafeHttpUrl} from '../../data/url.js';
import {toIsoDate} from '../../data/story.js';
import {warnOnce} from '../../internal/warn.js';
import {articleCardStyles} from './article-card.styles.js';
import {IjmStoryClickEvent} from './events.js';
import {DataLayerBridge} from '../../internal/datalayer.js';

export type ArticleCardVariant = 'vertical' | 'horizontal';

// Making an Intl.DateTimeFormat costs far more than using one: a row of cards shares one per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** And the dates a page shows, as shown (a rail re-rendering in another language, cards of one day). */
const shownDates = new Map<string, string>();

/** `iso` in `locale`; `timeZone` undefined for a date with a time (the reader's zone), else UTC (the day as given). */
function showDate(locale: string, timeZone: string | undefined, iso: string): string {
  const key = `${locale} ${timeZone} ${iso}`;
  let text = shownDates.get(key);
  if (text === undefined) {
    const formatKey = `${locale} ${timeZone}`;
    let format = dateFormats.get(formatKey);
    if (!format) dateFormats.set(formatKey, (format = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone})));
    if (shownDates.size > 500) shownDates.clear();
    shownDates.set(key, (text = format.format(new Date(iso))));
  }
  return text;
}

const placeholderIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v14H4zM7 9h10M7 12.5h10M7 16h6"/></svg>`;

/**
 * @tag ijm-article-card
 * @summary One story: image, kicker, heading, summary and date, the whole card one link.
 *
 * @slot image - Your own image instead of `image`, e.g. `<img slot="image" srcset="…" sizes="…" alt="">`. It fills the fixed aspect-ratio box.
 *
 * @csspart base - The card box.
 * @csspart media - The fixed aspect-ratio image box.
 * @csspart image - The image.
 * @csspart placeholder - What the image box shows when there is no image.
 * @csspart protected-badge - The "Protected story" mark on a protected story.
 * @csspart body - The text column.
 * @csspart kicker - The small label above the heading.
 * @csspart heading - The heading.
 * @csspart link - The link (stretched over the whole card).
 * @csspart summary - The summary.
 * @csspart date - The date.
 *
 * @cssproperty [--ijm-card-radius=var(--ijm-radius)] - Corner radius.
 * @cssproperty [--ijm-card-background=var(--ijm-color-surface)] - Card background.
 * @cssproperty [--ijm-card-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssproperty [--ijm-card-heading-lines=3] - Lines a heading shows before it is clamped (room for them is kept).
 * @cssproperty [--ijm-card-summary-lines=3] - Lines a summary shows before it is clamped (room for them is kept).
 *
 * @event {IjmStoryClickEvent} ijm-story-click - The reader opens the story (click, Enter, middle click); the link still opens. `detail`: `{url, position?, src?}` (`position` and `src` inside a rail).
 *
 * @dependency ijm-icon
 *
 * @example
 * ```html
 * <ijm-article-card href="https://www.ijm.org/stories/nway" heading="this is Nway’s story" image="nway.jpg" protected></ijm-article-card>
 * ```
 */
export class IjmArticleCard extends IjmElement {
  static override styles = articleCardStyles;
  protected static override english = {card};

  /** The story's page. Anything but an `http(s)` URL is dropped: the card is then not a link. */
  @property({reflect: true}) href?: string;

  /** The story's title. Clamped to `--ijm-card-heading-lines` lines. */
  @property({reflect: true, useDefault: true}) heading = '';

  /** A sentence or two about the story. Clamped to `--ijm-card-summary-lines` lines. */
  @property({reflect: true}) summary?: string;

  /** Image URL (lazy-loaded). Anything but an `http(s)` URL is dropped and a placeholder shows. */
  @property({reflect: true}) image?: string;

  /** Text alternative for the image; leave empty when the image only decorates. */
  @property({attribute: 'image-alt', reflect: true, useDefault: true}) imageAlt = '';

  /** Small label above the heading. Default: the localised "Stories"; set `kicker=""` for none. */
  @property({reflect: true}) kicker?: string;

  /** Publication date, ISO 8601 (e.g. `2024-03-08`), shown in the widget's locale. */
  @property({reflect: true}) date?: string;

  /** Layout: image above the text (`vertical`, the default) or beside it (`horizontal`). */
  @property({reflect: true}) variant?: ArticleCardVariant;

  /** A password-protected story: shows a shield mark and says "Protected story" to assistive tech. */
  @property({type: Boolean, reflect: true}) protected = false;

  /** Shows a placeholder skeleton of the same size while the story is on its way. */
  @property({type: Boolean, reflect: true}) loading = false;

  /** The heading's level for assistive tech (2–6). */
  @property({attribute: 'heading-level', type: Number, reflect: true, useDefault: true}) headingLevel = 3;

  /** `datalayer`: push this widget's events to `window.dataLayer` in GA4 / Tag Manager shape (see the README's Measuring). Any other value keeps them out, even inside a provider with `analytics="datalayer"`. Default: the provider's, else nothing is written. */
  @property({reflect: true}) analytics?: string;

  protected readonly dataLayer = new DataLayerBridge(this, () => this.analytics);

  @state() private imageFailed = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('image')) this.imageFailed = false;
  }

  /** The image did not load: the placeholder shows (one function for every render, so Lit keeps its listener). */
  private readonly onImageError = (): void => {
    this.imageFailed = true;
  };

  /** The reader opens the story: a click (or Enter) on the link, or a middle click for a new tab. */
  private onOpen(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const open = new IjmStoryClickEvent({url: (event.currentTarget as HTMLAnchorElement).href});
    this.dispatchEvent(open);
  }

  /** `value`, the checked form of attribute `name`; warns once when the attribute was given but refused. */
  private checked(name: 'href' | 'image' | 'date', value: string | undefined): string | undefined {
    if (this[name] && !value) warnOnce(`card-${name}:${this[name]}`, `<ijm-article-card> ignores ${name} ${this[name]}`);
    return value;
  }

  protected override render() {
    const {strings} = this;
    if (this.loading) {
      // A skeleton hidden from assistive technology (the rail's, which says "Loading…" once for
      // all its cards) carries no words: a scrolling row of them then has no content that would
      // need a keyboard stop (axe scrollable-region-focusable). Its own attribute, which a
      // server render sees too.
      const hidden = this.getAttribute('aria-hidden') === 'true';
      return html`<div part="base" class="card skeleton" aria-busy="true">
        <div part="media" class="media"></div>
        <div part="body" class="body">
          ${hidden ? nothing : html`<div class="visually-hidden">${strings.common.loading}</div>`}
          <span class="bar"></span><span class="bar"></span><span class="bar"></span>
        </div>
      </div>`;
    }
    const href = this.checked('href', toSafeHttpUrl(this.href));
    const image = this.checked('image', toSafeHttpUrl(this.image));
    const iso = this.checked('date', toIsoDate(this.date));
    const kicker = this.kicker ?? strings.card.kicker;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    // Text from a feed or the page may run the other way from the page (an English story on an
    // Arabic page): each piece is a <bdi>, so its punctuation stays with it and it aligns with the card.
    const hidden = this.protected ? html`<span class="visually-hidden">${strings.card.protected}: </span>` : nothing;
    const media =
      image && !this.imageFailed
        ? html`<img part="image" src=${image} alt=${this.imageAlt} referrerpolicy="no-referrer" loading="lazy" decoding="async" @error=${this.onImageError} />`
        : html`<div part="placeholder" class="placeholder">${placeholderIcon}</div>`;
    const badge = this.protected
      ? html`<span part="protected-badge" class="badge" aria-hidden="true"><ijm-icon name="shield"></ijm-icon>${strings.card.protected}</span>`
      : nothing;
    const shownDate = iso && showDate(this.locale, /T/.test(this.date!) ? undefined : 'UTC', iso);
    const heading = this.heading.trim();
    // No white space between the tags, and the usual card (a story from a feed: a link, a kicker,
    // a summary, a date) in one template: each template a card renders is cloned and its parts set
    // up on their own, for every card of a row.
    if (href && heading && kicker && this.summary && iso) {
      return html`<article part="base" class="card linked"
        ><div part="media" class="media"><slot name="image">${media}</slot>${badge}</div
        ><div part="body" class="body"
          ><p part="kicker" class="kicker"><bdi>${kicker}</bdi></p
          ><div part="heading" class="heading" role="heading" aria-level=${level}
            ><a part="link" href=${href} @click=${this.onOpen} @auxclick=${this.onOpen}>${hidden}<bdi>${this.heading}</bdi></a></div
          ><p part="summary" class="summary"><bdi>${this.summary}</bdi></p
          ><time part="date" datetime=${iso}><bdi>${shownDate}</bdi></time></div
        ></article
      >`;
    }
    return html`<article part="base" class=${href ? 'card linked' : 'card'}
      ><div part="media" class="media"><slot name="image">${media}</slot>${badge}</div
      ><div part="body" class="body"
        >${kicker ? html`<p part="kicker" class="kicker"><bdi>${kicker}</bdi></p>` : nothing}${!heading
          ? nothing
          : href
            ? html`<div part="heading" class="heading" role="heading" aria-level=${level}
                ><a part="link" href=${href} @click=${this.onOpen} @auxclick=${this.onOpen}>${hidden}<bdi>${this.heading}</bdi></a></div
              >`
            : html`<div part="heading" class="heading" role="heading" aria-level=${level}>${hidden}<bdi>${this.heading}</bdi></div>`}${this.summary
          ? html`<p part="summary" class="summary"><bdi>${this.summary}</bdi></p>`
          : nothing}${iso ? html`<time part="date" datetime=${iso}><bdi>${shownDate}</bdi></time>` : nothing}</div
      ></article
    >`;
  }
}
