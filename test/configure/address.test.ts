import {expect} from '@open-wc/testing';
import {browserLanguage, readAddress} from '../../src/configure/embed-builder.js';

describe('embed builder: its language and the page’s address', () => {
  it('speaks the first of the browser’s languages it knows, else English', () => {
    expect(browserLanguage(['ro-RO', 'en-US'])).to.equal('ro');
    expect(browserLanguage(['de-DE', 'uk-UA'])).to.equal('uk');
    expect(browserLanguage(['bg'])).to.equal('bg');
    expect(browserLanguage(['fr-FR', 'de'])).to.equal('en');
    expect(browserLanguage([])).to.equal('en');
  });

  it('reads back what the builder writes into the address', () => {
    const state = {pick: 'ijm-widgets', children: ['ijm-donate-cta', 'ijm-email-signup'], values: {'ijm-widgets': {currency: 'lei'}}, theme: {'primary-color': '#0b6e4f'}, loader: 'https://partner.example/ijm/loader.js'};
    const hash = `#${new URLSearchParams({ui: 'ro', preview: 'uk', tab: 'wordpress', state: JSON.stringify(state)})}`;
    expect(readAddress(hash)).to.deep.equal({ui: 'ro', preview: 'uk', tab: 'wordpress', state});
  });

  it('ignores what it does not know, and a damaged address', () => {
    expect(readAddress('#ui=fr&preview=xx&tab=css&state=%7Bnot-json')).to.deep.equal({});
    const odd = JSON.stringify({pick: 'ijm-widgets', children: ['ijm-icon', 'script'], values: {'ijm-icon': {name: 'rss', bad: 3}, other: {a: 'b'}}, theme: {'primary-color': 1}, loader: 'javascript:alert(1)'});
    expect(readAddress(`#state=${encodeURIComponent(odd)}`).state).to.deep.equal({pick: 'ijm-widgets', children: ['ijm-icon'], values: {'ijm-icon': {name: 'rss'}}, theme: {}});
    expect(readAddress(`#state=${encodeURIComponent(JSON.stringify({pick: 'img'}))}`)).to.deep.equal({});
  });
});
