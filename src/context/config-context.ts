import {createContext} from '@lit/context';

/**
 * Defaults an `<ijm-widgets>` provider gives every widget inside it. A
 * widget's own attribute always wins over these.
 */
export interface WidgetConfig {
  /** BCP 47 language tag, e.g. `uk`. */
  locale?: string;
  /** The partner organisation's id, sent with donations and sign-ups. */
  partner?: string;
  /** ISO 4217 currency code for donations. */
  currency?: string;
  /** Donation page URL. */
  donateHref?: string;
  /** Sign-up endpoint URL. */
  signupAction?: string;
  /** `off`: widgets do not carry the page's `utm_*` into donations and sign-ups. */
  carryUtm?: string;
}

/**
 * A string key, so that two copies of the package on one page still find
 * each other's provider.
 */
export const configContext = createContext<WidgetConfig>('ijm-widgets-config');
