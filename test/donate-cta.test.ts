import {aTimeout, expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/context/provider.js';
import '../src/components/donate-cta/donate-cta.js';
import {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import type {IjmDonateEvent} from '../src/components/donate-cta/events.js';
import {catalogs} from './helpers/catalogs.js';
import {captureWarnings} from './helpers/console.js';
import {setPageQuery} from './helpers/page-query.js';
import {pressKeys} from './helpers/keys.js';

const en = catalogs.en.donate;
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();

interface Navigation {
  url: string;
  target: string;
}

/** Mounts a widget with navigation stubbed (a test must never leave the page). */
async function mount(template: TemplateResult): Promise<{el: IjmDonateCta; navigations: Navigation[]; events: IjmDonateEvent[]}> {
  const root = await fixture(template);
  const el = (root instanceof IjmDonateCta ? root : root.querySelector('ijm-donate-cta')) as IjmDonateCta;
  const navigations: Navigation[] = [];
  (el as unknown as {navigate: (url: string, target: string) => void}).navigate = (url, target) => navigations.push({url, target});
  const events: IjmDonateEvent[] = [];
  el.addEventListener('ijm-donate', (e) => events.push(e));
  await el.updateComplete;
  return {el, navigations, events};
}

const shadow = (el: IjmDonateCta) => el.shadowRoot!;
const button = (el: IjmDonateCta) => shadow(el).querySelector<HTMLButtonElement>('button[part=button]')!;
const radios = (el: IjmDonateCta, name: 'frequency' | 'amount') => [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name=${name}]`)];
const labels = (el: IjmDonateCta, name: 'frequency' | 'amount') => radios(el, name).map((r) => plain(r.parentElement!.textContent));
const checked = (el: IjmDonateCta, name: 'frequency' | 'amount') => radios(el, name).find((r) => r.checked)?.value;
const otherInput = (el: IjmDonateCta) => shadow(el).querySelector<HTMLInputElement>('#other')!;
const visibleHeading = (el: IjmDonateCta) => plain(shadow(el).querySelector('#heading')!.textContent);

async function pick(el: IjmDonateCta, name: 'frequency' | 'amount', value: string) {
  radios(el, name).find((r) => r.value === value)!.click();
  await el.updateComplete;
}

async function typeOther(el: IjmDonateCta, text: string) {
  await pick(el, 'amount', 'other');
  const input = otherInput(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', {bubbles: true}));
  await el.updateComplete;
}

describe('<ijm-donate-cta>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('renders something useful as a bare tag: the monthly pitch, presets, Other, and a donate button', async () => {
    const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
    expect(visibleHeading(el)).to.equal(en.monthlyHeading);
    expect(labels(el, 'frequency')).to.deep.equal([en.once, en.monthly]);
    expect(checked(el, 'frequency')).to.equal('monthly');
    expect(labels(el, 'amount')).to.deep.equal(['$25', '$50', '$100', en.otherAmount]);
    expect(checked(el, 'amount')).to.equal('50');
    expect(plain(button(el).textContent)).to.equal('Donate $50 monthly');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(shadow(el).querySelector('.portal')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'ro', 'uk', 'bg']) {
    for (const variant of ['panel', 'banner', 'compact']) {
      it(`renders the ${variant} variant in ${locale}, accessibly`, async () => {
        const currency = {en: 'USD', ro: 'RON', uk: 'UAH', bg: 'BGN'}[locale]!;
        const {el} = await mount(html`
          <ijm-donate-cta lang=${locale} variant=${variant} currency=${currency} portal-href="https://www.ijm.org/donor-portal"></ijm-donate-cta>
        `);
        const s = catalogs[locale].donate;
        const text = plain(button(el).textContent);
        expect(text).to.contain(plain(s.button('', 'monthly')).split(' ')[0]);
        expect(plain(shadow(el).querySelector('.portal')!.textContent)).to.equal(plain(`${s.portalText} ${s.portalSignIn}`));
        if (variant === 'compact') {
          expect(radios(el, 'amount')).to.have.length(0);
          expect(shadow(el).querySelector('h2')).to.equal(null);
        } else {
          expect(visibleHeading(el)).to.equal(s.monthlyHeading);
          expect(labels(el, 'frequency')).to.deep.equal([s.once, s.monthly]);
          expect(labels(el, 'amount').at(-1)).to.equal(s.otherAmount);
        }
        await expect(el).to.be.accessible();
        if (variant !== 'compact') {
          await typeOther(el, '0');
          button(el).click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('formats the button and presets for the currency and locale', async () => {
    const {el} = await mount(html`<ijm-donate-cta lang="uk" currency="UAH" frequency="once"></ijm-donate-cta>`);
    expect(labels(el, 'amount').slice(0, 4)).to.deep.equal(['200 грн', '500 грн', '1 000 грн', '2 000 грн']);
    expect(plain(button(el).textContent)).to.equal('Пожертвувати 500 грн');
    await pick(el, 'frequency', 'monthly');
    expect(plain(button(el).textContent)).to.equal(plain(catalogs.uk.donate.button('200 грн', 'monthly')));
  });

  it('reads a currency written as people write it: currency="lei" is a box in RON', async () => {
    const {el} = await mount(html`<ijm-donate-cta lang="ro" currency="lei"></ijm-donate-cta>`);
    expect(labels(el, 'amount').slice(0, 3)).to.deep.equal(['30 RON', '50 RON', '100 RON']);
    expect(plain(button(el).textContent)).to.equal('Donează 50 RON lunar');
    await expect(el).to.be.accessible();
  });

  it('follows a lang change on the page', async () => {
    const {el} = await mount(html`<div lang="en"><ijm-donate-cta currency="RON"></ijm-donate-cta></div>`);
    el.parentElement!.setAttribute('lang', 'ro');
    await nextFrame();
    await el.updateComplete;
    expect(plain(button(el).textContent)).to.equal('Donează 50 RON lunar');
  });

  it("takes the provider's currency, partner and donation page; its own attributes win", async () => {
    const {el, events} = await mount(html`
      <ijm-widgets currency="EUR" partner="hope-ro" donate-href="https://give.example.org/ijm?fund=eu">
        <ijm-donate-cta></ijm-donate-cta>
      </ijm-widgets>
    `);
    await nextFrame();
    await el.updateComplete;
    expect(plain(button(el).textContent)).to.equal('Donate €50 monthly');
    button(el).click();
    expect(events[0].detail).to.deep.include({currency: 'EUR', partner: 'hope-ro', amount: 50, frequency: 'monthly'});
    expect(events[0].detail.url.startsWith('https://give.example.org/ijm?fund=eu&amount=50&')).to.be.true;

    el.currency = 'GBP';
    el.partner = 'church-uk';
    el.href = 'https://www.ijm.org.uk/donate';
    await el.updateComplete;
    button(el).click();
    expect(events[1].detail).to.deep.include({currency: 'GBP', partner: 'church-uk'});
    expect(events[1].detail.url.startsWith('https://www.ijm.org.uk/donate?amount=50&')).to.be.true;
  });

  describe('donating', () => {
    it('fires a cancelable, bubbling, composed ijm-donate with the choice, then opens the URL', async () => {
      const {el, navigations} = await mount(html`<ijm-donate-cta campaign="spring 2025" partner="hope-ro"></ijm-donate-cta>`);
      let seen: IjmDonateEvent | undefined;
      const listener = (e: IjmDonateEvent) => (seen = e);
      document.addEventListener('ijm-donate', listener);
      await pick(el, 'amount', '100');
      button(el).click();
      document.removeEventListener('ijm-donate', listener);
      expect(seen).to.exist;
      expect(seen!.cancelable && seen!.bubbles && seen!.composed).to.be.true;
      const url = 'https://www.ijm.org/donate?amount=100&frequency=monthly&currency=USD&campaign=spring+2025&partner=hope-ro&utm_source=hope-ro&utm_medium=widget&utm_campaign=spring+2025';
      expect(seen!.detail).to.deep.equal({amount: 100, frequency: 'monthly', currency: 'USD', campaign: 'spring 2025', partner: 'hope-ro', url});
      expect(navigations).to.deep.equal([{url, target: '_self'}]);
    });

    it('does not navigate when a listener cancels the event (own checkout)', async () => {
      const {el, navigations, events} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      el.addEventListener('ijm-donate', (e) => e.preventDefault());
      button(el).click();
      expect(events).to.have.length(1);
      expect(navigations).to.deep.equal([]);
    });

    it('opens _blank with noopener, and says so to screen readers', async () => {
      const el = await fixture<IjmDonateCta>(html`<ijm-donate-cta target="_blank"></ijm-donate-cta>`);
      expect(plain(button(el).textContent)).to.equal(`Donate $50 monthly ${catalogs.en.common.opensInNewTab}`);
      const calls: unknown[][] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (calls.push(args), null);
      try {
        button(el).click();
      } finally {
        window.open = open;
      }
      expect(calls).to.have.length(1);
      expect(calls[0][1]).to.equal('_blank');
      expect(calls[0][2]).to.equal('noopener');
      expect(String(calls[0][0])).to.match(/^https:\/\/www\.ijm\.org\/donate\?amount=50&frequency=monthly/);
    });

    it('uses the parameter names given in param-names', async () => {
      const {el, events} = await mount(html`<ijm-donate-cta param-names='{"amount": "amt", "frequency": "interval", "utm_medium": ""}'></ijm-donate-cta>`);
      button(el).click();
      const query = new URL(events[0].detail.url).searchParams;
      expect(query.get('amt')).to.equal('50');
      expect(query.get('interval')).to.equal('monthly');
      expect(query.has('amount') || query.has('utm_medium')).to.be.false;
      el.setAttribute('param-names', 'amount:amt'); // not JSON: the standard names
      await el.updateComplete;
      button(el).click();
      expect(new URL(events[1].detail.url).searchParams.get('amount')).to.equal('50');
    });

    it('compact: one button that gives the default amount and frequency', async () => {
      const {el, navigations, events} = await mount(html`<ijm-donate-cta variant="compact" currency="RON" frequency="once"></ijm-donate-cta>`);
      expect(shadow(el).querySelectorAll('button, input, a')).to.have.length(1);
      expect(plain(button(el).textContent)).to.equal('Donate RON 100');
      button(el).click();
      expect(events[0].detail).to.deep.include({amount: 100, frequency: 'once', currency: 'RON'});
      expect(navigations).to.have.length(1);
    });
  });

  describe('impacts', () => {
    const impacts = JSON.stringify({
      25: '$25 helps a survivor get to a counselling session.',
      50: '$50 helps train a frontline responder to spot trafficking, and much more besides, in a sentence long enough to wrap onto a second line.',
      100: '$100 helps fund a rescue investigation.',
    });
    const sentence = (el: IjmDonateCta) => shadow(el).querySelector('[part=impact] [aria-live]');

    it("shows the chosen amount's sentence under the amounts, politely announced, without moving the button", async () => {
      const {el} = await mount(html`<div style="max-width: 22rem"><ijm-donate-cta amounts="100, 25, 50" impacts=${impacts}></ijm-donate-cta></div>`);
      expect(labels(el, 'amount')).to.deep.equal(['$25', '$50', '$100', en.otherAmount]); // low to high
      const live = sentence(el)!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(plain(live.textContent)).to.contain('$50 helps train');
      const amounts = shadow(el).querySelector('[part=amounts]')!;
      expect(amounts.compareDocumentPosition(live) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      const top = button(el).getBoundingClientRect().top;
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & {value: number}).value)));
      observer.observe({type: 'layout-shift'});
      await pick(el, 'amount', '25');
      expect(plain(sentence(el)!.textContent)).to.equal('$25 helps a survivor get to a counselling session.');
      await pick(el, 'amount', '100');
      expect(plain(sentence(el)!.textContent)).to.equal('$100 helps fund a rescue investigation.');
      await nextFrame();
      await nextFrame();
      observer.disconnect();
      expect(button(el).getBoundingClientRect().top).to.equal(top);
      expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a custom amount shows the sentence of the largest amount below it, or none', async () => {
      const {el} = await mount(html`<ijm-donate-cta amounts="25, 50, 100" impacts=${impacts}></ijm-donate-cta>`);
      await typeOther(el, '75');
      expect(plain(sentence(el)!.textContent)).to.contain('$50 helps train');
      await typeOther(el, '10');
      expect(plain(sentence(el)!.textContent)).to.equal('');
      await typeOther(el, 'abc');
      expect(plain(sentence(el)!.textContent)).to.equal('');
    });

    it('per frequency, in the banner and the compact button too', async () => {
      const perFrequency = JSON.stringify({monthly: {25: 'Monthly twenty-five.'}, once: {50: 'Once fifty.'}});
      const {el} = await mount(html`<ijm-donate-cta variant="banner" amounts="25, 50" impacts=${perFrequency}></ijm-donate-cta>`);
      expect(plain(sentence(el)!.textContent)).to.equal('Monthly twenty-five.'); // 50 monthly: the 25 one is the largest below
      await pick(el, 'frequency', 'once');
      expect(plain(sentence(el)!.textContent)).to.equal('Once fifty.');
      await expect(el).to.be.accessible();
      const compact = await mount(html`<ijm-donate-cta variant="compact" amounts="25, 50" impacts=${perFrequency} frequency="once"></ijm-donate-cta>`);
      expect(plain(sentence(compact.el)!.textContent)).to.equal('Once fifty.');
      expect(shadow(compact.el).querySelectorAll('button, input, a')).to.have.length(1);
      await expect(compact.el).to.be.accessible();
    });

    it('no impacts: no line and no space kept; bad impacts: one warning, the rest kept', async () => {
      const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      expect(shadow(el).querySelector('[part=impact]')).to.equal(null);
      const {warnings, restore} = captureWarnings();
      try {
        const bad = await mount(html`<ijm-donate-cta impacts='{"abc": "x", "50": "Fifty."}'></ijm-donate-cta>`);
        expect(plain(sentence(bad.el)!.textContent)).to.equal('Fifty.');
        const broken = await mount(html`<ijm-donate-cta impacts='{"50": '></ijm-donate-cta>`);
        expect(shadow(broken.el).querySelector('[part=impact]')).to.equal(null);
      } finally {
        restore();
      }
      expect(warnings.filter((w) => w.includes('impacts'))).to.have.length(2);
      expect(warnings.join('\n')).to.contain('abc');
    });
  });

  describe("the page's campaign (utm_*)", () => {
    const campaignLink = 'utm_source=newsletter&utm_medium=email&utm_campaign=page-spring&utm_term=rescue&utm_content=hero&gclid=CLICK&fbclid=CLICK';
    let restore: () => void;
    beforeEach(() => (restore = setPageQuery(campaignLink)));
    afterEach(() => restore());

    it("carries the page's utm_* into the donation URL, never click ids; partner and campaign win", async () => {
      const {el, navigations} = await mount(html`<ijm-donate-cta partner="hope-ro" campaign="spring-2025"></ijm-donate-cta>`);
      button(el).click();
      const query = Object.fromEntries(new URL(navigations[0].url).searchParams);
      expect(query).to.deep.equal({
        amount: '50',
        frequency: 'monthly',
        currency: 'USD',
        campaign: 'spring-2025',
        partner: 'hope-ro',
        utm_source: 'hope-ro',
        utm_medium: 'email',
        utm_campaign: 'spring-2025',
        utm_term: 'rescue',
        utm_content: 'hero',
      });
      expect(navigations[0].url).not.to.contain('CLICK');
    });

    it("without partner or campaign, the page's own source and campaign", async () => {
      const {el, events} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      button(el).click();
      expect(Object.fromEntries(new URL(events[0].detail.url).searchParams)).to.include({utm_source: 'newsletter', utm_campaign: 'page-spring'});
    });

    it('carry-utm="off" on the widget or the provider leaves the page\'s campaign out; the widget\'s "on" wins', async () => {
      const own = await mount(html`<ijm-donate-cta carry-utm="off"></ijm-donate-cta>`);
      const inside = await mount(html`<ijm-widgets carry-utm="off"><ijm-donate-cta></ijm-donate-cta></ijm-widgets>`);
      const back = await mount(html`<ijm-widgets carry-utm="off"><ijm-donate-cta carry-utm="on"></ijm-donate-cta></ijm-widgets>`);
      for (const {el} of [own, inside, back]) button(el).click();
      for (const {navigations} of [own, inside]) {
        const query = Object.fromEntries(new URL(navigations[0].url).searchParams);
        expect(query).to.include({utm_source: location.hostname, utm_medium: 'widget'});
        expect(query).not.to.have.any.keys('utm_campaign', 'utm_term', 'utm_content');
      }
      expect(new URL(back.navigations[0].url).searchParams.get('utm_medium')).to.equal('email');
      expect(own.el.hasAttribute('carry-utm') && !inside.el.hasAttribute('carry-utm')).to.be.true; // no default written
    });
  });

  describe('keyboard only', () => {
    it('Tab into the frequency group, arrows switch, Tab to the amounts, arrows move, Enter donates', async () => {
      const {el, events} = await mount(html`<div><button id="before">before</button><ijm-donate-cta></ijm-donate-cta></div>`);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await pressKeys('Tab');
      expect(shadow(el).activeElement).to.equal(radios(el, 'frequency')[1]);
      await pressKeys('ArrowLeft');
      await el.updateComplete;
      expect(checked(el, 'frequency')).to.equal('once');
      expect(el.getAttribute('frequency')).to.equal('once');
      await pressKeys('Tab');
      expect(shadow(el).activeElement).to.equal(radios(el, 'amount')[1]);
      await pressKeys('ArrowRight');
      await el.updateComplete;
      expect(checked(el, 'amount')).to.equal('250');
      expect(plain(button(el).textContent)).to.equal('Donate $250');
      await pressKeys('Enter');
      expect(events.map((e) => [e.detail.amount, e.detail.frequency])).to.deep.equal([[250, 'once']]);
      await pressKeys('Tab');
      expect(shadow(el).activeElement).to.equal(button(el));
      await pressKeys('Space');
      expect(events).to.have.length(2);
    });

    it('arrows to "Other amount", Tab into the field, type, Enter donates that amount', async () => {
      const {el, events} = await mount(html`<ijm-donate-cta lang="ro" currency="RON"></ijm-donate-cta>`);
      radios(el, 'amount')[2].focus();
      await pressKeys('ArrowRight');
      await el.updateComplete;
      expect(checked(el, 'amount')).to.equal('other');
      expect(shadow(el).activeElement).to.equal(radios(el, 'amount')[3]); // arrows stay in the group
      await pressKeys('Tab');
      expect(shadow(el).activeElement).to.equal(otherInput(el));
      await sendKeys({type: '1 234,50'});
      await el.updateComplete;
      expect(plain(button(el).textContent)).to.equal('Donează 1.234,50 RON lunar');
      await pressKeys('Enter');
      expect(events).to.have.length(1);
      expect(events[0].detail.amount).to.equal(1234.5);
      expect(new URL(events[0].detail.url).searchParams.get('amount')).to.equal('1234.5');
    });

    it('a click on "Other amount" moves focus to the field', async () => {
      const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      radios(el, 'amount')[3].parentElement!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, detail: 1}));
      await aTimeout(10);
      expect(checked(el, 'amount')).to.equal('other');
      expect(shadow(el).activeElement).to.equal(otherInput(el));
    });
  });

  it('switching frequency swaps the presets and keeps an "Other" value', async () => {
    const {el, events} = await mount(html`<ijm-donate-cta frequency="once"></ijm-donate-cta>`);
    expect(labels(el, 'amount')).to.deep.equal(['$50', '$100', '$250', '$500', en.otherAmount]);
    await pick(el, 'amount', '500');
    await pick(el, 'frequency', 'monthly');
    expect(labels(el, 'amount')).to.deep.equal(['$25', '$50', '$100', en.otherAmount]);
    expect(checked(el, 'amount')).to.equal('50');
    await pick(el, 'frequency', 'once');
    expect(checked(el, 'amount')).to.equal('100'); // the list's default again
    await typeOther(el, '42');
    await pick(el, 'frequency', 'monthly');
    expect(checked(el, 'amount')).to.equal('other');
    expect(otherInput(el).value).to.equal('42');
    expect(plain(button(el).textContent)).to.equal('Donate $42 monthly');
    button(el).click();
    expect(events[0].detail).to.deep.include({amount: 42, frequency: 'monthly'});
  });

  it('pitches the starting frequency and keeps the form still when the reader switches', async () => {
    const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
    const top = () => shadow(el).querySelector('form')!.getBoundingClientRect().top;
    const before = top();
    await pick(el, 'frequency', 'once');
    expect(visibleHeading(el)).to.equal(en.monthlyHeading);
    expect(top()).to.equal(before);
    const {el: once} = await mount(html`<ijm-donate-cta frequency="once"></ijm-donate-cta>`);
    expect(visibleHeading(once)).to.equal(en.heading);
    expect(plain(shadow(once).querySelector('.body')!.textContent)).to.equal(plain(en.body));
  });

  describe('"Other amount" validation', () => {
    const invalid: Array<[string, string, string]> = [
      ['empty', '', en.amountRequired],
      ['spaces', '   ', en.amountRequired],
      ['zero', '0', en.amountTooLow('$1')],
      ['negative', '-5', en.amountTooLow('$1')],
      ['non-numeric', 'abc', en.amountInvalid],
      ['fractions of a cent', '10.555', en.amountInvalid],
      ['below min', '4', en.amountTooLow('$5')],
      ['above max', '10001', en.amountTooHigh('$10,000')],
    ];
    for (const [what, text, message] of invalid) {
      it(`${what}: a message tied to the field, focus on it, no event, no navigation`, async () => {
        const min = what === 'below min' ? 5 : 1;
        const {el, events, navigations} = await mount(html`<ijm-donate-cta min=${min} max="10000"></ijm-donate-cta>`);
        await typeOther(el, text);
        button(el).click();
        await el.updateComplete;
        const input = otherInput(el);
        const error = shadow(el).getElementById(input.getAttribute('aria-describedby')!)!;
        expect(plain(error.textContent)).to.equal(plain(message));
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(shadow(el).activeElement).to.equal(input);
        expect(events).to.deep.equal([]);
        expect(navigations).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('clears the message once the amount is fixed, and when a preset is picked', async () => {
      const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      await typeOther(el, 'x');
      button(el).click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.error')).to.exist;
      await typeOther(el, '30');
      expect(shadow(el).querySelector('.error')).to.equal(null);
      expect(otherInput(el).getAttribute('aria-invalid')).to.equal('false');
      await typeOther(el, '');
      button(el).click();
      await el.updateComplete;
      await pick(el, 'amount', '25');
      expect(shadow(el).querySelector('.error')).to.equal(null);
    });

    it('shows the currency symbol where the locale writes it', async () => {
      const {el: usd} = await mount(html`<ijm-donate-cta amount="7"></ijm-donate-cta>`);
      expect(shadow(usd).querySelector('.field')!.firstElementChild!.textContent).to.equal('$');
      const {el: ron} = await mount(html`<ijm-donate-cta lang="ro" currency="RON" amount="7"></ijm-donate-cta>`);
      expect(shadow(ron).querySelector('.field')!.lastElementChild!.textContent).to.equal('RON');
      expect(shadow(ron).querySelector('label[for=other]')!.textContent).to.equal('Altă sumă (RON)');
    });
  });

  describe('bad attributes', () => {
    it('amounts="abc, -5, 10" keeps 10 and warns once', async () => {
      const captured = captureWarnings();
      try {
        const {el} = await mount(html`<ijm-donate-cta amounts="abc, -5, 10"></ijm-donate-cta>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(labels(el, 'amount')).to.deep.equal(['$10', en.otherAmount]);
        expect(checked(el, 'amount')).to.equal('10');
        expect(captured.warnings.filter((m) => m.includes('abc, -5, 10'))).to.have.length(1);
      } finally {
        captured.restore();
      }
    });

    it('amounts is the monthly list too unless monthly-amounts is given', async () => {
      const {el} = await mount(html`<ijm-donate-cta amounts="10, 20, 30" frequency="monthly"></ijm-donate-cta>`);
      expect(labels(el, 'amount')).to.deep.equal(['$10', '$20', '$30', en.otherAmount]);
      el.monthlyAmounts = '5, 15';
      await el.updateComplete;
      expect(labels(el, 'amount')).to.deep.equal(['$5', '$15', en.otherAmount]);
      expect(checked(el, 'amount')).to.equal('15');
    });

    it('default presets outside min/max are left out, and the preselected one is in range', async () => {
      const {el, events, navigations} = await mount(html`<ijm-donate-cta max="40" currency="USD"></ijm-donate-cta>`);
      expect(radios(el, 'amount').map((r) => r.value)).to.deep.equal(['25', 'other']);
      expect(checked(el, 'amount')).to.equal('25');
      button(el).click();
      await el.updateComplete;
      expect(events[0].detail.amount).to.equal(25);
      expect(navigations).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('no valid amounts → only "Other", selected, with its field shown', async () => {
      const captured = captureWarnings();
      try {
        const {el} = await mount(html`<ijm-donate-cta amounts="none, 0"></ijm-donate-cta>`);
        expect(labels(el, 'amount')).to.deep.equal([en.otherAmount]);
        expect(checked(el, 'amount')).to.equal('other');
        expect(otherInput(el).closest('.other')!.hasAttribute('hidden')).to.be.false;
        expect(plain(button(el).textContent)).to.equal(en.buttonNoAmount);
        await expect(el).to.be.accessible();
      } finally {
        captured.restore();
      }
    });

    it("unknown currency → the provider's, else USD, with one warning", async () => {
      const captured = captureWarnings();
      try {
        const {el} = await mount(html`<ijm-widgets currency="EUR"><ijm-donate-cta currency="XQQ"></ijm-donate-cta></ijm-widgets>`);
        await nextFrame();
        await el.updateComplete;
        expect(plain(button(el).textContent)).to.equal('Donate €50 monthly');
        const {el: bare} = await mount(html`<ijm-donate-cta currency="XQQ"></ijm-donate-cta>`);
        bare.requestUpdate();
        await bare.updateComplete;
        expect(plain(button(bare).textContent)).to.equal('Donate $50 monthly');
        expect(captured.warnings.filter((m) => m.includes('XQQ'))).to.have.length(1);
      } finally {
        captured.restore();
      }
    });

    it('an amount not in the list preselects "Other" with that value, in the locale', async () => {
      const {el, events} = await mount(html`<ijm-donate-cta lang="ro" currency="RON" amount="75.5"></ijm-donate-cta>`);
      expect(checked(el, 'amount')).to.equal('other');
      expect(otherInput(el).value).to.equal('75,5');
      button(el).click();
      expect(events[0].detail.amount).to.equal(75.5);
      const {el: inList} = await mount(html`<ijm-donate-cta amount="100"></ijm-donate-cta>`);
      expect(checked(inList, 'amount')).to.equal('100');
    });

    it('an unsafe href disables the button with a message and never becomes a link', async () => {
      const captured = captureWarnings();
      try {
        const {el, events, navigations} = await mount(html`<ijm-donate-cta href="javascript:alert(1)"></ijm-donate-cta>`);
        const b = button(el);
        expect(b.disabled).to.be.true;
        const message = shadow(el).getElementById(b.getAttribute('aria-describedby')!)!;
        expect(message.textContent).to.equal(en.unsafeHref);
        expect(shadow(el).innerHTML).not.to.contain('javascript:');
        b.click();
        shadow(el).querySelector('form')!.requestSubmit();
        expect(events).to.deep.equal([]);
        expect(navigations).to.deep.equal([]);
        expect(captured.warnings.some((m) => m.includes('javascript:alert(1)'))).to.be.true;
        await expect(el).to.be.accessible();
      } finally {
        captured.restore();
      }
    });

    it('an unsafe portal-href leaves the portal line out', async () => {
      const captured = captureWarnings();
      try {
        const {el} = await mount(html`<ijm-donate-cta portal-href="javascript:void(0)"></ijm-donate-cta>`);
        expect(shadow(el).querySelector('.portal')).to.equal(null);
        const {el: ok} = await mount(html`<ijm-donate-cta portal-href="https://www.ijm.org/donor-portal"></ijm-donate-cta>`);
        const link = shadow(ok).querySelector<HTMLAnchorElement>('.portal a')!;
        expect(link.href).to.equal('https://www.ijm.org/donor-portal');
        expect(link.textContent).to.equal(en.portalSignIn);
      } finally {
        captured.restore();
      }
    });

    it('unknown variant and frequency fall back to panel and monthly', async () => {
      const {el, events} = await mount(html`<ijm-donate-cta variant="huge" frequency="weekly"></ijm-donate-cta>`);
      expect(shadow(el).querySelector('section.panel')).to.exist;
      expect(checked(el, 'frequency')).to.equal('monthly');
      button(el).click();
      expect(events[0].detail.frequency).to.equal('monthly');
    });
  });

  describe('heading and body', () => {
    it('can be set by attribute', async () => {
      const {el} = await mount(html`<ijm-donate-cta heading="Give to IJM" body="Thank you."></ijm-donate-cta>`);
      expect(visibleHeading(el)).to.equal('Give to IJM');
      expect(plain(shadow(el).querySelector('.body')!.textContent)).to.equal('Thank you.');
    });

    it('can be replaced by slots, and the fallback link is not rendered once defined', async () => {
      const {el} = await mount(html`
        <ijm-donate-cta>
          <h3 slot="heading">Stand with survivors</h3>
          <p slot="body">Gifts are doubled until May.</p>
          <a href="https://www.ijm.org/donate">Donate to IJM</a>
        </ijm-donate-cta>
      `);
      const heading = shadow(el).querySelector<HTMLSlotElement>('slot[name=heading]')!;
      const body = shadow(el).querySelector<HTMLSlotElement>('slot[name=body]')!;
      expect(heading.assignedElements()[0].textContent).to.equal('Stand with survivors');
      expect(body.assignedElements()[0].textContent).to.equal('Gifts are doubled until May.');
      expect(el.querySelector('h3')!.getClientRects().length).to.be.greaterThan(0);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  it('shows a fallback <a> until the element is defined, and hides it after', async () => {
    const wrapper = await fixture(html`<div><ijm-donate-cta-late><a href="https://www.ijm.org/donate">Donate to IJM</a></ijm-donate-cta-late></div>`);
    const link = wrapper.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    customElements.define('ijm-donate-cta-late', class extends IjmDonateCta {});
    const el = wrapper.firstElementChild as IjmDonateCta;
    await el.updateComplete;
    expect(link.getClientRects().length).to.equal(0);
    expect(button(el)).to.exist;
  });

  it('lays out the banner in one row when wide, mirrored in RTL', async () => {
    const {el} = await mount(html`<div style="width: 1000px"><ijm-donate-cta variant="banner"></ijm-donate-cta></div>`);
    const intro = () => shadow(el).querySelector('#heading')!.parentElement!.getBoundingClientRect();
    const form = () => shadow(el).querySelector('form')!.getBoundingClientRect();
    expect(form().left).to.be.greaterThan(intro().right - 1);
    expect(form().top).to.be.lessThan(intro().bottom);
    el.parentElement!.setAttribute('dir', 'rtl');
    await nextFrame();
    expect(form().right).to.be.lessThan(intro().left + 1);
  });

  it('mirrors in RTL: options run right to left and the field symbol sits at the start', async () => {
    const {el} = await mount(html`<div dir="rtl"><ijm-donate-cta amount="7"></ijm-donate-cta></div>`);
    const [once, monthly] = radios(el, 'frequency').map((r) => r.parentElement!.getBoundingClientRect());
    expect(once.left).to.be.greaterThan(monthly.left);
    const [first, second] = radios(el, 'amount').map((r) => r.parentElement!.getBoundingClientRect());
    expect(first.left).to.be.greaterThan(second.left);
    const affix = shadow(el).querySelector('.affix')!.getBoundingClientRect();
    expect(affix.left).to.be.greaterThan(otherInput(el).getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('keeps targets at least 24×24 px and sizes from its own base, not the page root', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const {el} = await mount(html`<ijm-donate-cta></ijm-donate-cta>`);
      for (const target of [...radios(el, 'amount').map((r) => r.parentElement!), button(el)]) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      expect(getComputedStyle(button(el)).fontSize).to.equal('17px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
