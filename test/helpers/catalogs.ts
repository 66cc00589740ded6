import type {Strings} from '../../src/i18n/strings.js';
import {en} from '../../src/i18n/en.js';
import {ro} from '../../src/i18n/ro.js';
import {uk} from '../../src/i18n/uk.js';
import {bg} from '../../src/i18n/bg.js';

/**
 * Every shipped catalog, for tests to compare rendered text with. Importing the data modules
 * registers nothing: widgets still load their language's text on first use.
 */
export const catalogs: Readonly<Record<string, Strings>> = {en, ro, uk, bg};
