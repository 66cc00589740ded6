import {LitElement, isServer} from 'lit';
import {state} from 'lit/decorators.js';
import {ContextConsumer, ContextEvent} from '@lit/context';
import {configContext, type WidgetConfig} from '../context/config-context.js';
import {addEnglish, catalogs, findLangTag, languageOf, loadCatalog, matchLocale, parentAcrossShadow, shippedLanguages, type TextSections} from '../i18n/locale.js';
import {observeLang} from '../i18n/lang-observer.js';
import type {Strings} from '../i18n/strings.js';
import {VERSION} from '../version.js';
import {warnOnce} from './warn.js';
import {restyleBlockedServerRoot} from './server-styles.js';

const noConfig: WidgetConfig = Object.freeze({});

/** Whether `element` sits inside an `<ijm-widgets>` (crossing shadow roots). */
function isInsideProvider(element: Element): boolean {
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node.localName === 'ijm-widgets') return true;
  }
  return false;
}

/**
 * The base of every widget: the provider's defaults (`config`), the resolved
 * locale and its text (`locale`, `strings`, refreshed when any `lang` on the
 * page changes), and the package version for {@link define}.
 *
 * Text other than English loads on first use: an update waits in
 * {@link scheduleUpdate} until the catalog of the widget's language is there,
 * so the first render is already in that language (no flash of English), and a
 * `lang` that changes later re-renders once, when its text has arrived.
 */
export class IjmElement extends LitElement {
  static readonly version = VERSION;

  /**
   * The English sections this widget shows besides `common` (e.g. `{donate}` from i18n/en/donate.ts):
   * English is built in, but only the English of the widgets a page defines. Other languages
   * load as whole catalogs.
   */
  protected static english: TextSections = {};

  protected static override finalize(): void {
    super.finalize();
    addEnglish(this.english);
  }

  /** Defaults from the closest `<ijm-widgets>` provider, if any. */
  @state()
  protected config: WidgetConfig = noConfig;

  /** Canonical BCP 47 tag for `Intl`, one whose language ships. */
  protected locale = 'en';

  /** The text catalog for {@link locale}. */
  protected strings!: Strings;

  /** See {@link internals}: null where there are none. */
  private attachedInternals?: ElementInternals | null;

  /** Whether the element is in the `pending` state (see {@link scheduleUpdate}). */
  private waitingForText = false;

  /**
   * The element's internals, for custom states (`:state(…)`), attached on first use (a card among
   * a hundred never needs them); feature-detected (test DOMs such as jsdom and happy-dom may have
   * no `attachInternals`). One per element: subclasses use this one.
   */
  protected get internals(): ElementInternals | undefined {
    if (this.attachedInternals === undefined) this.attachedInternals = this.attachInternals?.() ?? null;
    return this.attachedInternals ?? undefined;
  }

  /** Made on the first connection inside an `<ijm-widgets>`: a widget outside one has no defaults to ask for. */
  private configConsumer?: ContextConsumer<typeof configContext, this>;

  private stopObservingLang?: () => void;

