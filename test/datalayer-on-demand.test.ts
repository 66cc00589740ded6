import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/components/article-card/article-card.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';

// The GA4 mapping of the opt-in analytics bridge (src/internal/datalayer-entry.ts) is its own
// module: a page downloads it only once a widget or the provider has analytics="datalayer".
// Its own test file, so that no other test has loaded the module into this page before.

/** How often this page has fetched the mapping module (Resource Timing sees every engine's requests). */
const mappingRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/src/internal/datalayer-entry.')).length;

const stayOnPage = (e: Event) => e.preventDefault();

describe('analytics="datalayer": the GA4 mapping loads on demand', () => {
  before(() => window.addEventListener('click', stayOnPage));
  after(() => {
    window.removeEventListener('click', stayOnPage);
    delete window.dataLayer;
  });

  it('is not fetched without the attribute, then is once a widget opts in, and the first event is pushed', async () => {
    const card = await fixture<IjmArticleCard>(html`<ijm-article-card href="https://www.ijm.org/stories/nway" heading="Nway"></ijm-article-card>`);
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mappingRequests()).to.equal(0);
    expect(window.dataLayer).to.equal(undefined);

    card.analytics = 'datalayer';
    await card.updateComplete;
    // Clicked at once, before the mapping can have arrived: pushed when it does.
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    await waitUntil(() => window.dataLayer?.length === 2, 'the click pushed', {timeout: 5000});
    expect(mappingRequests()).to.equal(1);
    expect(window.dataLayer).to.deep.equal([
      {ecommerce: null},
      {
        event: 'select_promotion',
        widget: 'article-card',
        url: 'https://www.ijm.org/stories/nway',
        ecommerce: {creative_name: 'ijm-article-card', items: [{item_id: 'https://www.ijm.org/stories/nway'}]},
      },
    ]);
    await expect(card).to.be.accessible();
  });
});
