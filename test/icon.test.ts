import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import '../src/components/icon/icon.js';
import type {IjmIcon} from '../src/components/icon/icon.component.js';
import {iconNames} from '../src/components/icon/icon-names.js';
import {builtinIcons, iconCheck} from '../src/components/icon/icon-data.generated.js';
import {registerIcon} from '../src/components/icon/registry.js';
import {pageSettled} from '../src/internal/page-settled.js';
import {captureWarnings} from './helpers/console.js';

// The first line of the seed page, as the site spells the names.
const SITE_NAMES = (
  'shield arrow-simple-alt-top arrow-simple-alt-left arrow-simple-alt-right arrow-simple-alt-bottom facebook ' +
  'instagram linkedin medium pinterest rss search-alt shaper twitter video-play arrow-long-right arrow-long-left ' +
  'arrow-long-top arrow-long-bottom arrow-simple-right arrow-simple-left arrow-simple-bottom readio ' +
  'arrow-simple-top speaker-down plus minus cloud hb pin camera globe cart rotate Group-35 star edit arrow-top ' +
  'arrow-right arrow-left arrow-bottom check search Close square speaker-up speaker-mute return play pause love ' +
  'new-tab equalizer'
).split(' ');

// Icons that point along the reading direction; everything else keeps its drawing in RTL.
const MIRRORED = new Set([
  'arrow-simple-alt-left', 'arrow-simple-alt-right', 'arrow-long-right', 'arrow-long-left', 'arrow-simple-right',
  'arrow-simple-left', 'arrow-right', 'arrow-left', 'return', 'new-tab',
]);

const svgOf = (icon: IjmIcon) => icon.shadowRoot!.querySelector('svg');
const markupOf = (icon: IjmIcon) => svgOf(icon)?.outerHTML.replace(/<!--[^>]*-->/g, '') ?? '';

async function render(name: string, attrs = ''): Promise<IjmIcon> {
  const wrapper = await fixture<HTMLDivElement>(`<div ${attrs}><ijm-icon name="${name}"></ijm-icon></div>`);
  const icon = wrapper.querySelector('ijm-icon')!;
  await icon.updateComplete;
  return icon;
}

describe('<ijm-icon> built-in set', () => {
  it('maps exactly the 53 names of the site, in its spelling', () => {
    expect(SITE_NAMES).to.have.length(53);
    expect(Object.keys(iconNames)).to.deep.equal(SITE_NAMES);
    expect(Object.keys(builtinIcons)).to.deep.equal(SITE_NAMES.map((name) => name.toLowerCase()));
  });

  it('explains every name whose meaning is not obvious', () => {
    for (const name of ['hb', 'readio', 'shaper', 'Group-35', 'return', 'equalizer', 'square', 'love', 'twitter'] as const) {
      expect(iconNames[name].why, name).to.be.a('string').and.have.length.above(10);
    }
  });

  it('twitter shows the X logo', async () => {
    expect(iconNames.twitter.tabler).to.equal('brand-x');
  });

  for (const name of SITE_NAMES) {
    it(`"${name}" draws an <svg> with real geometry`, async () => {
      const icon = await render(name);
      const svg = svgOf(icon)!;
      expect(svg, name).to.exist;
      const box = svg.getBBox();
      // The geometry's box plus the stroke around it (`minus` is a line: zero height, 2px stroke).
      const paint = getComputedStyle(svg.querySelector('path')!);
      const stroke = paint.stroke === 'none' ? 0 : Number.parseFloat(paint.strokeWidth);
      expect(box.width + box.height, `${name} geometry`).to.be.above(4);
      expect(box.width + stroke, `${name} painted width`).to.be.above(1);
      expect(box.height + stroke, `${name} painted height`).to.be.above(1);
      // Paint stays inside the 24×24 box, so nothing is clipped.
      expect(box.x - stroke / 2).to.be.at.least(0);
      expect(box.y - stroke / 2).to.be.at.least(0);
      expect(box.x + box.width + stroke / 2).to.be.at.most(24);
      expect(box.y + box.height + stroke / 2).to.be.at.most(24);
    });
  }

  it('no two names draw the same artwork (there are no aliases)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div>${SITE_NAMES.map((name) => `<ijm-icon name="${name}"></ijm-icon>`).join('')}</div>`,
    );
    const icons = [...wrapper.querySelectorAll('ijm-icon')];
    await Promise.all(icons.map((icon) => icon.updateComplete));
    const byMarkup = new Map<string, string>();
    for (const icon of icons) {
      const markup = markupOf(icon);
      expect(markup).to.contain('<path');
      expect(byMarkup.get(markup), `${icon.name} looks like ${byMarkup.get(markup)}`).to.be.undefined;
      byMarkup.set(markup, icon.name);
    }
    expect(byMarkup.size).to.equal(53);
  });

  it('keeps the arrow families apart: plain, long, simple and simple-alt differ in every direction', async () => {
    for (const direction of ['top', 'right', 'bottom', 'left']) {
      const families = ['arrow', 'arrow-long', 'arrow-simple', 'arrow-simple-alt'];
      const drawings = await Promise.all(families.map(async (family) => markupOf(await render(`${family}-${direction}`))));
      expect(new Set(drawings).size, direction).to.equal(4);
    }
  });

  it('matches names case-insensitively (Close = close = CLOSE)', async () => {
    const close = markupOf(await render('Close'));
    expect(markupOf(await render('close'))).to.equal(close);
    expect(markupOf(await render('CLOSE'))).to.equal(close);
    expect(markupOf(await render(' close '))).to.equal(close);
    expect(markupOf(await render('group-35'))).to.equal(markupOf(await render('Group-35')));
  });
});

