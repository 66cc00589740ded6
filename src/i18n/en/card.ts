import type {Strings} from '../strings.js';

/** English text of the article card: a module of its own, so it ships with that widget only. */
export const card: Strings['card'] = {
  kicker: 'Stories',
  protected: 'Protected story',
};
