/**
 * Every piece of text a widget shows. Each locale file implements this
 * interface, so a missing or misspelt key is a type error. Text that holds a
 * value (an amount, a count) is a function, so each language can put the value
 * where its grammar wants it.
 */
export type Frequency = 'once' | 'monthly';

export interface Strings {
  /** BCP 47 language code of this catalog. */
  readonly lang: string;
  readonly common: {
    loading: string;
    retry: string;
    opensInNewTab: string;
    optional: string;
  };
  readonly card: {
    kicker: string;
    protected: string;
  };
  readonly rail: {
    heading: string;
    seeMore: string;
    /** The "see more" link's name read out: says what it opens and contains `seeMore`'s words (WCAG 2.5.3). */
    seeMoreName: string;
    previous: string;
    next: string;
    carousel: string;
    slide: string;
    position: (index: number, total: number) => string;
    error: string;
    empty: string;
  };
  readonly donate: {
    heading: string;
    body: string;
    monthlyHeading: string;
    monthlyBody: string;
    frequencyLabel: string;
    once: string;
    monthly: string;
    freedomPartner: string;
    amountLabel: string;
    otherAmount: string;
    button: (amount: string, frequency: Frequency) => string;
    buttonNoAmount: string;
    amountRequired: string;
    amountInvalid: string;
    amountTooLow: (min: string) => string;
    amountTooHigh: (max: string) => string;
    unsafeHref: string;
    portalText: string;
    portalSignIn: string;
  };
  readonly signup: {
    heading: string;
    body: string;
    emailLabel: string;
    firstNameLabel: string;
    button: string;
    sending: string;
    emailRequired: string;
    emailInvalid: string;
    consentRequired: string;
    success: string;
    confirm: string;
    alreadySubscribed: string;
    tooManyAttempts: string;
    failed: string;
    timeout: string;
    offline: string;
    /** No endpoint is configured (or it is not a safe http(s) URL). */
    unavailable: string;
    /** A 400/422 answer that gave no reason of its own. */
    rejected: string;
    /** `navigate` mode: the provider's page opened in a new tab. */
    navigated: string;
  };
}