describe('<ijm-icon> element', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  it('is decorative without a label: hidden from assistive tech, and writes nothing onto itself', async () => {
    const icon = await render('check');
    expect(svgOf(icon)!.getAttribute('aria-hidden')).to.equal('true');
    expect(svgOf(icon)!.hasAttribute('role')).to.be.false;
    expect(svgOf(icon)!.hasAttribute('aria-label')).to.be.false;
    expect(icon.getAttributeNames()).to.deep.equal(['name']);
    await expect(icon).to.be.accessible();
  });

  it('with a label is an image with that accessible name', async () => {
    const el = await fixture<HTMLParagraphElement>(html`<p>Follow us <ijm-icon name="facebook" label="Facebook"></ijm-icon></p>`);
    const icon = el.querySelector('ijm-icon')!;
    await icon.updateComplete;
    expect(svgOf(icon)!.getAttribute('role')).to.equal('img');
    expect(svgOf(icon)!.getAttribute('aria-label')).to.equal('Facebook');
    expect(svgOf(icon)!.hasAttribute('aria-hidden')).to.be.false;
    expect(icon.getAttributeNames()).to.deep.equal(['name', 'label']);
    await expect(el).to.be.accessible();
  });

  it('switches between the two when the label changes', async () => {
    const icon = await render('star');
    icon.label = 'Favourite';
    await icon.updateComplete;
    expect(svgOf(icon)!.getAttribute('role')).to.equal('img');
    expect(svgOf(icon)!.getAttribute('aria-label')).to.equal('Favourite');
    expect(svgOf(icon)!.hasAttribute('aria-hidden')).to.be.false;
    await expect(icon).to.be.accessible();
    icon.label = '';
    await icon.updateComplete;
    expect(svgOf(icon)!.hasAttribute('role')).to.be.false;
    expect(svgOf(icon)!.getAttribute('aria-hidden')).to.equal('true');
    await expect(icon).to.be.accessible();
  });

  it('labelled, it names a button that holds nothing else', async () => {
    const el = await fixture<HTMLButtonElement>(html`<button><ijm-icon name="close" label="Close"></ijm-icon></button>`);
    await el.querySelector('ijm-icon')!.updateComplete;
    await expect(el).to.be.accessible();
    // Without the label the button has no name: the check above can fail.
    el.querySelector('ijm-icon')!.label = '';
    await el.querySelector('ijm-icon')!.updateComplete;
    await expect(el).not.to.be.accessible();
  });

  it('inside a button the button keeps its own name', async () => {
    const el = await fixture<HTMLButtonElement>(html`<button aria-label="Close"><ijm-icon name="Close"></ijm-icon></button>`);
    await el.querySelector('ijm-icon')!.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is 1em square: sized by the surrounding font size', async () => {
    const icon = await render('play', 'style="font-size: 40px"');
    const {width, height} = icon.getBoundingClientRect();
    expect(width).to.equal(40);
    expect(height).to.equal(40);
    const svgBox = svgOf(icon)!.getBoundingClientRect();
    expect(svgBox.width).to.equal(40);
  });

  it('--ijm-icon-size wins over the font size', async () => {
    const icon = await render('play', 'style="font-size: 40px; --ijm-icon-size: 18px"');
    expect(icon.getBoundingClientRect().width).to.equal(18);
    expect(icon.getBoundingClientRect().height).to.equal(18);
  });

  it('does not reset the font size or colour it inherits', async () => {
    const icon = await render('check', 'style="font-size: 13px; color: rgb(200, 0, 100)"');
    expect(getComputedStyle(icon).fontSize).to.equal('13px');
    expect(getComputedStyle(icon).color).to.equal('rgb(200, 0, 100)');
  });

  it('draws in the text colour: strokes for outline icons, fill for filled ones', async () => {
    const outline = await render('check', 'style="color: rgb(0, 128, 0)"');
    const path = outline.shadowRoot!.querySelector('path')!;
    expect(getComputedStyle(path).stroke).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(path).fill).to.equal('none');
    const filled = await render('search-alt', 'style="color: rgb(0, 0, 255)"');
    const filledPath = filled.shadowRoot!.querySelector('path')!;
    expect(getComputedStyle(filledPath).fill).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(filledPath).stroke).to.equal('none');
  });

  it('mirrors an arrow in right-to-left text, but never play', async () => {
    const arrow = await render('arrow-right', 'dir="rtl"');
    expect(getComputedStyle(svgOf(arrow)!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const play = await render('play', 'dir="rtl"');
    expect(getComputedStyle(svgOf(play)!).transform).to.equal('none');
    const ltrArrow = await render('arrow-right', 'dir="ltr"');
    expect(getComputedStyle(svgOf(ltrArrow)!).transform).to.equal('none');
  });

  it('follows a direction change on the page without re-rendering', async () => {
    const arrow = await render('arrow-long-left');
    expect(getComputedStyle(svgOf(arrow)!).transform).to.equal('none');
    document.documentElement.dir = 'rtl';
    expect(getComputedStyle(svgOf(arrow)!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('mirrors exactly the icons that point along the reading direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div dir="rtl">${SITE_NAMES.map((name) => `<ijm-icon name="${name}"></ijm-icon>`).join('')}</div>`,
    );
    for (const icon of wrapper.querySelectorAll('ijm-icon')) {
      await icon.updateComplete;
      const mirrored = getComputedStyle(svgOf(icon)!).transform !== 'none';
      expect(mirrored, icon.name).to.equal(MIRRORED.has(icon.name));
    }
  });

  it('re-renders when the name changes', async () => {
    const icon = await render('play');
    const play = markupOf(icon);
    icon.name = 'pause';
    await icon.updateComplete;
    expect(markupOf(icon)).to.not.equal(play);
    expect(markupOf(icon)).to.equal(markupOf(await render('pause')));
    icon.setAttribute('name', 'PLAY');
    await icon.updateComplete;
    expect(markupOf(icon)).to.equal(play);
  });

  it('a bare tag renders nothing and complains about nothing', async () => {
    const {warnings, restore} = captureWarnings();
    let errors = 0;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div @ijm-icon-error=${() => errors++}><ijm-icon></ijm-icon></div>`);
      const icon = wrapper.querySelector('ijm-icon')!;
      await icon.updateComplete;
      expect(svgOf(icon)).to.be.null;
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
    expect(errors).to.equal(0);
  });
});

describe('<ijm-icon> with an unknown name', () => {
  it('renders nothing, keeps its box, and fires ijm-icon-error with the name', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>('<div style="font-size: 20px"></div>');
      const icon = document.createElement('ijm-icon');
      icon.name = 'Not-An-Icon';
      const event = oneEvent(wrapper, 'ijm-icon-error');
      wrapper.append(icon);
      const {detail, bubbles, composed} = await event;
      expect(detail).to.deep.equal({name: 'Not-An-Icon'});
      expect(bubbles && composed).to.be.true;
      await icon.updateComplete;
      expect(svgOf(icon)).to.be.null;
      expect(icon.getBoundingClientRect().width).to.equal(20);
      await expect(icon).to.be.accessible();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Not-An-Icon');
  });

  it('warns once per name, however many icons use it', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <ijm-icon name="nope-one"></ijm-icon><ijm-icon name="nope-one"></ijm-icon><ijm-icon name="NOPE-ONE"></ijm-icon>
          <ijm-icon name="nope-two"></ijm-icon>
        </div>
      `);
      for (const icon of wrapper.querySelectorAll('ijm-icon')) await icon.updateComplete;
      await pageSettled();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n')).to.contain('nope-one').and.contain('nope-two');
  });

  it('fires again only when the name changes, and the icon comes back with a known name', async () => {
    const {restore} = captureWarnings();
    const names: string[] = [];
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div @ijm-icon-error=${(e: CustomEvent) => names.push(e.detail.name)}><ijm-icon name="check"></ijm-icon></div>`);
      const icon = wrapper.querySelector('ijm-icon')!;
      await icon.updateComplete;
      icon.name = 'missing-a';
      await icon.updateComplete;
      expect(svgOf(icon)).to.be.null;
      await pageSettled();
      icon.label = 'Still missing';
      await icon.updateComplete;
      await pageSettled();
      icon.name = 'missing-b';
      await icon.updateComplete;
      await pageSettled();
      // Missing only for a moment: nothing to report.
      icon.name = 'missing-c';
      await icon.updateComplete;
      icon.name = 'check';
      await icon.updateComplete;
      await pageSettled();
      expect(svgOf(icon)).to.exist;
    } finally {
      restore();
    }
    expect(names).to.deep.equal(['missing-a', 'missing-b']);
  });
});

describe('<ijm-icon> before the icon set has arrived', () => {
  it('does not warn about icons whose artwork arrives with a module the loader is still fetching', async () => {
    // As the CDN loader does: a widget's chunk defined <ijm-icon> with a few icons, and the
    // module with the rest is on its way.
    const loading = Symbol.for('ijm-widgets.loading');
    const pending = ((globalThis as unknown as Record<symbol, Set<Promise<unknown>>>)[loading] ??= new Set());
    const iconSet = new Promise<void>((resolve) =>
      setTimeout(() => {
        registerIcon('late-set-star', iconCheck);
        resolve();
      }, 300),
    );
    pending.add(iconSet);
    void iconSet.then(() => pending.delete(iconSet));
    const {warnings, restore} = captureWarnings();
    let errors = 0;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div @ijm-icon-error=${() => errors++}><ijm-icon name="late-set-star"></ijm-icon></div>`);
      const icon = wrapper.querySelector('ijm-icon')!;
      await icon.updateComplete;
      expect(svgOf(icon)).to.be.null;
      await pageSettled();
      await icon.updateComplete;
      expect(svgOf(icon)).to.exist;
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
    expect(errors).to.equal(0);
  });

  it('still warns once when the name is unknown after everything has loaded', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><ijm-icon name="never-coming"></ijm-icon><ijm-icon name="never-coming"></ijm-icon></div>`);
      await wrapper.querySelector('ijm-icon')!.updateComplete;
      await pageSettled();
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal(['[ijm-widgets] <ijm-icon>: no icon named "never-coming"; use a built-in name or registerIcon().']);
  });
});

describe('<ijm-icon> define module', () => {
  it('importing it again (a second script tag) neither throws nor changes the element', async () => {
    const before = customElements.get('ijm-icon');
    const secondCopy = '../src/components/icon/icon.ts?copy=2';
    await import(secondCopy);
    expect(customElements.get('ijm-icon')).to.equal(before);
    await nextFrame();
  });
});
