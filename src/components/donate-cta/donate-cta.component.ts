import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {IjmElement} from '../../internal/ijm-element.js';
import {donate} from '../../i18n/en/donate.js';
import {toSafeHttpUrl} from '../../data/url.js';
import {carriesUtm, readPageUtm} from '../../data/utm.js';
import {warnOnce} from '../../internal/warn.js';
import type {Frequency} from '../../i18n/strings.js';
import {
  DEFAULT_CURRENCY,
  DEFAULT_DONATE_HREF,
  buildDonationUrl,
  currencyAffix,
  defaultAmounts,
  defaultPreset,
  formatMoney,
  impactFor,
  normalizeCurrency,
  parseImpacts,
  type ImpactTable,
  parseAmountList,
  parseLocalizedAmount,
  type DonationParamNames,
} from './donation.js';
import {IjmDonateEvent, IjmDonateViewEvent} from './events.js';
import {ViewTracker} from '../../internal/view-tracker.js';
import {DataLayerBridge} from '../../internal/datalayer.js';
import {styles} from './donate-cta.styles.js';

export type DonateVariant = 'panel' | 'banner' | 'compact';
type Invalid = 'required' | 'invalid' | 'low' | 'high';

const FREQUENCIES: readonly Frequency[] = ['once', 'monthly'];

/**
 * @summary A call to give: one-time or monthly, preset or own amount, then the charity's donation page with the choice filled in and attributed to the partner.
 *
 * The widget never takes payment. Donating fires `ijm-donate`; unless a
 * listener cancels it, the donation page opens (`target`).
 *
 * @tagname ijm-donate-cta
 *
 * @slot heading - Replaces the heading (e.g. your own `<h3 slot="heading">`).
 * @slot body - Replaces the text under the heading.
 *
 * @csspart base - The box around everything.
 * @csspart heading - The heading's wrapper.
 * @csspart body - The text's wrapper.
 * @csspart form - The form with the choices and the button.
 * @csspart frequency - The "Give once / Give monthly" group.
 * @csspart amounts - The preset amounts group.
 * @csspart option - Each frequency and amount option.
 * @csspart input - The "Other amount" text field (with its currency symbol).
 * @csspart error - The message under "Other amount" when it is not valid.
 * @csspart impact - What the chosen amount does (`impacts`), under the amounts; its space is kept for the longest sentence.
 * @csspart button - The donate button.
 * @csspart message - Why giving is unavailable (unsafe `href`).
 * @csspart portal - The donor-portal line.
 *
 * @cssproperty [--ijm-donate-background=var(--ijm-color-surface-alt)] - Panel background.
 * @cssproperty [--ijm-donate-color=var(--ijm-color-text)] - Panel text colour.
 * @cssproperty [--ijm-donate-banner-background=var(--ijm-color-primary)] - Banner background.
 * @cssproperty [--ijm-donate-banner-color=var(--ijm-color-primary-contrast)] - Banner text colour.
 * @cssproperty [--ijm-donate-button-background=var(--ijm-color-accent)] - Donate button background.
 * @cssproperty [--ijm-donate-button-color=var(--ijm-color-accent-contrast)] - Donate button text colour.
 * @cssproperty [--ijm-donate-radius=var(--ijm-radius)] - Corner radius of the box, options and button.
 *
 * @event {IjmDonateEvent} ijm-donate - The reader donates; cancelable. `detail`: `{amount, frequency, currency, campaign, partner, url}`.
 * @event {IjmDonateViewEvent} ijm-donate-view - Once, when at least half of the box has been on screen for a second in a visible tab. `detail`: `{amount, frequency, currency, campaign, partner, variant}`.
 *
 * @example
 * ```html
 * <ijm-donate-cta partner="hope-ro" currency="RON" campaign="spring-2025">
 *   <a href="https://www.ijm.org/donate">Donate to IJM</a>
 * </ijm-donate-cta>
 * ```
 */
export class IjmDonateCta extends IjmElement {
  static override styles = styles;
  protected static override english = {donate};

  /** Donation page. Default: the provider's `donate-href`, else https://www.ijm.org/donate. Only http(s) URLs; anything else disables giving. */
  @property({reflect: true}) href?: string;

