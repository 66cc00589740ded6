import {css} from 'lit';
import {hostStyles} from '../../styles/host.js';
import {donate} from '../../styles/reserve/donate.js';

export const styles = [
  hostStyles,
  css`
    :host {
      --_r: var(--ijm-donate-radius, var(--_radius));
      --_bg: var(--ijm-donate-background, var(--_color-surface-alt));
      --_fg: var(--ijm-donate-color, var(--_color-text));
      --_line: var(--_color-border);
      --_on: var(--_color-primary);
      --_on-fg: var(--_color-primary-contrast);
      container-type: inline-size;
    }
    /* In a line of text, centred on it as the loader's placeholder is, so the line keeps its
       height and its baseline when the code arrives (on the baseline, the button's own text
       decides where the line's baseline goes, and that differs by a pixel between engines). */
    :host([variant='compact']) {
      display: inline-block;
      vertical-align: middle;
      container-type: normal;
      min-width: ${donate.compactWidth}em;
    }
    .banner {
      --_bg: var(--ijm-donate-banner-background, var(--_color-primary));
      --_fg: var(--ijm-donate-banner-color, var(--_color-primary-contrast));
      --_line: currentColor;
      --_on: var(--_fg);
      --_on-fg: var(--_bg);
      --_focus-ring-color: var(--_color-accent);
    }
    section {
      padding: var(--_pad-panel);
      border-radius: var(--_r);
      background: var(--_bg);
      color: var(--_fg);
    }
    .layout, form, .other {
      display: grid;
      gap: var(--_gap-stack);
    }
    /* The banner puts text and form side by side when both fit (flex-wrap), stacked when not. */
    .banner .layout {
      display: flex;
      flex-wrap: wrap;
      gap: 1em 2.5em;
      align-items: center;
    }
    .banner .layout > * {
      flex: 1 1 18em;
    }
    .banner form {
      flex-grow: 1.3;
    }
    h2 {
      margin: 0;
      font-family: var(--_font-family-heading);
      font-size: var(--_type-heading);
      font-weight: var(--_weight-heading);
      line-height: var(--_leading-heading);
    }
    p, ::slotted(*) {
      margin: 0;
    }
    .body {
      margin-top: 0.5em;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0 0 0.25em;
      font-weight: 600;
    }
    /* Once and monthly side by side in equal halves when both words fit, else one under the other
       (never a word broken in two: "Одноразово" and "Donează o dată" at 320 px). */
    .frequency {
      display: flex;
    }
    .note {
      font-size: var(--_type-small);
    }
    /* Every sentence in one cell, all but the chosen one invisible: as tall as the longest, so nothing moves. */
    .impact {
      display: grid;
      font-size: 0.9375em;
    }
    .impact > p {
      grid-area: 1 / 1;
    }
    .impact-spacer {
      visibility: hidden;
    }
    label {
      position: relative;
      display: flex;
      flex: auto;
    }
    label input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    label span, .field {
      display: flex;
      align-items: center;
      justify-content: center;
      flex: 1;
      min-height: 2.75em;
      min-width: 0;
      padding: 0.375em 0.75em;
      border-radius: var(--_r);
      box-shadow: inset 0 0 0 1px var(--_line);
      font-weight: 600;
      line-height: 1.25;
      text-align: center;
      overflow-wrap: break-word;
    }
    /* An amount stays on one line ("1 000 ₴" never breaks); the frequency words may wrap inside
       their half of the row (Ukrainian and Romanian at 320 px ran 26–65 px out of the panel). */
    [part='amounts'] label span {
      white-space: nowrap;
      overflow-wrap: normal;
    }
    .frequency label {
      flex: 1 1 max-content;
    }
    label:hover span {
      box-shadow: inset 0 0 0 2px var(--_on);
    }
    :checked + span {
      background: var(--_on);
      color: var(--_on-fg);
    }
    /* The option under the focused radio, and the amount field as a whole (not the currency
       symbol beside its input: one ring at a time). */
    label input:focus-visible + span, .field:focus-within {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: 2px;
    }
    .other-option {
      display: contents;
    }
    [hidden] {
      display: none;
    }
    .field {
      justify-content: start;
      padding-block: 0;
      text-align: start;
      overflow-wrap: normal;
      gap: 0.35em;
      background: var(--_color-surface);
      color: var(--_color-muted);
    }
    .field input {
      flex: 1;
      align-self: stretch;
      border: 0;
      background: none;
      color: var(--_color-text);
      font: inherit;
      outline: 0;
    }
    .error {
      padding: 0.5em 0.75em;
      border-radius: var(--_r);
      background: var(--_color-surface);
      color: var(--_color-error);
      font-weight: 600;
    }
    /* Room around a label that wraps (Ukrainian "Пожертвувати 1 000 ₴ щомісяця" at 320 px). */
    button {
      min-height: 3em;
      width: 100%;
      padding: 0.5em 1.25em;
      line-height: 1.3;
      text-wrap: balance;
      border: 0;
      border-radius: var(--_r);
      background: var(--ijm-donate-button-background, var(--_color-accent));
      color: var(--ijm-donate-button-color, var(--_color-accent-contrast));
      font: inherit;
      font-size: 1.0625em;
      font-weight: 700;
      cursor: pointer;
    }
    button:hover {
      filter: brightness(1.08);
    }
    button:disabled {
      filter: grayscale(1);
      opacity: 0.7;
    }
    .portal {
      margin-top: 1em;
      padding-top: 1em;
      border-top: 1px solid var(--_line);
      font-size: var(--_type-small);
    }
    form + .portal {
      border: 0;
      padding: 0;
    }
    a {
      color: inherit;
      font-weight: 600;
    }
  `,
];
