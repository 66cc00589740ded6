// Minifies the text of Lit `css` tagged templates in JavaScript/TypeScript source, for the Vite
// build (`cssTemplatesVite()` in vite.config.ts) and `npm run size` (`cssTemplatesEsbuild()`), so
// both measure and ship the same thing. JS minifiers leave template text alone; in a widget's
// styles that is every indent, newline and comment.
//
// Only safe transforms, outside CSS strings: comments removed, whitespace runs collapsed to one
// space, the space dropped next to `{ } ; , >`, after `:` and `(` and before `)`, the `;` before
// `}`, and the leading zero of a number (`0.5` → `.5`) after a space, `:`, `(`, `,` or `/`. A
// space between two other characters (a descendant combinator, `a + b` in calc(), `and (` in a
// media query) always stays. `${…}` expressions are copied untouched, and a space next to one stays.
// No dependencies: the test suite runs `minifyCss` in the browser on the real component styles.

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const DROPS_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '(', '>']);
const DROPS_SPACE_BEFORE = new Set(['{', '}', ';', ',', ')', '>']);
// After one of these (or a space), `0.` starts a number whose `0` can go.
const BEFORE_NUMBER = new Set(['{', ':', '(', ',', '/']);

/**
 * Minifies CSS text. `text` may be one piece of a template split by `${…}`: `first`/`last` say
 * whether it starts/ends the template (else a space at that edge is kept, collapsed, since the
 * expression's value is unknown). Backslash escapes (`\\` in template source) are copied as is.
 */
export function minifyCss(text, {first = true, last = true} = {}) {
  let out = '';
  let space = false; // whitespace or a comment seen since the last character written
  let prev = first ? '{' : ''; // the last character written outside a string ('{' = nothing before: drop leading space)
  let i = 0;
  const emit = (token, c = token[token.length - 1]) => {
    if (space && !DROPS_SPACE_AFTER.has(prev) && !DROPS_SPACE_BEFORE.has(token[0])) out += ' ';
    if (token === '}' && prev === ';' && out.endsWith(';')) out = out.slice(0, -1);
    out += token;
    prev = c;
    space = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      space = true;
      i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      space = true;
    } else if (c === '\\') {
      emit(text.slice(i, i + 2));
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      emit(text.slice(i, j + 1), 'a');
      i = j + 1;
    } else if (c === '0' && text[i + 1] === '.' && /\d/.test(text[i + 2] ?? '') && prev !== '' && (space || BEFORE_NUMBER.has(prev))) {
      i++;
    } else {
      emit(c);
      i++;
    }
  }
  if (space && !last && !DROPS_SPACE_AFTER.has(prev)) out += ' ';
  return out;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);
const isIdent = (c) => c !== undefined && /[\w$]/.test(c);

/**
 * Finds every `css` tagged template in `source` (skipping comments, strings, regular expression
 * literals and other templates, but looking inside `${…}`) and returns `source` with their text
 * minified by {@link minifyCss}. Newlines removed from a template are put back after its closing
 * backtick when a `;`, `,` or closing bracket follows, so later lines keep their line numbers.
 */
