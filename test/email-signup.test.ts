import {expect, fixture, html, oneEvent, waitUntil, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/context/provider.js';
import '../src/components/email-signup/email-signup.js';
import type {IjmEmailSignup} from '../src/components/email-signup/email-signup.component.js';
import type {SignupValues} from '../src/components/email-signup/submission.js';
import type {IjmSignupErrorDetail, IjmSignupSuccessDetail} from '../src/components/email-signup/events.js';
import {catalogs} from './helpers/catalogs.js';
import {recordedRequests, releaseHeld, resetServer, respondUrl} from './helpers/server.js';
import {captureWarnings} from './helpers/console.js';
import {pageSettled} from '../src/internal/page-settled.js';
import {setPageQuery} from './helpers/page-query.js';
import {useFakeClock} from './helpers/fake-clock.js';
import {pressKeys} from './helpers/keys.js';

const en = catalogs.en.signup;
const EMAIL = 'reader@example.org';

const root = (el: IjmEmailSignup) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IjmEmailSignup, selector: string) => root(el).querySelector<T>(selector as string)!;
const emailInput = (el: IjmEmailSignup) => $<HTMLInputElement>(el, '#email');
const nameInput = (el: IjmEmailSignup) => $<HTMLInputElement>(el, '#first-name');
const consentBox = (el: IjmEmailSignup) => $<HTMLInputElement>(el, '#consent');
const submitButton = (el: IjmEmailSignup) => $<HTMLButtonElement>(el, '#submit');
const retryButton = (el: IjmEmailSignup) => root(el).querySelector<HTMLButtonElement>('button.retry');
const alertText = (el: IjmEmailSignup) => $(el, '[role="alert"]').textContent!.trim();
const statusText = (el: IjmEmailSignup) => $(el, '[role="status"]').textContent!.replace(/\s+/g, ' ').trim();

function fill(el: IjmEmailSignup, fields: {email?: string; firstName?: string; consent?: boolean}): void {
  if (fields.firstName !== undefined) nameInput(el).value = fields.firstName;
  if (fields.email !== undefined) {
    emailInput(el).value = fields.email;
    emailInput(el).dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }
  if (fields.consent !== undefined) {
    consentBox(el).checked = fields.consent;
    consentBox(el).dispatchEvent(new Event('change', {bubbles: true}));
  }
}

async function submit(el: IjmEmailSignup): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/** Submits and waits for the outcome event. */
async function submitAndWait(el: IjmEmailSignup) {
  const outcome = Promise.race([
    oneEvent(el, 'ijm-signup-success').then((e) => ({ok: true as const, detail: e.detail as IjmSignupSuccessDetail})),
    oneEvent(el, 'ijm-signup-error').then((e) => ({ok: false as const, detail: e.detail as IjmSignupErrorDetail})),
  ]);
  await submit(el);
  const result = await outcome;
  await el.updateComplete;
  return result;
}

const bodyOf = (body?: string) => JSON.parse(body ?? 'null') as Record<string, unknown>;
const source = () => location.origin + location.pathname;

/** Stubs `navigator.onLine` until {@link goOnline}. */
const goOffline = () => Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
const goOnline = () => delete (navigator as unknown as {onLine?: boolean}).onLine;

