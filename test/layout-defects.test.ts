// What a designer saw on screen in issue 24, each as a test in a column as wide as a phone page
// leaves a widget (320 and 375 px minus a 24 px margin each side), in the languages that broke it.
import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/components/donate-cta/donate-cta.js';
import '../src/components/email-signup/email-signup.js';
import '../src/components/related-stories/related-stories.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import type {IjmRelatedStories} from '../src/components/related-stories/related-stories.component.js';
import type {LitElement} from 'lit';

const COLUMNS = [320 - 48, 375 - 48];

/** Waits for the element and its language's text (loaded on first use). */
async function ready(el: LitElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.childElementCount, 'rendered', {timeout: 5000});
  for (let i = 0; i < 5; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** Elements of `root` (and nested shadow roots) drawn past `box`'s inline edges, by more than half a pixel. */
function outside(root: ShadowRoot, box: DOMRect): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || el.closest('.visually-hidden')) continue;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${el.localName}.${el.className} ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
  }
  return out;
}

/** Text that runs past its own element's box (a word wider than its button). */
function textOutOfBox(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('span, button')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.localName}: ${el.textContent!.trim()} (${el.scrollWidth} > ${el.clientWidth})`);
}

/** Words drawn on more than one line (broken in two) in these elements' text. */
function brokenWords(elements: Iterable<Element>): string[] {
  const broken: string[] = [];
  const range = document.createRange();
  for (const el of elements) {
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

describe('layout defects of issue 24', () => {
  for (const width of COLUMNS) {
    for (const [lang, variant] of [
      ['en', 'panel'],
      ['uk', 'panel'],
      ['ro', 'banner'],
      ['uk', 'banner'],
      ['bg', 'panel'],
    ]) {
      it(`donate ${variant} in ${lang} at ${width} px: the "once / monthly" toggle and the button stay inside`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px"><ijm-donate-cta variant=${variant} frequency="monthly" currency="UAH" amount="1000"></ijm-donate-cta></div>`);
        const donate = wrapper.querySelector<IjmDonateCta>('ijm-donate-cta')!;
        await ready(donate);
        const root = donate.shadowRoot!;
        expect(outside(root, donate.getBoundingClientRect())).to.deep.equal([]);
        expect(textOutOfBox(root)).to.deep.equal([]);
        expect(brokenWords(root.querySelectorAll('[part~=frequency] span, [part~=amounts] span, [part~=button]'))).to.deep.equal([]);
        // A button label that wraps keeps room around it (it had almost none in Ukrainian).
        const button = root.querySelector<HTMLButtonElement>('[part~=button]')!;
        const style = getComputedStyle(button);
        expect(parseFloat(style.paddingTop)).to.be.at.least(6);
        expect(parseFloat(style.paddingBottom)).to.be.at.least(6);
      });
    }
  }

  it('donate: one focus ring in the amount field, not a second one on its currency symbol', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro"><ijm-donate-cta currency="RON" amount="37"></ijm-donate-cta></div>`);
    const donate = wrapper.querySelector<IjmDonateCta>('ijm-donate-cta')!;
    await ready(donate);
    const root = donate.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('#other')!;
    input.focus();
    await nextFrame();
    expect(input.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(root.querySelector('.field')!).outlineStyle).to.equal('solid');
    const affixes = [...root.querySelectorAll('.affix')];
    expect(affixes).to.have.length.above(0);
    for (const affix of affixes) expect(getComputedStyle(affix).outlineStyle).to.equal('none');
  });

  it('email sign-up in a right-to-left page: the page does not get wider (the anti-bot field is not pushed out)', async () => {
    const before = document.documentElement.scrollWidth;
    await fixture(html`<div dir="rtl" lang="ro"><ijm-email-signup action="/api/signup" consent="Da"></ijm-email-signup></div>`);
    const signup = document.querySelector<LitElement>('ijm-email-signup')!;
    await ready(signup);
    expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(before, innerWidth));
    expect(outside(signup.shadowRoot!, signup.getBoundingClientRect()).filter((e) => e.startsWith('input'))).to.deep.equal([]);
  });

  for (const width of COLUMNS) {
    it(`rail at ${width} px: the first card fits, the next one peeks, nothing is cut`, async () => {
      const stories = [1, 2, 3, 4].map((n) => ({url: `https://a.example/${n}`, title: `Історія номер ${n} про надію`}));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk" style="width: ${width}px"><ijm-related-stories .stories=${stories}></ijm-related-stories></div>`);
      const rail = wrapper.querySelector<IjmRelatedStories>('ijm-related-stories')!;
      await ready(rail);
      const track = rail.shadowRoot!.querySelector<HTMLElement>('.track')!;
      const box = track.getBoundingClientRect();
      const style = getComputedStyle(track);
      const inner = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const [first, second] = [...track.children].map((c) => c.getBoundingClientRect());
      expect(first.width, 'first card').to.be.at.most(inner + 0.5);
      expect(Math.min(second.right, box.right) - second.left, 'the next card in view').to.be.at.least(12);
    });
  }
});