  /** `monthly` (default) or `once`. Follows the reader's choice: the attribute appears when the reader picks one (the widget writes no default). */
  @property({reflect: true, useDefault: true}) frequency: Frequency = 'monthly';

  /** Preset one-time amounts, a comma list with dot decimals (`"50, 100, 250"`); also the monthly list unless `monthly-amounts` is set. Default: steps for the currency. */
  @property({reflect: true}) amounts?: string;

  /** Preset monthly amounts, a comma list. Default: `amounts`, else steps for the currency. */
  @property({attribute: 'monthly-amounts', reflect: true}) monthlyAmounts?: string;

  /** Amount chosen at first; one not among the presets fills "Other amount". Default: the second preset. */
  @property({type: Number, reflect: true}) amount?: number;

  /** ISO 4217 code, e.g. `EUR`. Default: the provider's `currency`, else `USD`. */
  @property({reflect: true}) currency?: string;

  /** Smallest gift accepted in "Other amount". */
  @property({type: Number, reflect: true, useDefault: true}) min = 1;

  /** Largest gift accepted in "Other amount"; none by default. */
  @property({type: Number, reflect: true}) max?: number;

  /** Campaign id, sent as `campaign` and `utm_campaign`. */
  @property({reflect: true}) campaign?: string;

  /** Partner id, sent as `partner` and `utm_source`. Default: the provider's `partner`. */
  @property({reflect: true}) partner?: string;

  /** Heading text. Default: the charity's ("You can help send rescue today.", or the Freedom Partner line when monthly), localised. */
  @property({reflect: true}) heading?: string;

  /** Text under the heading. Default: the charity's, localised. */
  @property({reflect: true}) body?: string;

  /** Donor portal URL; when set, a "Review your giving…" line with a "Sign in" link. */
  @property({attribute: 'portal-href', reflect: true}) portalHref?: string;

  /** `panel` (default: heading, text, full choice), `banner` (full width, for the foot of an article) or `compact` (one button). */
  @property({reflect: true, useDefault: true}) variant: DonateVariant = 'panel';

  /** Where the donation page opens: `_self` (default), `_blank` (new tab, `noopener`), `_top` or `_parent` (from inside an iframe). */
  @property({reflect: true, useDefault: true}) target = '_self';

  /**
   * The host page's `utm_*` are carried into the donation URL (the widget's `partner` and `campaign` win for
   * `utm_source` and `utm_campaign`; see `buildDonationUrl`). `off`: not carried. Default: the provider's, else on.
   */
  @property({attribute: 'carry-utm', reflect: true}) carryUtm?: string;

  /** `datalayer`: push this widget's events to `window.dataLayer` in GA4 / Tag Manager shape (see the README's Measuring). Any other value keeps them out, even inside a provider with `analytics="datalayer"`. Default: the provider's, else nothing is written. */
  @property({reflect: true}) analytics?: string;

  protected readonly dataLayer = new DataLayerBridge(this, () => this.analytics);

  /**
   * What each amount does, as JSON: `{"25": "…", "50": "…"}`, or per frequency
   * `{"monthly": {"25": "…"}, "once": {"100": "…"}}`. The chosen amount's sentence shows under the
   * amounts (a custom amount: that of the largest amount below it, or none), read out politely.
   */
  @property({reflect: true, converter: {fromAttribute: (text) => text, toAttribute: (value) => (typeof value === 'string' ? value : JSON.stringify(value))}})
  impacts?: string | Record<string, unknown>;

  /** Other query parameter names for your donation platform, as JSON: `{"amount": "amt", "frequency": "interval"}`; an empty name (`"utm_medium": ""`) leaves that parameter out. */
  @property({attribute: 'param-names', type: Object, reflect: true}) paramNames?: DonationParamNames;

  @state() private selected?: number | 'other';
  @state() private otherText = '';
  @state() private invalid?: Invalid;

  protected readonly viewTracker = new ViewTracker(this, () => {
    const {amount} = this.choice();
    const variant = this.variant === 'banner' || this.variant === 'compact' ? this.variant : 'panel';
    // Through a variable so the manifest lists this event once, from the JSDoc above.
    const view = new IjmDonateViewEvent({amount, frequency: this.freq, currency: this.cur, campaign: this.campaign || undefined, partner: this.partner || this.config.partner || undefined, variant});
    this.dispatchEvent(view);
  });

