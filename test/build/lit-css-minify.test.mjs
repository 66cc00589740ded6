// `npm run test:build` (node:test): the build's Lit css-template minifier, scripts/lit-css-minify.mjs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {build, transformSync} from 'esbuild';
import {parseAst} from 'vite';
import {minifyCssPieces, minifyLitCss, litCssVite, litCssEsbuild} from '../../scripts/lit-css-minify.mjs';

/** The css templates of `source` as the strings a `css` tag receives joined with its values. */
function evaluateCss(source, values = {}) {
  const js = transformSync(source, {loader: 'ts', format: 'cjs'}).code;
  const css = (strings, ...exprs) => strings.reduce((out, text, n) => out + text + (n < exprs.length ? exprs[n] : ''), '');
  const module = {exports: {}};
  new Function('module', 'exports', 'css', ...Object.keys(values), js)(module, module.exports, css, ...Object.values(values));
  return module.exports;
}

test('whitespace and comments go; what the CSS means stays', () => {
  const source = 'export const styles = css`\n  /* the box */\n  :host {\n    display: block;\n    color: #ff0000;\n  }\n  .a > .b ,  .c { margin : 0 0 0 0 ; }\n`;\n';
  const out = minifyLitCss(source, 'x.styles.ts');
  assert.equal(out, 'export const styles = css`:host{display:block;color:red}.a>.b,.c{margin:0}`;\n');
});

test('${…} values are kept where they were, in order', () => {
  const source = 'export const styles = css`\n  .a { width: ${width}px; }\n  .b { color: ${color}; border: 1px solid ${color}; }\n`;\n';
  const out = minifyLitCss(source, 'x.ts');
  assert.equal(out, 'export const styles = css`.a{width:${width}px}.b{color:${color};border:1px solid ${color}}`;\n');
  const values = {width: 10, color: 'blue'};
  assert.equal(evaluateCss(out, values).styles, '.a{width:10px}.b{color:blue;border:1px solid blue}');
});

test('a template whose ${…} would not survive (inside a comment) is left exactly as it was', () => {
  const source = 'export const styles = css`\n  /* ${note} */\n  .a { color: red; }\n`;\n';
  const warn = console.warn;
  const warnings = [];
  console.warn = (message) => warnings.push(message);
  try {
    assert.equal(minifyLitCss(source, 'x.ts'), source);
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /left a css template in x\.ts/);
  assert.equal(minifyCssPieces(['/* ', ' */ .a{color:red}']), undefined);
});

test('only css-tagged templates: html templates, strings and comments that look like one are untouched', () => {
  const source = [
    "const a = html`  <p>  spaced  </p>  `;",
    'const b = "css` .x { color: red; } `";',
    '// css` .y { color: red; } `',
    'const c = other`  .z { color: red; }  `;',
    'const d = css`  .w { color : red ; }  `;',
  ].join('\n');
  const out = minifyLitCss(source, 'x.js');
  assert.equal(out, source.replace('css`  .w { color : red ; }  `', 'css`.w{color:red}`'));
});

test('TypeScript sources parse, and a file with no css template comes back as it was', () => {
  const ts = 'const n: number = 1;\nexport const s = css`.a { opacity: ${n as number}; }`;\n';
  assert.equal(minifyLitCss(ts, 'x.ts'), 'const n: number = 1;\nexport const s = css`.a{opacity:${n as number}}`;\n');
  const plain = 'export const x = `a  b`;\n';
  assert.equal(minifyLitCss(plain, 'x.ts'), plain);
});

test('the Vite plugin minifies the project\'s modules and leaves node_modules alone', () => {
  const plugin = litCssVite();
  const code = 'export const s = css`  .a { color: red; }  `;';
  assert.equal(plugin.transform(code, '/repo/src/a.styles.ts').code, 'export const s = css`.a{color:red}`;');
  assert.equal(plugin.transform(code, '/repo/node_modules/lit/a.js'), null);
  assert.equal(plugin.transform(code, '/repo/src/a.css'), null);
});

test('every widget stylesheet: smaller, and the same CSS once both are minified', async () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      // A css`…` tagged template (not a file name such as `placeholders.css` followed by a backtick in a comment).
      else if (/\.ts$/.test(entry.name) && /(?<![\w.])css`/.test(readFileSync(join(dir, entry.name), 'utf8'))) files.push(join(dir, entry.name));
    }
  };
  walk('src');
  assert.ok(files.length >= 5, `css templates found in ${files.length} files`);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const out = minifyLitCss(source, file);
    assert.ok(out.length < source.length, `${file} shrank`);
    // Each template's text, minified by esbuild on its own, equals what the plugin wrote.
    const templates = (text) => {
      const found = [];
      const visit = (node) => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'css') found.push(node.quasi.quasis.map((q) => q.value.raw).join('${}'));
        for (const key in node) if (key !== 'parent') visit(node[key]);
      };
      visit(parseAst(text, {lang: 'ts'}, file));
      return found;
    };
    const before = templates(source);
    const after = templates(out);
    assert.equal(after.length, before.length, file);
    before.forEach((text, n) => {
      if (text.includes('${')) return; // checked by the ${…} tests above
      assert.equal(after[n], transformSync(text, {loader: 'css', minify: true}).code.trim(), `${file}, template ${n + 1}`);
    });
  }
});

test('the esbuild plugin (npm run size) ships what the Vite plugin ships', async () => {
  const result = await build({
    entryPoints: ['src/styles/host.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    external: ['lit'],
    plugins: [litCssEsbuild()],
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  assert.match(text, /css`:host\{display:block;/);
  assert.doesNotMatch(text, /\n\s+font-family: var\(--_font-family\);/);
});
