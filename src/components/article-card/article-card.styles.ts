import {css, unsafeCSS} from 'lit';
import {hostStyles} from '../../styles/host.js';
import {card, cardBodyReserve} from '../../styles/reserve/card.js';

export const articleCardStyles = [
  hostStyles,
  css`
    :host {
      --_card-radius: var(--ijm-card-radius, var(--_radius));
      --_card-ratio: var(--ijm-card-image-ratio, ${unsafeCSS(card.ratio)});
      --_card-heading-lines: var(--ijm-card-heading-lines, ${card.headingLines});
      --_card-summary-lines: var(--ijm-card-summary-lines, ${card.summaryLines});
      contain: inline-size;
      /* Inline-size containment gives the host no width of its own when shrink-wrapped
         (a flex row, an inline-block): use this one instead. */
      contain-intrinsic-inline-size: ${unsafeCSS(card.intrinsicWidth)};
    }
    /* Only the horizontal card asks its own width (the container query below): a query container
       makes the browser interleave style and layout for it, so the vertical card is not one. */
    :host([variant='horizontal']) {
      container-type: inline-size;
    }

    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
      overflow: hidden;
      border: 1px solid var(--_color-border);
      border-radius: var(--_card-radius);
      background: var(--ijm-card-background, var(--_color-surface));
      box-shadow: var(--_shadow);
      transition: box-shadow 0.2s, transform 0.2s;
    }
    /* The link covers the card, so hovering the card is hovering the link (no :has(), which makes
       every hover anywhere in the card re-match styles). */
    .card.linked:hover {
      box-shadow: 0 2px 4px rgb(16 24 40 / 0.1), 0 8px 24px rgb(16 24 40 / 0.14);
      transform: translateY(-2px);
    }

    .media {
      position: relative;
      flex: none;
      aspect-ratio: var(--_card-ratio);
      overflow: hidden;
      background: var(--_color-surface-alt);
    }
    img,
    ::slotted(img),
    .placeholder {
      display: grid;
      place-items: center;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .placeholder {
      color: var(--_color-primary);
      background: linear-gradient(135deg, var(--_color-surface-alt), color-mix(in srgb, var(--_color-primary) 14%, var(--_color-surface-alt)));
    }
    svg {
      width: 2.5em;
      opacity: 0.45;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    .badge {
      position: absolute;
      inset-block-start: 0.75em;
      inset-inline-start: 0.75em;
      display: flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.25em 0.65em;
      border-radius: 999px;
      background: var(--_color-accent);
      color: var(--_color-accent-contrast);
      font-size: var(--_type-tiny);
      font-weight: 600;
    }

    /* Inside <ijm-related-stories> (which sets --_card-reserve: 1) the body keeps
       room for its longest content, so a row of cards and its skeleton have one
       height: nothing moves when stories arrive. */
    .body {
      display: flex;
      flex: auto;
      flex-direction: column;
      padding: var(--_space) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
      min-height: ${unsafeCSS(cardBodyReserve('var(--_card-reserve, 0)', 'var(--_card-heading-lines)', 'var(--_card-summary-lines)'))};
    }
    p,
    time {
      margin: 0;
      font-size: var(--_type-tiny);
      color: var(--_text-meta);
    }
    /* One line each, at least a whole 1.5em: WebKit rounds a line box down to whole pixels
       (19.5 px → 19), and the loader's placeholder counts these two in em. */
    .kicker,
    time {
      box-sizing: content-box;
      min-height: 1.5em;
    }
    .kicker {
      margin-block-end: 0.6154em;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_color-primary);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .heading,
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_card-heading-lines);
      overflow: hidden;
    }
    .heading {
      font-family: var(--_font-family-heading);
      font-size: var(--_type-heading-card);
      font-weight: var(--_weight-heading);
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    /* One link for the whole card: the heading's link, stretched over it. */
    a::after {
      content: '';
      position: absolute;
      inset: 0;
      z-index: 1;
      border-radius: var(--_card-radius);
    }
    a:hover {
      color: var(--_color-primary);
      text-decoration: underline 0.08em;
      text-underline-offset: 0.15em;
    }
    a:focus-visible {
      outline: none;
    }
    a:focus-visible::after {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: calc(-1 * var(--_focus-ring-width));
    }
    .summary {
      margin-block-start: 0.5333em;
      font-size: 0.9375em;
      -webkit-line-clamp: var(--_card-summary-lines);
      color: var(--_text-body);
    }
    time {
      margin-block-start: auto;
      padding-block-start: 0.9231em;
    }

    /* Beside the text the image fills its box, however tall the text makes it (the badge stays put). */
    :host([variant='horizontal']) slot > *,
    :host([variant='horizontal']) ::slotted(img) {
      position: absolute;
      inset: 0;
    }
    :host([variant='horizontal']) .body {
      min-height: 0;
    }
    /* Image beside the text when the card is wide enough, else above it. */
    @container (width > ${card.sideBySide}em) {
      :host([variant='horizontal']) .card {
        flex-direction: row;
      }
      :host([variant='horizontal']) .media {
        width: ${unsafeCSS(card.sideImage)};
        min-height: ${card.sideMinHeight}em;
        aspect-ratio: auto;
      }
    }

    /* Loading skeleton */
    .bar {
      height: 1em;
      margin-block-end: 0.75em;
      border-radius: 0.4em;
    }
    .bar:first-of-type {
      width: 30%;
    }
    .bar:last-of-type {
      width: 65%;
    }
    .skeleton .media,
    .bar {
      background: color-mix(in srgb, var(--_color-border) 40%, var(--_color-surface-alt));
      animation: pulse 1s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
  `,
];
