// Makes the copy of Lit inside a CDN build use the library's own Trusted Types policy.
//
// Lit creates a policy named `lit-html` when its module runs. Under a page's
// `require-trusted-types-for 'script'`, a second policy of the same name is refused (Lit's module
// then throws) unless the page allows duplicates — and a partner's page easily holds two copies of
// Lit: its own and the loader's, or the loader's and the everything bundle's. So in the CDN builds
// Lit takes the policy `src/internal/trusted-types.ts` shares between every copy of this library
// (`ijm-widgets`, created once per page); the page's own Lit keeps `lit-html`, and the README's CSP
// (`trusted-types lit-html ijm-widgets`) allows both. Both policies pass text through unchanged,
// as Lit's does. The npm build keeps Lit external: an app's bundler gives it the app's one Lit.
//
// The change is a text edit of Lit's module, so it checks its work: the build fails unless Lit's
// source holds exactly one `createPolicy("lit-html", …)` (a Lit release that moved it).
import {fileURLToPath} from 'node:url';

const litModule = /[\\/]node_modules[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/;
const litPolicy = /[\w$]+\.createPolicy\((["'`])lit-html\1,/g;
const sharedPolicyModule = fileURLToPath(new URL('../src/internal/trusted-types.ts', import.meta.url));

/** Lit's module `source` with its `lit-html` policy replaced by the library's shared one; throws unless there is exactly one. */
export function useSharedPolicy(source, from = sharedPolicyModule) {
  const found = source.match(litPolicy)?.length ?? 0;
  if (found !== 1) throw new Error(`expected one createPolicy("lit-html", …) in lit-html.js, found ${found}`);
  // `trustedTypes.createPolicy("lit-html", rules)` becomes `__ijmLitPolicy(rules)`: the shared
  // policy, or undefined (Lit's own "no policy") where the page refuses the name.
  return (
    `import {trustedTypesPolicy as __ijmPolicy} from ${JSON.stringify(from)};\n` +
    `const __ijmLitPolicy = (_rules) => __ijmPolicy() ?? undefined;\n` +
    source.replace(litPolicy, '__ijmLitPolicy(')
  );
}

/** The Vite plugin, for the CDN builds. */
export function litSharedPolicy() {
  let changed = 0;
  return {
    name: 'ijm-lit-shared-trusted-types-policy',
    transform(code, id) {
      if (!litModule.test(id)) return null;
      changed++;
      return {code: useSharedPolicy(code), map: null};
    },
    buildEnd(error) {
      if (!error && changed === 0) this.error("Lit's lit-html.js was not in this build, so its Trusted Types policy was not changed");
    },
  };
}
