/**
 * The words a person reads about each widget setting (a label and one sentence of help, in
 * en, ro, uk and bg): one source for the embed builder's form and the WordPress plugin's block
 * sidebar, so the two never drift. Developer notes stay in the components' JSDoc (the manifest).
 *
 * `attribute` is the kebab-case attribute name (`portal-href`); `undefined` when no plain words
 * are written for it yet (callers fall back to the manifest).
 */
export interface SettingWords {
  label: string;
  help: string;
}

export function settingWords(_tag: string, _attribute: string, _lang: string): SettingWords | undefined {
  return undefined;
}
