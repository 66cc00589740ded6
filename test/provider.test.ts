import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/context/provider.js';
import './helpers/probe-element.js';
import type {IjmTestProbe} from './helpers/probe-element.js';
import {findLangTag, loadCatalog, matchLocale} from '../src/i18n/locale.js';
import {catalogs} from './helpers/catalogs.js';

const text = (probe: IjmTestProbe) => probe.shadowRoot!.querySelector('p')!.textContent;

describe('<ijm-widgets> provider', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  for (const locale of ['en', 'ro', 'uk', 'bg']) {
    it(`gives its locale (${locale}) and partner to a widget inside it`, async () => {
      document.documentElement.removeAttribute('lang');
      const provider = await fixture(html`
        <ijm-widgets locale=${locale} partner="hope-ro" currency="RON">
          <div><ijm-test-probe></ijm-test-probe></div>
        </ijm-widgets>
      `);
      const probe = provider.querySelector('ijm-test-probe')!;
      await probe.updateComplete;
      expect(probe.resolvedLocale).to.equal(locale);
      expect(probe.partner).to.equal('hope-ro');
      expect(text(probe)).to.equal(catalogs[locale].rail.heading);
      await expect(provider).to.be.accessible();
    });
  }

  it('updates widgets when its attributes change', async () => {
    const provider = await fixture(html`<ijm-widgets locale="ro"><ijm-test-probe></ijm-test-probe></ijm-widgets>`);
    const probe = provider.querySelector('ijm-test-probe')!;
    provider.setAttribute('locale', 'bg');
    provider.setAttribute('partner', 'sofia-help');
    await nextFrame();
    await probe.updateComplete;
    expect(text(probe)).to.equal(catalogs.bg.rail.heading);
    expect(probe.partner).to.equal('sofia-help');
  });

  it('renders its children and nothing else, with no box of its own', async () => {
    const provider = await fixture(html`<ijm-widgets><p>Partner content</p></ijm-widgets>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.textContent!.trim()).to.equal('Partner content');
    await expect(provider).to.be.accessible();
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('follows the order: own lang, ancestor lang, provider, <html lang>, en', async () => {
    document.documentElement.setAttribute('lang', 'bg');
    const el = await fixture(html`
      <div lang="uk">
        <ijm-widgets locale="ro">
          <ijm-test-probe lang="en-GB"></ijm-test-probe>
        </ijm-widgets>
      </div>
    `);
    const probe = el.querySelector('ijm-test-probe')!;
    const provider = el.querySelector('ijm-widgets')!;
    await probe.updateComplete;
    const step = async () => {
      await nextFrame();
      await probe.updateComplete;
      return probe.resolvedLocale;
    };
    expect(await step()).to.equal('en-GB'); // own lang
    probe.removeAttribute('lang');
    expect(await step()).to.equal('uk'); // ancestor lang
    el.removeAttribute('lang');
    expect(await step()).to.equal('ro'); // provider
    provider.removeAttribute('locale');
    expect(await step()).to.equal('bg'); // <html lang>
    document.documentElement.removeAttribute('lang');
    expect(await step()).to.equal('en'); // default
    expect(text(probe)).to.equal(catalogs.en.rail.heading);
  });

  it('crosses shadow roots when looking for an ancestor lang', async () => {
    const host = await fixture(html`<div lang="ro"></div>`);
    const inner = host.attachShadow({mode: 'open'});
    const probe = document.createElement('ijm-test-probe');
    inner.append(probe);
    expect(findLangTag(probe)).to.equal('ro');
  });

  it('matches regional and odd tags to a shipped catalog, once loaded, else English', async () => {
    await Promise.all(['ro', 'uk', 'bg'].map(loadCatalog));
    expect(matchLocale('uk-UA')).to.include({locale: 'uk-UA'});
    expect(matchLocale('uk-UA').strings).to.equal(catalogs.uk);
    expect(matchLocale('RO_ro').strings).to.equal(catalogs.ro);
    expect(matchLocale('bg').strings.lang).to.equal('bg');
    // English, built in: the sections of the widgets this page defined (here the probe's, the rail's).
    const english = matchLocale('en').strings;
    expect(english).to.deep.include({lang: 'en', common: catalogs.en.common, rail: catalogs.en.rail});
    expect(matchLocale('fr-FR')).to.deep.equal({locale: 'en', strings: english});
    expect(matchLocale('not a tag!')).to.deep.equal({locale: 'en', strings: english});
    expect(matchLocale('')).to.deep.equal({locale: 'en', strings: english});
  });

  it('ships every catalog with the same keys as English, none empty', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    for (const [lang, strings] of Object.entries(catalogs)) {
      expect(shape(strings), lang).to.deep.equal(shape(catalogs.en));
      const walk = (value: unknown): void => {
        if (typeof value === 'string') expect(value.trim(), lang).not.to.equal('');
        else if (typeof value === 'function') expect(value('X', 'monthly')).to.contain('X');
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(strings);
    }
  });
});
