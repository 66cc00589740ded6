import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/components/article-card/article-card.js';
import '../src/context/provider.js';
import type {IjmArticleCard} from '../src/components/article-card/article-card.component.js';
import {catalogs} from './helpers/catalogs.js';
import {captureWarnings} from './helpers/console.js';
import {pressKeys} from './helpers/keys.js';

const IMAGE = '/demo/images/story-nway.svg';
const shadow = (el: IjmArticleCard) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IjmArticleCard, selector: string) => shadow(el).querySelector<T & Element>(selector);

function expectNoUnsafeUrls(root: ShadowRoot) {
  for (const el of root.querySelectorAll('[href],[src]')) {
    for (const name of ['href', 'src']) {
      const value = el.getAttribute(name);
      if (value !== null) expect(value, `${el.localName}[${name}]`).to.match(/^https?:\/\//);
    }
  }
}

describe('<ijm-article-card>', () => {
  it('renders a full story as one link with image, kicker, heading, summary and date', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card
      href="/stories/nway"
      heading="This is Nway’s story"
      summary="From isolation and abuse to community and safety."
      image=${IMAGE}
      image-alt="Nway sewing"
      date="2024-03-08"
    ></ijm-article-card>`);
    const links = shadow(el).querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].href).to.equal(new URL('/stories/nway', location.href).href);
    expect(links[0].textContent!.trim()).to.equal('This is Nway’s story');
    const heading = $(el, '[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect($(el, '.kicker')!.textContent).to.equal('Stories');
    expect($(el, '.summary')!.textContent).to.equal('From isolation and abuse to community and safety.');
    const img = $<HTMLImageElement>(el, 'img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.alt).to.equal('Nway sewing');
    expect($(el, 'time')!.textContent).to.equal('Mar 8, 2024');
    await expect(el).to.be.accessible();
  });

  it('renders a bare tag without an empty heading or a nameless link, and stays accessible', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card></ijm-article-card>`);
    expect($(el, '[role="heading"]')).to.equal(null);
    expect($(el, 'a')).to.equal(null);
    expect($(el, '.kicker')!.textContent).to.equal('Stories');
    await expect(el).to.be.accessible();
  });

  it('keeps a usable width inside a flex row or an inline-block parent', async () => {
    const row = await fixture<HTMLDivElement>(html`<div>
      <div class="flex"><ijm-article-card heading="In a flex row" href="/a"></ijm-article-card></div>
      <span class="inline"><ijm-article-card heading="In an inline block" href="/b"></ijm-article-card></span>
    </div>`);
    row.querySelector<HTMLElement>('.flex')!.style.display = 'flex';
    row.querySelector<HTMLElement>('.inline')!.style.display = 'inline-block';
    for (const card of row.querySelectorAll('ijm-article-card')) {
      expect(card.getBoundingClientRect().width, card.getAttribute('heading')!).to.be.at.least(200);
    }
  });

  it('sends no referrer when it loads a feed image from another host', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="x" image=${IMAGE}></ijm-article-card>`);
    expect($<HTMLImageElement>(el, 'img')!.referrerPolicy).to.equal('no-referrer');
  });

  it('spaces its body from the --ijm-space token', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="Spacing"></ijm-article-card>`);
    const body = () => parseFloat(getComputedStyle($(el, '.body')!).paddingTop);
    const before = body();
    el.style.setProperty('--ijm-space', '2em');
    expect(body()).to.equal(before * 2);
  });

  it('stretches the link over the whole card, so a click anywhere follows it', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card href="#card-target" heading="H" summary="Summary text"></ijm-article-card>`);
    const box = el.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.bottom - 4);
    expect(hit?.closest('a')).to.equal($(el, 'a'));
  });

  it('shows a focus ring around the whole card when its link is reached by keyboard', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><ijm-article-card href="#card-target" heading="H"></ijm-article-card></div>`);
    const el = page.querySelector('ijm-article-card')!;
    await el.updateComplete;
    const link = $(el, 'a')!;
    expect(getComputedStyle(link, '::after').outlineStyle).to.equal('none');
    page.querySelector('button')!.focus();
    await pressKeys('Tab');
    expect(shadow(el).activeElement).to.equal(link);
    const ring = getComputedStyle(link, '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    // The ring is drawn by the stretched ::after, so it follows the card's outline.
    expect(ring.position).to.equal('absolute');
  });

  it('clamps a long heading and summary to three lines each', async () => {
    const long = 'A very long heading that goes on and on '.repeat(8);
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card style="width: 280px" href="/s" heading=${long} summary=${long}></ijm-article-card>`);
    for (const part of ['heading', 'summary']) {
      const box = $(el, `[part="${part}"]`)!;
      const lines = box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight);
      expect(Math.round(lines), part).to.equal(3);
      expect(box.scrollHeight, part).to.be.greaterThan(box.clientHeight);
    }
    expect($(el, '[part="heading"]')!.textContent).to.contain(long.trim());
  });

  it('keeps the image box at its aspect ratio before the image loads (no layout shift)', async () => {
    const el = await fixture<IjmArticleCard>(html`<div style="width: 320px"><ijm-article-card heading="H" image="/test-api/respond?delay=300&type=image/svg%2Bxml"></ijm-article-card></div>`);
    const card = el.querySelector('ijm-article-card')!;
    await card.updateComplete;
    const media = $(card, '.media')!;
    expect(Math.round(media.getBoundingClientRect().height)).to.equal(Math.round((media.getBoundingClientRect().width * 9) / 16));
  });

  it('shows the date in the widget locale', async () => {
    const el = await fixture(html`<ijm-widgets locale="uk"><ijm-article-card heading="H" date="2024-03-08T09:00:00Z"></ijm-article-card></ijm-widgets>`);
    const card = el.querySelector('ijm-article-card')!;
    await card.updateComplete;
    const time = $(card, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-03-08T09:00:00.000Z');
    expect(time.textContent).to.equal(new Intl.DateTimeFormat('uk', {dateStyle: 'medium'}).format(new Date('2024-03-08T09:00:00Z')));
    expect($(card, '.kicker')!.textContent).to.equal(catalogs.uk.card.kicker);
  });

  it('marks a protected story visibly and for assistive tech, in every locale', async () => {
    for (const lang of ['en', 'ro', 'uk', 'bg']) {
      const el = await fixture<IjmArticleCard>(html`<ijm-article-card lang=${lang} protected href="/nway" heading="this is Nway’s story"></ijm-article-card>`);
      const badge = $(el, '[part="protected-badge"]')!;
      const shield = badge.querySelector('ijm-icon')!;
      expect(shield.name).to.equal('shield');
      await shield.updateComplete;
      expect(shield.shadowRoot!.querySelector('svg path'), 'the shield is drawn').to.exist;
      expect(badge.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, 'a')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${catalogs[lang].card.protected}: this is Nway’s story`);
      await expect(el).to.be.accessible();
    }
  });

  it('shows a placeholder when there is no image, and when the image fails to load', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="No image"></ijm-article-card>`);
    expect($(el, '.placeholder')).to.exist;
    expect($(el, 'img')).to.equal(null);
    el.image = '/test-api/respond?status=404';
    await el.updateComplete;
    const img = $<HTMLImageElement>(el, 'img')!;
    img.loading = 'eager';
    await oneEvent(img, 'error');
    await el.updateComplete;
    expect($(el, 'img')).to.equal(null);
    expect($(el, '.placeholder')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('drops an unsafe href and image: no link, no unsafe attribute, a placeholder, one warning each', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' java\tscript:alert(1)', 'vbscript:x']) {
        const el = await fixture<IjmArticleCard>(html`<ijm-article-card href=${bad} image=${bad} heading="Unsafe"></ijm-article-card>`);
        expect($(el, 'a')).to.equal(null);
        expect($(el, 'img')).to.equal(null);
        expect($(el, '[role="heading"]')!.textContent!.trim()).to.equal('Unsafe');
        expectNoUnsafeUrls(shadow(el));
        await expect(el).to.be.accessible();
      }
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.includes('ignores href'))).to.have.length(4);
    expect(warnings.filter((w) => w.includes('ignores image'))).to.have.length(4);
  });

  it('renders a heading, kicker and summary as text, never markup', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="<img src=x onerror=alert(1)>" summary="<b>bold?</b>"></ijm-article-card>`);
    expect($(el, '[role="heading"]')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('b, [role="heading"] img')).to.equal(null);
  });

  it('has a loading skeleton that announces loading and has the card’s shape', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card loading></ijm-article-card>`);
    expect($(el, '.card')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).textContent!.trim()).to.equal('Loading…');
    expect($(el, '.media')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('uses the kicker, variant and heading level it is given; kicker="" hides the kicker', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card variant="horizontal" kicker="News" heading-level="2" heading="H"></ijm-article-card>`);
    expect($(el, '.kicker')!.textContent).to.equal('News');
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(getComputedStyle($(el, '.card')!).flexDirection).to.equal('row');
    el.kicker = '';
    await el.updateComplete;
    expect($(el, '.kicker')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps text in another direction whole on a right-to-left page: punctuation stays with it, aligned with the card', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 320px">
      <ijm-article-card href="/s" heading="Does slavery still exist?" summary="Yes." kicker="News" date="2024-03-08"></ijm-article-card>
    </div>`);
    const el = page.querySelector('ijm-article-card')!;
    await el.updateComplete;
    /** The horizontal middle of character `index` of the text in `selector`. */
    const middle = (selector: string, index: number) => {
      const range = document.createRange();
      const text = [...$(el, selector)!.querySelector('bdi')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const box = range.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const heading = 'Does slavery still exist?';
    // Read left to right, as English is: the question mark is right of the "D", not left of it.
    expect(middle('[part="link"]', heading.length - 1)).to.be.greaterThan(middle('[part="link"]', 0));
    expect(middle('[part="summary"]', 3)).to.be.greaterThan(middle('[part="summary"]', 0));
    // …and it sits at the card's start edge, the right one.
    const body = $(el, '[part="body"]')!.getBoundingClientRect();
    for (const part of ['kicker', 'link', 'summary', 'date']) {
      const box = $(el, `[part="${part}"]`)!.querySelector('bdi')!.getBoundingClientRect();
      expect(body.right - box.right, part).to.be.within(15, 30);
    }
    await expect(el).to.be.accessible();
  });

  it('beside the text, fills the image box whatever the text height, and keeps the protected mark small', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 640px">
      <ijm-article-card variant="horizontal" protected href="/s" heading="A heading" image=${IMAGE}></ijm-article-card>
      <ijm-article-card variant="horizontal" href="/s" heading="Own image"><img slot="image" src=${IMAGE} alt="" style="aspect-ratio: 3 / 4" /></ijm-article-card>
    </div>`);
    const [el, slotted] = [...page.querySelectorAll('ijm-article-card')];
    await el.updateComplete;
    const media = $(el, '[part="media"]')!.getBoundingClientRect();
    const image = $(el, 'img')!.getBoundingClientRect();
    const badge = $(el, '[part="protected-badge"]')!.getBoundingClientRect();
    expect(media.width).to.be.lessThan(page.getBoundingClientRect().width / 2);
    expect([image.width, image.height]).to.deep.equal([media.width, media.height]);
    expect(badge.width).to.be.lessThan(media.width * 0.9);
    expect(badge.height).to.be.lessThan(media.height / 2);
    // A tall slotted image does not make the card tall: it is cropped to the box.
    const box = $(slotted, '[part="media"]')!.getBoundingClientRect();
    expect(slotted.querySelector('img')!.getBoundingClientRect().height).to.equal(box.height);
    expect(box.height).to.be.lessThan(box.width);
    await expect(el).to.be.accessible();
  });

  it('ignores a date it cannot read', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="H" date="not a date"></ijm-article-card>`);
    expect($(el, 'time')).to.equal(null);
  });

  it('lets a partner slot their own responsive image', async () => {
    const el = await fixture<IjmArticleCard>(html`<ijm-article-card heading="H" image=${IMAGE}>
      <img slot="image" src=${IMAGE} srcset=${`${IMAGE} 1x`} alt="">
    </ijm-article-card>`);
    const slot = $<HTMLSlotElement>(el, 'slot[name="image"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    const slotted = slot.assignedElements()[0] as HTMLImageElement;
    expect(getComputedStyle(slotted).objectFit).to.equal('cover');
  });
});
