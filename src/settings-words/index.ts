/**
 * The words a person reads about each widget setting (a label and one sentence of help, in
 * en, ro, uk and bg): one source for the embed builder's form and the WordPress plugin's block
 * sidebar, so the two never drift. Developer notes stay in the components' JSDoc (the manifest).
 * test/configure/settings-words.test.ts checks that every attribute custom-elements.json documents
 * has words here, in all four languages.
 *
 * `attribute` is the kebab-case attribute name (`portal-href`); `lang` is the widgets' global
 * `lang` attribute. `undefined` when no words are written for it (callers fall back to the manifest).
 */
import {WORDS, type Lang} from './words.js';

export interface SettingWords {
  label: string;
  help: string;
}

export type {Lang};

/** The languages the words are written in, in their own names. */
export const SETTINGS_LANGUAGES: ReadonlyArray<[code: Lang, name: string]> = [
  ['en', 'English'],
  ['ro', 'Română'],
  ['uk', 'Українська'],
  ['bg', 'Български'],
];

/** `ro-RO` → `ro`; a language without words → `en`. */
export function wordsLanguage(lang: string | undefined): Lang {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return SETTINGS_LANGUAGES.some(([code]) => code === base) ? (base as Lang) : 'en';
}

export function settingWords(tag: string, attribute: string, lang: string): SettingWords | undefined {
  const entry = WORDS[tag]?.[attribute];
  if (!entry) return undefined;
  const [label, help] = entry[wordsLanguage(lang)];
  return {label, help};
}

/** The words for one value of a setting that is a choice (`frequency` `once` → "Once"), or `undefined`. */
export function choiceWords(tag: string, attribute: string, value: string, lang: string): string | undefined {
  return WORDS[tag]?.[attribute]?.choices?.[value]?.[wordsLanguage(lang)];
}

/** Every tag and attribute that has words, for checks against the manifest. */
export function wordedSettings(): Array<[tag: string, attribute: string]> {
  return Object.entries(WORDS).flatMap(([tag, attributes]) => Object.keys(attributes).map((name): [string, string] => [tag, name]));
}
