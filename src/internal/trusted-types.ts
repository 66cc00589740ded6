/**
 * The library's one Trusted Types policy, `ijm-widgets` (the name the README's CSP allows).
 *
 * Its `createHTML` passes text through unchanged; it is used only where the library itself
 * controls what is parsed: `parse-markup.ts` turns feed and SVG text into detached documents that
 * are read, never inserted, and in the CDN builds Lit's own template parsing uses it instead of a
 * `lit-html` policy of its own (scripts/lit-trusted-types.mjs), so a page's own Lit, the loader's
 * copy and the everything bundle's copy never create the same name twice. A policy name can be
 * created only once per page, so every copy of the library shares the first one created, through
 * a global symbol.
 */
export interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

const policyKey = Symbol.for('ijm-widgets.trusted-types-policy');
const globals = globalThis as typeof globalThis & {
  [policyKey]?: TrustedTypePolicyLike | null;
  trustedTypes?: {createPolicy(name: string, rules: {createHTML(input: string): string}): TrustedTypePolicyLike};
};

/** The shared `ijm-widgets` policy, or `null` where Trusted Types are missing or the page's CSP refuses the name. */
export function trustedTypesPolicy(): TrustedTypePolicyLike | null {
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
