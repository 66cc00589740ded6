import {LitElement, isServer} from 'lit';
import {state} from 'lit/decorators.js';
import {consume, ContextEvent, ContextRoot} from '@lit/context';
import {configContext, type WidgetConfig} from '../context/config-context.js';
import {resolveLocale, type ResolvedLocale} from '../i18n/locale.js';
import {observeLang} from '../i18n/lang-observer.js';
import type {Strings} from '../i18n/strings.js';
import {VERSION} from '../version.js';

const contextRootKey = Symbol.for('ijm-widgets.context-root');
const globals = globalThis as typeof globalThis & {[contextRootKey]?: ContextRoot};

/**
 * With the CDN loader a widget's code can arrive before the provider's. A
 * ContextRoot on the document remembers requests nobody answered and replays
 * them when a provider appears. Attached by the first widget, never at import.
 */
function ensureContextRoot(): void {
  if (isServer || globals[contextRootKey]) return;
  globals[contextRootKey] = new ContextRoot();
  globals[contextRootKey].attach(document.documentElement);
}

/**
 * The base of every widget: the provider's defaults (`config`), the resolved
 * locale and its text (`locale`, `strings`, refreshed when any `lang` on the
 * page changes), and the package version for {@link define}.
 */
export class IjmElement extends LitElement {
  static readonly version = VERSION;

  /** Defaults from the closest `<ijm-widgets>` provider, if any. */
  @consume({context: configContext, subscribe: true})
  @state()
  protected config: WidgetConfig = {};

  /** Canonical BCP 47 tag for `Intl`, one whose language ships. */
  protected locale = 'en';

  /** The text catalog for {@link locale}. */
  protected strings!: Strings;

  private stopObservingLang?: () => void;

  /**
   * The shadow root came from server HTML (declarative shadow DOM): the first render, which
   * hydrates it, must resolve the locale as the server did (see {@link resolveLocale}).
   */
  private serverRendered = false;

  /** This update hydrates server HTML: render what the server rendered (it knew no page). */
  protected get hydrating(): boolean {
    return this.serverRendered && !this.hasUpdated;
  }

  override connectedCallback(): void {
    ensureContextRoot();
    // A shadow root before LitElement makes one is the parser's, from server HTML.
    if (!this.hasUpdated) this.serverRendered = this.shadowRoot !== null;
    super.connectedCallback();
    this.stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // @lit-labs/ssr does not connect elements, so @consume never asks: ask the provider
    // (an ancestor in the server render, found through the DOM shim's event path) here.
    if (isServer) this.dispatchEvent(new ContextEvent(configContext, this, (config) => (this.config = config)));
    // The server knows only the element's own `lang` and the provider's `locale`, and no page.
    // Hydration keeps what the server wrote, so it renders as the server did; the next render
    // applies the page (its `lang`; the rail leaves out the current page).
    const {hydrating} = this;
    const resolved: ResolvedLocale = resolveLocale(this, this.config.locale, hydrating);
    if (hydrating) void this.updateComplete.then(() => this.requestUpdate());
    this.locale = resolved.locale;
    this.strings = resolved.strings;
  }
}
