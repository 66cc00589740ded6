import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {IjmElement} from '../../internal/ijm-element.js';
import {toSafeHttpUrl} from '../../data/url.js';
import {warnOnce} from '../../internal/warn.js';
import type {Frequency} from '../../i18n/strings.js';
import {
  DEFAULT_CURRENCY,
  DEFAULT_DONATE_HREF,
  buildDonationUrl,
  currencyAffix,
  currencyDigits,
  defaultAmounts,
  defaultPreset,
  formatMoney,
  normalizeCurrency,
  parseAmountList,
  parseLocalizedAmount,
  parseParamNames,
  type DonationParamNames,
} from './donation.js';
import {IjmDonateEvent} from './events.js';
import {styles} from './donate-cta.styles.js';

export type DonateVariant = 'panel' | 'banner' | 'compact';
type Invalid = 'required' | 'invalid' | 'low' | 'high';

const FREQUENCIES: readonly Frequency[] = ['once', 'monthly'];
const VARIANTS: readonly DonateVariant[] = ['panel', 'banner', 'compact'];

/**
 * @summary A call to give: one-time or monthly, preset or own amount, then the charity's donation page with the choice filled in and attributed to the partner.
 *
 * The widget never takes payment. Donating fires `ijm-donate`; unless a
 * listener cancels it, the donation page opens (`target`).
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

  /** Donation page. Default: the provider's `donate-href`, else https://www.ijm.org/donate. Only http(s) URLs; anything else disables giving. */
  @property({reflect: true}) href?: string;

  /** `monthly` (default) or `once`; follows the reader's choice. */
  @property({reflect: true}) frequency: Frequency = 'monthly';

  /** Preset one-time amounts, a comma list with dot decimals (`"50, 100, 250"`); also the monthly list unless `monthly-amounts` is set. Default: steps for the currency. */
  @property({reflect: true}) amounts?: string;

  /** Preset monthly amounts, a comma list. Default: `amounts`, else steps for the currency. */
  @property({attribute: 'monthly-amounts', reflect: true}) monthlyAmounts?: string;

  /** Amount chosen at first; one not among the presets fills "Other amount". Default: the second preset. */
  @property({type: Number, reflect: true}) amount?: number;

  /** ISO 4217 code, e.g. `EUR`. Default: the provider's `currency`, else `USD`. */
  @property({reflect: true}) currency?: string;

  /** Smallest gift accepted in "Other amount". */
  @property({type: Number, reflect: true}) min = 1;

  /** Largest gift accepted in "Other amount"; none by default. */
  @property({type: Number, reflect: true}) max?: number;

  /** Campaign id, sent as `campaign` and `utm_campaign`. */
  @property({reflect: true}) campaign?: string;

  /** Partner id, sent as `partner` and `utm_source`. Default: the provider's `partner`. */
  @property({reflect: true}) partner?: string;

  /** Heading text. Default: the charity's ("You Can Help Send Rescue Today.", or the Freedom Partner line when monthly), localised. */
  @property({reflect: true}) heading?: string;

  /** Text under the heading. Default: the charity's, localised. */
  @property({reflect: true}) body?: string;

  /** Donor portal URL; when set, a "Review your giving…" line with a "Sign in" link. */
  @property({attribute: 'portal-href', reflect: true}) portalHref?: string;

  /** `panel` (default: heading, text, full choice), `banner` (full width, for the foot of an article) or `compact` (one button). */
  @property({reflect: true}) variant: DonateVariant = 'panel';

  /** Where the donation page opens: `_self` (default), `_blank` (new tab, `noopener`), `_top` or `_parent` (from inside an iframe). */
  @property({reflect: true}) target = '_self';

  /** Other query parameter names for your donation platform: `"amount:amt, frequency:interval"`; an empty name (`"utm_medium:"`) leaves one out. Or an object. */
  @property({attribute: 'param-names'}) paramNames?: string | DonationParamNames;

  @state() private selected?: number | 'other';
  @state() private otherText = '';
  @state() private invalid?: Invalid;

  private remembered: Partial<Record<Frequency, number | 'other'>> = {};
  private presetKey?: string;
  private resolvedCurrency = DEFAULT_CURRENCY;
  private presets: Record<Frequency, number[]> = {once: [], monthly: []};
  private safeHref?: string;

  private get effectiveMin(): number {
    return this.min > 0 ? this.min : 1;
  }

  private get effectiveMax(): number | undefined {
    return this.max !== undefined && this.max >= this.effectiveMin ? this.max : undefined;
  }

  private get effectiveFrequency(): Frequency {
    return FREQUENCIES.includes(this.frequency) ? this.frequency : 'monthly';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own = normalizeCurrency(this.currency);
    const provided = normalizeCurrency(this.config.currency);
    if (this.currency && !own) warnOnce(`donate-currency:${this.currency}`, `<ijm-donate-cta>: unknown currency "${this.currency}"; using ${provided ?? DEFAULT_CURRENCY}.`);
    if (!own && this.config.currency && !provided) warnOnce(`donate-currency:${this.config.currency}`, `<ijm-widgets>: unknown currency "${this.config.currency}"; using ${DEFAULT_CURRENCY}.`);
    this.resolvedCurrency = own ?? provided ?? DEFAULT_CURRENCY;
    if (!FREQUENCIES.includes(this.frequency)) warnOnce(`donate-frequency:${this.frequency}`, `<ijm-donate-cta>: frequency "${this.frequency}" is not "once" or "monthly"; using "monthly".`);
    if (!VARIANTS.includes(this.variant)) warnOnce(`donate-variant:${this.variant}`, `<ijm-donate-cta>: unknown variant "${this.variant}"; using "panel".`);
    if (this.max !== undefined && this.effectiveMax === undefined) warnOnce(`donate-max:${this.max}`, `<ijm-donate-cta>: max ${this.max} is below min; ignoring it.`);

    const href = this.href || this.config.donateHref || DEFAULT_DONATE_HREF;
    this.safeHref = toSafeHttpUrl(href);
    if (!this.safeHref) warnOnce(`donate-href:${href}`, `<ijm-donate-cta>: the donation link "${href}" is not an http(s) URL; giving is disabled.`);

    this.presets = {once: this.presetList(this.amounts, 'once'), monthly: this.presetList(this.monthlyAmounts ?? this.amounts, 'monthly')};
    const key = JSON.stringify([this.presets, this.amount]);
    if (key !== this.presetKey) {
      this.presetKey = key;
      this.remembered = {};
      this.selectInitial();
    } else if (changed.has('frequency') && changed.get('frequency')) {
      this.remembered[changed.get('frequency') as Frequency] = this.selected;
      this.selected = this.selected === 'other' ? 'other' : this.remembered[this.effectiveFrequency] ?? this.presetFor(this.effectiveFrequency);
      this.invalid = undefined;
    }
  }

  private presetList(text: string | undefined, frequency: Frequency): number[] {
    if (text == null) return defaultAmounts(this.resolvedCurrency, frequency);
    const {amounts, invalid} = parseAmountList(text);
    const max = this.effectiveMax ?? Infinity;
    const kept = amounts.filter((a) => a >= this.effectiveMin && a <= max);
    if (invalid.length || kept.length < amounts.length) {
      warnOnce(`donate-amounts:${text}`, `<ijm-donate-cta>: ignoring amounts that are not positive numbers between min and max in "${text}".`);
    }
    return kept;
  }

  /** The preset to select for `frequency` when the reader has not picked one. */
  private presetFor(frequency: Frequency): number | 'other' {
    const list = this.presets[frequency];
    return this.amount !== undefined && list.includes(this.amount) ? this.amount : defaultPreset(list) ?? 'other';
  }

  private selectInitial(): void {
    const amount = this.amount;
    const list = this.presets[this.effectiveFrequency];
    this.invalid = undefined;
    if (amount !== undefined && !list.includes(amount)) {
      if (amount > 0 && Number.isFinite(amount)) {
        this.selected = 'other';
        this.otherText = new Intl.NumberFormat(this.locale, {useGrouping: false, maximumFractionDigits: 2}).format(amount);
        return;
      }
      warnOnce(`donate-amount:${amount}`, `<ijm-donate-cta>: amount "${this.getAttribute('amount')}" is not a positive number; ignoring it.`);
    }
    this.selected = this.presetFor(this.effectiveFrequency);
  }

  /** The amount to give, or why "Other amount" cannot be used. */
  private choice(): {amount?: number; invalid?: Invalid} {
    if (this.selected !== 'other') return {amount: this.selected};
    const text = this.otherText.trim();
    if (!text) return {invalid: 'required'};
    const value = parseLocalizedAmount(text, this.locale, this.resolvedCurrency);
    const scale = 10 ** currencyDigits(this.resolvedCurrency);
    if (value === undefined || !Number.isFinite(value) || Math.abs(Math.round(value * scale) - value * scale) > 1e-6) return {invalid: 'invalid'};
    if (value < this.effectiveMin) return {invalid: 'low'};
    if (value > (this.effectiveMax ?? Infinity)) return {invalid: 'high'};
    return {amount: value};
  }

  private money(amount: number): string {
    return formatMoney(amount, this.resolvedCurrency, this.locale);
  }

  /**
   * Opens the donation page. `_blank` opens a new tab with `noopener`;
   * `_top`/`_parent` leave an iframe; anything else navigates this page.
   * Protected so a subclass (or a test) can replace how a URL is opened.
   */
  protected navigate(url: string, target: string): void {
    if (target === '_blank' || target === '_top' || target === '_parent') window.open(url, target, target === '_blank' ? 'noopener' : '');
    else location.assign(url);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.safeHref) return;
    const compact = this.variant === 'compact';
    const {amount, invalid} = this.choice();
    if (invalid && !compact) {
      this.invalid = invalid;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#other')?.focus();
      return;
    }
    const frequency = this.effectiveFrequency;
    const currency = this.resolvedCurrency;
    const campaign = this.campaign || undefined;
    const partner = this.partner || this.config.partner || undefined;
    const names = typeof this.paramNames === 'string' ? this.parsedNames(this.paramNames) : this.paramNames;
    const url = buildDonationUrl(this.safeHref, {amount, frequency, currency, campaign, partner}, names)!;
    if (this.dispatchEvent(new IjmDonateEvent({amount, frequency, currency, campaign, partner, url}))) this.navigate(url, this.target);
  }

  private parsedNames(text: string): DonationParamNames {
    const {names, unknown} = parseParamNames(text);
    if (unknown.length) warnOnce(`donate-params:${text}`, `<ijm-donate-cta>: unknown parameters in param-names: ${unknown.join(', ')}.`);
    return names;
  }

  private onFrequency(event: Event): void {
    this.frequency = (event.target as HTMLInputElement).value as Frequency;
  }

  private onAmount(event: Event): void {
    const {value} = event.target as HTMLInputElement;
    this.selected = value === 'other' ? 'other' : Number(value);
    this.invalid = undefined;
  }

  private async onOtherClick(event: MouseEvent): Promise<void> {
    // A pointer click on "Other amount" goes on to the field; arrow keys (detail 0) stay in the group.
    if (event.detail > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#other')?.focus();
    }
  }

  private onOtherInput(event: Event): void {
    this.otherText = (event.target as HTMLInputElement).value;
    if (this.invalid) this.invalid = this.choice().invalid;
  }

  private option(name: string, value: string, label: string, checked: boolean, onChange: (e: Event) => void, extra?: TemplateResult | typeof nothing): TemplateResult {
    return html`<label part="option" class="option"
      ><input type="radio" name=${name} .value=${value} .checked=${checked} @change=${onChange} /><span>${label}</span>${extra ?? nothing}</label
    >`;
  }

  /**
   * Heading and text. The defaults follow the frequency (the Freedom Partner
   * pitch for monthly); invisible copies of both versions reserve the taller
   * one's height, so switching never moves the form under the pointer.
   */
  private renderIntro(): TemplateResult {
    const s = this.strings.donate;
    const monthly = this.effectiveFrequency === 'monthly';
    const heading = (m: boolean) => this.heading || (m ? s.monthlyHeading : s.heading);
    const body = (m: boolean) => this.body || (m ? s.monthlyBody : s.body);
    const swaps = !(this.heading && this.body) && !this.querySelector(':scope > [slot=heading], :scope > [slot=body]');
    const ghost = (m: boolean) => html`<div class="ghost" aria-hidden="true"><h2>${heading(m)}</h2><p class="body">${body(m)}</p></div>`;
    return html`
      <div class="intro" @slotchange=${() => this.requestUpdate()}>
        ${swaps ? [ghost(false), ghost(true)] : nothing}
        <div>
          <div part="heading" id="heading"><slot name="heading"><h2>${heading(monthly)}</h2></slot></div>
          <div part="body" class="body"><slot name="body"><p>${body(monthly)}</p></slot></div>
        </div>
      </div>
    `;
  }

  private renderButton(amount: number | undefined): TemplateResult {
    const s = this.strings;
    const label = amount === undefined ? s.donate.buttonNoAmount : s.donate.button(this.money(amount), this.effectiveFrequency);
    return html`
      <button part="button" class="donate" type="submit" ?disabled=${!this.safeHref} aria-describedby=${this.safeHref ? nothing : 'unavailable'}>
        ${label}${this.target === '_blank' ? html`<span class="visually-hidden"> ${s.common.opensInNewTab}</span>` : nothing}
      </button>
      ${this.safeHref ? nothing : html`<p part="message" class="notice" id="unavailable">${s.donate.unsafeHref}</p>`}
    `;
  }

  private renderPortal(): TemplateResult | typeof nothing {
    if (!this.portalHref) return nothing;
    const href = toSafeHttpUrl(this.portalHref);
    if (!href) {
      warnOnce(`donate-portal:${this.portalHref}`, `<ijm-donate-cta>: portal-href "${this.portalHref}" is not an http(s) URL; the portal line is left out.`);
      return nothing;
    }
    const s = this.strings.donate;
    return html`<p part="portal" class="portal">${s.portalText} <a href=${href}>${s.portalSignIn}</a></p>`;
  }

  protected override render(): TemplateResult {
    const s = this.strings.donate;
    const frequency = this.effectiveFrequency;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'panel';
    const {amount, invalid} = this.choice();
    const onSubmit = (e: SubmitEvent) => this.onSubmit(e);
    if (variant === 'compact') {
      return html`<form part="base form" class="compact" novalidate @submit=${onSubmit}>${this.renderButton(amount)}</form>${this.renderPortal()}`;
    }
    const error = this.invalid;
    const affix = currencyAffix(this.resolvedCurrency, this.locale);
    const other = this.selected === 'other';
    const symbol = html`<span class="affix" aria-hidden="true">${affix.symbol}</span>`;
    const message =
      error === 'required' ? s.amountRequired
      : error === 'invalid' ? s.amountInvalid
      : error === 'low' ? s.amountTooLow(this.money(this.effectiveMin))
      : error === 'high' ? s.amountTooHigh(this.money(this.effectiveMax!))
      : '';
    return html`
      <section part="base" class="cta ${variant}" aria-labelledby="heading">
        <div class="layout">
          ${this.renderIntro()}
          <form part="form" class="form" novalidate @submit=${onSubmit}>
            <fieldset part="frequency" class="frequency" aria-describedby="partner-note">
              <legend class="visually-hidden">${s.frequencyLabel}</legend>
              ${FREQUENCIES.map((f) => this.option('frequency', f, f === 'once' ? s.once : s.monthly, f === frequency, this.onFrequency))}
            </fieldset>
            <p class="note" id="partner-note">${s.freedomPartner}</p>
            <fieldset part="amounts" class="amounts">
              <legend class="label">${s.amountLabel}</legend>
              ${this.presets[frequency].map((a) => this.option('amount', String(a), this.money(a), this.selected === a, this.onAmount))}
              <span class="other-option" @click=${this.onOtherClick}>${this.option('amount', 'other', s.otherAmount, other, this.onAmount)}</span>
            </fieldset>
            <div class="other" ?hidden=${!other}>
              <label class="visually-hidden" for="other">${s.otherAmount} (${this.resolvedCurrency})</label>
              <span part="input" class="field ${affix.position}">
                ${affix.position === 'prefix' ? symbol : nothing}
                <input id="other" type="text" inputmode="decimal" autocomplete="transaction-amount" size="8"
                  .value=${this.otherText} @input=${this.onOtherInput}
                  aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'other-error' : nothing} />
                ${affix.position === 'suffix' ? symbol : nothing}
              </span>
              ${error ? html`<p part="error" class="error" id="other-error">${message}</p>` : nothing}
            </div>
            ${this.renderButton(invalid ? undefined : amount)}
          </form>
        </div>
        ${this.renderPortal()}
      </section>
    `;
  }
}
