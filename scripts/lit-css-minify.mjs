// Minifies the text of Lit `css` tagged templates with esbuild's CSS minifier, for the Vite build
// (`litCssVite()` in vite.config.ts) and `npm run size` (`litCssEsbuild()`), so both measure and
// ship the same thing. JS minifiers leave template text alone; in a widget's styles that is every
// indent, newline and comment. The templates are found with Vite's parser (the same parser the
// build uses), so strings, comments and regular expressions never confuse it.
//
// A `${…}` inside a template becomes a placeholder identifier for the minifier and is put back
// after; if the minified text does not hold every placeholder once, in order, the template is left
// as it is (and the build says so), since the expression's value is unknown.
import {transformSync} from 'esbuild';
import {parseAst} from 'vite';

const placeholder = (n) => `__ijm_expr_${n}__`;

/** Minified CSS text for the pieces of one template (split at its `${…}`), or `undefined` to keep them. */
export function minifyCssPieces(pieces) {
  const joined = pieces.map((text, n) => (n === 0 ? '' : placeholder(n - 1)) + text).join('');
  let css;
  try {
    css = transformSync(joined, {loader: 'css', minify: true, logLevel: 'silent'}).code.trim();
  } catch {
    return undefined; // not CSS esbuild reads: leave it alone
  }
  const out = [];
  let rest = css;
  for (let n = 0; n < pieces.length - 1; n++) {
    const at = rest.indexOf(placeholder(n));
    if (at < 0 || rest.indexOf(placeholder(n), at + 1) >= 0) return undefined;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + placeholder(n).length);
  }
  out.push(rest);
  return out;
}

/** `source` (JS or TS) with the text of every `css`-tagged template minified. */
export function minifyLitCss(source, filename = 'module.ts') {
  if (!source.includes('css`')) return source;
  const lang = /\.tsx?$/.test(filename) ? 'ts' : 'js';
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      const quasis = node.quasi.quasis;
      const minified = minifyCssPieces(quasis.map((q) => q.value.raw));
      // A quasi's span may take in its delimiters (` ${ }); its raw text is where it starts.
      const starts = quasis.map((q) => source.indexOf(q.value.raw, q.start));
      if (minified && quasis.some((q, n) => q.value.raw === '' && minified[n] !== '')) return; // nowhere to put it
      if (minified) quasis.forEach((q, n) => edits.push([starts[n], starts[n] + q.value.raw.length, minified[n]]));
      else console.warn(`[lit-css-minify] left a css template in ${filename} as it is (its \${…} would not survive minifying)`);
    }
    for (const key in node) if (key !== 'parent') visit(node[key]);
  };
  visit(parseAst(source, {lang}, filename));
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const SOURCE = /\.[cm]?[jt]sx?$/;
const wanted = (path) => SOURCE.test(path) && !/[\\/]node_modules[\\/]/.test(path);

/** The Vite plugin: minifies `css` templates in the project's own modules. */
export function litCssVite() {
  return {
    name: 'ijm-lit-css-minify',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!wanted(path)) return null;
      const out = minifyLitCss(code, path);
      return out === code ? null : {code: out, map: null};
    },
  };
}

/** The esbuild plugin, for `npm run size`: the same transform as the build. */
export function litCssEsbuild() {
  return {
    name: 'ijm-lit-css-minify',
    setup(build) {
      build.onLoad({filter: SOURCE}, async (args) => {
        if (!wanted(args.path)) return undefined;
        const {readFile} = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        const ext = args.path.match(/\.([cm]?[jt]sx?)$/)[1].replace(/^[cm]/, '');
        return {contents: minifyLitCss(source, args.path), loader: ext};
      });
    },
  };
}
