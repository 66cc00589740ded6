// `npm run check:ssr` (after the build): every npm entry can be imported in Node (server-side
// rendering, static site builds) without throwing, and the package's exports map resolves.
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
