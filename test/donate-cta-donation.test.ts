import {expect} from '@open-wc/testing';
import {
  DEFAULT_DONATE_HREF,
  buildDonationUrl,
  currencyAffix,
  defaultAmounts,
  defaultPreset,
  formatMoney,
  normalizeCurrency,
  impactFor,
  parseAmountList,
  parseImpacts,
  parseLocalizedAmount,
  type DonationChoice,
} from '../src/components/donate-cta/donation.js';

const choice: DonationChoice = {amount: 50, frequency: 'monthly', currency: 'RON', campaign: 'spring-2025', partner: 'hope-ro'};
const query = (url: string | undefined) => Object.fromEntries(new URL(url!).searchParams);
/** Intl puts (narrow) no-break spaces in money; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('buildDonationUrl', () => {
  it('adds every parameter to the donation page', () => {
    const url = buildDonationUrl(DEFAULT_DONATE_HREF, choice);
    expect(url!.startsWith('https://www.ijm.org/donate?')).to.be.true;
    expect(query(url)).to.deep.equal({
      amount: '50',
      frequency: 'monthly',
      currency: 'RON',
      campaign: 'spring-2025',
      partner: 'hope-ro',
      utm_source: 'hope-ro',
      utm_medium: 'widget',
      utm_campaign: 'spring-2025',
    });
  });

  it("keeps the page's own query and hash, in order, before the added parameters", () => {
    const url = buildDonationUrl('https://give.example.org/ijm?lang=ro&fund=europe#form', choice)!;
    expect(url).to.match(/^https:\/\/give\.example\.org\/ijm\?lang=ro&fund=europe&amount=50&/);
    expect(url.endsWith('#form')).to.be.true;
    expect(query(url)).to.include({lang: 'ro', fund: 'europe', amount: '50'});
  });

  it('replaces a parameter the page already has, and keeps one the widget has no value for', () => {
    const url = buildDonationUrl('https://www.ijm.org/donate?amount=10&campaign=page-default', {...choice, campaign: undefined});
    expect(query(url)).to.include({amount: '50', campaign: 'page-default'});
    expect(query(url)).not.to.have.property('utm_campaign');
  });

  it('uses the page host as utm_source when there is no partner, and leaves partner out', () => {
    const url = buildDonationUrl(DEFAULT_DONATE_HREF, {amount: 25, frequency: 'once', currency: 'USD'});
    expect(query(url)).to.deep.equal({amount: '25', frequency: 'once', currency: 'USD', utm_source: location.hostname, utm_medium: 'widget'});
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {frequency: 'once', currency: 'USD', source: 'church.example'}))).to.include({
      utm_source: 'church.example',
    });
  });

  it("carries the page's campaign: the widget's partner and campaign win, the page's fill the rest", () => {
    const pageUtm = {utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'page-spring', utm_term: 'rescue', utm_content: 'hero'};
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, pageUtm}))).to.deep.include({
      utm_source: 'hope-ro',
      utm_medium: 'email',
      utm_campaign: 'spring-2025',
      utm_term: 'rescue',
      utm_content: 'hero',
    });
    // Without partner and campaign, the page's own source and campaign.
    const bare = query(buildDonationUrl(DEFAULT_DONATE_HREF, {frequency: 'once', currency: 'USD', pageUtm}));
    expect(bare).to.deep.equal({frequency: 'once', currency: 'USD', ...pageUtm});
    // A page with only some: the defaults for the rest.
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {frequency: 'once', currency: 'USD', pageUtm: {utm_content: 'footer'}}))).to.deep.equal({
      frequency: 'once',
      currency: 'USD',
      utm_source: location.hostname,
      utm_medium: 'widget',
      utm_content: 'footer',
    });
  });

  it('renames or drops utm_term and utm_content with param names', () => {
    const url = buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, pageUtm: {utm_term: 't', utm_content: 'c'}}, {utm_term: 'kw', utm_content: ''});
    expect(query(url)).to.include({kw: 't'});
    expect(query(url)).not.to.have.any.keys('utm_term', 'utm_content');
  });

  it('leaves amount out when there is none, and writes decimals without float noise', () => {
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, amount: undefined}))).not.to.have.property('amount');
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, amount: 50.5})).amount).to.equal('50.5');
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, amount: 0.1 + 0.2})).amount).to.equal('0.3');
    expect(query(buildDonationUrl(DEFAULT_DONATE_HREF, {...choice, amount: 1234.5})).amount).to.equal('1234.5');
  });

  it('uses other parameter names, and drops a parameter whose name is empty', () => {
    const url = buildDonationUrl(DEFAULT_DONATE_HREF, choice, {amount: 'amt', frequency: 'interval', utm_medium: '', partner: 'ref'});
    expect(query(url)).to.deep.equal({
      amt: '50',
      interval: 'monthly',
      currency: 'RON',
      campaign: 'spring-2025',
      ref: 'hope-ro',
      utm_source: 'hope-ro',
      utm_campaign: 'spring-2025',
    });
  });

  it('encodes odd campaign and partner strings so they round-trip and cannot break the URL', () => {
    const campaign = 'Spring & Summer #1 / 50% ?x=y+z «Київ» ție';
    const partner = 'a&b=c';
    const url = buildDonationUrl('https://www.ijm.org/donate#top', {...choice, campaign, partner})!;
    expect(query(url)).to.include({campaign, utm_campaign: campaign, partner, utm_source: partner});
    expect(new URL(url).hash).to.equal('#top');
    expect(new URL(url).pathname).to.equal('/donate');
    expect(url).not.to.contain(' ');
    expect(url).to.contain('a%26b%3Dc');
  });

  it('refuses an unsafe or empty href', () => {
    for (const href of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', 'https://user:pw@evil.example', '', undefined]) {
      expect(buildDonationUrl(href, choice), String(href)).to.equal(undefined);
    }
  });

  it('resolves a relative href against the page', () => {
    expect(buildDonationUrl('/give', choice)!.startsWith(`${location.origin}/give?`)).to.be.true;
  });
});

describe('parseImpacts and impactFor', () => {
  it('reads one table for both frequencies, or one per frequency (its own sentence wins), low to high', () => {
    const {impacts, invalid} = parseImpacts('{"50": "Fifty.", "25": "Twenty-five.", "monthly": {"50": "Fifty a month.", "100": "A hundred a month."}}');
    expect(invalid).to.deep.equal([]);
    expect(impacts.once).to.deep.equal([[25, 'Twenty-five.'], [50, 'Fifty.']]);
    expect(impacts.monthly).to.deep.equal([[25, 'Twenty-five.'], [50, 'Fifty a month.'], [100, 'A hundred a month.']]);
    expect(parseImpacts({once: {'10.5': ' Ten and a half. '}}).impacts).to.deep.equal({once: [[10.5, 'Ten and a half.']], monthly: []});
  });

  it('reports what is not an amount with a sentence, and bad JSON', () => {
    expect(parseImpacts('{"abc": "x", "-5": "y", "0": "z", "25": 3, "50": " ", "75": "ok", "once": "nope"}')).to.deep.equal({
      impacts: {once: [[75, 'ok']], monthly: [[75, 'ok']]},
      invalid: ['0', '25', '50', 'abc', '-5', 'once'], // JSON object order: integer keys first
    });
    expect(parseImpacts('{"25": "x"').invalid).to.deep.equal(['not JSON']);
    expect(parseImpacts('[1, 2]').invalid).to.deep.equal(['not a JSON object']);
    expect(parseImpacts(undefined)).to.deep.equal({impacts: {once: [], monthly: []}, invalid: []});
  });

  it("an amount's own sentence, else that of the largest amount below it, else none", () => {
    const list: Array<[number, string]> = [[25, 'a'], [50, 'b'], [100, 'c']];
    expect(impactFor(list, 50)).to.equal('b');
    expect(impactFor(list, 60)).to.equal('b');
    expect(impactFor(list, 1000)).to.equal('c');
    expect(impactFor(list, 24.99)).to.equal(undefined);
    expect(impactFor(list, undefined)).to.equal(undefined);
    expect(impactFor([], 50)).to.equal(undefined);
  });
});

describe('parseAmountList', () => {
  it('lists amounts from low to high', () => {
    expect(parseAmountList('100, 25, 50').amounts).to.deep.equal([25, 50, 100]);
  });

  it('keeps positive numbers, once each, and reports the rest', () => {
    expect(parseAmountList('abc, -5, 10')).to.deep.equal({amounts: [10], invalid: ['abc', '-5']});
    expect(parseAmountList(' 25,50 , 100.5,50,, ')).to.deep.equal({amounts: [25, 50, 100.5], invalid: []});
    expect(parseAmountList('0, 1e3, Infinity, 12abc')).to.deep.equal({amounts: [], invalid: ['0', '1e3', 'Infinity', '12abc']});
    expect(parseAmountList('')).to.deep.equal({amounts: [], invalid: []});
    expect(parseAmountList(null)).to.deep.equal({amounts: [], invalid: []});
  });
});

describe('parseLocalizedAmount', () => {
  const cases: Array<[string, string, number | undefined, string?]> = [
    ['50', 'en', 50],
    ['50.5', 'en', 50.5],
    ['1,234.50', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['1,234,567', 'en', 1234567],
    ['  75  ', 'en', 75],
    ['$50', 'en', 50, 'USD'],
    ['usd 50', 'en', 50, 'USD'],
    ['50', 'ro', 50],
    ['50.5', 'ro', 50.5],
    ['50,5', 'ro', 50.5],
    ['1 234,50', 'ro', 1234.5],
    ['1.234,50', 'ro', 1234.5],
    ['1.234', 'ro', 1234],
    ['100 lei', 'ro', 100, 'RON'],
    ['100 RON', 'ro', 100, 'RON'],
    ['1 234,50', 'uk', 1234.5],
    ['1\u202f234,50', 'uk', 1234.5],
    ['1\u00a0234,50', 'uk', 1234.5],
    ['50.5', 'uk', 50.5],
    ['250 грн', 'uk', 250, 'UAH'],
    ['250 ₴', 'uk', 250, 'UAH'],
    ['1 234,50', 'bg', 1234.5],
    ['1\u202f234,50', 'bg', 1234.5],
    ['20 лв.', 'bg', 20, 'BGN'],
    ['20лв', 'bg', 20, 'BGN'],
    ['.5', 'en', 0.5],
    ['-5', 'en', -5],
    ['−5', 'uk', -5],
    ['0', 'en', 0],
    ['', 'en', undefined],
    ['abc', 'en', undefined],
    ['50abc', 'en', undefined],
    ['1e3', 'en', undefined],
    ['1,2,3', 'ro', undefined],
    ['1.2.3', 'ro', undefined],
    ['1,23,4', 'en', undefined],
    ['5 0 lei x', 'ro', undefined, 'RON'],
  ];
  it('falls back to English separators for a locale Intl refuses', () => {
    expect(parseLocalizedAmount('1,234.5', 'not a locale!')).to.equal(1234.5);
  });

  for (const [text, locale, expected, currency] of cases) {
    it(`${JSON.stringify(text)} in ${locale}${currency ? ` (${currency})` : ''} → ${expected}`, () => {
      expect(parseLocalizedAmount(text, locale, currency)).to.equal(expected);
    });
  }
});

describe('currencies and money', () => {
  it('accepts known ISO 4217 codes in any case and refuses others', () => {
    expect(normalizeCurrency('eur')).to.equal('EUR');
    expect(normalizeCurrency(' UAH ')).to.equal('UAH');
    for (const bad of ['XYZ', 'EUROS1', 'E1R', 'lira?', '', null, undefined]) expect(normalizeCurrency(bad), String(bad)).to.equal(undefined);
  });

  it('understands the ways volunteers write their currency (the builder and the WordPress sidebar say so)', () => {
    const words: [string, string][] = [['lei', 'RON'], ['Lei', 'RON'], ['грн', 'UAH'], ['₴', 'UAH'], ['лв.', 'BGN'], ['ЛВ', 'BGN'], ['€', 'EUR'], ['euro', 'EUR'], ['$', 'USD'], ['£', 'GBP']];
    for (const [word, code] of words) expect(normalizeCurrency(word), word).to.equal(code);
  });

  it('has preset steps per currency and frequency, USD steps for others', () => {
    expect(defaultAmounts('USD', 'once')).to.deep.equal([50, 100, 250, 500]);
    expect(defaultAmounts('EUR', 'monthly')).to.deep.equal([25, 50, 100]);
    expect(defaultAmounts('RON', 'monthly')).to.deep.equal([30, 50, 100]);
    expect(defaultAmounts('UAH', 'once')).to.deep.equal([200, 500, 1000, 2000]);
    expect(defaultAmounts('BGN', 'once')).to.deep.equal([20, 50, 100, 200]);
    expect(defaultPreset([25, 50, 100])).to.equal(50);
    expect(defaultPreset([10])).to.equal(10);
    expect(defaultPreset([])).to.equal(undefined);
  });

  it('formats money for the locale without needless decimals', () => {
    expect(formatMoney(50, 'USD', 'en')).to.equal('$50');
    expect(formatMoney(50.5, 'USD', 'en')).to.equal('$50.50');
    expect(plain(formatMoney(1234.5, 'RON', 'ro'))).to.equal('1.234,50 RON');
    expect(plain(formatMoney(30, 'RON', 'en'))).to.equal('RON 30');
    expect(plain(formatMoney(1000, 'UAH', 'uk'))).to.equal('1 000 грн');
    expect(plain(formatMoney(20, 'BGN', 'bg'))).to.equal('20 лв.');
    expect(formatMoney(100, 'GBP', 'en-GB')).to.equal('£100');
  });

  it('puts the currency symbol where the locale puts it', () => {
    expect(currencyAffix('USD', 'en')).to.deep.equal({symbol: '$', position: 'prefix'});
    expect(currencyAffix('RON', 'ro')).to.deep.equal({symbol: 'RON', position: 'suffix'});
    expect(currencyAffix('UAH', 'uk')).to.deep.equal({symbol: 'грн', position: 'suffix'});
    expect(currencyAffix('EUR', 'en')).to.deep.equal({symbol: '€', position: 'prefix'});
  });
});
