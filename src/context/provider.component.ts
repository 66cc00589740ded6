import {LitElement, html, css, isServer} from 'lit';
import {property} from 'lit/decorators.js';
import {provide} from '@lit/context';
import {configContext, type WidgetConfig} from './config-context.js';
import {VERSION} from '../version.js';
import {DataLayerBridge} from '../internal/datalayer.js';
import {restyleBlockedServerRoot} from '../internal/server-styles.js';
import {applyTheme} from './theme.js';

/**
 * @tagname ijm-widgets
 * @summary Sets defaults (locale, partner, currency, links, brand colours) for every IJM widget inside it.
 *
 * @slot - The page content and widgets that share these defaults.
 *
 * @cssproperty [--ijm-color-primary=#00558c] - Global design token: Links, headings, primary buttons. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-primary-contrast=#ffffff] - Global design token: Text on the primary colour. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-accent=#f5b335] - Global design token: The donate button and highlights. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-accent-contrast=#1b2430] - Global design token: Text on the accent colour. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-text=#1b2430] - Global design token: Body text. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-muted=#566170] - Global design token: Secondary text. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-surface=#ffffff] - Global design token: Widget background. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-surface-alt=#f2f5f8] - Global design token: Placeholders, skeletons, panels. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-border=#cfd6df] - Global design token: Borders and inputs. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-error=#b42318] - Global design token: Error messages and invalid fields. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-color-success=#1d7a3a] - Global design token: Success messages. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-focus-ring-color=#0a58ca] - Global design token: Keyboard focus ring. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-focus-ring-width=3px] - Global design token: Focus ring width. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-font-family=inherit] - Global design token: Text font; the page font is inherited by default. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-font-family-heading=inherit] - Global design token: Heading font. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-font-size=16px] - Global design token: Base size every widget sizes from, in em. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-radius=6px] - Global design token: Corner radius. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-space=1em] - Global design token: Spacing unit for widget padding and gaps. Set it on the page (e.g. `body`) to theme every widget.
 * @cssproperty [--ijm-shadow=0 1px 2px rgb(16 24 40 / 0.08), 0 2px 8px rgb(16 24 40 / 0.08)] - Global design token: Card and panel shadow. Set it on the page (e.g. `body`) to theme every widget.
 *
 * @example
 * ```html
 * <ijm-widgets locale="uk" partner="hope-ro" currency="RON" primary-color="#0b6e4f" accent-color="#e4572e">
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

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return restyleBlockedServerRoot(super.createRenderRoot(), IjmWidgets.elementStyles);
  }

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

  /** `off`: no widget inside carries the page's `utm_*` into donations and sign-ups (a widget's own `carry-utm` wins). */
  @property({attribute: 'carry-utm', reflect: true}) carryUtm?: string;

  /** `datalayer`: push every widget event inside to `window.dataLayer` in GA4 / Tag Manager shape (`view_promotion`, `select_promotion`, `begin_checkout`, `generate_lead`). Nothing is written without it. A widget's own `analytics` wins. */
  @property({reflect: true}) analytics?: string;

  /**
   * Brand colour for headings, links and primary buttons (`--ijm-color-primary`), any CSS colour.
   * Text drawn on it follows (`--ijm-color-primary-contrast`: white or dark, whichever reads at
   * least 4.5:1) unless the page sets that itself. Set from script, so a strict CSP allows it.
   */
  @property({attribute: 'primary-color', reflect: true}) primaryColor?: string;

  /** Colour of the donate button and highlights (`--ijm-color-accent`); its text follows it like `primary-color`'s. */
  @property({attribute: 'accent-color', reflect: true}) accentColor?: string;

  /** Font for the widgets' text (`--ijm-font-family`), e.g. `Georgia, serif`. By default they use the page's font. */
  @property({attribute: 'font-family', reflect: true}) fontFamily?: string;

  /** Corner radius (`--ijm-radius`), a CSS length; a bare number is read as px. */
  @property({reflect: true}) radius?: string;

  protected readonly dataLayer = new DataLayerBridge(this, () => this.analytics);

  @provide({context: configContext})
  protected config: WidgetConfig = {};

  protected override willUpdate(): void {
    // @lit-labs/ssr does not connect elements, so nothing makes this one's shadow root; without
    // one the DOM shim's event path skips it and the widgets' requests (IjmElement) never arrive.
    if (isServer && !this.shadowRoot) this.attachShadow({mode: 'open'});
    const {locale, partner, currency, donateHref, signupAction, carryUtm} = this;
    this.config = {locale, partner, currency, donateHref, signupAction, carryUtm};
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // A server render (never connected) has no page to set tokens on: the browser applies them.
    if (!this.isConnected) return;
    if (['primaryColor', 'accentColor', 'fontFamily', 'radius'].some((name) => changed.has(name))) {
      const {primaryColor, accentColor, fontFamily, radius} = this;
      applyTheme(this, {primaryColor, accentColor, fontFamily, radius});
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