  /**
   * The shadow root came from server HTML (declarative shadow DOM): the first render, which
   * hydrates it, must resolve the locale as the server did (see {@link resolveLocale}).
   */
  private serverRendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return restyleBlockedServerRoot(super.createRenderRoot(), (this.constructor as typeof LitElement).elementStyles);
  }

  /** This update hydrates server HTML: render what the server rendered (it knew no page). */
  protected get hydrating(): boolean {
    return this.serverRendered && !this.hasUpdated;
  }

  override connectedCallback(): void {
    // A shadow root before LitElement makes one is the parser's, from server HTML.
    if (!this.hasUpdated) this.serverRendered = this.shadowRoot !== null;
    super.connectedCallback();
    this.stopObservingLang = observeLang(() => this.requestUpdate());
    // (Lit's server render never connects an element; a Node DOM such as jsdom, where Lit's
    // `isServer` is true too, does, and gets the same as a browser.)
    if (!isInsideProvider(this)) return;
    // The request for the provider's defaults is an event that travels up the whole page: only a
    // widget inside <ijm-widgets> sends it (on connecting, once the consumer is added, and on
    // every later connection).
    this.configConsumer ??= new ContextConsumer(this, {context: configContext, subscribe: true, callback: (config) => (this.config = config)});
    // With the CDN loader a widget's code can arrive before the provider's: its request for
    // the provider's defaults went unanswered, so ask again once <ijm-widgets> is defined.
    if (this.config === noConfig && !customElements.get('ijm-widgets')) {
      customElements.whenDefined('ijm-widgets').then(() => this.isConnected && this.configConsumer!.hostConnected());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  /**
   * Waits for the text of the widget's language before updating (a no-op once it is loaded).
   * Until the first render is on screen the element is in the `pending` custom state, so that the
   * placeholder stylesheet keeps its box (`:is(:not(:defined),:state(pending))`): defined, it
   * would otherwise be an empty element meanwhile. Server HTML is shown meanwhile instead.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadCatalog(this.langTag());
    if (!loading) return super.scheduleUpdate();
    if (!this.hasUpdated && !this.serverRendered && !this.waitingForText) this.setState('pending', (this.waitingForText = true));
    return loading.then(() => this.scheduleUpdate());
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    // In the same task as the first render's DOM: no frame without either.
    if (this.waitingForText) this.setState('pending', (this.waitingForText = false));
  }

  /** Adds or removes a custom state; engines without custom states (or no internals) ignore it. */
  protected setState(name: string, on: boolean): void {
    try {
      this.internals!.states[on ? 'add' : 'delete'](name);
    } catch {
      // No CustomStateSet, or one of the older dashed syntax only: the state's styles just do not apply.
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // @lit-labs/ssr does not connect elements, so the consumer never asks: ask the provider
    // (an ancestor in the server render, found through the DOM shim's event path) here.
    const serverRender = isServer && !this.isConnected;
    if (serverRender) this.dispatchEvent(new ContextEvent(configContext, this, (config) => (this.config = config)));
    // The server knows only the element's own `lang` and the provider's `locale`, and no page.
    // Hydration keeps what the server wrote, so it renders as the server did; the next render
    // applies the page (its `lang`; the rail leaves out the current page).
    const {hydrating} = this;
    const tag = this.langTag(hydrating);
    // A server renders synchronously, so it has only the languages it imported; hydration keeps
    // the server's text, so without the import the widget would stay English in the browser.
    const lang = serverRender ? languageOf(tag) : undefined;
    if (lang && shippedLanguages.includes(lang) && !catalogs[lang]) {
      warnOnce(`server-text-${lang}`, `<${this.localName}> was rendered on the server in English, not "${tag}": import '@ijm/widgets/locales/${lang}.js' on the server too.`);
    }
    const {locale, strings} = matchLocale(tag);
    if (hydrating) void this.updateComplete.then(() => this.requestUpdate());
    this.locale = locale;
    this.strings = strings;
  }

  private langTag(asServer = false): string | undefined {
    return findLangTag(this, this.config.locale ?? this.providerLocale(asServer), asServer);
  }

  /**
   * The `locale` of the `<ijm-widgets>` around this widget while that provider has not answered
   * (its code arrives after the widget's with the CDN loader): the first render is in the
   * provider's language, not in English and then again.
   */
  private providerLocale(asServer: boolean): string | undefined {
    if (asServer || this.config !== noConfig || !this.configConsumer) return undefined;
    for (let node = parentAcrossShadow(this); node; node = parentAcrossShadow(node)) {
      if (node.localName === 'ijm-widgets') return customElements.get('ijm-widgets') ? undefined : node.getAttribute('locale') || undefined;
    }
    return undefined;
  }
}
