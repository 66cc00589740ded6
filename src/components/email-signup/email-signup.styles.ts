import {css} from 'lit';
import {hostStyles} from '../../styles/host.js';

export const styles = [
  hostStyles,
  css`
    :host {
      --_r: var(--ijm-signup-radius, var(--_radius));
      container-type: inline-size;
    }
    section {
      padding: var(--ijm-signup-padding, var(--_pad-panel));
      background: var(--ijm-signup-background, var(--_color-surface-alt));
      border-radius: var(--_r);
    }
    h2 {
      margin: 0 0 0.25em;
      font-family: var(--_font-family-heading);
      font-size: var(--_type-heading);
      font-weight: var(--_weight-heading);
      line-height: var(--_leading-heading);
    }
    p {
      margin: 0;
    }
    .description {
      margin-block-end: 1.25em;
      color: var(--_text-body);
    }
    form {
      container: signup / inline-size;
    }
    [hidden] {
      display: none !important;
    }
    .fields {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--_gap-stack);
    }
    label {
      display: block;
      margin-block-end: 0.25em;
      font-size: var(--_type-small);
      font-weight: 600;
    }
    .optional {
      font-weight: 400;
      color: var(--_text-meta);
    }
    input,
    button {
      margin: 0;
      font: inherit;
    }
    input:not([type='checkbox']) {
      width: 100%;
      min-height: 2.75em;
      padding: 0.5em 0.75em;
      color: var(--_color-text);
      background: var(--_color-surface);
      border: 1px solid var(--ijm-signup-input-border, var(--_color-muted));
      border-radius: var(--_r);
    }
    [aria-invalid='true'] {
      border-color: var(--_color-error);
      box-shadow: inset 0 0 0 1px var(--_color-error);
    }
    .field-error {
      overflow-wrap: break-word;
      font-size: var(--_type-small);
      color: var(--_color-error);
    }
    .field-error:not(:empty) {
      margin-block-start: 0.25em;
    }
    button {
      min-height: 2.75em;
      min-width: 6em;
      padding: 0.5em 1.25em;
      font-weight: 700;
      color: var(--_color-primary);
      background: var(--_color-surface);
      border: 1px solid;
      border-radius: var(--_r);
      cursor: pointer;
    }
    #submit {
      align-self: flex-start;
      color: var(--ijm-signup-button-color, var(--_color-primary-contrast));
      background: var(--ijm-signup-button-background, var(--_color-primary));
      border-color: transparent;
    }
    button:hover {
      filter: brightness(0.9);
    }
    .retry {
      margin-block-start: 0.5em;
    }
    /* The anti-bot field: out of sight and out of layout in both directions (an offset to the
       start side was far to the right in right-to-left text, and made the page 2,816 px wide). */
    .fields .hp {
      position: absolute;
      inset: 0 auto auto 0;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      border: 0;
      overflow: hidden;
      clip-path: inset(50%);
      opacity: 0;
      white-space: nowrap;
    }
    .consent {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.625em;
    }
    .consent input {
      width: max(1.5em, 24px);
      height: max(1.5em, 24px);
      accent-color: var(--_color-primary);
    }
    .consent label {
      align-self: center;
      margin: 0;
      font-weight: 400;
    }
    .consent p {
      grid-column: 2;
    }
    .alert:not(:empty),
    .done {
      margin-block-start: 1em;
      padding: 0.75em 1em;
      background: var(--_color-surface);
      border-inline-start: 0.25em solid var(--_color-error);
      border-radius: var(--_r);
    }
    #status:not(:empty) {
      display: flex;
      gap: 0.5em;
      margin-block-start: 1em;
    }
    #status.done {
      margin: 0;
      font-weight: 600;
      border-color: var(--_color-success);
    }
    /* A check mark drawn with two borders. */
    .done::before {
      content: '';
      flex: none;
      width: 0.45em;
      height: 0.9em;
      margin: 0.15em 0.3em 0;
      border: solid var(--_color-success);
      border-width: 0 0.2em 0.2em 0;
      rotate: 45deg;
    }
    /* Inline: fields and button in one row when the form is wide enough. */
    @container signup (min-width: 34em) {
      :host([layout='inline']) .fields {
        display: grid;
        grid: auto auto auto / minmax(0, 1fr) auto;
        grid-auto-flow: column;
        gap: 0 0.75em;
      }
      :host([layout='inline']) .with-name {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr) auto;
      }
      :host([layout='inline']) .field {
        display: contents;
      }
      :host([layout='inline']) .consent {
        grid-area: 4 / 1 / auto / -1;
        margin-block-start: 0.75em;
      }
      :host([layout='inline']) #submit {
        grid-row: 2;
        align-self: stretch;
      }
    }
  `,
];
