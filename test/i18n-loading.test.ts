import {expect, fixture, html, waitUntil, nextFrame} from '@open-wc/testing';
import {html as litHtml} from 'lit';
import {IjmTestProbe} from './helpers/probe-element.js';
import {define} from '../src/internal/define.js';
import {catalogs as loaded, shippedLanguages} from '../src/i18n/locale.js';
import {catalogPreloader, preloadedLanguages} from '../src/i18n/preload.js';
import {recordedRequests, resetServer, respondUrl} from './helpers/server.js';

/** A widget that records the language of the text each of its renders used. */
class IjmTestRenders extends IjmTestProbe {
  renders: string[] = [];
  override render() {
    this.renders.push(this.strings.lang);
    return litHtml`<p>${this.strings.rail.heading}</p>`;
  }
}
define('ijm-test-renders', IjmTestRenders);

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';
// What the page fetched, from Resource Timing (every engine; the server's log misses what
// Firefox and WebKit fetch). Counts since the page opened, so "once" means exactly one entry.
const catalogRequests = async (lang: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith(`/src/i18n/${lang}.`)).length;

// One page for the whole file: each language's text loads the first time a test here uses it
// (this file imports no catalog itself, so each first use is a request the server sees).
describe('text of other languages, loaded on first use', () => {
  beforeEach(resetServer);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('an English page loads no other text', async () => {
    const el = await fixture<IjmTestRenders>(html`<ijm-test-renders></ijm-test-renders>`);
    expect(el.renders).to.deep.equal(['en']);
    expect(text(el)).to.equal('You might also be interested in…');
    for (const lang of ['ro', 'uk', 'bg']) expect(await catalogRequests(lang), lang).to.equal(0);
    expect(Object.keys(loaded)).to.deep.equal(['en']);
  });

  for (const [lang, where] of [
    ['ro', 'html'],
    ['uk', 'ancestor'],
  ] as const) {
    it(`a page in ${lang} (${where} lang) renders in ${lang} first, with no English in between`, async () => {
      if (where === 'html') document.documentElement.setAttribute('lang', lang);
      const wrapper = await fixture(html`<div lang=${where === 'ancestor' ? lang : ''}></div>`);
      const els = [0, 1].map(() => document.createElement('ijm-test-renders') as IjmTestRenders);
      wrapper.append(...els);
      await Promise.resolve();
      expect(els.map(text), 'nothing shown while the text loads').to.deep.equal(['', '']);
      await Promise.all(els.map((el) => el.updateComplete));
      for (const el of els) {
        expect(el.renders).to.deep.equal([lang]);
        expect(loaded[lang].lang).to.equal(lang);
        expect(text(el)).to.equal(loaded[lang].rail.heading);
      }
      expect(await catalogRequests(lang), 'the catalog is fetched once for both').to.equal(1);
      await expect(els[0]).to.be.accessible();
    });
  }

  it('a lang that changes after load: its text loads, then the widget re-renders once', async () => {
    const wrapper = await fixture(html`<div><ijm-test-renders></ijm-test-renders></div>`);
    const el = wrapper.querySelector<IjmTestRenders>('ijm-test-renders')!;
    expect(el.renders).to.deep.equal(['en']);
    wrapper.setAttribute('lang', 'bg');
    await waitUntil(() => el.renders.length > 1, 'a second render');
    await el.updateComplete;
    await nextFrame();
    expect(el.renders).to.deep.equal(['en', 'bg']);
    expect(loaded.bg.lang).to.equal('bg');
    expect(text(el)).to.equal(loaded.bg.rail.heading);
    expect(await catalogRequests('bg')).to.equal(1);

    // Back to a language already loaded: re-renders at once, nothing fetched again.
    const roBefore = await catalogRequests('ro');
    wrapper.setAttribute('lang', 'ro');
    await waitUntil(() => el.renders.length > 2, 'a third render');
    expect(el.renders).to.deep.equal(['en', 'bg', 'ro']);
    expect(await catalogRequests('ro')).to.equal(roBefore);
  });

  it('a language that does not ship, or a tag that is not one, renders English and fetches nothing', async () => {
    for (const lang of ['fr', 'not a tag!', 'x-']) {
      const el = await fixture<IjmTestRenders>(html`<ijm-test-renders lang=${lang}></ijm-test-renders>`);
      expect(el.renders, lang).to.deep.equal(['en']);
      expect(text(el)).to.equal('You might also be interested in…');
    }
    expect((await recordedRequests('/src/i18n/')).length).to.equal(0);
  });
});

describe('the CDN loader fetches the text with the widget', () => {
  beforeEach(resetServer);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  const requested = async () => (await recordedRequests('/test-api/respond')).map((r) => new URLSearchParams(r.search).get('lang')).sort();
  const preloader = () => catalogPreloader((lang) => `${respondUrl({type: 'text/javascript', body: 'export {};'})}&lang=${lang}`);

  it("reads each widget's language (own or ancestor lang, provider locale, <html lang>) and fetches each catalog once", async () => {
    document.documentElement.setAttribute('lang', 'bg-BG');
    const page = await fixture(html`<div>
      <ijm-donate-cta lang="uk"></ijm-donate-cta>
      <section lang="ro-RO"><ijm-email-signup></ijm-email-signup><ijm-icon></ijm-icon></section>
      <ijm-widgets locale="uk"><ijm-article-card></ijm-article-card></ijm-widgets>
      <ijm-article-card></ijm-article-card>
      <ijm-article-card lang="en"></ijm-article-card>
      <ijm-article-card lang="fr"></ijm-article-card>
    </div>`);
    const preload = preloader();
    page.querySelectorAll('*').forEach(preload);
    await waitUntil(async () => (await requested()).length >= 3, 'three catalogs requested');
    await new Promise((r) => setTimeout(r, 100));
    expect(await requested()).to.deep.equal(['bg', 'ro', 'uk']);
  });

  it('fetches nothing for an English page', async () => {
    const page = await fixture(html`<div><ijm-donate-cta></ijm-donate-cta><ijm-email-signup lang="en-GB"></ijm-email-signup></div>`);
    const preload = preloader();
    page.querySelectorAll('*').forEach(preload);
    await new Promise((r) => setTimeout(r, 100));
    expect(await requested()).to.deep.equal([]);
  });

  it('knows the same languages as the widgets', () => {
    expect(['en', ...preloadedLanguages]).to.deep.equal(shippedLanguages);
  });
});
