// The WordPress plugin, dist/wordpress/ijm-widgets.zip (one folder, ijm-widgets/), from the built
// CDN files and custom-elements.json: run by `npm run build` after both exist.
//
//   ijm-widgets.php, uninstall.php, readme.txt,  from wordpress/, with the package's version
//   ijm-widgets.css
//   elements.json                                 the tags and their documented attributes (PHP's
//                                                 HTML filter, shortcodes, blocks and the editor read it)
//   blocks/<widget>/block.json                    one dynamic block per widget
//   editor/editor.js                              the blocks' editor script (vite --mode wordpress)
//   languages/ijm-widgets-<locale>.mo            the PHP's words in ro, uk, bg (wordpress/languages/translations.json)
//   cdn/                                          the CDN files (no source maps): served by the site itself
//   custom-elements.json, NOTICE.md
//
// The zip is written with JSZip (already in node_modules, through webdriverio), entries in a fixed
// order with a fixed date, so the same sources give the same bytes.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import JSZip from 'jszip';

const out = 'dist/wordpress';
const plugin = join(out, 'ijm-widgets');
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Block titles and inserter icons (dashicons); the editor script translates the titles. */
/** `main`: the settings the sidebar shows first; the rest wait in a closed "More settings" panel. */
const blockInfo = {
  'ijm-donate-cta': {title: 'Donate box', icon: 'heart', keywords: ['donate', 'give', 'IJM'], main: ['variant', 'currency', 'campaign', 'heading', 'body', 'amounts', 'frequency', 'portal-href']},
  'ijm-email-signup': {title: 'Email sign-up', icon: 'email', keywords: ['newsletter', 'subscribe', 'IJM'], main: ['action', 'heading', 'description', 'consent', 'name-field', 'list', 'layout']},
  'ijm-article-card': {title: 'Story card', icon: 'id-alt', keywords: ['story', 'article', 'IJM'], main: ['href', 'heading', 'summary', 'image', 'image-alt', 'kicker', 'date', 'variant']},
  'ijm-related-stories': {title: 'Related stories', icon: 'images-alt2', keywords: ['stories', 'feed', 'IJM'], main: ['src', 'limit', 'heading', 'more-href', 'more-label']},
  'ijm-icon': {title: 'IJM icon', icon: 'star-filled', keywords: ['icon', 'IJM'], main: ['name', 'label']},
};

/** `export type Name = 'a' | 'b'` in src/, for attribute types the manifest names but does not spell out. */
function typeAliases() {
  const aliases = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/export type (\w+) = ((?:\s*\|?\s*'[^']*')+);/g)) {
          aliases[match[1]] = match[2];
        }
      }
    }
  };
  walk('src');
  return aliases;
}
const aliases = typeAliases();

