import {css} from 'lit';
import {hostStyles} from '../../styles/host.js';

export const styles = [
  hostStyles,
  css`
    :host {
      --_radius-signup: var(--ijm-signup-radius, var(--_radius));
      --_input-border: var(--ijm-signup-input-border, var(--_color-muted));
    }
    section {
      background: var(--ijm-signup-background, var(--_color-surface-alt));
      padding: var(--ijm-signup-padding, 1.5em);
      border-radius: var(--_radius-signup);
    }
    h2 {
      margin: 0 0 0.25em;
      font-family: var(--_font-family-heading);
      font-size: 1.5em;
      line-height: 1.25;
      font-weight: 700;
    }
    .description {
      margin: 0 0 1.25em;
      color: var(--_color-muted);
      max-width: 42em;
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
      gap: 0.75em;
    }
    label {
      display: block;
      margin-block-end: 0.25em;
      font-size: 0.875em;
      font-weight: 600;
    }
    .optional {
      font-weight: 400;
      color: var(--_color-muted);
    }
    input:not([type='checkbox']) {
      display: block;
      width: 100%;
      min-height: 2.75em;
      margin: 0;
      padding: 0.5em 0.75em;
      font: inherit;
      color: var(--_color-text);
      background: var(--_color-surface);
      border: 1px solid var(--_input-border);
      border-radius: var(--_radius-signup);
    }
    input:not([type='checkbox']):hover {
      border-color: var(--_color-text);
    }
    input[aria-invalid='true'] {
      border-color: var(--_color-error);
      box-shadow: inset 0 0 0 1px var(--_color-error);
    }
    .field-error {
      margin: 0;
      font-size: 0.875em;
      color: var(--_color-error);
    }
    .field-error:not(:empty) {
      margin-block-start: 0.25em;
    }
    button {
      min-height: 2.75em;
      min-width: 6em;
      margin: 0;
      padding: 0.5em 1.25em;
      font: inherit;
      font-weight: 700;
      border-radius: var(--_radius-signup);
      cursor: pointer;
    }
    .submit {
      align-self: flex-start;
      border: 1px solid transparent;
      color: var(--ijm-signup-button-color, var(--_color-primary-contrast));
      background: var(--ijm-signup-button-background, var(--_color-primary));
      transition: background-color 0.15s;
    }
    .submit:hover {
      background: color-mix(in srgb, var(--ijm-signup-button-background, var(--_color-primary)) 82%, #000);
    }
    .submit[aria-busy='true'] {
      cursor: progress;
    }
    .submit[aria-busy='true']::before {
      content: '';
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-inline-end: 0.5em;
      vertical-align: -0.15em;
      border: 0.15em solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    .retry {
      margin-block-start: 0.5em;
      border: 1px solid currentColor;
      color: var(--_color-primary);
      background: var(--_color-surface);
    }
    .retry:hover {
      background: var(--_color-surface-alt);
    }
    .hp {
      position: absolute;
      inset-inline-start: -100em;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .consent {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.625em;
      align-items: start;
    }
    .consent input {
      width: 1.5em;
      height: 1.5em;
      margin: 0;
      accent-color: var(--_color-primary);
      cursor: pointer;
    }
    .consent label {
      margin: 0;
      font-size: 0.875em;
      font-weight: 400;
      align-self: center;
      cursor: pointer;
    }
    .consent .field-error {
      grid-column: 2;
    }
    .alert:not(:empty) {
      margin-block-start: 1em;
      padding: 0.75em 1em;
      background: var(--_color-surface);
      border-inline-start: 0.25em solid var(--_color-error);
      border-radius: var(--_radius-signup);
    }
    .status:not(:empty) {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin-block-start: 1em;
      outline-offset: 4px;
    }
    .status.done {
      margin: 0;
      padding: 0.75em 1em;
      background: var(--_color-surface);
      border-inline-start: 0.25em solid var(--_color-success);
      border-radius: var(--_radius-signup);
      font-weight: 600;
    }
    .icon {
      flex: none;
      width: 1.5em;
      height: 1.5em;
      color: var(--_color-success);
    }
    .privacy {
      margin: 1em 0 0;
      font-size: 0.875em;
    }
    a {
      color: var(--_color-primary);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    /* Inline: one row (fields, then the button) when the form is wide enough. */
    @container signup (min-width: 34em) {
      :host([layout='inline']) .fields {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-rows: auto auto auto;
        grid-auto-flow: column;
        column-gap: 0.75em;
        row-gap: 0;
      }
      :host([layout='inline']) .fields.with-name {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr) auto;
      }
      :host([layout='inline']) .field {
        display: contents;
      }
      :host([layout='inline']) .consent {
        grid-row: 4;
        grid-column: 1 / -1;
        margin-block-start: 0.75em;
      }
      :host([layout='inline']) .submit {
        grid-row: 2;
        align-self: stretch;
      }
    }
  `,
];
