import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/components/donate-cta/donate-cta.js';
import type {IjmDonateCta} from '../src/components/donate-cta/donate-cta.component.js';
import {contrastRatio, type Rgb} from '../src/styles/contrast.js';
import {TOKENS, privateName, type TokenName} from '../src/styles/tokens.js';
import {hostStyles} from '../src/styles/host.js';
import {IjmWidgets} from '../src/context/provider.component.js';
import {widgetModules} from '../src/widget-modules.js';

const cssTextOf = (styles: unknown): string =>
  Array.isArray(styles) ? styles.map(cssTextOf).join('\n') : String((styles as {cssText?: string})?.cssText ?? '');

describe('design tokens', () => {
  it('every global token has a default and a private copy on the host', () => {
    const host = cssTextOf(hostStyles);
    for (const [name, value] of Object.entries(TOKENS)) {
      expect(name).to.match(/^--ijm-[a-z-]+$/);
      expect(value).to.not.equal('');
      expect(host).to.contain(`${privateName(name as TokenName)}:var(${name},${value})`);
    }
  });

  it('no widget uses a private token that is never defined', async () => {
    const defined = new Set(Object.keys(TOKENS).map((name) => privateName(name as TokenName)));
    const styles = [cssTextOf(IjmWidgets.styles)];
    for (const module of Object.values(widgetModules)) {
      if (module === 'provider') continue;
      const exports = await import(`../src/components/${module}/${module}.component.ts`);
      for (const value of Object.values(exports)) {
        if (typeof value === 'function' && 'styles' in value) styles.push(cssTextOf((value as {styles: unknown}).styles));
      }
    }
    const used = new Set(styles.join('\n').match(/var\(\s*--_[a-z0-9-]+/g)?.map((m) => m.replace(/var\(\s*/, '')) ?? []);
    // Private names a component defines for itself (e.g. `--_card-gap:`) are fine too.
    const local = new Set(styles.join('\n').match(/--_[a-z0-9-]+(?=\s*:)/g) ?? []);
    for (const name of used) expect(defined.has(name) || local.has(name), `${name} is used but never defined`).to.be.true;
  });

  describe('a colour set by CSS alone gets readable text', () => {
    /** A computed colour as the sRGB pixel it draws. */
    const rgbOf = (colour: string): Rgb => {
      const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b];
    };
    // The partner accent of issue 24 (white on it was 3.68:1), the defaults, and colours around the
    // white/black crossover, light and dark, saturated and grey.
    const colours = ['#e4572e', '#f5b335', '#00558c', '#1f6f50', '#ffd166', '#7a1f00', '#777777', '#767676', '#7a7a7a', '#0f9d58', '#ff00ff', '#00e5ff', '#3355ff', '#ffffff', '#000000', '#808080'];

    for (const [token, part] of [
      ['--ijm-color-accent', 'button'],
      ['--ijm-color-primary', 'frequency'],
    ] as const) {
      it(`${token} alone: the text on it reads at 4.5:1 or more`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div><ijm-donate-cta frequency="monthly"></ijm-donate-cta></div>`);
        const donate = wrapper.querySelector<IjmDonateCta>('ijm-donate-cta')!;
        await donate.updateComplete;
        const target = () =>
          part === 'button' ? donate.shadowRoot!.querySelector('[part~=button]')! : donate.shadowRoot!.querySelector('[part~=frequency] input:checked + span')!;
        const low: string[] = [];
        for (const colour of colours) {
          wrapper.style.setProperty(token, colour);
          await nextFrame();
          const style = getComputedStyle(target());
          const ratio = contrastRatio(rgbOf(style.color), rgbOf(style.backgroundColor));
          if (ratio < 4.5) low.push(`${colour}: ${ratio.toFixed(2)}`);
        }
        expect(low).to.deep.equal([]);
      });
    }

    it('a -contrast colour the page sets wins', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><ijm-donate-cta></ijm-donate-cta></div>`);
      wrapper.style.setProperty('--ijm-color-accent', '#e4572e');
      wrapper.style.setProperty('--ijm-color-accent-contrast', '#ffffff');
      const donate = wrapper.querySelector<IjmDonateCta>('ijm-donate-cta')!;
      await donate.updateComplete;
      expect(rgbOf(getComputedStyle(donate.shadowRoot!.querySelector('[part~=button]')!).color)).to.deep.equal([255, 255, 255]);
    });
  });
});
