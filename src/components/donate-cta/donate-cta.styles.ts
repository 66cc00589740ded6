import {css} from 'lit';
import {hostStyles} from '../../styles/host.js';

export const styles = [
  hostStyles,
  css`
    :host {
      --_r: var(--ijm-donate-radius, var(--_radius));
      --_bg: var(--ijm-donate-background, var(--_color-surface-alt));
      --_fg: var(--ijm-donate-color, var(--_color-text));
      --_line: var(--_color-border);
      --_chip-on-bg: var(--_color-primary);
      --_chip-on-fg: var(--_color-primary-contrast);
    }
    :host([variant='compact']) {
      display: inline-block;
    }
    .banner {
      --_bg: var(--ijm-donate-banner-background, var(--_color-primary));
      --_fg: var(--ijm-donate-banner-color, var(--_color-primary-contrast));
      --_line: currentColor;
      --_chip-on-bg: var(--_fg);
      --_chip-on-fg: var(--_bg);
      --_focus-ring-color: var(--_color-accent);
    }
    .cta {
      container-type: inline-size;
      padding: 1.5em;
      border-radius: var(--_r);
      background: var(--_bg);
      color: var(--_fg);
    }
    .layout,
    .form {
      display: grid;
      gap: 1em;
      align-content: start;
    }
    .form {
      gap: 0.75em;
    }
    @container (min-width: 44em) {
      .banner .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
        gap: 2.5em;
        align-items: center;
      }
    }
    h2 {
      margin: 0;
      font-family: var(--_font-family-heading);
      font-size: 1.375em;
      line-height: 1.25;
      font-weight: 700;
      text-wrap: balance;
    }
    p {
      margin: 0;
    }
    .body {
      margin-top: 0.5em;
    }
    ::slotted(*) {
      margin: 0;
    }
    .intro {
      display: grid;
    }
    .intro > * {
      grid-area: 1 / 1;
    }
    .ghost {
      visibility: hidden;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .label {
      padding: 0;
      margin-block-end: 0.25em;
      font-weight: 600;
      float: inline-start;
      inline-size: 100%;
    }
    .frequency {
      gap: 0;
      display: grid;
      grid-template-columns: 1fr 1fr;
      padding: 0.25em;
      border-radius: calc(var(--_r) + 0.25em);
      box-shadow: inset 0 0 0 1px var(--_line);
    }
    .note {
      margin-top: -0.25em;
      font-size: 0.875em;
      opacity: 0.85;
    }
    .option {
      position: relative;
      display: flex;
      flex: 1 0 auto;
    }
    .option input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .option span,
    .field {
      display: flex;
      align-items: center;
      justify-content: center;
      flex: 1;
      min-block-size: 2.75em;
      padding: 0.5em 0.9em;
      border-radius: var(--_r);
      box-shadow: inset 0 0 0 1px var(--_line);
      font-weight: 600;
      white-space: nowrap;
      transition: background-color 0.15s, color 0.15s;
    }
    .frequency span {
      box-shadow: none;
    }
    .option:hover span {
      box-shadow: inset 0 0 0 2px var(--_chip-on-bg);
    }
    .option input:checked + span {
      background: var(--_chip-on-bg);
      color: var(--_chip-on-fg);
      box-shadow: none;
    }
    .option input:focus-visible + span,
    .field:focus-within {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: 2px;
    }
    .other-option {
      display: contents;
    }
    .other {
      display: grid;
      gap: 0.5em;
    }
    .other[hidden] {
      display: none;
    }
    .field {
      justify-content: start;
      gap: 0.35em;
      padding: 0 0.9em;
      background: var(--_color-surface);
      color: var(--_color-text);
      cursor: text;
    }
    .field input {
      flex: 1;
      min-inline-size: 0;
      align-self: stretch;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      outline: none;
    }
    .affix {
      color: var(--_color-muted);
    }
    .error,
    .notice {
      padding: 0.5em 0.75em;
      border-radius: var(--_r);
      border-inline-start: 0.25em solid var(--_color-error);
      background: var(--_color-surface);
      color: var(--_color-error);
      font-size: 0.9375em;
      font-weight: 600;
    }
    .donate {
      min-block-size: 3em;
      inline-size: 100%;
      padding: 0.6em 1.25em;
      border: 0;
      border-radius: var(--_r);
      background: var(--ijm-donate-button-background, var(--_color-accent));
      color: var(--ijm-donate-button-color, var(--_color-accent-contrast));
      font: inherit;
      font-size: 1.0625em;
      font-weight: 700;
      cursor: pointer;
      transition: filter 0.15s;
    }
    .donate:hover {
      filter: brightness(1.08);
    }
    .donate:disabled {
      cursor: not-allowed;
      filter: grayscale(1);
      opacity: 0.7;
    }
    .compact {
      display: grid;
      gap: 0.5em;
    }
    .compact .donate {
      inline-size: auto;
    }
    .portal {
      margin-top: 1.25em;
      padding-top: 1em;
      border-top: 1px solid var(--_line);
      font-size: 0.875em;
    }
    :host([variant='compact']) .portal {
      margin-top: 0.5em;
      padding-top: 0;
      border: 0;
    }
    a {
      color: inherit;
      font-weight: 600;
      text-underline-offset: 0.2em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
  `,
];
