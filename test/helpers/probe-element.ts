import {html} from 'lit';
import {IjmElement} from '../../src/internal/ijm-element.js';
import {define} from '../../src/internal/define.js';
import {rail} from '../../src/i18n/en/rail.js';

/** A minimal widget for testing what every widget inherits: locale, text, provider config. */
export class IjmTestProbe extends IjmElement {
  // It shows the rail's heading: English is built in per widget, so it brings that section.
  protected static override english = {rail};

  get resolvedLocale() {
    return this.locale;
  }
  get partner() {
    return this.config.partner;
  }
  override render() {
    return html`<p>${this.strings.rail.heading}</p>`;
  }
}
define('ijm-test-probe', IjmTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'ijm-test-probe': IjmTestProbe;
  }
}
