import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/context/provider.js';
import '../src/components/donate-cta/donate-cta.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import type {IjmWidgets} from '../src/context/provider.component.js';
import {contrastRatio, readableTextOn, parseHex, type Rgb} from '../src/styles/contrast.js';
import {captureWarnings} from './helpers/console.js';

// The whole file runs under the README's strict CSP: theming must not need `style-src 'unsafe-inline'`.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`));
const meta = Object.assign(document.createElement('meta'), {httpEquiv: 'Content-Security-Policy'});
meta.content = "script-src 'self' 'report-sample'; style-src 'self' 'report-sample'; img-src 'self' https: data:; require-trusted-types-for 'script'; trusted-types lit-html ijm-widgets";
document.head.append(meta);

/** A computed colour (`rgb(…)`, or `oklch(…)` as engines keep it) as the sRGB pixel it draws. */
function rgbOf(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
const rgb = (colour: string) => rgbOf(colour) as unknown as Rgb;

async function themed(attributes: Record<string, string>, children = html`<ijm-donate-cta></ijm-donate-cta>`) {
  const provider = await fixture<IjmWidgets>(html`<ijm-widgets>${children}</ijm-widgets>`);
  for (const [name, value] of Object.entries(attributes)) provider.setAttribute(name, value);
  await provider.updateComplete;
  const donate = provider.querySelector<IjmDonateCta>('ijm-donate-cta');
  await donate?.updateComplete;
  await nextFrame();
  return {provider, donate};
}

const donateButton = (donate: IjmDonateCta) => donate.shadowRoot!.querySelector<HTMLButtonElement>('[part~=button]')!;
/** The chosen frequency's option, drawn in the main colour. */
const chosenOption = (donate: IjmDonateCta) => donate.shadowRoot!.querySelector('[part~=frequency] input:checked + span')!;

describe('<ijm-widgets> theming attributes', () => {
  afterEach(() => expect(violations, 'CSP violations').to.deep.equal([]));

  it('brand colours reach the widgets inside: the chosen option in the main colour, the donate button in the accent', async () => {
    const {provider, donate} = await themed({'primary-color': '#0b6e4f', 'accent-color': '#e4572e', 'font-family': 'Georgia, serif', radius: '12px'});
    expect(getComputedStyle(chosenOption(donate!)).backgroundColor).to.equal('rgb(11, 110, 79)');
    const button = getComputedStyle(donateButton(donate!));
    expect(button.backgroundColor).to.equal('rgb(228, 87, 46)');
    expect(getComputedStyle(donate!.shadowRoot!.querySelector('section')!).borderTopLeftRadius).to.equal('12px');
    expect(getComputedStyle(donate!).fontFamily).to.match(/^Georgia, serif$/);
    // Set from script on the provider's own style, not with a <style> block or markup.
    expect(document.querySelectorAll('style').length).to.equal(0);
    expect(provider.style.getPropertyValue('--ijm-color-primary')).to.equal('#0b6e4f');
    await expect(provider).to.be.accessible();
  });

  it('text on a partner colour stays readable (≥ 4.5:1): white on #e4572e is 3.68:1, so the button text turns dark', async () => {
    expect(contrastRatio(parseHex('#ffffff')!, parseHex('#e4572e')!)).to.be.closeTo(3.68, 0.01);
    const {donate} = await themed({'accent-color': '#e4572e'});
    const button = getComputedStyle(donateButton(donate!));
    const ratio = contrastRatio(rgb(button.color), rgb(button.backgroundColor));
    expect(ratio).to.be.at.least(4.5);
    await expect(donate!).to.be.accessible();
  });

  for (const [colour, expected] of [
    ['#0b6e4f', '#ffffff'],
    ['#ffd166', '#1b2430'],
    ['rgb(0 85 140)', '#ffffff'],
    ['hsl(45 100% 60%)', '#1b2430'],
    ['rebeccapurple', '#ffffff'],
    ['oklch(0.62 0.19 35)', '#000000'],
  ] as const) {
    it(`text on the main colour ${colour} is ${expected}`, async () => {
      const {provider, donate} = await themed({'primary-color': colour}, html`<ijm-donate-cta variant="banner"></ijm-donate-cta>`);
      expect(provider.style.getPropertyValue('--ijm-color-primary-contrast')).to.equal(expected);
      // The banner draws its text on the main colour.
      const section = getComputedStyle(donate!.shadowRoot!.querySelector('section')!);
      expect(contrastRatio(rgb(section.color), rgb(section.backgroundColor))).to.be.at.least(4.5);
    });
  }

  it("a page's own -contrast colour wins over the one that follows", async () => {
    const wrapper = await fixture(html`<div><ijm-widgets accent-color="#e4572e"><ijm-donate-cta></ijm-donate-cta></ijm-widgets></div>`);
    wrapper.remove();
    (wrapper as HTMLElement).style.setProperty('--ijm-color-accent-contrast', '#000000');
    document.body.append(wrapper);
    const provider = wrapper.querySelector<IjmWidgets>('ijm-widgets')!;
    provider.accentColor = '#e4572f';
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--ijm-color-accent-contrast')).to.equal('');
    expect(getComputedStyle(donateButton(wrapper.querySelector('ijm-donate-cta')!)).color).to.equal('rgb(0, 0, 0)');
    wrapper.remove();
  });

  it('a bare number is a radius in px; removing an attribute gives the widgets their default back', async () => {
    const {provider, donate} = await themed({radius: '8', 'accent-color': '#0b6e4f'});
    expect(provider.style.getPropertyValue('--ijm-radius')).to.equal('8px');
    provider.removeAttribute('accent-color');
    provider.removeAttribute('radius');
    await provider.updateComplete;
    await nextFrame();
    expect(provider.getAttribute('style') ?? '').to.equal('');
    const button = getComputedStyle(donateButton(donate!));
    // As drawn (the default text colour on the accent is computed by CSS from the accent, so engines
    // may keep it in another colour space).
    expect(rgbOf(button.backgroundColor)).to.deep.equal([245, 179, 53]);
    expect(rgbOf(button.color)).to.deep.equal([27, 36, 48]);
  });

  it('a value that is not a colour, font or length is refused with a message saying what to write', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const {provider, donate} = await themed({'primary-color': 'verde', 'accent-color': 'javascript:alert(1)', radius: '1;}*{display:none', 'font-family': '}'});
      expect(provider.getAttribute('style') ?? '').to.equal('');
      expect(getComputedStyle(chosenOption(donate!)).backgroundColor).to.equal('rgb(0, 85, 140)');
      expect(warnings.join('\n')).to.contain('primary-color="verde"> is not valid').and.contain('such as #0b6e4f');
      expect(warnings.join('\n')).to.contain('radius="1;}*{display:none"> is not valid');
    } finally {
      restore();
    }
  });

  it('a main colour too light to read as text on white gets a warning with the ratio', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      await themed({'primary-color': '#ffe066'});
      expect(warnings.join('\n')).to.match(/primary-color="#ffe066"> is 1\.\d:1 on the widgets' white background/);
    } finally {
      restore();
    }
  });
});

describe('readableTextOn', () => {
  it('always returns a colour reading at least 4.5:1, over every grey and hue step', () => {
    for (let r = 0; r <= 255; r += 17) {
      for (let g = 0; g <= 255; g += 17) {
        for (let b = 0; b <= 255; b += 17) {
          const background: Rgb = [r, g, b];
          expect(contrastRatio(parseHex(readableTextOn(background))!, background), `on rgb(${r} ${g} ${b})`).to.be.at.least(4.5);
        }
      }
    }
  });
});
