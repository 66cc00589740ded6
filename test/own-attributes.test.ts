import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/all.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** The element in `template`, rendered, and the attributes it has then. */
async function attributesOf(template: TemplateResult): Promise<{el: Widget; names: string[]}> {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return {el, names: el.getAttributeNames()};
}

// A server-rendering framework (React, Next.js) compares the attributes it wrote with the ones on
// the element: a widget that writes its defaults onto itself is a hydration mismatch.
describe('widgets write no attribute of their own', () => {
  const bare: Record<string, TemplateResult> = {
    'ijm-widgets': html`<ijm-widgets></ijm-widgets>`,
    'ijm-icon': html`<ijm-icon></ijm-icon>`,
    'ijm-article-card': html`<ijm-article-card></ijm-article-card>`,
    'ijm-related-stories': html`<ijm-related-stories></ijm-related-stories>`,
    'ijm-donate-cta': html`<ijm-donate-cta></ijm-donate-cta>`,
    'ijm-email-signup': html`<ijm-email-signup></ijm-email-signup>`,
  };
  for (const [tag, template] of Object.entries(bare)) {
    it(`a bare <${tag}> has no attributes`, async () => {
      expect((await attributesOf(template)).names).to.deep.equal([]);
    });
  }

  it('each keeps exactly what the page wrote', async () => {
    const written: [TemplateResult, string[]][] = [
      [html`<ijm-icon name="close" label="Close"></ijm-icon>`, ['name', 'label']],
      [html`<ijm-article-card heading="A story" href="https://www.ijm.org/stories/a" variant="horizontal"></ijm-article-card>`, ['heading', 'href', 'variant']],
      [html`<ijm-related-stories heading="More" more-href="https://www.ijm.org/stories/"></ijm-related-stories>`, ['heading', 'more-href']],
      [html`<ijm-donate-cta currency="EUR" amount="50"></ijm-donate-cta>`, ['currency', 'amount']],
      [html`<ijm-email-signup action="/api/signup" consent="Yes, email me."></ijm-email-signup>`, ['action', 'consent']],
      [html`<ijm-widgets locale="ro"><ijm-donate-cta></ijm-donate-cta></ijm-widgets>`, ['locale']],
    ];
    for (const [template, names] of written) expect((await attributesOf(template)).names).to.deep.equal(names);
  });

  it('the rail given stories as a property writes nothing either', async () => {
    const el = await fixture<IjmRelatedStories>(html`<ijm-related-stories .stories=${[{url: 'https://www.ijm.org/stories/a', title: 'A story'}]}></ijm-related-stories>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ijm-article-card')).to.have.length(1);
    expect(el.getAttributeNames()).to.deep.equal([]);
  });

  it('the donate widget reflects the reader’s frequency (documented), and only that', async function () {
    this.timeout(30000); // the page's first axe run (below) loads axe: slow on a busy machine
    const el = await fixture<IjmDonateCta>(html`<ijm-donate-cta></ijm-donate-cta>`);
    await el.updateComplete;
    const radio = (value: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
    radio('once').click();
    await el.updateComplete;
    expect(el.getAttributeNames()).to.deep.equal(['frequency']);
    expect(el.getAttribute('frequency')).to.equal('once');
    radio('monthly').click();
    await el.updateComplete;
    expect(el.getAttribute('frequency')).to.equal('monthly');
    expect(radio('monthly').checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('layouts without an attribute are the defaults the styles describe', async () => {
    // The card's default is vertical: its image above the text.
    const card = await fixture<Widget>(html`<ijm-article-card heading="A story" style="width: 40em"></ijm-article-card>`);
    await card.updateComplete;
    const media = card.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
    const body = card.shadowRoot!.querySelector('[part="body"]')!.getBoundingClientRect();
    expect(media.bottom).to.be.at.most(body.top + 1);
    // The donate widget's default is the panel (a banner or compact one has other markup).
    const donate = await fixture<Widget>(html`<ijm-donate-cta></ijm-donate-cta>`);
    await donate.updateComplete;
    expect(donate.shadowRoot!.querySelector('[part="base"]')!.classList.contains('panel')).to.be.true;
  });
});
