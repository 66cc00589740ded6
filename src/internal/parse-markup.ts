/**
 * The one door to `DOMParser`. Under `require-trusted-types-for 'script'`,
 * `DOMParser.parseFromString` only takes a TrustedHTML, so the library owns
 * exactly one policy, named `ijm-widgets`, and uses it only here: to turn
 * strings (feeds, SVG sources) into detached documents that callers read and
 * copy from, never insert. Shared by every copy of the package on the page,
 * since a policy name can be created only once.
 */
type ParseType = 'text/html' | 'text/xml' | 'application/xml' | 'image/svg+xml';

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

const policyKey = Symbol.for('ijm-widgets.trusted-types-policy');
const globals = globalThis as typeof globalThis & {
  [policyKey]?: TrustedTypePolicyLike | null;
  trustedTypes?: {createPolicy(name: string, rules: {createHTML(input: string): string}): TrustedTypePolicyLike};
};

function policy(): TrustedTypePolicyLike | null {
  if (globals[policyKey] === undefined) {
    try {
      globals[policyKey] = globals.trustedTypes?.createPolicy('ijm-widgets', {createHTML: (input) => input}) ?? null;
    } catch {
      // The page's CSP does not allow our policy name: parse with a plain string and let the browser decide.
      globals[policyKey] = null;
    }
  }
  return globals[policyKey];
}

/** Parses `text` into a detached document (scripts in it never run). */
export function parseMarkup(text: string, type: ParseType): Document {
  const input = policy()?.createHTML(text) ?? text;
  return new DOMParser().parseFromString(input as string, type);
}
