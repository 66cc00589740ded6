import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './helpers/probe-element.js';
import {catalogs} from './helpers/catalogs.js';

// No provider module imported at the top: its code "arrives" during the test, after the widgets'.
describe('<ijm-widgets> defined after the widgets inside it (CDN chunks arrive in any order)', () => {
  it('gives its defaults to widgets already on the page, in its light DOM and in a shadow root', async () => {
    const page = await fixture(html`<div><ijm-widgets locale="uk" partner="kyiv-help"><ijm-test-probe></ijm-test-probe><section></section></ijm-widgets></div>`);
    const probe = page.querySelector('ijm-test-probe')!;
    const shadowed = document.createElement('ijm-test-probe');
    page.querySelector('section')!.attachShadow({mode: 'open'}).append(shadowed);
    await probe.updateComplete;
    await shadowed.updateComplete;
    // Its language already (the provider's `locale` attribute, read meanwhile), not English and then again.
    expect(probe.resolvedLocale).to.equal('uk');
    expect(shadowed.resolvedLocale).to.equal('uk');
    expect(probe.partner).to.equal(undefined);

    await import('../src/context/provider.js');
    await waitUntil(() => probe.partner === 'kyiv-help' && shadowed.partner === 'kyiv-help', 'both widgets reached by the provider');
    await probe.updateComplete;
    await shadowed.updateComplete;
    expect(probe.resolvedLocale).to.equal('uk');
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal(catalogs.uk.rail.heading);
    expect(shadowed.resolvedLocale).to.equal('uk');
  });
});
