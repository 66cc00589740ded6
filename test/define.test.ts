import {expect} from '@open-wc/testing';
import {define} from '../src/internal/define.js';
import {VERSION} from '../src/version.js';
import '../src/context/provider.js';
import {IjmWidgets} from '../src/context/provider.component.js';
import {warningsDuring} from './helpers/console.js';

describe('define()', () => {
  it('defining the same element twice neither throws nor warns', async () => {
    const warnings = warningsDuring(() => {
      define('ijm-widgets', IjmWidgets);
      define('ijm-widgets', IjmWidgets);
    });
    expect(customElements.get('ijm-widgets')).to.equal(IjmWidgets);
    expect(warnings).to.deep.equal([]);
  });

  it('importing a define module again (a second script tag) never throws', async () => {
    const secondCopy = '../src/context/provider.ts?copy=2';
    await import(/* @vite-ignore */ secondCopy);
    expect(customElements.get('ijm-widgets')).to.equal(IjmWidgets);
  });

  it('a second copy of the same version is silent; the first definition stays', () => {
    class SameVersionCopy extends HTMLElement {
      static version = VERSION;
    }
    const warnings = warningsDuring(() => define('ijm-widgets', SameVersionCopy));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('ijm-widgets')).to.equal(IjmWidgets);
  });

  it('a different version already registered gets exactly one warning', () => {
    class OldCopy extends HTMLElement {
      static version = '0.0.1-old';
    }
    class NewCopy extends HTMLElement {
      static version = '9.9.9';
    }
    define('ijm-test-versioned', OldCopy);
    const warnings = warningsDuring(() => {
      define('ijm-test-versioned', NewCopy);
      define('ijm-test-versioned', NewCopy);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ijm-test-versioned>').and.contain('0.0.1-old').and.contain(VERSION);
    expect(customElements.get('ijm-test-versioned')).to.equal(OldCopy);
  });

  it('the package version matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
