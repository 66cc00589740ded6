// Writes every `ts`, `tsx` and `js` example in the README, as the packed package ships it, to
// readme/examples/ (one module per example, named after its line), for tsc to compile as shown:
// `ts`/`tsx` strict (tsconfig.json), `js` as a JavaScript app's editor checks it (tsconfig.js.json).
// Names an example leaves to the reader (`analytics`, `stories`, …) are declared in globals.d.ts.
// Run before lit-ssr/, whose server uses the README's `styleHashes`.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

const readme = readFileSync(new URL('../node_modules/@ijm/widgets/README.md', import.meta.url), 'utf8').split('\n');
const out = new URL('./examples/', import.meta.url);
rmSync(out, {recursive: true, force: true});
mkdirSync(out);
const count = {ts: 0, tsx: 0, js: 0};
for (let i = 0; i < readme.length; i++) {
  const open = readme[i].match(/^(\s*)```(ts|tsx|js)\s*$/);
  if (!open) continue;
  const [, indent, lang] = open;
  const start = i + 1;
  const body = [];
  while (!/^\s*```\s*$/.test(readme[++i])) body.push(readme[i].slice(indent.length));
  // A module of its own (a `'use client'` directive stays first).
  writeFileSync(new URL(`line-${start}.${lang}`, out), `${body.join('\n')}\nexport {};\n`);
  count[lang]++;
  // What a JS example exports can be imported by its name, so an app runs the README's code
  // (lit-ssr/server.mjs: `styleHashes`).
  if (lang === 'js') for (const [, name] of body.join('\n').matchAll(/^export const (\w+)/gm)) writeFileSync(new URL(`${name}.js`, out), `export {${name}} from './line-${start}.js';\n`);
}
if (!count.ts || !count.tsx || !count.js) throw new Error(`README examples not found: ${JSON.stringify(count)}`);
console.log(`README examples: ${count.ts} ts, ${count.tsx} tsx, ${count.js} js`);