  // Resolved in willUpdate from the attributes and the provider.
  private freq: Frequency = 'monthly';
  private cur = DEFAULT_CURRENCY;
  private low = 1;
  private high = Infinity;
  private safeHref?: string;
  private presets: Record<Frequency, number[]> = {once: [], monthly: []};
  private presetKey?: string;
  private impactTable: ImpactTable = {once: [], monthly: []};
  private pitch?: Frequency;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const {currency, config, frequency, max} = this;
    const own = normalizeCurrency(currency);
    this.cur = own ?? normalizeCurrency(config.currency) ?? DEFAULT_CURRENCY;
    if (currency && !own) warn('currency', currency, `using ${this.cur}`);
    // Documented fallbacks, no warning: an unknown frequency is monthly, an unknown variant a panel.
    this.freq = frequency === 'once' ? frequency : 'monthly';
    this.low = this.min > 0 ? this.min : 1;
    this.high = max ?? Infinity;
    const href = this.href || config.donateHref || DEFAULT_DONATE_HREF;
    this.safeHref = toSafeHttpUrl(href);
    if (!this.safeHref) warn('href', href, 'giving disabled');

    if (changed.has('impacts')) {
      const {impacts, invalid} = parseImpacts(this.impacts);
      this.impactTable = impacts;
      if (invalid.length) warn('impacts', typeof this.impacts === 'string' ? this.impacts : JSON.stringify(this.impacts), `leaving out ${invalid.join(', ')}`);
    }
    this.presets = {once: this.presetList(this.amounts, 'once'), monthly: this.presetList(this.monthlyAmounts ?? this.amounts, 'monthly')};
    const key = JSON.stringify([this.presets, this.amount]);
    const previous = changed.get('frequency');
    if (key !== this.presetKey) {
      this.presetKey = key;
      this.selectInitial();
    } else if (previous && previous !== this.freq) {
      // A new preset list: its default amount, unless the reader typed their own.
      if (this.selected !== 'other') this.selected = this.presetFor(this.freq);
      this.invalid = undefined;
    }
  }

  private presetList(text: string | undefined, frequency: Frequency): number[] {
    const inRange = (a: number) => a >= this.low && a <= this.high;
    // Default presets outside min/max are left out quietly: the partner did not write them.
    if (text == null) return defaultAmounts(this.cur, frequency).filter(inRange);
    const {amounts, invalid} = parseAmountList(text);
    const kept = amounts.filter(inRange); // low to high
    if (invalid.length || kept.length < amounts.length) warn('amounts', text, 'ignoring what is not a number from min to max');
    return kept;
  }

  /** The preset to select for `frequency` when the reader has not picked one. */
  private presetFor(frequency: Frequency): number | 'other' {
    const list = this.presets[frequency];
    return this.amount !== undefined && list.includes(this.amount) ? this.amount : defaultPreset(list) ?? 'other';
  }

  private selectInitial(): void {
    const {amount} = this;
    this.invalid = undefined;
    this.selected = this.presetFor(this.freq);
    if (amount === undefined || this.selected === amount) return;
    // An amount that is not a positive number is ignored.
    if (amount > 0 && amount < Infinity) {
      this.selected = 'other';
      this.otherText = new Intl.NumberFormat(this.locale, {useGrouping: false, maximumFractionDigits: 2}).format(amount);
    }
  }

  /** The amount to give, or why "Other amount" cannot be used. */
  private choice(): {amount?: number; invalid?: Invalid} {
    if (this.selected !== 'other') return {amount: this.selected};
    const text = this.otherText.trim();
    if (!text) return {invalid: 'required'};
    const value = parseLocalizedAmount(text, this.locale, this.cur);
    return value === undefined || Math.abs(Math.round(value * 100) - value * 100) > 1e-6 ? {invalid: 'invalid'}
      : value < this.low ? {invalid: 'low'}
      : value > this.high ? {invalid: 'high'}
      : {amount: value};
  }

  private money(amount: number): string {
    return formatMoney(amount, this.cur, this.locale);
  }

  private focusOther(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#other')?.focus();
  }

  /**
   * Opens the donation page: `_self` navigates this page, `_blank` opens a
   * new tab with `noopener`, another target (`_top` from inside an iframe)
   * goes to that browsing context. Protected so a subclass (or a test) can
   * replace how a URL is opened.
   */
  protected navigate(url: string, target: string): void {
    if (target === '_self') location.assign(url);
    else window.open(url, target, 'noopener');
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.safeHref) return;
    const {amount, invalid} = this.choice();
    if (invalid && this.variant !== 'compact') {
      this.invalid = invalid;
      await this.updateComplete;
      this.focusOther();
      return;
    }
    const frequency = this.freq;
    const currency = this.cur;
    const campaign = this.campaign || undefined;
    const partner = this.partner || this.config.partner || undefined;
    // Read when the reader donates (in the browser, never while rendering): the page's address then.
    const pageUtm = carriesUtm(this.carryUtm, this.config.carryUtm) ? readPageUtm(location.search) : undefined;
    const url = buildDonationUrl(this.safeHref, {amount, frequency, currency, campaign, partner, pageUtm}, this.paramNames ?? {})!;
    // Through a variable so the manifest lists this event once, from the JSDoc above.
    const donate = new IjmDonateEvent({amount, frequency, currency, campaign, partner, url});
    if (this.dispatchEvent(donate)) this.navigate(url, this.target);
  }

  /** A radio the reader has touched no longer follows its `checked` attribute: set what it shows. */
  protected override updated(): void {
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('[type=radio]')) radio.checked = radio.defaultChecked;
  }

  private onFrequency(event: Event): void {
    this.frequency = (event.target as HTMLInputElement).value as Frequency;
  }

  private onAmount(event: Event): void {
    const {value} = event.target as HTMLInputElement;
    this.selected = value === 'other' ? value : Number(value);
    this.invalid = undefined;
  }

  private async onOtherClick(event: MouseEvent): Promise<void> {
    // A pointer click on "Other amount" goes on to the field; arrow keys (detail 0) stay in the group.
    // The label's click reaches here before the radio changes: wait for that, then for the render.
    if (event.detail > 0) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.updateComplete;
      this.focusOther();
    }
  }

  private onOtherInput(event: Event): void {
    this.otherText = (event.target as HTMLInputElement).value;
    if (this.invalid) this.invalid = this.choice().invalid;
  }

  private option(name: string, value: string | number, label: string, checked: boolean, onChange: (e: Event) => void): TemplateResult {
    // The `checked` attribute, so that server HTML checks the same option (a `.checked` binding
    // is server-rendered as `checked="false"`, which checks); updated() keeps the live state.
    return html`<label part="option" class="option"><input type="radio" name=${name} value=${value} ?checked=${checked} @change=${onChange}><span>${label}</span></label>`;
  }

  /**
   * Heading and text. The defaults pitch the frequency the widget starts
   * with (the Freedom Partner text for monthly) and stay put while the reader
   * switches, so the form never moves under the pointer.
   */
  private renderIntro(): TemplateResult {
    const s = this.strings.donate;
    const monthly = (this.pitch ??= this.freq) === 'monthly';
    return html`
      <div part="heading" id="heading"><slot name="heading"><h2>${this.heading || (monthly ? s.monthlyHeading : s.heading)}</h2></slot></div>
      <div part="body" class="body"><slot name="body"><p>${this.body || (monthly ? s.monthlyBody : s.body)}</p></slot></div>
    `;
  }

  private renderButton(amount: number | undefined): TemplateResult {
    const s = this.strings;
    const ok = !!this.safeHref;
    const label = amount === undefined ? s.donate.buttonNoAmount : s.donate.button(this.money(amount), this.freq);
    const newTab = this.target === '_blank' ? html`<span class="visually-hidden"> ${s.common.opensInNewTab}</span>` : nothing;
    // The button's content on one line: whitespace inside it would be part of its label.
    return html`
      <button part="button" ?disabled=${!ok} aria-describedby=${ok ? nothing : 'unavailable'}>${label}${newTab}</button>
      ${ok ? nothing : html`<p part="message" class="error" id="unavailable">${s.donate.unsafeHref}</p>`}
    `;
  }

  /**
   * The chosen amount's sentence, in a box as tall as the longest one (every sentence is laid in
   * the same grid cell, all but the current one invisible), so the button never moves.
   */
  private renderImpact(amount: number | undefined): TemplateResult | typeof nothing {
    const {once, monthly} = this.impactTable;
    if (!once.length && !monthly.length) return nothing;
    const sentence = impactFor(this.impactTable[this.freq], amount);
    const all = [...new Set([...once, ...monthly].map(([, text]) => text))];
    return html`
      <div part="impact" class="impact">
        ${all.map((text) => html`<p class="impact-spacer" aria-hidden="true">${text}</p>`)}
        <p class="impact-text" aria-live="polite">${sentence ?? ''}</p>
      </div>
    `;
  }

  private renderPortal(): TemplateResult | typeof nothing {
    const s = this.strings.donate;
    const href = toSafeHttpUrl(this.portalHref);
    return href ? html`<p part="portal" class="portal">${s.portalText} <a href=${href}>${s.portalSignIn}</a></p>` : nothing;
  }

  protected override render(): TemplateResult {
    const s = this.strings.donate;
    const onSubmit = (e: SubmitEvent) => this.onSubmit(e);
    const {amount, invalid} = this.choice();
    const button = this.renderButton(invalid ? undefined : amount);
    const impact = this.renderImpact(invalid ? undefined : amount);
    if (this.variant === 'compact') return html`<form part="base form" novalidate @submit=${onSubmit}>${button}${impact}</form>${this.renderPortal()}`;
    const error = this.invalid;
    const affix = currencyAffix(this.cur, this.locale);
    const other = this.selected === 'other';
    const symbol = html`<span class="affix" aria-hidden="true">${affix.symbol}</span>`;
    const message =
      error === 'required' ? s.amountRequired
      : error === 'invalid' ? s.amountInvalid
      : error === 'low' ? s.amountTooLow(this.money(this.low))
      : s.amountTooHigh(this.money(this.high));
    // Whitespace between the blocks (and between the items of the grids and flex rows) renders as
    // nothing; inline content (the field with its currency symbol) stays on one line.
    return html`
      <section part="base" class=${this.variant === 'banner' ? 'banner' : 'panel'} aria-labelledby="heading">
        <div class="layout">
          <div>${this.renderIntro()}</div>
          <form part="form" novalidate @submit=${onSubmit}>
            <fieldset part="frequency" class="frequency" aria-describedby="note">
              <legend class="visually-hidden">${s.frequencyLabel}</legend>
              ${FREQUENCIES.map((f) => this.option('frequency', f, f === 'once' ? s.once : s.monthly, f === this.freq, this.onFrequency))}
            </fieldset>
            <p class="note" id="note">${s.freedomPartner}</p>
            <fieldset part="amounts">
              <legend>${s.amountLabel}</legend>
              ${this.presets[this.freq].map((a) => this.option('amount', a, this.money(a), this.selected === a, this.onAmount))}
              <span class="other-option" @click=${this.onOtherClick}>${this.option('amount', 'other', s.otherAmount, other, this.onAmount)}</span>
            </fieldset>
            ${impact}
            <div class="other" ?hidden=${!other}>
              <label class="visually-hidden" for="other">${s.otherAmount} (${this.cur})</label>
              <span part="input" class="field">${affix.position === 'prefix' ? symbol : nothing}<input
                id="other"
                inputmode="decimal"
                autocomplete="transaction-amount"
                size="8"
                .value=${this.otherText}
                @input=${this.onOtherInput}
                aria-invalid=${!!error}
                aria-describedby=${error ? 'other-error' : nothing}
              />${affix.position === 'suffix' ? symbol : nothing}</span>
              ${error ? html`<p part="error" class="error" id="other-error">${message}</p>` : nothing}
            </div>
            ${button}
          </form>
        </div>
        ${this.renderPortal()}
      </section>
    `;
  }
}

function warn(what: string, value: unknown, fallback: string): void {
  warnOnce(`donate-cta ${what} ${value}`, `<ijm-donate-cta> ${what}="${value}" is not valid: ${fallback}.`);
}
