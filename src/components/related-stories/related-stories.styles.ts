import {css, unsafeCSS} from 'lit';
import {hostStyles} from '../../styles/host.js';
import {rail} from '../../styles/reserve/rail.js';

export const relatedStoriesStyles = [
  hostStyles,
  css`
    :host {
      /* Cards keep room for their longest text: every row, and the skeleton, has one height. */
      --_card-reserve: 1;
      /* Columns in the wide grid; the track's class sets fewer (see render()). */
      --_rail-columns: 4;
      container-type: inline-size;
      /* Inline-size containment gives the host no width of its own when shrink-wrapped
         (a flex row, an inline-block): use this one instead. */
      contain-intrinsic-inline-size: 36em;
    }
    :host(:state(collapsed)) {
      display: none;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      min-height: 2.75em;
      margin-block-end: 1em;
    }
    .heading {
      flex: 1 1 12em;
      font-family: var(--_font-family-heading);
      font-size: var(--_type-heading-rail);
      font-weight: var(--_weight-heading);
      line-height: var(--_leading-heading);
    }
    .more {
      display: flex;
      align-items: center;
      gap: 0.3em;
      min-height: 24px;
      font-weight: 600;
      color: var(--_color-primary);
      text-decoration: underline 0.06em;
      text-underline-offset: 0.2em;
    }
    .more:hover {
      text-decoration-thickness: 0.12em;
    }
    .controls {
      display: flex;
      gap: 0.5em;
      margin-inline-start: auto;
    }
    button {
      display: grid;
      place-items: center;
      width: 2.75em;
      height: 2.75em;
      padding: 0;
      border: 1px solid var(--_color-border);
      border-radius: 50%;
      background: var(--_color-surface);
      color: var(--_color-primary);
      font: inherit;
      cursor: pointer;
      transition: 0.15s;
    }
    button:hover:not([aria-disabled='true']) {
      border-color: var(--_color-primary);
      background: var(--_color-primary);
      color: var(--_color-primary-contrast);
    }
    button[aria-disabled='true'] {
      opacity: 0.4;
      cursor: default;
    }
    /* The arrows mirror themselves in right-to-left text. */
    button ijm-icon {
      --ijm-icon-size: 1.25em;
    }

    /* Narrow: a horizontal rail that snaps to each card. Previous/next scroll smoothly unless the
       reader prefers reduced motion (decided in script: see scrollByPage). Not a Tab stop
       (tabindex="-1"): the cards are, and focusing one scrolls it into view. */
    .track {
      display: flex;
      gap: var(--ijm-rail-gap, calc(var(--_space) * ${rail.gapFactor}));
      margin: -0.5em;
      padding: 0.5em;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scroll-padding-inline: 0.5em;
      scrollbar-width: thin;
    }
    .columns-1 {
      --_rail-columns: 1;
    }
    .columns-2 {
      --_rail-columns: 2;
    }
    .columns-3 {
      --_rail-columns: 3;
    }
    .slide {
      display: flex;
      flex: 0 0 var(--ijm-rail-slide-width, ${unsafeCSS(rail.slideWidth)});
      scroll-snap-align: start;
    }
    /* 18em, or narrower when the rail is (cqi: its own width) so that the next card always shows
       0.75em past the gap: every card was 18em, 288 px in a 256 px rail at 320 px (cut mid-word),
       and a rail under 320 px showed no next card. From a 20em rail on, cards are 18em as
       before (the placeholder keeps the same: reserve/rail.ts narrowSlide). */
    .slide {
      flex-basis: var(--ijm-rail-slide-width, min(18em, calc(100cqi - 2em)));
      min-width: 0;
    }
    .slide > ijm-article-card {
      flex: auto;
      min-width: 0;
    }

    /* Wide: every card in view, in a grid. */
    @container (min-width: ${unsafeCSS(rail.wide)}em) {
      .track {
        display: grid;
        grid-template-columns: repeat(var(--_rail-columns), minmax(0, 1fr));
        overflow: visible;
      }
      .controls {
        display: none;
      }
    }
  `,
];
