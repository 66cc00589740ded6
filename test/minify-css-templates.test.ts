import {expect} from '@open-wc/testing';
import {minifyCss, minifyCssTemplates, minifyHtml} from '../scripts/minify-css-templates.mjs';
import {respondUrl} from './helpers/server.js';

// The build minifies the text of every Lit `css` template (scripts/minify-css-templates.mjs).
// Here, on the real sources: the browser must read the same rules from the minified CSS, and
// nothing outside the templates may change.

const SOURCES = [
  'src/styles/host.ts',
  'src/context/provider.component.ts',
  'src/components/icon/icon.styles.ts',
  'src/components/article-card/article-card.styles.ts',
  'src/components/related-stories/related-stories.styles.ts',
  'src/components/donate-cta/donate-cta.styles.ts',
  'src/components/email-signup/email-signup.styles.ts',
];

/**
 * The rules the browser reads from `text`, serialised. Values with `var()` serialise as written,
 * so runs of whitespace, the space after a comma or `(` and before `)`, and a number's leading
 * zero (never meaningful there) are ignored.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, ' ')
      .replace(/(?<=[,(]) | (?=\))/g, '')
      .replace(/(?<![\w.-])0\.(?=\d)/g, '.'),
  );
}

// (Not after a backtick: icon.styles.ts mentions `css` in a comment.)
const TEMPLATE = /(?<![\w.`])css`([^`]*)`/g;
const templates = (source: string) => [...source.matchAll(TEMPLATE)].map((m) => m[1]);
const outside = (source: string) => source.replace(TEMPLATE, 'css``').replace(/\n/g, '');

describe('minifying css templates', () => {
  for (const path of SOURCES) {
    it(`keeps every rule of ${path}`, async () => {
      const source = await (await fetch(respondUrl({file: `/${path}`}))).text();
      const minified = minifyCssTemplates(source);
      const before = templates(source);
      const after = templates(minified);
      expect(before.length).to.be.greaterThan(0);
      expect(after).to.have.length(before.length);
      before.forEach((css, i) => {
        expect(rules(after[i])).to.deep.equal(rules(css));
        expect(rules(css).length).to.be.greaterThan(0);
      });
      expect(minified.length).to.be.lessThan(source.length);
      expect(outside(minified)).to.equal(outside(source));
      expect(minified.split('\n')).to.have.length(source.split('\n').length);
    });
  }

  it('keeps the spaces that mean something', () => {
    expect(minifyCss(`
      /* a comment */
      :host([variant='horizontal']) .media > * ,
      a :hover {
        width: calc( 100% - 2 * var(--x, 1em) );
        content: '  a ; b  {  }  ';
        font: 1em / 1.5 "Some  Font";
        margin: -0.5em 10.5px 0.25em;
        transition: 0.2s;
        color: rgb(0 0 0 / 0.5);
      }
      @media (min-width: 48em) and (hover: hover) { .x { color: red; } }
    `)).to.equal(
      `:host([variant='horizontal']) .media>*,a :hover{width:calc(100% - 2 * var(--x,1em));content:'  a ; b  {  }  ';font:1em / 1.5 "Some  Font";margin:-0.5em 10.5px .25em;transition:.2s;color:rgb(0 0 0 / .5)}@media (min-width:48em) and (hover:hover){.x{color:red}}`,
    );
    // After an expression, a number's zero stays: `${1}0.5` is not `${1}.5`.
    expect(minifyCss('0.5em', {first: false})).to.equal('0.5em');
  });

  it('leaves expressions, other templates, strings, comments and regular expressions alone', () => {
    const source = [
      "// a comment with css`  in it  `",
      "const re = /[`'\"]css`  x  `/g, s = 'css`  y  `';",
      'const t = html`<p>  ${css`  a  {  color : red ;  }  `}  </p>`;',
      'const u = css`  .a  {  width : ${w} ;  }  .b ${sel}  { top: 0 }  `;',
      'const v = other.css`  keep  `;',
    ].join('\n');
    expect(minifyCssTemplates(source)).to.equal(
      [
        "// a comment with css`  in it  `",
        "const re = /[`'\"]css`  x  `/g, s = 'css`  y  `';",
        'const t = html`<p>  ${css`a{color :red}`}  </p>`;',
        'const u = css`.a{width :${w}}.b ${sel}{top:0}`;',
        'const v = other.css`  keep  `;',
      ].join('\n'),
    );
  });

  it('collapses whitespace in html templates to one space, never removing a gap between words or elements', () => {
    expect(minifyHtml(`<p  class="a  b"\n  id=x >\n  <b>bold</b>  <i>it</i>\n  text  <!--  c  -->\n</p>`)).to.equal(
      `<p class="a  b" id=x> <b>bold</b> <i>it</i> text <!--  c  --> </p>`,
    );
    const source = 'const t = html`<div\n  class="x ${a}  y"\n  .y=${b}\n>\n  ${c}  </div>`, p = html`<pre>  a\n  b</pre>`;';
    expect(minifyCssTemplates(source, {html: true})).to.equal(
      'const t = html`<div class="x ${a}  y" .y=${b}> ${c} </div>`\n\n\n\n, p = html`<pre>  a\n  b</pre>`;',
    );
    expect(minifyCssTemplates(source)).to.equal(source);
  });
});
