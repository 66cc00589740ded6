import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {adoptPlaceholders} from './helpers/placeholders.js';

// This file defines no widget: the donate box and the sign-up stay placeholders throughout, as they
// are while their code is on its way, and only the provider's code arrives.
adoptPlaceholders();

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<ijm-widgets> arriving while the widgets inside are placeholders', () => {
  for (const width of [320, 431, 800]) {
    it(`keeps each placeholder's box (${width} px column): nothing inside is slotted`, async () => {
      const column = await fixture(html`
        <div style="width: ${width}px">
          <ijm-widgets locale="ro" primary-color="#0b6e4f">
            <ijm-donate-cta currency="RON"></ijm-donate-cta>
            <ijm-email-signup action="https://example.org/signup"></ijm-email-signup>
          </ijm-widgets>
          <p>After the widgets</p>
        </div>
      `);
      const heights = () => [...column.querySelectorAll('ijm-donate-cta, ijm-email-signup')].map((el) => Math.round(el.getBoundingClientRect().height));
      const paragraph = () => column.querySelector('p')!.getBoundingClientRect().top;
      await frames(2);
      const before = {heights: heights(), paragraph: paragraph()};
      // A box that is not the narrowest one at this width: the container queries apply.
      expect(before.heights[0]).to.be.above(200);
      await import('../src/context/provider.js');
      const provider = column.querySelector('ijm-widgets')!;
      await customElements.whenDefined('ijm-widgets');
      await (provider as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      await frames(3);
      // WebKit drops the container queries of a slotted element's ::before: with a <slot> the
      // donate placeholder went from its 547 px to the narrowest box's 925 px in a 431 px column.
      expect(heights()).to.deep.equal(before.heights);
      expect(paragraph()).to.be.closeTo(before.paragraph, 0.5);
      expect(provider.shadowRoot).to.equal(null);
      expect(getComputedStyle(provider).display).to.equal('contents');
      // The theme still arrives (set on the provider itself).
      expect((provider as HTMLElement).style.getPropertyValue('--ijm-color-primary')).to.equal('#0b6e4f');
    });
  }
});
