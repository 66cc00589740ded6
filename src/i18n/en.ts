import type {Strings} from './strings.js';
import {common} from './en/common.js';
import {card} from './en/card.js';
import {rail} from './en/rail.js';
import {donate} from './en/donate.js';
import {signup} from './en/signup.js';

/**
 * English: the charity's own words from its site are the defaults. Built in, section by section
 * (one module each in en/): each widget brings the sections it shows (its `static english`, see
 * IjmElement), so a page carries the English of its own widgets only. This is the whole catalog.
 */
export const en: Strings = {lang: 'en', common, card, rail, donate, signup};
