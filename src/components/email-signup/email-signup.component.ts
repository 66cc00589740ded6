import {html, isServer, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {IjmElement} from '../../internal/ijm-element.js';
import {signup} from '../../i18n/en/signup.js';
import {toSafeHttpUrl} from '../../data/url.js';
import {carriesUtm, readPageUtm} from '../../data/utm.js';
import {warnOnce} from '../../internal/warn.js';
import {warnIfStill} from '../../internal/page-settled.js';
import {emit, type IjmSignupErrorDetail, type IjmSignupSuccessDetail, type IjmSignupViewDetail} from './events.js';
import {ViewTracker} from '../../internal/view-tracker.js';
import {clock} from '../../internal/clock.js';
import {DataLayerBridge} from '../../internal/datalayer.js';
import {
  buildSignupBody,
  classifySignupStatus,
  createSubmissionId,
  DEFAULT_MIN_TIME_MS,
  formPairs,
  parseFieldNames,
  parseMetadata,
  parseTags,
  readProviderMessage,
  signupEntries,
  validateEmail,
  type SignupErrorReason,
  type SignupSuccessReason,
  type SignupValues,
} from './submission.js';
import {styles} from './email-signup.styles.js';

type Phase = 'idle' | 'sending' | 'offline' | 'error' | 'success';

/** Which message each field shows: keys of the `signup` strings, so a language change re-translates them. */
interface FieldErrors {
  email?: 'emailRequired' | 'emailInvalid';
  consent?: 'consentRequired';
}

/** A function, so TypeScript does not narrow `navigator.onLine` between two reads. */
const isOffline = () => navigator.onLine === false;

/** An ARIA boolean ("true" | "false"). */
const aria = (value: unknown) => (value ? 'true' : 'false');

/**
 * @tagname ijm-email-signup
 * @summary An email sign-up form that posts to any provider's endpoint and never loses or doubles a sign-up.
 *
 * Sends `POST action` as JSON (or a urlencoded form) with `credentials: 'omit'` and a timeout.
 * Typed values survive every failure; errors offer a retry that resends the same
 * `submissionId`; offline sign-ups are sent when the browser is back online. A filled
 * honeypot, or a submission sooner than `min-time` after the form showed, shows success and
 * sends nothing (and fires no events, so analytics never count bots).
 *
 * @csspart base - The `<section>` around everything.
 * @csspart heading - The heading.
 * @csspart description - The text under the heading.
 * @csspart form - The `<form>`.
 * @csspart label - Each field's label.
 * @csspart input - The email and first-name inputs.
 * @csspart field-error - A field's validation message.
 * @csspart consent - The consent checkbox row.
 * @csspart button - The submit button.
 * @csspart retry-button - The "Try again" button shown after a failure.
 * @csspart alert - The error message after a failed sending.
 * @csspart status - The status line: sending, offline, success.
 *
 * @cssproperty [--ijm-signup-background=var(--ijm-color-surface-alt)] - Panel background.
 * @cssproperty [--ijm-signup-padding=1.5em] - Panel padding.
 * @cssproperty [--ijm-signup-radius=var(--ijm-radius)] - Panel, input and button corner radius.
 * @cssproperty [--ijm-signup-input-border=var(--ijm-color-muted)] - Input border colour (keep 3:1 contrast with the background).
 * @cssproperty [--ijm-signup-button-background=var(--ijm-color-primary)] - Submit button background.
 * @cssproperty [--ijm-signup-button-color=var(--ijm-color-primary-contrast)] - Submit button text colour.
 *
 * @event {CustomEvent<SignupValues>} ijm-signup - Cancelable; fired once per submission before sending, `detail` is the values to send. Cancel it to send them with your own code, or add fields (a CAPTCHA token) to `detail.fields`.
 * @event {CustomEvent<IjmSignupSuccessDetail>} ijm-signup-success - Signed up: `detail` `{reason: 'subscribed' | 'already-subscribed' | 'navigated', status, submissionId}`.
 * @event {CustomEvent<IjmSignupViewDetail>} ijm-signup-view - Once, when at least half of the form has been on screen for a second in a visible tab: `detail` `{list?, partner?}`.
 * @event {CustomEvent<IjmSignupErrorDetail>} ijm-signup-error - Not signed up (yet): `detail` `{reason, status, message?, submissionId?}`; `reason` is `invalid`, `rate-limited`, `server`, `rejected`, `network`, `timeout`, `offline` or `no-endpoint`.
 *
 * @example
 * ```html
 * <ijm-email-signup action="/api/signup" name-field list="europe-news"
 *   consent="I agree to receive emails from IJM. I can unsubscribe at any time."></ijm-email-signup>
 * ```
 */
export class IjmEmailSignup extends IjmElement {
  static override styles = styles;
  protected static override english = {signup};

  /** Endpoint the sign-up is posted to (http or https). Default: the provider's `signup-action`; with neither, the form explains on submit that sign-up is unavailable. */
  @property({reflect: true}) action?: string;

  /** `json` (default) or `form` (`application/x-www-form-urlencoded`, no CORS preflight). */
  @property({reflect: true, useDefault: true}) encoding: 'json' | 'form' = 'json';

  /** `fetch` (default): send in the background. `navigate`: a native form post to `action` in a new tab, for providers without CORS (e.g. a Mailchimp form action). */
  @property({reflect: true, useDefault: true}) mode: 'fetch' | 'navigate' = 'fetch';

  /** Adds an optional first-name field. */
  @property({type: Boolean, reflect: true, useDefault: true, attribute: 'name-field'}) nameField = false;

  /** Text of a required consent checkbox (shown unticked); sent with the time it was given. No text, no checkbox. */
  @property({reflect: true}) consent?: string;

  /** The mailing list id, sent as `list`. */
  @property({reflect: true}) list?: string;

  /** The partner's id, sent as `partner`. Default: the provider's `partner`. */
  @property({reflect: true}) partner?: string;

  /** Heading text. Default: "Email sign-up", localised. */
  @property({reflect: true}) heading?: string;

  /** Text under the heading. Default: the charity's "Get updates from IJM…", localised. */
  @property({reflect: true}) description?: string;

  /** Submit button text. Default: "Sign up", localised. */
  @property({reflect: true, attribute: 'button-label'}) buttonLabel?: string;

  /** The provider sends a confirmation email: success also says "check your inbox". */
  @property({type: Boolean, reflect: true, useDefault: true, attribute: 'double-opt-in'}) doubleOptIn = false;

  /** Renames the fields sent, `field:name` pairs: `email:EMAIL,firstName:FNAME`; `field:-` leaves a field out; unknown fields are ignored. Fields: email, firstName, consent, consentText, consentAt, list, partner, locale, source, utm_source, utm_medium, utm_campaign, utm_term, utm_content, submissionId. */
  @property({reflect: true, attribute: 'field-names'}) fieldNames?: string;

  /** The host page's `utm_*` are sent with each sign-up under their own names. `off`: not sent. Default: the provider's, else on. */
  @property({attribute: 'carry-utm', reflect: true}) carryUtm?: string;

  /** `datalayer`: push this widget's events to `window.dataLayer` in GA4 / Tag Manager shape (see the README's Measuring). Any other value keeps them out, even inside a provider with `analytics="datalayer"`. Default: the provider's, else nothing is written. */
  @property({reflect: true}) analytics?: string;

  protected readonly dataLayer = new DataLayerBridge(this, () => this.analytics);

  /** Milliseconds after the form first shows before a submission counts as a person's; sooner is treated like a filled honeypot (success shown, nothing sent, no events). Default 2000; `0` turns the check off. */
  @property({attribute: 'min-time', type: Number, reflect: true}) minTime?: number;

  /** Tags for the subscriber, separated by spaces (`"ukraine volunteers"`); sent as a list, `tags`. */
  @property({reflect: true}) tags?: string;

  /** Hidden data sent as is with each sign-up, `metadata`: a JSON object (`'{"form": "footer"}'`), or an object set as the property. Anything else is not sent, with one console warning. */
  @property({reflect: true, converter: {fromAttribute: (text) => text, toAttribute: (value) => (typeof value === 'string' ? value : JSON.stringify(value))}})
  metadata?: string | Record<string, unknown>;

  /** When the form first showed (the clock's time), for `min-time`. */
  private shownAt = 0;

  /** Milliseconds to wait for an answer before offering a retry. */
  @property({type: Number, reflect: true, useDefault: true}) timeout = 10000;

  /** `stacked` (default): one field per row. `inline`: fields and button in one row when the widget is wide enough. */
  @property({reflect: true, useDefault: true}) layout: 'stacked' | 'inline' = 'stacked';

  @state() private phase: Phase = 'idle';
  @state() private fieldErrors: FieldErrors = {};
  @state() private outcome?: {reason: SignupErrorReason | SignupSuccessReason; message?: string};

  protected readonly viewTracker = new ViewTracker(this, () => emit<IjmSignupViewDetail>(this, 'ijm-signup-view', this.who()));

  /** `list` and `partner`, where set, for the view and success events. */
  private who(): IjmSignupViewDetail {
    const partner = this.partner || this.config.partner;
    return {...(this.list && {list: this.list}), ...(partner && {partner})};
  }

  /** The submission being sent, or waiting to be retried or to go online. */
  private pending?: SignupValues;

  private readonly onOnline = () => {
    if (this.phase === 'offline' && this.pending) void this.send(this.pending);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Connected on a server only when the renderer is told to (renderOptions): no window there.
    if (!isServer) window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  private $<T extends HTMLElement = HTMLInputElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${id}`);
  }

  /** The endpoint to use: the attribute, else the provider's, if it is a safe http(s) URL. */
  private get endpoint(): string | undefined {
    const url = toSafeHttpUrl(this.action ?? this.config.signupAction);
    if (!url) warnOnce(this.endpointProblem(), this.endpointProblem());
    return url;
  }

  /** Why there is no endpoint (a missing or unsafe action), for the console. */
  private endpointProblem(): string {
    const action = this.action ?? this.config.signupAction;
    const why = action ? `action "${action}" is not an http(s) URL` : 'no action (nor provider signup-action)';
    return `<ijm-email-signup>: ${why}; sign-ups cannot be sent.`;
  }

  protected override firstUpdated(): void {
    this.shownAt = clock.now();
    // Warn early about a missing or unsafe action, but only if it is still so once the page has
    // settled: the provider's code (and its signup-action) may arrive after this widget's.
    warnIfStill(() => this.isConnected && !toSafeHttpUrl(this.action ?? this.config.signupAction) && this.endpointProblem());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('metadata')) this.readMetadata();
  }

  /** The metadata to send, warning once about metadata that cannot be. */
  private readMetadata(): Record<string, unknown> | undefined {
    const {metadata, error} = parseMetadata(this.metadata);
    if (error) warnOnce(`signup-metadata:${this.metadata}`, `<ijm-email-signup> metadata ${error}; it is not sent. Give a JSON object: metadata='{"form": "footer"}'.`);
    return metadata;
  }

  /** Sooner than `min-time` after the form showed: a bot. */
  private tooSoon(): boolean {
    const min = this.minTime ?? DEFAULT_MIN_TIME_MS;
    return clock.now() - this.shownAt < (Number.isFinite(min) ? min : DEFAULT_MIN_TIME_MS);
  }

  private validate(): FieldErrors {
    const problem = validateEmail(this.$('email')!.value);
    return {
      email: problem && (problem === 'required' ? 'emailRequired' : 'emailInvalid'),
      consent: this.$('consent')?.checked === false ? 'consentRequired' : undefined,
    };
  }

  /** After a failed submit, messages go away as the reader fixes each field. */
  private revalidate(): void {
    const now = this.validate();
    const {email, consent} = this.fieldErrors;
    if (email || consent) this.fieldErrors = {email: email && now.email, consent: consent && now.consent};
  }


  private collectValues(): SignupValues {
    const tags = parseTags(this.tags);
    const metadata = this.readMetadata();
    const values: SignupValues = {
      email: this.$('email')!.value.trim(),
      firstName: this.$('first-name')?.value.trim().slice(0, 100) || undefined,
      ...(this.$('consent') && {consent: true, consentText: this.consent, consentAt: new Date().toISOString()}),
      list: this.list,
      partner: this.partner || this.config.partner,
      locale: this.locale,
      source: location.origin + location.pathname,
      ...(carriesUtm(this.carryUtm, this.config.carryUtm) && readPageUtm(location.search)),
      ...(tags.length ? {tags} : {}),
      ...(metadata && {metadata}),
      submissionId: '',
    };
    // The same details again (Enter after a failure rather than "Try again") are the same submission.
    const {pending} = this;
    if (pending?.email === values.email && pending.firstName === values.firstName) return pending;
    values.submissionId = createSubmissionId();
    return values;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.phase === 'sending' || this.phase === 'success') return; // one request per click or Enter
    this.fieldErrors = this.validate();
    if (this.fieldErrors.email || this.fieldErrors.consent) {
      void this.updateComplete.then(() => this.$(this.fieldErrors.email ? 'email' : 'consent')?.focus());
      return;
    }
    // A bot: the honeypot filled, or sent sooner than a person could. It "succeeds", quietly.
    if (this.$('website')!.value || this.tooSoon()) return this.succeed('subscribed');
    const values = this.collectValues();
    if (!emit(this, 'ijm-signup', values, true)) return;
    this.pending = values;
    if (this.mode === 'navigate') this.submitNatively(values);
    else void this.send(values);
  }

  /** Resends the pending submission (same `submissionId`) after a failure. */
  retry(): void {
    if (!this.pending || this.phase !== 'error') return;
    this.keepFocus('submit'); // the retry button goes away while sending
    void this.send(this.pending);
  }

  /** Moves focus to `id` after this update if it is inside the widget now (never steals it). */
  private keepFocus(id: string): void {
    if (this.matches(':focus-within')) void this.updateComplete.then(() => this.$(id)?.focus());
  }

  private async send(values: SignupValues): Promise<void> {
    const url = this.endpoint;
    if (!url) return this.fail('no-endpoint');
    if (isOffline()) return this.fail('offline');
    this.phase = 'sending';
    this.outcome = undefined;
    const {body, contentType} = buildSignupBody(values, {encoding: this.encoding, fieldNames: parseFieldNames(this.fieldNames)});
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout > 0 ? this.timeout : 10000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: {'content-type': contentType, accept: 'application/json'},
        credentials: 'omit',
        signal: controller.signal,
      });
      const {status} = response;
      const outcome = classifySignupStatus(status);
      if (outcome.ok) return this.succeed(outcome.reason, status);
      const message = outcome.reason === 'invalid' ? readProviderMessage(await response.json().catch(() => 0)) : undefined;
      this.fail(outcome.reason, status, message);
    } catch {
      this.fail(controller.signal.aborted ? 'timeout' : isOffline() ? 'offline' : 'network');
    } finally {
      clearTimeout(timer);
    }
  }

  /** `navigate` mode: a real form in the shadow root, posted to a new tab. */
  private submitNatively(values: SignupValues): void {
    const url = this.endpoint;
    if (!url) return this.fail('no-endpoint');
    const form = document.createElement('form');
    Object.assign(form, {method: 'post', action: url, target: '_blank', acceptCharset: 'UTF-8', rel: 'noopener'});
    for (const [name, value] of formPairs(signupEntries(values, parseFieldNames(this.fieldNames)))) {
      form.append(Object.assign(document.createElement('input'), {type: 'hidden', name, value}));
    }
    this.renderRoot.append(form);
    form.requestSubmit();
    form.remove();
    this.succeed('navigated');
  }

  private succeed(reason: SignupSuccessReason, status = 0): void {
    // After `navigate` the reader may still need the form (the provider's page might refuse).
    this.phase = reason === 'navigated' ? 'idle' : 'success';
    this.outcome = {reason};
    // The fields disappear: keep keyboard and screen reader users where the news is.
    if (this.phase === 'success') this.keepFocus('status');
    // No pending submission: the honeypot caught a bot, so no event either.
    if (this.pending) emit<IjmSignupSuccessDetail>(this, 'ijm-signup-success', {reason, status, submissionId: this.pending.submissionId, ...this.who()});
    this.pending = undefined;
  }

  private fail(reason: SignupErrorReason, status = 0, message?: string): void {
    this.phase = reason === 'offline' ? 'offline' : 'error';
    this.outcome = {reason, message};
    emit<IjmSignupErrorDetail>(this, 'ijm-signup-error', {reason, status, message, submissionId: this.pending?.submissionId});
  }

  private errorText(): string {
    const s = this.strings.signup;
    const {reason, message} = this.outcome ?? {};
    if (this.phase !== 'error') return '';
    const texts: Partial<Record<string, string>> = {
      invalid: message ?? s.rejected,
      'rate-limited': s.tooManyAttempts,
      timeout: s.timeout,
      'no-endpoint': s.unavailable,
    };
    return texts[reason!] ?? s.failed;
  }
  private renderStatus() {
    const s = this.strings.signup;
    if (this.phase === 'sending') return html`<span class="visually-hidden">${s.sending}</span>`;
    if (this.phase === 'offline') return s.offline;
    if (this.phase === 'success') {
      const already = this.outcome?.reason === 'already-subscribed';
      return html`<span>${already ? s.alreadySubscribed : s.success}${this.doubleOptIn && !already ? html` ${s.confirm}` : nothing}</span>`;
    }
    return this.outcome?.reason === 'navigated' ? s.navigated : nothing;
  }

  private renderField(id: string, label: string, input: unknown, error?: string, optional = false) {
    return html`<div class="field">
      <label part="label" for=${id}>${label}${optional ? html` <span class="optional">(${this.strings.common.optional})</span>` : nothing}</label>
      ${input}
      <p class="field-error" part="field-error" id=${`${id}-error`}>${error ?? nothing}</p>
    </div>`;
  }

  protected override render() {
    const s = this.strings.signup;
    const emailError = this.fieldErrors.email && s[this.fieldErrors.email];
    const consentError = this.fieldErrors.consent && s[this.fieldErrors.consent];
    const sending = this.phase === 'sending';
    const done = this.phase === 'success';
    const errorText = this.errorText();
    const retryable = this.phase === 'error' && !['invalid', 'no-endpoint'].includes(this.outcome!.reason);
    return html`<section part="base" aria-labelledby="heading">
      <h2 part="heading" id="heading">${this.heading || s.heading}</h2>
      <p part="description" class="description">${this.description || s.body}</p>
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.revalidate} @change=${this.revalidate}>
        <div class="fields ${this.nameField ? 'with-name' : ''}" ?hidden=${done}>
          ${this.nameField
            ? this.renderField(
                'first-name',
                s.firstNameLabel,
                html`<input part="input" id="first-name" name="firstName" autocomplete="given-name" maxlength="100" />`,
                undefined,
                true,
              )
            : nothing}
          ${this.renderField(
            'email',
            s.emailLabel,
            html`<input part="input" id="email" name="email" type="email" autocomplete="email" required
              aria-invalid=${aria(emailError)} aria-describedby=${emailError ? 'email-error' : nothing} />`,
            emailError,
          )}
          <input class="hp" aria-hidden="true" id="website" name="website" tabindex="-1" autocomplete="off" />
          ${this.consent
            ? html`<div class="consent" part="consent">
                <input id="consent" type="checkbox" required
                  aria-invalid=${aria(consentError)} aria-describedby=${consentError ? 'consent-error' : nothing} />
                <label for="consent">${this.consent}</label>
                <p class="field-error" part="field-error" id="consent-error">${consentError ?? nothing}</p>
              </div>`
            : nothing}
          <button part="button" id="submit" type="submit" aria-disabled=${aria(sending)} aria-busy=${aria(sending)}>
            ${sending ? s.sending : this.buttonLabel || s.button}
          </button>
        </div>
        <div class="alert" part="alert" role="alert">${errorText}</div>
        ${retryable
          ? html`<button part="retry-button" class="retry" type="button" @click=${this.retry}>${this.strings.common.retry}</button>`
          : nothing}
        <div id="status" class=${done ? 'done' : ''} part="status" role="status" tabindex="-1">${this.renderStatus()}</div>
      </form>
    </section>`;
  }
}
