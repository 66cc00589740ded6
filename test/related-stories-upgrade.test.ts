import {expect, fixture, html} from '@open-wc/testing';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';

// No static import of the rail: in this file its module loads only after the page (a framework)
// has set `stories` on the not yet defined element, as when the widget code loads late.
describe('<ijm-related-stories> defined after the page set its properties', () => {
  it('takes up `stories` set before the element was defined', async function () {
    // The module (and all it imports) is first fetched and compiled by the test server here.
    this.timeout(30000);
    expect(customElements.get('ijm-related-stories')).to.equal(undefined);
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories></ijm-related-stories>`);
    el.stories = [
      {url: 'https://www.ijm.org/stories/a', title: 'Story A'},
      {url: 'https://www.ijm.org/stories/b', title: 'Story B'},
    ];
    await import('../src/components/related-stories/related-stories.js');
    await customElements.whenDefined('ijm-related-stories');
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('ijm-article-card')];
    expect(cards.map((card) => card.heading)).to.deep.equal(['Story A', 'Story B']);
    // A property, not an attribute: nothing like `stories="[object Object],[object Object]"`.
    expect(el.getAttributeNames()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