export function minifyCssTemplates(source, {html = false} = {}) {
  if (!source.includes('css`') && !(html && /(html|svg)`/.test(source))) return source;
  const edits = []; // [start, end, replacement]
  let i = 0;
  let lastToken = ''; // the last significant code token's last character, or a keyword

  const skipQuoted = (quote) => {
    i++;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipRegex = () => {
    i++;
    let inClass = false;
    while (i < source.length && source[i] !== '\n') {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      i++;
    }
    i++;
    while (isIdent(source[i])) i++;
  };
  // At a backtick; leaves `i` after the closing one.
  const template = (kind) => {
    i++;
    const pieces = [];
    let start = i;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') i += 2;
      else if (source[i] === '$' && source[i + 1] === '{') {
        pieces.push([start, i]);
        i += 2;
        code(true);
        i++; // the closing brace
        start = i;
      } else i++;
    }
    pieces.push([start, i]);
    i++;
    if (!kind) return;
    if (kind === 'html' && pieces.some(([from, to]) => RAW_HTML.test(source.slice(from, to)))) return;
    let newlines = 0;
    const state = {};
    pieces.forEach(([from, to], n) => {
      const text = source.slice(from, to);
      const minified = kind === 'css' ? minifyCss(text, {first: n === 0, last: n === pieces.length - 1}) : minifyHtml(text, state);
      newlines += (text.match(/\n/g) ?? []).length - (minified.match(/\n/g) ?? []).length;
      if (minified !== text) edits.push([from, to, minified]);
    });
    if (newlines > 0 && /^[ \t]*[;,)\]}]/.test(source.slice(i, i + 200))) edits.push([i, i, '\n'.repeat(newlines)]);
  };
  // Code until the end of the source, or (inExpression) until the `}` closing a `${`.
  const code = (inExpression) => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (isSpace(c)) {
        i++;
      } else if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        i = end < 0 ? source.length : end;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end < 0 ? source.length : end + 2;
      } else if (c === '"' || c === "'") {
        skipQuoted(c);
        lastToken = 'a';
      } else if (c === '`') {
        const kind = lastToken === 'css' ? 'css' : html && (lastToken === 'html' || lastToken === 'svg') ? 'html' : '';
        template(kind);
        lastToken = 'a';
      } else if (c === '/') {
        const division = /^[\w$)\]}]$/.test(lastToken.slice(-1)) && !KEYWORDS_BEFORE_EXPRESSION.has(lastToken);
        if (division) {
          i++;
          lastToken = '/';
        } else {
          skipRegex();
          lastToken = 'a';
        }
      } else if (isIdent(c)) {
        const start = i;
        while (isIdent(source[i])) i++;
        // `x.css` is a property, not the tag; `css` (or `html`, `svg`) must stand alone.
        const word = source.slice(start, i);
        lastToken = source[start - 1] === '.' ? 'a' : word;
      } else {
        if (c === '{') depth++;
        else if (c === '}') {
          if (inExpression && depth === 0) return;
          depth--;
        }
        i++;
        lastToken = c;
      }
    }
  };
  code(false);
  let out = source;
  for (const [from, to, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

// Elements whose whitespace is content: a template with one is left as it is.
const RAW_HTML = /<(pre|textarea|script|style|listing|plaintext|xmp)\b/i;

/**
 * Minifies one piece of a Lit `html` (or `svg`) template. Only whitespace changes: a run of
 * whitespace between tags or in text becomes one space (never none, so words and inline elements
 * keep their gap), inside a tag it becomes one space and goes before `>`; quoted attribute values
 * and comments are copied as they are. `state` carries whether a piece ends inside a tag or a
 * quoted value into the next piece (after a `${…}`).
 */
export function minifyHtml(text, state = {}) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (state.quote) {
      const end = text.indexOf(state.quote, i);
      if (end < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, end + 1);
      i = end + 1;
      state.quote = '';
    } else if (state.comment || text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      state.comment = end < 0;
      out += text.slice(i, end < 0 ? text.length : end + 3);
      i = end < 0 ? text.length : end + 3;
    } else if (isSpace(c)) {
      let j = i;
      while (j < text.length && isSpace(text[j])) j++;
      if (!(state.tag && text[j] === '>')) out += ' ';
      i = j;
    } else {
      if (!state.tag && c === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) state.tag = true;
      else if (state.tag && c === '>') state.tag = false;
      else if (state.tag && (c === '"' || c === "'")) state.quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

const SOURCE = /\.[cm]?[jt]sx?$/;
const wanted = (path) => SOURCE.test(path) && !/[\\/]node_modules[\\/]/.test(path);

/** The Vite (Rollup/Rolldown) plugin: minifies `css` templates in the project's own modules. */
export function cssTemplatesVite() {
  return {
    name: 'ijm-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!wanted(path)) return null;
      const out = minifyCssTemplates(code, {html: true});
      return out === code ? null : {code: out, map: null};
    },
  };
}

/** The esbuild plugin, for `npm run size`: the same transform as the build. */
export function cssTemplatesEsbuild() {
  return {
    name: 'ijm-minify-css-templates',
    setup(build) {
      build.onLoad({filter: /\.[cm]?[jt]sx?$/}, async (args) => {
        if (!wanted(args.path)) return undefined;
        const {readFile} = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        if (!/(css|html|svg)`/.test(source)) return undefined;
        const ext = args.path.match(/\.([cm]?[jt]sx?)$/)[1].replace(/^[cm]/, '');
        return {contents: minifyCssTemplates(source, {html: true}), loader: ext};
      });
    },
  };
}