describe('<ijm-email-signup>', () => {
  beforeEach(resetServer);
  afterEach(() => {
    goOnline();
    document.documentElement.setAttribute('lang', 'en');
  });

  describe('form', () => {
    it('renders the seed copy, a labelled email field and the button from a bare tag', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      expect($(el, 'h2').textContent).to.equal('Email sign-up');
      expect($(el, '.description').textContent).to.equal(en.body);
      const input = emailInput(el);
      expect(input.type).to.equal('email');
      expect(input.autocomplete).to.equal('email');
      expect(input.required).to.be.true;
      expect(input.labels![0].textContent!.trim()).to.equal(en.emailLabel);
      expect(submitButton(el).textContent!.trim()).to.equal('Sign up');
      expect(root(el).querySelector('#first-name')).to.equal(null);
      expect(root(el).querySelector('#consent')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('takes heading, description, button label, name field and consent from attributes', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"
        action="/api/signup"
        heading="Stay in touch"
        description="News from Romania."
        button-label="Subscribe"
        name-field
        consent="I agree to receive emails."
      ></ijm-email-signup>`);
      expect($(el, 'h2').textContent).to.equal('Stay in touch');
      expect($(el, '.description').textContent).to.equal('News from Romania.');
      expect(submitButton(el).textContent!.trim()).to.equal('Subscribe');
      expect(nameInput(el).labels![0].textContent).to.contain(en.firstNameLabel).and.contain(catalogs.en.common.optional);
      expect(nameInput(el).autocomplete).to.equal('given-name');
      const box = consentBox(el);
      expect(box.type).to.equal('checkbox');
      expect(box.checked).to.be.false;
      expect(box.required).to.be.true;
      expect(box.labels![0].textContent).to.equal('I agree to receive emails.');
      // Reading order: name, email, consent, then the button.
      const order = [...root(el).querySelectorAll('input:not(#website), button')].map((n) => n.id || n.className);
      expect(order).to.deep.equal(['first-name', 'email', 'consent', 'submit']);
      await expect(el).to.be.accessible();
    });

    it('hides a honeypot field from people and assistive tech', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      const trap = $<HTMLInputElement>(el, '#website');
      const box = trap.closest('.hp')!;
      expect(box.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      const rect = trap.getBoundingClientRect();
      expect(rect.right <= 0 || rect.width <= 1).to.be.true;
    });
  });

  describe('validation', () => {
    it('shows localised messages tied to the fields and focuses the first invalid one', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" consent="I agree."></ijm-email-signup>`);
      await submit(el);
      await nextFrame();
      const input = emailInput(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('email-error');
      expect($(el, '#email-error').textContent).to.equal(en.emailRequired);
      expect(consentBox(el).getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#consent-error').textContent).to.equal(en.consentRequired);
      expect(root(el).activeElement).to.equal(input);

      fill(el, {email: 'a@b'});
      await submit(el);
      expect($(el, '#email-error').textContent).to.equal(en.emailInvalid);

      fill(el, {email: EMAIL});
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.hasAttribute('aria-describedby')).to.be.false;
      await submit(el);
      await nextFrame();
      expect(root(el).activeElement).to.equal(consentBox(el));
      expect(await recordedRequests('/api/')).to.have.length(0);
    });

    it('trims the address before sending it', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      fill(el, {email: `  ${EMAIL}  `});
      const result = await submitAndWait(el);
      expect(result.ok).to.be.true;
      const [request] = await recordedRequests('/api/signup');
      expect(bodyOf(request.body).email).to.equal(EMAIL);
    });
  });

  describe('sending', () => {
    it('posts JSON with every field, credentials omitted, and the endpoint records it', async () => {
      const wrapper = await fixture(html`<div lang="ro">
        <ijm-email-signup min-time="0" action="/api/signup" name-field consent="Sunt de acord." list="europe" partner="hope-ro"></ijm-email-signup>
      </div>`);
      const el = wrapper.querySelector('ijm-email-signup')!;
      await el.updateComplete;
      fill(el, {email: ' Reader@Example.org ', firstName: ' Ana ', consent: true});
      const before = Date.now();
      const sent = oneEvent(el, 'ijm-signup');
      const result = await submitAndWait(el);
      const values = (await sent).detail as SignupValues;
      expect(result).to.deep.equal({ok: true, detail: {reason: 'subscribed', status: 201, submissionId: values.submissionId, list: 'europe', partner: 'hope-ro'}});

      const [request] = await recordedRequests('/api/signup');
      expect(request.method).to.equal('POST');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers.cookie).to.equal(undefined);
      const expected = {
        email: 'Reader@Example.org',
        firstName: 'Ana',
        consent: true,
        consentText: 'Sunt de acord.',
        consentAt: values.consentAt,
        list: 'europe',
        partner: 'hope-ro',
        locale: 'ro',
        source: source(),
        submissionId: values.submissionId,
      };
      expect(request.body).to.equal(JSON.stringify(expected));
      expect(values).to.deep.equal(expected);
      expect(Date.parse(values.consentAt!)).to.be.within(before - 1000, Date.now() + 1000);
      expect(values.submissionId).to.match(/^[0-9a-f-]{36}$/);

      const signups = await (await fetch('/test-api/signups')).json();
      expect(signups).to.have.length(1);
      expect(signups[0]).to.include({email: 'Reader@Example.org', firstName: 'Ana', consent: true, submissionId: values.submissionId});
      expect(statusText(el)).to.equal(catalogs.ro.signup.success);
    });

    it("sends the page's utm_* under their own names, never click ids; carry-utm=\"off\" sends none", async () => {
      const restore = setPageQuery('utm_source=newsletter&utm_medium=email&utm_campaign=spring&gclid=CLICK&fbclid=CLICK');
      try {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" partner="hope-ro"></ijm-email-signup>`);
        fill(el, {email: EMAIL});
        await submitAndWait(el);
        const off = await fixture<IjmEmailSignup>(html`<ijm-widgets carry-utm="off"><ijm-email-signup min-time="0" action="/api/signup" encoding="form"></ijm-email-signup></ijm-widgets>`);
        const inner = off.querySelector('ijm-email-signup')!;
        fill(inner, {email: 'other@example.org'});
        await submitAndWait(inner);
        const [withUtm, without] = await recordedRequests('/api/signup');
        expect(bodyOf(withUtm.body)).to.include({partner: 'hope-ro', utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring'});
        expect(withUtm.body).not.to.contain('CLICK');
        expect(without.body).not.to.match(/utm_|CLICK/);
        const signups = await (await fetch('/test-api/signups')).json();
        expect(signups[0]).to.include({utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring'});
      } finally {
        restore();
      }
    });

    it('posts a urlencoded form with encoding="form"', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" encoding="form" list="news"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const sent = oneEvent(el, 'ijm-signup');
      const result = await submitAndWait(el);
      const {submissionId} = (await sent).detail as SignupValues;
      expect(result.ok).to.be.true;
      const [request] = await recordedRequests('/api/signup');
      expect(request.headers['content-type']).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
      expect(request.body).to.equal(
        new URLSearchParams({email: EMAIL, list: 'news', locale: 'en', source: source(), submissionId}).toString(),
      );
      expect(await (await fetch('/test-api/signups')).json()).to.have.length(1);
    });

    it('renames fields with field-names (Mailchimp: EMAIL, FNAME)', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"
        action=${respondUrl({status: 200})}
        encoding="form"
        name-field
        field-names="email:EMAIL,firstName:FNAME,source:-"
      ></ijm-email-signup>`);
      fill(el, {email: EMAIL, firstName: 'Ana'});
      await submitAndWait(el);
      const [request] = await recordedRequests('/test-api/respond');
      const params = new URLSearchParams(request.body);
      expect([...params.keys()]).to.deep.equal(['EMAIL', 'FNAME', 'locale', 'submissionId']);
      expect(params.get('EMAIL')).to.equal(EMAIL);
      expect(params.get('FNAME')).to.equal('Ana');
    });

    it('uses the provider’s signup-action and partner; its own attributes win', async () => {
      const provider = await fixture(html`<ijm-widgets signup-action="/api/signup" partner="sofia-help">
        <ijm-email-signup min-time="0"></ijm-email-signup>
        <ijm-email-signup min-time="0" action=${respondUrl({status: 201})} partner="own"></ijm-email-signup>
      </ijm-widgets>`);
      const [inherits, overrides] = provider.querySelectorAll('ijm-email-signup');
      await inherits.updateComplete;
      fill(inherits, {email: EMAIL});
      fill(overrides, {email: 'other@example.org'});
      await submitAndWait(inherits);
      await submitAndWait(overrides);
      const [toProvider] = await recordedRequests('/api/signup');
      const [toOwn] = await recordedRequests('/test-api/respond');
      expect(bodyOf(toProvider.body).partner).to.equal('sofia-help');
      expect(bodyOf(toOwn.body).partner).to.equal('own');
    });

    it('while sending: the button is busy, and double clicks and repeated Enter send one request', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action=${respondUrl({status: 201, delay: 300})}></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const success = oneEvent(el, 'ijm-signup-success');
      let signups = 0;
      el.addEventListener('ijm-signup', () => signups++);
      submitButton(el).click();
      submitButton(el).click();
      await el.updateComplete;
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent!.trim()).to.equal(en.sending);
      expect(statusText(el)).to.equal(en.sending);
      $<HTMLFormElement>(el, 'form').requestSubmit();
      $<HTMLFormElement>(el, 'form').requestSubmit();
      submitButton(el).click();
      await success;
      await el.updateComplete;
      expect(signups).to.equal(1);
      expect(await recordedRequests('/test-api/respond')).to.have.length(1);
    });

    it('a filled honeypot shows success, sends nothing and fires no event', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      $<HTMLInputElement>(el, '#website').value = 'https://spam.example';
      const events: string[] = [];
      for (const type of ['ijm-signup', 'ijm-signup-success', 'ijm-signup-error'] as const) el.addEventListener(type, () => events.push(type));
      await submit(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(statusText(el)).to.equal(en.success);
      expect(events).to.deep.equal([]);
      expect(await recordedRequests()).to.have.length(0);
    });

    it('fires a cancelable ijm-signup with the values; cancelled, nothing is sent', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" list="news"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const outcomes: string[] = [];
      el.addEventListener('ijm-signup-success', () => outcomes.push('success'));
      el.addEventListener('ijm-signup-error', () => outcomes.push('error'));
      const heard = new Promise<CustomEvent<SignupValues>>((resolve) =>
        document.addEventListener(
          'ijm-signup',
          (event) => {
            event.preventDefault();
            resolve(event as CustomEvent<SignupValues>);
          },
          {once: true},
        ),
      );
      await submit(el);
      const event = await heard;
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(event.detail).to.include({email: EMAIL, list: 'news', locale: 'en'});
      await new Promise((r) => setTimeout(r, 100));
      expect(outcomes).to.deep.equal([]);
      expect(await recordedRequests()).to.have.length(0);
      expect(emailInput(el).value).to.equal(EMAIL);
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('answers', () => {
    const answers: Array<{status: number; body?: string; ok: boolean; reason: string; text: string; retry?: boolean}> = [
      {status: 200, ok: true, reason: 'subscribed', text: en.success},
      {status: 201, body: '{"ok":true}', ok: true, reason: 'subscribed', text: en.success},
      {status: 204, ok: true, reason: 'subscribed', text: en.success},
      {status: 409, body: '{"message":"Already subscribed."}', ok: true, reason: 'already-subscribed', text: en.alreadySubscribed},
      {status: 400, body: '{"message":"The list is closed."}', ok: false, reason: 'invalid', text: 'The list is closed.'},
      {status: 422, body: 'not json', ok: false, reason: 'invalid', text: en.rejected},
      {status: 429, ok: false, reason: 'rate-limited', text: en.tooManyAttempts, retry: true},
      {status: 500, ok: false, reason: 'server', text: en.failed, retry: true},
      {status: 502, body: '<html>Bad gateway</html>', ok: false, reason: 'server', text: en.failed, retry: true},
      {status: 503, ok: false, reason: 'server', text: en.failed, retry: true},
      {status: 404, ok: false, reason: 'rejected', text: en.failed, retry: true},
    ];
    for (const answer of answers) {
      it(`${answer.status} → ${answer.reason}${answer.ok ? '' : ', values kept'}`, async () => {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"
          action=${respondUrl({status: answer.status, body: answer.body})}
          name-field
          consent="I agree."
        ></ijm-email-signup>`);
        fill(el, {email: EMAIL, firstName: 'Ana', consent: true});
        const result = await submitAndWait(el);
        expect(result.ok).to.equal(answer.ok);
        expect(result.detail).to.include({reason: answer.reason, status: answer.status});
        if (answer.ok) {
          expect(statusText(el)).to.equal(answer.text);
          expect($(el, '.fields').hidden).to.be.true;
        } else {
          expect(alertText(el)).to.equal(answer.text);
          expect(Boolean(retryButton(el))).to.equal(Boolean(answer.retry));
          expect(emailInput(el).value).to.equal(EMAIL);
          expect(nameInput(el).value).to.equal('Ana');
          expect(consentBox(el).checked).to.be.true;
          expect($(el, '.fields').hidden).to.be.false;
          expect(submitButton(el).getAttribute('aria-busy')).to.equal('false');
        }
        await expect(el).to.be.accessible();
        expect(await recordedRequests('/test-api/respond')).to.have.length(1);
      });
    }

    it('says "check your inbox" after success with double-opt-in', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" double-opt-in></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      await submitAndWait(el);
      expect(statusText(el)).to.equal(`${en.success} ${en.confirm}`);
    });

    it('shows a provider’s refusal in its own words, keeps the values and offers no blind retry', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"
        action=${respondUrl({status: 422, body: JSON.stringify({message: 'This domain does not accept mail.', field: 'email'})})}
      ></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const result = await submitAndWait(el);
      expect(result.detail).to.include({reason: 'invalid', status: 422, message: 'This domain does not accept mail.'});
      expect(alertText(el)).to.equal('This domain does not accept mail.');
      expect(retryButton(el)).to.equal(null);
      expect(emailInput(el).value).to.equal(EMAIL);
      // Fixed and sent again: a new submission.
      fill(el, {email: 'other@example.org'});
      el.action = respondUrl({status: 201});
      const again = await submitAndWait(el);
      expect(again.ok).to.be.true;
      expect(again.detail.submissionId).not.to.equal(result.detail.submissionId);
    });

    it('gives up after `timeout` ms, keeps the values and offers a retry', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action=${respondUrl({status: 201, delay: 1000})} timeout="100"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const started = Date.now();
      const result = await submitAndWait(el);
      expect(Date.now() - started).to.be.below(900);
      expect(result.detail).to.include({reason: 'timeout', status: 0});
      expect(alertText(el)).to.equal(en.timeout);
      expect(retryButton(el)).to.exist;
      expect(emailInput(el).value).to.equal(EMAIL);
    });

    it('reports a network failure with a retry', async () => {
      // Port 9 is refused by the browser itself: a fetch that fails without any answer.
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="http://127.0.0.1:9/signup"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const result = await submitAndWait(el);
      expect(result.detail).to.include({reason: 'network', status: 0});
      expect(alertText(el)).to.equal(en.failed);
      expect(retryButton(el)).to.exist;
    });
  });

  describe('retry', () => {
    it('after a 503, resends the same submissionId and the endpoint records one sign-up', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/test-api/flaky-signup?fail=1"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const first = await submitAndWait(el);
      expect(first.detail).to.include({reason: 'server', status: 503});
      const success = oneEvent(el, 'ijm-signup-success');
      retryButton(el)!.click();
      expect((await success).detail).to.include({reason: 'subscribed', status: 201});
      const requests = await recordedRequests('/test-api/flaky-signup');
      expect(requests).to.have.length(2);
      expect(bodyOf(requests[1].body)).to.deep.equal(bodyOf(requests[0].body));
      expect(await (await fetch('/test-api/signups')).json()).to.have.length(1);
    });

    it('after a lost answer (timeout), the retry is recognised as the same submission', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/test-api/slow-signup?delay=400" timeout="100"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const first = await submitAndWait(el);
      expect(first.detail.reason).to.equal('timeout');
      // The endpoint got it anyway.
      await waitUntil(async () => (await (await fetch('/test-api/signups')).json()).length === 1, 'recorded', {timeout: 3000});
      el.timeout = 3000;
      const success = oneEvent(el, 'ijm-signup-success');
      retryButton(el)!.click();
      const detail = (await success).detail as IjmSignupSuccessDetail;
      expect(detail).to.include({reason: 'subscribed', status: 200, submissionId: first.detail.submissionId});
      const requests = await recordedRequests('/test-api/slow-signup');
      expect(requests.map((r) => bodyOf(r.body).submissionId)).to.deep.equal([detail.submissionId, detail.submissionId]);
      expect(await (await fetch('/test-api/signups')).json()).to.have.length(1);
    });

    it('submitting the same details again reuses the submission; changed details make a new one', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action=${respondUrl({status: 500})}></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const a = await submitAndWait(el);
      const b = await submitAndWait(el);
      fill(el, {email: 'other@example.org'});
      const c = await submitAndWait(el);
      expect(b.detail.submissionId).to.equal(a.detail.submissionId);
      expect(c.detail.submissionId).not.to.equal(a.detail.submissionId);
    });

    it('moves focus from "Try again" to the busy button', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/test-api/flaky-signup?fail=1&delay=300"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      await submitAndWait(el);
      retryButton(el)!.focus();
      const success = oneEvent(el, 'ijm-signup-success');
      retryButton(el)!.click();
      await el.updateComplete;
      await nextFrame();
      expect(root(el).activeElement).to.equal(submitButton(el));
      await success;
    });
  });

  describe('offline', () => {
    it('says so, keeps the values and sends once the browser is back online', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      goOffline();
      const result = await submitAndWait(el);
      expect(result.detail).to.include({reason: 'offline', status: 0});
      expect(statusText(el)).to.equal(en.offline);
      expect(emailInput(el).value).to.equal(EMAIL);
      expect(await recordedRequests('/api/')).to.have.length(0);
      await expect(el).to.be.accessible();

      goOnline();
      const success = oneEvent(el, 'ijm-signup-success');
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      expect((await success).detail.submissionId).to.equal(result.detail.submissionId);
      await el.updateComplete;
      expect(statusText(el)).to.equal(en.success);
      expect(await recordedRequests('/api/signup')).to.have.length(1);
    });

    it('treats a network failure while offline as offline, then sends the same submission', async () => {
      // The test server drops the connection when told, once the browser is offline (a refused
      // port failed at once in Firefox, before the test could go offline).
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action=${respondUrl({hold: 'offline', drop: true})}></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      const sent = oneEvent(el, 'ijm-signup');
      const failed = oneEvent(el, 'ijm-signup-error');
      submitButton(el).click();
      const {submissionId} = (await sent).detail as SignupValues;
      goOffline(); // the connection drops while the request is on its way
      await releaseHeld('offline');
      expect((await failed).detail).to.include({reason: 'offline'});

      el.action = '/api/signup';
      goOnline();
      const success = oneEvent(el, 'ijm-signup-success');
      window.dispatchEvent(new Event('online'));
      await success;
      const [request] = await recordedRequests('/api/signup');
      expect(bodyOf(request.body).submissionId).to.equal(submissionId);
    });

    it('ignores the online event when nothing is waiting', async () => {
      await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      window.dispatchEvent(new Event('online'));
      await new Promise((r) => setTimeout(r, 50));
      expect(await recordedRequests()).to.have.length(0);
    });
  });

  describe('endpoint', () => {
    it('with no action anywhere: shows the form, warns once, and reports an error on submit', async () => {
      const {warnings, restore} = captureWarnings();
      try {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"></ijm-email-signup>`);
        expect(emailInput(el)).to.exist;
        await pageSettled();
        expect(warnings, 'warned before anyone submits').to.have.length(1);
        fill(el, {email: EMAIL});
        const result = await submitAndWait(el);
        expect(result.detail).to.include({reason: 'no-endpoint', status: 0});
        expect(alertText(el)).to.equal(en.unavailable);
        expect(retryButton(el)).to.equal(null);
        expect(warnings).to.deep.equal(['[ijm-widgets] <ijm-email-signup>: no action (nor provider signup-action); sign-ups cannot be sent.']);
        expect(warnings.join(' ')).not.to.contain(EMAIL);
      } finally {
        restore();
      }
    });

    it('does not warn when the action arrives while the page is still loading (a provider whose code comes later)', async () => {
      // As with the CDN loader: a module is still on its way when the sign-up renders, and the
      // action is there once it has arrived.
      const loading = Symbol.for('ijm-widgets.loading');
      const pending = ((globalThis as unknown as Record<symbol, Set<Promise<unknown>>>)[loading] ??= new Set());
      let el!: IjmEmailSignup;
      const provider = new Promise<void>((resolve) =>
        setTimeout(() => {
          el.action = '/api/signup';
          resolve();
        }, 300),
      );
      pending.add(provider);
      void provider.then(() => pending.delete(provider));
      const {warnings, restore} = captureWarnings();
      try {
        el = await fixture<IjmEmailSignup>(html`<ijm-email-signup></ijm-email-signup>`);
        await pageSettled();
      } finally {
        restore();
      }
      expect(el.action).to.equal('/api/signup');
      expect(warnings).to.deep.equal([]);
    });

    it('refuses an unsafe action (javascript:), says why in the console and sends nothing', async () => {
      const {warnings, restore} = captureWarnings();
      try {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="javascript:alert(1)"></ijm-email-signup>`);
        fill(el, {email: EMAIL});
        const result = await submitAndWait(el);
        expect(result.detail.reason).to.equal('no-endpoint');
        expect(alertText(el)).to.equal(en.unavailable);
      } finally {
        restore();
      }
      expect(warnings).to.deep.equal([
        '[ijm-widgets] <ijm-email-signup>: action "javascript:alert(1)" is not an http(s) URL; sign-ups cannot be sent.',
      ]);
      expect(await recordedRequests()).to.have.length(0);
    });

    it('never logs an address to the console, whatever happens', async () => {
      const logged: unknown[] = [];
      const originals = {log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug};
      for (const name of Object.keys(originals) as Array<keyof typeof originals>) console[name] = (...args: unknown[]) => logged.push(...args);
      try {
        for (const action of [respondUrl({status: 500}), respondUrl({status: 422, body: '{"message":"no"}'}), 'javascript:x', '/api/signup']) {
          const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action=${action} field-names="email:EMAIL"></ijm-email-signup>`);
          fill(el, {email: EMAIL});
          await submitAndWait(el);
        }
      } finally {
        Object.assign(console, originals);
      }
      expect(logged.length).to.be.above(0); // the warnings about the bad action and field name
      expect(JSON.stringify(logged.map(String))).not.to.contain('reader@');
    });
  });

  describe('bot traps, tags, metadata, extra fields', () => {
    it('a submission sooner than 2 s after the form showed: success shown, nothing sent, no events', async () => {
      const clock = useFakeClock();
      try {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup action="/api/signup"></ijm-email-signup>`);
        const fired: string[] = [];
        for (const type of ['ijm-signup', 'ijm-signup-success', 'ijm-signup-error']) el.addEventListener(type, () => fired.push(type));
        clock.tick(1999);
        fill(el, {email: EMAIL});
        await submit(el);
        expect(statusText(el)).to.equal(en.success);
        expect(fired).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // A person, after the minimum time: sent.
        const person = await fixture<IjmEmailSignup>(html`<ijm-email-signup action="/api/signup" min-time="500"></ijm-email-signup>`);
        clock.tick(500);
        fill(person, {email: 'person@example.org'});
        const result = await submitAndWait(person);
        expect(result.ok).to.be.true;
        const requests = await recordedRequests('/api/signup');
        expect(requests.map((r) => bodyOf(r.body).email)).to.deep.equal(['person@example.org']);
        expect(el.hasAttribute('min-time')).to.be.false; // the default is not written onto the element
      } finally {
        clock.restore();
      }
    });

    it('sends tags as a list and metadata as is; the endpoint records them', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" tags="ukraine  volunteers" metadata='{"form": "footer", "campaign": {"id": 7}}'></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      await submitAndWait(el);
      const [request] = await recordedRequests('/api/signup');
      expect(bodyOf(request.body)).to.deep.include({tags: ['ukraine', 'volunteers'], metadata: {form: 'footer', campaign: {id: 7}}});
      const [signup] = await (await fetch('/test-api/signups')).json();
      expect(signup).to.deep.include({tags: ['ukraine', 'volunteers'], metadata: {form: 'footer', campaign: {id: 7}}});
    });

    it('as a form: one tags field per tag, metadata as JSON text', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" encoding="form" tags="a b" metadata='{"x": 1}'></ijm-email-signup>`);
      fill(el, {email: EMAIL});
      await submitAndWait(el);
      const [request] = await recordedRequests('/api/signup');
      const form = new URLSearchParams(request.body);
      expect(form.getAll('tags')).to.deep.equal(['a', 'b']);
      expect(form.get('metadata')).to.equal('{"x":1}');
      const [signup] = await (await fetch('/test-api/signups')).json();
      expect(signup).to.deep.include({tags: ['a', 'b'], metadata: {x: 1}});
    });

    it('metadata that is not a JSON object: one clear warning, not sent; the sign-up still goes', async () => {
      const {warnings, restore} = captureWarnings();
      try {
        const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" metadata="{form: footer}"></ijm-email-signup>`);
        fill(el, {email: EMAIL});
        await submitAndWait(el);
        const [request] = await recordedRequests('/api/signup');
        expect(bodyOf(request.body)).not.to.have.property('metadata');
      } finally {
        restore();
      }
      expect(warnings.filter((w) => w.includes('metadata'))).to.have.length(1);
      expect(warnings.find((w) => w.includes('metadata'))).to.contain('not valid JSON');
    });

    it('a CAPTCHA token added to event.detail.fields in ijm-signup is sent', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>`);
      el.addEventListener('ijm-signup', (event) => {
        const detail = (event as CustomEvent<SignupValues>).detail;
        detail.fields = {...detail.fields, 'cf-turnstile-response': 'token-123'};
      });
      fill(el, {email: EMAIL});
      await submitAndWait(el);
      const [request] = await recordedRequests('/api/signup');
      expect(bodyOf(request.body)).to.include({email: EMAIL, 'cf-turnstile-response': 'token-123'});
    });
  });

  describe('navigate mode', () => {
    it('posts a real form in a new tab to the action, with mapped field names', async () => {
      const action = 'https://us1.list-manage.com/subscribe/post?u=abc&id=def';
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0"
        mode="navigate"
        action=${action}
        name-field
        field-names="email:EMAIL,firstName:FNAME,source:-"
      ></ijm-email-signup>`);
      fill(el, {email: EMAIL, firstName: 'Ana'});
      let posted: {action: string; method: string; target: string; fields: Array<[string, string]>; inShadow: boolean} | undefined;
      root(el).addEventListener('submit', (event) => {
        const form = event.target as HTMLFormElement;
        if (form === $(el, 'form')) return;
        event.preventDefault(); // stay on this page
        posted = {
          action: form.action,
          method: form.method,
          target: form.target,
          fields: [...new FormData(form)].map(([k, v]) => [k, String(v)]),
          inShadow: form.getRootNode() === root(el),
        };
      });
      const sent = oneEvent(el, 'ijm-signup');
      const success = oneEvent(el, 'ijm-signup-success');
      await submit(el);
      const {submissionId} = (await sent).detail as SignupValues;
      expect(posted).to.deep.equal({
        action,
        method: 'post',
        target: '_blank',
        inShadow: true,
        fields: [
          ['EMAIL', EMAIL],
          ['FNAME', 'Ana'],
          ['locale', 'en'],
          ['submissionId', submissionId],
        ],
      });
      expect((await success).detail).to.deep.equal({reason: 'navigated', status: 0, submissionId});
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(statusText(el)).to.equal(en.navigated);
      expect(emailInput(el).value).to.equal(EMAIL);
      expect(root(el).querySelectorAll('form')).to.have.length(1); // the temporary form is gone
      expect(await recordedRequests()).to.have.length(0);
    });
  });

  describe('layout', () => {
    const top = (el: Element) => Math.round(el.getBoundingClientRect().top);

    it('stacked puts the button under the field; inline puts them in one row when wide, stacked when narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ijm-email-signup min-time="0" action="/api/signup"></ijm-email-signup>
        <ijm-email-signup min-time="0" action="/api/signup" layout="inline" name-field consent="I agree."></ijm-email-signup>
      </div>`);
      const [stacked, inline] = wrapper.querySelectorAll('ijm-email-signup');
      for (const el of [stacked, inline]) el.style.setProperty('width', '720px');
      await inline.updateComplete;
      await nextFrame();
      expect(top(submitButton(stacked))).to.be.above(top(emailInput(stacked)) + 10);
      expect(top(submitButton(inline))).to.equal(top(emailInput(inline)));
      expect(top(nameInput(inline))).to.equal(top(emailInput(inline)));
      expect(top(consentBox(inline))).to.be.above(top(emailInput(inline)));
      // An error under the email field does not push the button out of line.
      await submit(inline);
      await nextFrame();
      expect(top(submitButton(inline))).to.equal(top(emailInput(inline)));

      inline.style.setProperty('width', '320px');
      await nextFrame();
      expect(top(submitButton(inline))).to.be.above(top(emailInput(inline)) + 10);
      expect(inline.scrollWidth).to.be.at.most(320);
    });
  });

  describe('locales and accessibility', () => {
    for (const lang of ['en', 'ro', 'uk', 'bg']) {
      it(`${lang}: is accessible when idle, invalid, sending, in error and after success`, async () => {
        const t = catalogs[lang].signup;
        const wrapper = await fixture(html`<ijm-widgets locale=${lang}>
          <ijm-email-signup min-time="0" action=${respondUrl({status: 503})} name-field consent="OK."></ijm-email-signup>
        </ijm-widgets>`);
        const el = wrapper.querySelector('ijm-email-signup')!;
        await el.updateComplete;
        expect($(el, 'h2').textContent).to.equal(t.heading);
        expect(submitButton(el).textContent!.trim()).to.equal(t.button);
        await expect(el).to.be.accessible(); // idle

        await submit(el);
        expect($(el, '#email-error').textContent).to.equal(t.emailRequired);
        await expect(el).to.be.accessible(); // invalid

        fill(el, {email: EMAIL, firstName: 'Ana', consent: true});
        el.action = respondUrl({status: 503, delay: 400});
        const failed = oneEvent(el, 'ijm-signup-error');
        await submit(el);
        expect(submitButton(el).textContent!.trim()).to.equal(t.sending);
        await expect(el).to.be.accessible(); // sending
        await failed;
        await el.updateComplete;
        expect(alertText(el)).to.equal(t.failed);
        expect(retryButton(el)!.textContent).to.equal(catalogs[lang].common.retry);
        await expect(el).to.be.accessible(); // error

        el.action = respondUrl({status: 201});
        const success = oneEvent(el, 'ijm-signup-success');
        retryButton(el)!.click();
        await success;
        await el.updateComplete;
        expect(statusText(el)).to.equal(t.success);
        await expect(el).to.be.accessible(); // success
      });
    }

    it('re-renders in a new language, messages included, without losing typed values', async () => {
      const el = await fixture<IjmEmailSignup>(html`<ijm-email-signup min-time="0" action="/api/signup" name-field></ijm-email-signup>`);
      fill(el, {email: 'reader@', firstName: 'Ana'});
      await submit(el);
      expect($(el, '#email-error').textContent).to.equal(en.emailInvalid);
      el.setAttribute('lang', 'uk');
      await nextFrame();
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal(catalogs.uk.signup.heading);
      expect($(el, '#email-error').textContent).to.equal(catalogs.uk.signup.emailInvalid);
      expect(emailInput(el).value).to.equal('reader@');
      expect(nameInput(el).value).to.equal('Ana');
    });

    it('works with the keyboard alone', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">before</button>
        <ijm-email-signup min-time="0" action="/api/signup" name-field consent="I agree."></ijm-email-signup>
      </div>`);
      const el = wrapper.querySelector('ijm-email-signup')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused = () => root(el).activeElement?.id || root(el).activeElement?.className;

      await pressKeys('Tab');
      expect(focused()).to.equal('first-name');
      await sendKeys({type: 'Ana'});
      await pressKeys('Tab');
      expect(focused()).to.equal('email');
      await sendKeys({type: 'reader@example'});
      await pressKeys('Enter'); // implicit submission from the field
      await el.updateComplete;
      await nextFrame();
      expect(focused()).to.equal('email'); // first invalid field
      expect($(el, '#email-error').textContent).to.equal(en.emailInvalid);

      await sendKeys({type: '.org'});
      await pressKeys('Tab');
      expect(focused()).to.equal('consent'); // the honeypot is skipped
      await pressKeys('Space');
      expect(consentBox(el).checked).to.be.true;
      await pressKeys('Tab');
      expect(focused()).to.equal('submit');
      const success = oneEvent(el, 'ijm-signup-success');
      await pressKeys('Enter');
      await success;
      await el.updateComplete;
      await nextFrame();
      expect(root(el).activeElement).to.equal($(el, '[role="status"]')); // focus follows the news
      const [request] = await recordedRequests('/api/signup');
      expect(bodyOf(request.body)).to.include({email: EMAIL, firstName: 'Ana', consent: true});
    });
  });
});
