import type {Strings} from '../strings.js';

/** English text every widget shares: a module of its own, so it ships with that widget only. */
export const common: Strings['common'] = {
  loading: 'Loading…',
  retry: 'Try again',
  opensInNewTab: '(opens in a new tab)',
  optional: 'optional',
};
