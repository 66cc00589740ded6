import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/components/icon/icon.js';
import type {IjmIcon} from '../src/components/icon/icon.component.js';
import {registerIcon, addBuiltinIcons, findIcon} from '../src/components/icon/registry.js';
import {sanitizeSvg} from '../src/components/icon/sanitize-svg.js';
import {iconCheck, iconClose, iconArrowRight} from '../src/components/icon/icon-data.generated.js';
import {recordedRequests, resetServer} from './helpers/server.js';
import {captureWarnings} from './helpers/console.js';

const SVG = 'http://www.w3.org/2000/svg';
const svgOf = (icon: IjmIcon) => icon.shadowRoot!.querySelector('svg');

type Pwned = typeof globalThis & {__ijmPwned?: unknown};
const pwned = () => (globalThis as Pwned).__ijmPwned;

async function show(name: string, attrs = ''): Promise<IjmIcon> {
  const wrapper = await fixture<HTMLDivElement>(`<div ${attrs}><ijm-icon name="${name}"></ijm-icon></div>`);
  const icon = wrapper.querySelector('ijm-icon')!;
  await icon.updateComplete;
  return icon;
}

function quietly<T>(run: () => T): {result: T; warnings: string[]} {
  const {warnings, restore} = captureWarnings();
  try {
    return {result: run(), warnings};
  } finally {
    restore();
  }
}

