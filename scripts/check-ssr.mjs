// `npm run check:ssr` (after the build): every npm entry can be imported in Node (server-side
// rendering, static site builds) without throwing, and the package's exports map resolves; then
// every element, from the built package, renders with @lit-labs/ssr into declarative shadow DOM
// with its content (test/ssr/fixtures.mjs; `npm run test:ssr` also hydrates them in Chromium).
import {readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let failed = 0;
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.import) continue;
  try {
    await import(new URL(`../${target.import}`, import.meta.url).href);
    readFileSync(target.types); // the declared types exist
    console.log(`✓ ${entry}`);
  } catch (error) {
    failed++;
    console.error(`✗ ${entry}: ${error.message}`);
  }
}
if (failed) process.exit(1);
console.log('Every entry imports on the server and has its types.');

// The entries above defined every element (the DOM shim's customElements).
const {renderFixtures, checkServerHtml} = await import('../test/ssr/render.mjs');
for (const fixture of await renderFixtures()) {
  const problems = checkServerHtml(fixture);
  if (problems.length) failed++;
  console[problems.length ? 'error' : 'log'](`${problems.length ? '✗' : '✓'} server render: ${fixture.name}${problems.map((p) => `\n    ${p}`).join('')}`);
}
if (failed) process.exit(1);
console.log('Every element renders on the server with its content.');