/** The quoted values of a union of string literals, or undefined. */
function enumOf(typeText) {
  const text = aliases[typeText] ?? typeText;
  if (!/^(\s*\|?\s*'[^']*')+$/.test(text)) return undefined;
  return [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** An attribute whose value is one URL: checked like href by WordPress's HTML filter and escaped as a URL. */
const isUrlAttribute = (name) => /^(href|src|image|action)$|-(href|action)$/.test(name);

function attributeOf(attribute, main) {
  const typeText = (attribute.type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  const values = enumOf(typeText);
  const type = /\bboolean\b/.test(typeText) ? 'boolean' : typeText === 'number' ? 'number' : 'string';
  return {
    name: attribute.name,
    property: attribute.fieldName ?? attribute.name,
    type,
    ...(isUrlAttribute(attribute.name) ? {url: true} : {}),
    ...(values ? {enum: values} : {}),
    ...(main?.includes(attribute.name) ? {main: true} : {}),
    description: (attribute.description ?? '').trim(),
  };
}

const elements = {};
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    const tag = declaration.tagName;
    const widget = tag.slice('ijm-'.length);
    const isWidget = tag in blockInfo;
    elements[tag] = {
      ...(isWidget ? {block: `ijm/${widget}`, shortcode: `ijm_${widget.replaceAll('-', '_')}`, title: blockInfo[tag].title, icon: blockInfo[tag].icon, keywords: blockInfo[tag].keywords} : {}),
      description: (declaration.summary ?? '').split('\n')[0].trim(),
      attributes: (declaration.attributes ?? []).map((a) => attributeOf(a, blockInfo[tag]?.main)),
    };
  }
}
for (const [tag, info] of Object.entries(blockInfo)) {
  if (!elements[tag]) throw new Error(`custom-elements.json has no ${tag}`);
  const missing = info.main.filter((name) => !elements[tag].attributes.some((a) => a.name === name));
  if (missing.length) throw new Error(`${tag} has no attribute ${missing.join(', ')} (scripts/build-wordpress.mjs blockInfo)`);
}

rmSync(out, {recursive: true, force: true});
mkdirSync(plugin, {recursive: true});

// The editor script, built by this repository's Vite (kept out of the npm package and the CDN files).
execFileSync('npx', ['vite', 'build', '--mode', 'wordpress', '--logLevel', 'warn'], {stdio: 'inherit'});

const stamp = (text) => text.replaceAll('0.0.0-dev', version);
for (const file of ['ijm-widgets.php', 'uninstall.php', 'readme.txt', 'ijm-widgets.css']) {
  writeFileSync(join(plugin, file), stamp(readFileSync(join('wordpress', file), 'utf8')));
}
writeFileSync(join(plugin, 'elements.json'), `${JSON.stringify({version, elements}, null, 1)}\n`);

for (const [tag, element] of Object.entries(elements)) {
  if (!element.block) continue;
  const folder = join(plugin, 'blocks', tag.slice('ijm-'.length));
  mkdirSync(folder, {recursive: true});
  const block = {
    apiVersion: 2,
    name: element.block,
    version,
    title: element.title,
    category: 'ijm',
    icon: element.icon,
    description: element.description,
    keywords: element.keywords,
    textdomain: 'ijm-widgets',
    attributes: Object.fromEntries(
      element.attributes.map((a) => [a.property, {type: a.type, ...(a.enum ? {enum: a.enum} : {})}]),
    ),
    supports: {html: false, className: true},
    editorScript: 'ijm-widgets-editor',
  };
  writeFileSync(join(folder, 'block.json'), `${JSON.stringify(block, null, 1)}\n`);
}

// The PHP's words (settings page, messages) in Romanian, Ukrainian and Bulgarian: every
// __('…', 'ijm-widgets') in the PHP needs a translation in wordpress/languages/translations.json
// (and every translation a use), written as the .mo files WordPress reads.
const translations = JSON.parse(readFileSync('wordpress/languages/translations.json', 'utf8'));
const used = new Set();
for (const file of ['ijm-widgets.php', 'uninstall.php']) {
  for (const match of readFileSync(join('wordpress', file), 'utf8').matchAll(/(?:esc_html__|esc_attr__|__)\(\s*'((?:[^'\\]|\\.)*)',\s*'ijm-widgets'\s*\)/g)) {
    used.add(match[1].replace(/\\(.)/g, '$1'));
  }
}
const untranslated = [...used].filter((id) => !translations[id]);
const unused = Object.keys(translations).filter((id) => !used.has(id));
if (untranslated.length || unused.length) {
  throw new Error(`wordpress/languages/translations.json: missing ${JSON.stringify(untranslated)}, unused ${JSON.stringify(unused)}`);
}
mkdirSync(join(plugin, 'languages'), {recursive: true});
for (const locale of ['ro_RO', 'uk', 'bg_BG']) {
  const entries = [['', `Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\n`]];
  for (const [id, byLocale] of Object.entries(translations)) {
    if (!byLocale[locale]) throw new Error(`wordpress/languages/translations.json: no ${locale} for ${JSON.stringify(id)}`);
    entries.push([id, byLocale[locale]]);
  }
  writeFileSync(join(plugin, 'languages', `ijm-widgets-${locale}.mo`), moFile(entries));
}

/** A gettext .mo file (little-endian, no hash table) from [msgid, msgstr] pairs. */
function moFile(entries) {
  const sorted = entries.map(([id, text]) => [Buffer.from(id), Buffer.from(text)]).sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = sorted.length;
  const header = 28;
  const idsTable = header;
  const textsTable = idsTable + count * 8;
  let offset = textsTable + count * 8; // the strings follow the two tables
  const table = Buffer.alloc(count * 16);
  const blobs = [];
  sorted.forEach(([id], i) => {
    table.writeUInt32LE(id.length, i * 8);
    table.writeUInt32LE(offset, i * 8 + 4);
    blobs.push(id, Buffer.from([0]));
    offset += id.length + 1;
  });
  sorted.forEach(([, text], i) => {
    table.writeUInt32LE(text.length, count * 8 + i * 8);
    table.writeUInt32LE(offset, count * 8 + i * 8 + 4);
    blobs.push(text, Buffer.from([0]));
    offset += text.length + 1;
  });
  const head = Buffer.alloc(header);
  // No hash table, but its offset is where the strings start (WordPress's reader relies on it).
  [0x950412de, 0, count, idsTable, textsTable, 0, textsTable + count * 8].forEach((value, i) => head.writeUInt32LE(value, i * 4));
  return Buffer.concat([head, table, ...blobs]);
}

cpSync('dist/cdn', join(plugin, 'cdn'), {recursive: true, filter: (src) => !src.endsWith('.map')});
cpSync('custom-elements.json', join(plugin, 'custom-elements.json'));
if (existsSync('NOTICE.md')) cpSync('NOTICE.md', join(plugin, 'NOTICE.md'));

// The zip: every file under ijm-widgets/, sorted, one fixed date.
const zip = new JSZip();
const date = new Date('2024-01-01T00:00:00Z');
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(plugin);
for (const path of files) {
  zip.file(relative(out, path).split('\\').join('/'), readFileSync(path), {date});
}
const bytes = await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 9}, platform: 'UNIX'});
writeFileSync(join(out, 'ijm-widgets.zip'), bytes);
console.log(`dist/wordpress/ijm-widgets.zip: ${files.length} files, ${(bytes.length / 1024).toFixed(1)} KB`);