describe('registerIcon()', () => {
  it('draws a partner icon from SVG text', async () => {
    expect(registerIcon('partner-dot', `<svg xmlns="${SVG}" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6"/></svg>`)).to.be.true;
    const icon = await show('partner-dot', 'style="color: rgb(10, 20, 30)"');
    const svg = svgOf(icon)!;
    expect(svg.getAttribute('viewBox')).to.equal('0 0 16 16');
    const circle = svg.querySelector('circle')!;
    expect(circle.getAttribute('r')).to.equal('6');
    expect(svg.getBBox().width).to.equal(12);
    // Unpainted shapes take the text colour.
    expect(getComputedStyle(circle).fill).to.equal('rgb(10, 20, 30)');
    await expect(icon).to.be.accessible();
  });

  it('keeps the paint of a stroked source (e.g. a Tabler outline icon)', async () => {
    registerIcon(
      'partner-outline',
      `<svg xmlns="${SVG}" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.5"><path d="M4 4l16 16"/></svg>`,
    );
    const icon = await show('partner-outline', 'style="color: rgb(1, 2, 3)"');
    const path = icon.shadowRoot!.querySelector('path')!;
    expect(getComputedStyle(path).fill).to.equal('none');
    expect(getComputedStyle(path).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(path).strokeWidth).to.equal('1.5px');
    // No viewBox: taken from width and height.
    expect(svgOf(icon)!.getAttribute('viewBox')).to.equal('0 0 24 24');
  });

  it('redraws icons already on the page, and is case-insensitive', async () => {
    const {restore} = captureWarnings();
    const el = await show('Late-Arrival').finally(restore);
    expect(svgOf(el)).to.be.null;
    registerIcon('late-arrival', `<svg xmlns="${SVG}" viewBox="0 0 24 24"><rect x="2" y="2" width="20" height="20"/></svg>`);
    await el.updateComplete;
    expect(svgOf(el)!.querySelector('rect')).to.exist;
  });

  it('replaces an icon and redraws it', async () => {
    registerIcon('partner-swap', `<svg xmlns="${SVG}"><circle cx="12" cy="12" r="4"/></svg>`);
    const icon = await show('partner-swap');
    registerIcon('PARTNER-SWAP', `<svg xmlns="${SVG}"><rect width="10" height="10"/></svg>`);
    await icon.updateComplete;
    expect(svgOf(icon)!.querySelector('rect')).to.exist;
    expect(svgOf(icon)!.querySelector('circle')).to.be.null;
  });

  it('redraws an icon that was off the page when its artwork changed', async () => {
    registerIcon('partner-away', `<svg xmlns="${SVG}"><circle cx="12" cy="12" r="4"/></svg>`);
    const icon = await show('partner-away');
    const parent = icon.parentElement!;
    icon.remove();
    registerIcon('partner-away', `<svg xmlns="${SVG}"><rect width="10" height="10"/></svg>`);
    parent.append(icon);
    await icon.updateComplete;
    expect(svgOf(icon)!.querySelector('rect')).to.exist;
  });

  it('takes this package’s icon data, for bundles that import only the icons they use', async () => {
    expect(registerIcon('partner-tick', iconCheck)).to.be.true;
    const tick = await show('partner-tick');
    const check = await show('check');
    expect(svgOf(tick)!.outerHTML).to.equal(svgOf(check)!.outerHTML);
  });

  it('mirrors a registered icon in RTL only when asked to', async () => {
    registerIcon('partner-next', iconArrowRight, {mirror: false});
    registerIcon('partner-forward', `<svg xmlns="${SVG}"><path d="M4 12h16l-4-4"/></svg>`, {mirror: true});
    const next = await show('partner-next', 'dir="rtl"');
    const forward = await show('partner-forward', 'dir="rtl"');
    expect(getComputedStyle(svgOf(next)!).transform).to.equal('none');
    expect(getComputedStyle(svgOf(forward)!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('a partner icon wins over a built-in of the same name, whichever loads first', async () => {
    registerIcon('shared-name', iconClose);
    addBuiltinIcons({'shared-name': iconCheck});
    expect(findIcon('shared-name')).to.equal(iconClose);
  });

  it('rejects sources with nothing to draw: returns false and warns', () => {
    const sources = [
      '',
      'not svg at all',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      '<svg xmlns="http://www.w3.org/1999/xhtml"><path d="M0 0h4"/></svg>',
      '<o:svg xmlns:o="urn:other"><o:path d="M0 0h4"/></o:svg>',
      '<svg><html:path xmlns:html="http://www.w3.org/1999/xhtml" d="M0 0h4"/></svg>',
      '<html><body>hi</body></html>',
      '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h4"></svg>',
      '<svg><path d="M0 0h4"></svg>',
    ];
    for (const [i, source] of sources.entries()) {
      const {result, warnings} = quietly(() => registerIcon(`rejected-${i}`, source));
      expect(result, source).to.be.false;
      expect(warnings, source).to.have.length(1);
      expect(findIcon(`rejected-${i}`), source).to.be.undefined;
    }
    const {result} = quietly(() => registerIcon('  ', iconCheck));
    expect(result).to.be.false;
    const {result: noData} = quietly(() => registerIcon('bad-data', {} as never));
    expect(noData).to.be.false;
  });
});

describe('registerIcon() with SVG as people paste it', () => {
  /** Registers `source`, shows it, and returns its drawn shapes with their computed paint. */
  async function drawn(name: string, source: string) {
    expect(registerIcon(name, source), source).to.be.true;
    const icon = await show(name, 'style="color: rgb(10, 20, 30)"');
    const svg = svgOf(icon)!;
    const shapes = [...svg.querySelectorAll('path, circle, rect, line, polyline, polygon, ellipse')].map((el) => {
      const style = getComputedStyle(el);
      return {shape: el.localName, fill: style.fill, stroke: style.stroke, strokeWidth: style.strokeWidth};
    });
    return {icon, viewBox: svg.getAttribute('viewBox'), shapes, box: svg.getBBox()};
  }

  it('the README’s example, as written there, draws a stroked heart', async () => {
    const readme = await (await fetch('/README.md')).text();
    const source = readme.match(/registerIcon\('donate', `([^`]*)`\);/)![1];
    const {icon, viewBox, shapes} = await drawn('readme-donate', source);
    expect(viewBox).to.equal('0 0 24 24');
    expect(shapes).to.deep.equal([{shape: 'path', fill: 'none', stroke: 'rgb(10, 20, 30)', strokeWidth: '2px'}]);
    await expect(icon).to.be.accessible();
  });

  it('without xmlns, with <title>, class and fill="none" on the root', async () => {
    const {viewBox, shapes} = await drawn(
      'hand-written',
      `<svg class="icon icon-heart" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor">
        <title>Heart</title>
        <circle cx="8" cy="8" r="6" fill="currentColor"/><path d="M2 8h12"/>
      </svg>`,
    );
    expect(viewBox).to.equal('0 0 16 16');
    expect(shapes).to.deep.equal([
      {shape: 'circle', fill: 'rgb(10, 20, 30)', stroke: 'rgb(10, 20, 30)', strokeWidth: '1px'},
      {shape: 'path', fill: 'none', stroke: 'rgb(10, 20, 30)', strokeWidth: '1px'},
    ]);
  });

  it('copied from an icon site: xmlns, width and height, class, stroke paint on the root', async () => {
    const {viewBox, shapes, box} = await drawn(
      'icon-site',
      `<svg xmlns="${SVG}" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" class="icon icon-tabler icons-tabler-outline icon-tabler-flag"><path stroke="none" d="M0 0h24v24H0z" fill="none"/><path d="M5 5a5 5 0 0 1 7 0a5 5 0 0 0 7 0v9a5 5 0 0 1 -7 0a5 5 0 0 0 -7 0v-9z" /></svg>`,
    );
    expect(viewBox).to.equal('0 0 24 24');
    expect(shapes[1]).to.deep.equal({shape: 'path', fill: 'none', stroke: 'rgb(10, 20, 30)', strokeWidth: '1.5px'});
    expect(shapes[0].stroke).to.equal('none');
    expect(box.width).to.equal(24);
  });

  it('exported by an editor: leading whitespace, <?xml?>, comments, DOCTYPE, xlink, <style> and style attributes', async () => {
    const {viewBox, shapes} = await drawn(
      'editor-export',
      `
      <?xml version="1.0" encoding="utf-8"?>
      <!-- Generator: an illustration editor -->
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg version="1.1" id="Layer_1" xmlns="${SVG}" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
         width="32px" height="32px" style="enable-background:new 0 0 32 32;" xml:space="preserve">
      <style type="text/css">.st0{fill:#C00;}</style>
      <g id="heart"><path class="st0" style="fill:#C00" d="M16 28L4 16a7 7 0 0 1 12-8a7 7 0 0 1 12 8z"/></g>
      </svg>`,
    );
    // No viewBox: the box is the root's width and height in pixels. Class and style paint is
    // dropped (it could load or hide things), so the shape takes the text colour.
    expect(viewBox).to.equal('0 0 32 32');
    expect(shapes).to.deep.equal([{shape: 'path', fill: 'rgb(10, 20, 30)', stroke: 'none', strokeWidth: '1px'}]);
  });

  it('a root width or height that is not a pixel size does not become the box', async () => {
    expect(sanitizeSvg('<svg width="100%" height="100%"><path d="M1 1h8"/></svg>')!.viewBox).to.equal('0 0 24 24');
    expect(sanitizeSvg('<svg width="2em" height="2em"><path d="M1 1h8"/></svg>')!.viewBox).to.equal('0 0 24 24');
    expect(sanitizeSvg('<svg width="48" height="32"><path d="M1 1h8"/></svg>')!.viewBox).to.equal('0 0 48 32');
  });

  it('without xmlns, hostile content is dropped just the same', async () => {
    const run = 'window.__ijmPwned=1';
    const icon = sanitizeSvg(
      `<svg onload="${run}"><script>${run}</script><foreignObject><img src="x" onerror="${run}"/></foreignObject><a href="javascript:${run}"><rect width="4" height="4"/></a><image href="/test-api/respond?body=x"/><path d="M2 2h20" onclick="${run}" style="fill:url(/x)" fill="url(/y)"/></svg>`,
    )!;
    expect(icon.shapes.innerHTML).to.equal('<path d="M2 2h20"></path>');
    expect(icon.shapes.firstElementChild!.namespaceURI).to.equal(SVG);
  });
});

describe('registerIcon() with hostile SVG', () => {
  // Each would set window.__ijmPwned or make a request if anything in it ran or loaded.
  const run = 'window.__ijmPwned=1';
  const remote = (tag: string) => `/test-api/respond?body=${tag}`;
  const HOSTILE: Record<string, string> = {
    script: `<svg xmlns="${SVG}"><script>${run}</script><path d="M2 2h20v20H2z"/></svg>`,
    'CDATA script': `<svg xmlns="${SVG}"><script type="text/javascript"><![CDATA[${run}]]></script><path d="M2 2h20"/></svg>`,
    'XHTML script': `<svg xmlns="${SVG}" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>${run}</h:script><path d="M2 2h20"/></svg>`,
    'onload and onclick': `<svg xmlns="${SVG}" onload="${run}"><path d="M2 2h20v20H2z" onclick="${run}" onmouseover="${run}"/></svg>`,
    'javascript: link': `<svg xmlns="${SVG}" xmlns:xlink="http://www.w3.org/1999/xlink"><a href="javascript:${run}"><path d="M2 2h20v20H2z"/></a><a xlink:href="javascript:${run}"><rect width="4" height="4"/></a><circle cx="12" cy="12" r="3"/></svg>`,
    foreignObject: `<svg xmlns="${SVG}"><foreignObject width="24" height="24"><img xmlns="http://www.w3.org/1999/xhtml" src="${remote('fo')}" onerror="${run}"/><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__ijmPwned=1"/></foreignObject><circle cx="12" cy="12" r="3"/></svg>`,
    'external references': `<svg xmlns="${SVG}"><image href="${remote('image')}" width="24" height="24" onerror="${run}"/><use href="${remote('use')}#a"/><rect width="9" height="9" fill="url(${remote('fill')}#g)" style="background:url(${remote('style')})"/><path d="M2 2h20" stroke="url(${remote('stroke')}#p)"/></svg>`,
    'animation of handlers and links': `<svg xmlns="${SVG}"><path d="M2 2h20v20H2z"><set attributeName="onmouseover" to="${run}"/><animate attributeName="href" to="javascript:${run}"/></path><set attributeName="onload" to="${run}"/></svg>`,
    'handlers on groups and namespaced attributes': `<svg xmlns="${SVG}" xmlns:x="http://www.w3.org/1999/xlink"><g onclick="${run}" x:href="javascript:${run}" style="fill:red"><path d="M2 2h20v20H2z" onfocus="${run}" tabindex="0"/></g></svg>`,
    'style element': `<svg xmlns="${SVG}"><style>@import url(${remote('css')}); path { fill: red }</style><path d="M2 2h20v20H2z"/></svg>`,
    'HTML that pretends': `<svg xmlns="${SVG}"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="${run}"/><path d="M2 2h20"/></svg>`,
  };

  const DANGEROUS_ELEMENTS = 'script, foreignObject, a, image, use, set, animate, style, iframe, img, svg svg';

  beforeEach(async () => {
    delete (globalThis as Pwned).__ijmPwned;
    await resetServer();
  });

  for (const [kind, source] of Object.entries(HOSTILE)) {
    it(`${kind}: nothing runs, nothing loads, only shapes reach the shadow DOM`, async () => {
      // Rendering never writes the untrusted text through innerHTML.
      const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
      const written: string[] = [];
      Object.defineProperty(Element.prototype, 'innerHTML', {
        ...innerHTML,
        set(value: string) {
          written.push(String(value));
          innerHTML.set!.call(this, value);
        },
      });
      let icon: IjmIcon;
      try {
        expect(registerIcon(`hostile-${kind}`, source)).to.be.true;
        icon = await show(`hostile-${kind}`);
      } finally {
        Object.defineProperty(Element.prototype, 'innerHTML', innerHTML);
      }
      expect(written.filter((text) => text.includes('__ijmPwned') || text.includes('test-api'))).to.deep.equal([]);

      const root = icon.shadowRoot!;
      const svg = svgOf(icon)!;
      expect(svg.querySelector('path, rect, circle'), 'the harmless shapes survive').to.exist;
      expect(root.querySelectorAll(DANGEROUS_ELEMENTS)).to.have.length(0);
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name, `<${el.localName} ${attr.name}>`).to.not.match(/^on|href|style|tabindex/i);
          expect(attr.value, `<${el.localName} ${attr.name}>`).to.not.match(/url\(|javascript:/i);
        }
        expect(el.namespaceURI === SVG || el === svg).to.be.true;
      }

      // Poke every shape as a user would; no handler is there to run.
      for (const el of svg.querySelectorAll('*')) {
        for (const type of ['click', 'mouseover', 'focus', 'load']) el.dispatchEvent(new Event(type, {bubbles: true}));
      }
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).to.be.undefined;
      expect(await recordedRequests('/test-api/respond')).to.deep.equal([]);
    });
  }

  it('a deeply nested source is cut off instead of overflowing the stack', () => {
    const nested = (depth: number) =>
      `<svg xmlns="${SVG}"><path d="M2 2h20"/>${'<g>'.repeat(depth)}<path d="M4 4h4"/>${'</g>'.repeat(depth)}</svg>`;
    const icon = sanitizeSvg(nested(100));
    expect(icon).to.not.be.null;
    let deepest = 0;
    for (const g of icon!.shapes.querySelectorAll('g')) {
      let level = 0;
      for (let el: Element | null = g; el && el !== icon!.shapes; el = el.parentElement) level++;
      deepest = Math.max(deepest, level);
    }
    expect(deepest).to.equal(17);
    // Deeper than the XML parser allows: a parse error, so nothing at all.
    expect(sanitizeSvg(nested(100_000))).to.be.null;
  });

  it('the sanitised shapes are new elements, not the parsed ones', () => {
    const icon = sanitizeSvg(`<svg xmlns="${SVG}" viewBox="0 0 10 10" onload="x"><path d="M1 1h8" fill="red" onclick="x"/></svg>`)!;
    expect(icon.viewBox).to.equal('0 0 10 10');
    expect(icon.shapes.ownerDocument).to.equal(document);
    expect(icon.shapes.innerHTML).to.equal('<path d="M1 1h8" fill="red"></path>');
  });

  it('ignores a malformed viewBox', () => {
    expect(sanitizeSvg(`<svg xmlns="${SVG}" viewBox="0 0 a; x"><path d="M1 1h8"/></svg>`)!.viewBox).to.equal('0 0 24 24');
    expect(sanitizeSvg(`<svg xmlns="${SVG}" viewBox="-2,-2 28 28"><path d="M1 1h8"/></svg>`)!.viewBox).to.equal('-2,-2 28 28');
  });
});

describe('icon registry shared across package copies', () => {
  it('lives on one global key, so a second copy of the package draws the same icons', () => {
    const key = Symbol.for('ijm-widgets.icon-registry');
    const registry = (globalThis as unknown as Record<symbol, {custom: Map<string, unknown>}>)[key];
    registerIcon('shared-copy', iconCheck);
    expect(registry.custom.get('shared-copy')).to.equal(iconCheck);
  });
});

describe('<ijm-icon> with a registered icon, in the page’s markup', () => {
  it('works with the label and events like a built-in', async () => {
    registerIcon('partner-heart', `<svg xmlns="${SVG}" viewBox="0 0 24 24"><path d="M12 20l-8-8a5 5 0 0 1 8-6a5 5 0 0 1 8 6z"/></svg>`);
    const el = await fixture<HTMLParagraphElement>(html`<p><ijm-icon name="partner-heart" label="Thank you"></ijm-icon></p>`);
    const icon = el.querySelector('ijm-icon')!;
    await icon.updateComplete;
    const svg = icon.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Thank you');
    await expect(el).to.be.accessible();
  });
});
