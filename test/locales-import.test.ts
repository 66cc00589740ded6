import {expect, fixture, html} from '@open-wc/testing';
import '../src/i18n/locales/uk.js';
import {matchLocale} from '../src/i18n/locale.js';
import {uk} from '../src/i18n/uk.js';
import './helpers/probe-element.js';
import type {IjmTestProbe} from './helpers/probe-element.js';

describe("import '@ijm/widgets/locales/uk.js'", () => {
  it('registers the Ukrainian text at import, so a Ukrainian widget renders without waiting for it', async () => {
    expect(matchLocale('uk-UA').strings).to.equal(uk);
    const el = document.createElement('ijm-test-probe') as IjmTestProbe;
    el.lang = 'uk';
    const page = await fixture(html`<div></div>`);
    page.append(el);
    // The update needs no catalog load: it is the usual one a microtask after connecting.
    await Promise.resolve();
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal(uk.rail.heading);
  });
});
