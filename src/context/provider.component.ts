import {LitElement, html, css} from 'lit';
import {property} from 'lit/decorators.js';
import {provide} from '@lit/context';
import {configContext, type WidgetConfig} from './config-context.js';
import {VERSION} from '../version.js';

/**
 * @tagname ijm-widgets
 * @summary Sets defaults (locale, partner, currency, links) for every IJM widget inside it.
 *
 * @slot - The page content and widgets that share these defaults.
 *
 * @example
 * ```html
 * <ijm-widgets locale="uk" partner="hope-ro" currency="RON">
 *   <ijm-donate-cta></ijm-donate-cta>
 * </ijm-widgets>
 * ```
 */
export class IjmWidgets extends LitElement {
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Language for the widgets inside (BCP 47, e.g. `ro`, `uk`, `bg`). A widget's or an ancestor's `lang` wins. */
  @property({reflect: true}) locale?: string;

  /** Partner id, sent with donations (`partner`, `utm_source`) and sign-ups. */
  @property({reflect: true}) partner?: string;

  /** ISO 4217 currency for donations, e.g. `EUR`. */
  @property({reflect: true}) currency?: string;

  /** Donation page every donate widget links to. */
  @property({attribute: 'donate-href', reflect: true}) donateHref?: string;

  /** Endpoint every sign-up form posts to. */
  @property({attribute: 'signup-action', reflect: true}) signupAction?: string;

  @provide({context: configContext})
  protected config: WidgetConfig = {};

  protected override willUpdate(): void {
    const {locale, partner, currency, donateHref, signupAction} = this;
    this.config = {locale, partner, currency, donateHref, signupAction};
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
