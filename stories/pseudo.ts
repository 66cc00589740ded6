import type {Strings} from '../src/i18n/strings.js';
import {en} from '../src/i18n/en.js';
import {registerCatalog} from '../src/i18n/locale.js';

/**
 * Pseudo-localisation for the toolbar's "Pseudo" switch: every English word the widgets (and the
 * stories' sample content) show, accented and about 35–40% longer, between ⟦ ⟧ — clipping, a
 * fixed width or a word broken in two shows up before a translator's text does, and a cut
 * bracket says where.
 */
const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ű', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ű', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** "Give monthly" → "⟦Ĝíṽé ɱöññţĥļý·ţĥļ⟧": accented, each word about 40% longer. */
export function pseudo(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const longer = text.replace(/[A-Za-z]{2,}/g, (word) => word + word.slice(Math.floor(word.length * 0.6)).toLowerCase());
  return `⟦${[...longer].map((c) => ACCENTS[c] ?? c).join('')}⟧`;
}

/** The catalog with every string and every string-making function pseudo-localised. */
function pseudoCatalog<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => pseudo(String((value as (...a: unknown[]) => unknown)(...args)))) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'lang' ? v : pseudoCatalog(v)])) as T;
  return value;
}

const pseudoEnglish: Strings = pseudoCatalog(en);
let on = false;

/** Turns pseudo-localisation of the English text on or off, for widgets that render after. */
export function setPseudo(value: boolean): void {
  if (value === on) return;
  on = value;
  registerCatalog(value ? pseudoEnglish : en);
}
export const pseudoOn = () => on;
