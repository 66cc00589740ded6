import {expect} from '@open-wc/testing';
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
});
