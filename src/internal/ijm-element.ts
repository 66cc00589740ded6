import {LitElement} from 'lit';
import {state} from 'lit/decorators.js';
import {consume, ContextRoot} from '@lit/context';
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
  if (globals[contextRootKey]) return;
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

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    this.stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const {locale, strings}: ResolvedLocale = resolveLocale(this, this.config.locale);
    this.locale = locale;
    this.strings = strings;
  }
}
