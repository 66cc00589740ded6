import {expect, fixture, html} from '@open-wc/testing';
import {resizeViewport} from './helpers/viewport.js';
import {pressKeys} from './helpers/keys.js';

// The suite's own route for resizing the page (test/server/commands.mjs), which the view-event and
// dataLayer tests rely on in every engine: the viewport gets the size asked for, media queries
// follow, and the keyboard focus ring still shows afterwards (WebKitGTK without a window manager
// can lose the window's focus on a resize).
describe('resizeViewport (test harness)', () => {
  after(() => resizeViewport({width: 800, height: 600}));

  for (const size of [
    {width: 1200, height: 2400},
    {width: 900, height: 700},
    {width: 800, height: 600},
  ]) {
    it(`gives the page ${size.width}×${size.height}`, async () => {
      await resizeViewport(size);
      expect({width: innerWidth, height: innerHeight}).to.deep.equal(size);
      expect(matchMedia(`(min-width: ${size.width}px) and (max-width: ${size.width}px)`).matches).to.equal(true);
    });
  }

  it('keeps keyboard focus visible after a resize', async () => {
    await resizeViewport({width: 1000, height: 700});
    const el = await fixture<HTMLDivElement>(html`<div><button>first</button><button>second</button></div>`);
    const [first, second] = el.querySelectorAll('button');
    first.focus();
    await pressKeys('Tab');
    expect(document.activeElement).to.equal(second);
    expect(second.matches(':focus-visible')).to.equal(true);
    expect(document.hasFocus()).to.equal(true);
  });
});
