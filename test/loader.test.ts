import {expect, fixture, html, waitUntil, nextFrame} from '@open-wc/testing';
import {autoload, moduleUrl} from '../src/internal/autoload.js';
import {widgetModules} from '../src/widget-modules.js';
import {catalogPreloader} from '../src/i18n/preload.js';
import {recordedRequests, releaseHeld, resetServer, respondUrl} from './helpers/server.js';

// Each run gets its own URLs so the browser's module map cannot hide a second fetch.
let run = 0;
const fakeModules = {'ijm-test-a': 'a', 'ijm-test-b': 'b', 'ijm-test-c': 'c'};
const resolveFake = (module: string) => `/test/fixtures/loader/${module}.js?run=${run}`;

describe('CDN loader (autoload)', () => {
  let stop: (() => void) | undefined;
  beforeEach(async () => {
    run++;
    await resetServer();
  });
  afterEach(() => stop?.());

  it('loads a tag already on the page, one added later and one inside a provider, each module once', async () => {
    const page = await fixture(html`<div><ijm-test-a></ijm-test-a><ijm-test-a></ijm-test-a></div>`);
    stop = autoload(resolveFake, fakeModules);
    await waitUntil(async () => (await recordedRequests('/test/fixtures/loader/a.js')).length === 1, 'a requested', {timeout: 5000});

    page.append(document.createElement('ijm-test-b'), document.createElement('ijm-test-b'));
    const provider = document.createElement('ijm-widgets');
    provider.innerHTML = '<section><ijm-test-c></ijm-test-c></section>';
    page.append(provider);
    await waitUntil(async () => (await recordedRequests('/test/fixtures/loader/')).length >= 3, 'three modules requested', {timeout: 5000});
    await nextFrame();
    page.append(document.createElement('ijm-test-c'), document.createElement('ijm-test-a'));
    await new Promise((r) => setTimeout(r, 100));

    const requests = await recordedRequests('/test/fixtures/loader/');
    const perModule = requests.reduce<Record<string, number>>((counts, r) => {
      counts[r.path] = (counts[r.path] ?? 0) + 1;
      return counts;
    }, {});
    expect(perModule).to.deep.equal({
      '/test/fixtures/loader/a.js': 1,
      '/test/fixtures/loader/b.js': 1,
      '/test/fixtures/loader/c.js': 1,
    });
    expect(requests.every((r) => r.search === `?run=${run}`)).to.be.true;
  });

  it("asks for the widget's text and its code together: the code does not wait for the text", async () => {
    await fixture(html`<div lang="uk"><ijm-test-a></ijm-test-a></div>`);
    const hold = `text-${run}`;
    const text = `${respondUrl({type: 'text/javascript', body: 'export {};', hold})}&text=uk&run=${run}`;
    stop = autoload(resolveFake, fakeModules, document, catalogPreloader(() => text));
    // The text is held back by the server until released: the code is asked for meanwhile.
    await waitUntil(async () => (await recordedRequests()).filter((r) => r.search.includes(`run=${run}`)).length === 2, 'text and code requested', {timeout: 5000});
    const asked = (await recordedRequests()).filter((r) => r.search.includes(`run=${run}`)).map((r) => (r.search.includes('text=uk') ? 'text' : r.path));
    expect(asked.sort()).to.deep.equal(['/test/fixtures/loader/a.js', 'text']);
    await releaseHeld(hold);
  });

  it('requests nothing when no widget tag is on the page', async () => {
    await fixture(html`<div><p>No widgets here</p><ijm-unknown></ijm-unknown></div>`);
    stop = autoload(resolveFake, fakeModules);
    await new Promise((r) => setTimeout(r, 100));
    expect(await recordedRequests('/test/fixtures/loader/')).to.have.length(0);
  });

  it('ignores tags inside <template> until they are stamped into the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><template><ijm-test-b></ijm-test-b></template></div>`);
    stop = autoload(resolveFake, fakeModules);
    await new Promise((r) => setTimeout(r, 100));
    expect(await recordedRequests('/test/fixtures/loader/b.js')).to.have.length(0);
    page.append(page.querySelector('template')!.content.cloneNode(true));
    await waitUntil(async () => (await recordedRequests('/test/fixtures/loader/b.js')).length === 1, 'b requested', {timeout: 5000});
  });

  it('maps every shipped tag to its module and resolves it beside the loader, wherever that is hosted', () => {
    expect(widgetModules['ijm-widgets']).to.equal('provider');
    for (const [tag, module] of Object.entries(widgetModules)) {
      expect(tag).to.match(/^ijm-[a-z-]+$/);
      expect(module).to.match(/^[a-z-]+$/);
    }
    expect(moduleUrl('donate-cta', 'https://cdn.example.org/npm/@ijm/widgets@0.1.0/dist/cdn/loader.js')).to.equal(
      'https://cdn.example.org/npm/@ijm/widgets@0.1.0/dist/cdn/donate-cta.js',
    );
    expect(moduleUrl('icon', 'https://partner.example/wp-content/ijm/loader.js?ver=3')).to.equal('https://partner.example/wp-content/ijm/icon.js');
  });

  it('defines the real provider from its module when <ijm-widgets> appears', async () => {
    const sources: Record<string, string> = {provider: '/src/context/provider.ts'};
    await fixture(html`<div><ijm-widgets locale="ro"></ijm-widgets></div>`);
    stop = autoload((module) => sources[module] ?? `/missing/${module}.js`, {'ijm-widgets': 'provider'});
    await customElements.whenDefined('ijm-widgets');
    expect(customElements.get('ijm-widgets')).to.be.a('function');
  });
});
