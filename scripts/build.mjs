// `npm run build`: the npm package, the CDN files, the .d.ts files and the
// custom-elements manifest, in that order. Fails on the first failing step.
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync} from 'node:fs';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {stdio: 'inherit'});
};

if (existsSync('scripts/build-icons.mjs')) run('node', ['scripts/build-icons.mjs']);
run('node', ['scripts/build-placeholders.mjs']);
// The manifest first (from the sources): custom-elements.json and editor/ (custom-elements-manifest.config.mjs).
run('npx', ['cem', 'analyze']);
// The React glue made from it, committed too so lint type-checks it: the package always ships it
// up to date; commit what this changes.
run('node', ['scripts/generate-react.mjs']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn-all', '--logLevel', 'warn']);
// The placeholders as a stylesheet beside the loader and the everything bundle (the README's snippet links it; the loader links it on a page that didn't).
run('node', ['scripts/build-placeholders.mjs', '--css', 'dist/cdn/placeholders.css']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// The embed builder reads the manifest, so it is built last, with the manifest copied beside it.
run('npx', ['vite', 'build', '--mode', 'configure', '--logLevel', 'warn']);
copyFileSync('custom-elements.json', 'dist/configure/custom-elements.json');
if (existsSync('NOTICE.md')) copyFileSync('NOTICE.md', 'dist/NOTICE.md');
// The WordPress plugin (its own copy of dist/cdn and the manifest): dist/wordpress/ijm-widgets.zip.
run('node', ['scripts/build-wordpress.mjs']);
console.log('\nBuilt dist/ (npm), dist/cdn/ (CDN), dist/types/, custom-elements.json, dist/configure/ (the embed builder) and dist/wordpress/ijm-widgets.zip (the WordPress plugin).');
