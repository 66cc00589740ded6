import {expect} from '@open-wc/testing';
import {carriesUtm, readPageUtm} from '../../src/data/utm.js';

describe('readPageUtm', () => {
  it('reads the five utm_* parameters, with or without the "?"', () => {
    const all = 'utm_source=newsletter&utm_medium=email&utm_campaign=spring+2025&utm_term=rescue&utm_content=hero-link';
    const expected = {utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring 2025', utm_term: 'rescue', utm_content: 'hero-link'};
    expect(readPageUtm(`?${all}`)).to.deep.equal(expected);
    expect(readPageUtm(all)).to.deep.equal(expected);
  });

  it('never reads click ids or anything else', () => {
    const query = '?gclid=abc&fbclid=def&msclkid=ghi&dclid=x&wbraid=y&gbraid=z&ttclid=t&twclid=w&li_fat_id=l&mc_eid=m&utm_id=1&utm_source=fb';
    expect(readPageUtm(query)).to.deep.equal({utm_source: 'fb'});
  });

  it('leaves out empty values, matches names exactly, keeps the first of repeats and caps the length', () => {
    expect(readPageUtm('?utm_source=%20%20&UTM_MEDIUM=email&utm_campaign=a&utm_campaign=b')).to.deep.equal({utm_campaign: 'a'});
    expect(readPageUtm(`?utm_content=${'x'.repeat(500)}`).utm_content).to.have.length(200);
    expect(readPageUtm('')).to.deep.equal({});
    expect(readPageUtm('?%E0%A4%A=1&utm_term=%F0%9F%99%82')).to.deep.equal({utm_term: '🙂'});
  });
});

describe('carriesUtm', () => {
  it("is on unless the widget's, else the provider's, setting is off", () => {
    expect(carriesUtm(undefined, undefined)).to.be.true;
    expect(carriesUtm('off', undefined)).to.be.false;
    expect(carriesUtm(undefined, 'OFF ')).to.be.false;
    expect(carriesUtm('on', 'off')).to.be.true;
    expect(carriesUtm('off', 'on')).to.be.false;
  });
});
