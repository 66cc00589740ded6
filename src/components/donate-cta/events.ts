import type {Frequency} from '../../i18n/strings.js';

/** What `ijm-donate` carries: the reader's choice and the URL about to open. */
export interface DonateDetail {
  /** In major units; absent when the donation page is left to ask (no amount chosen). */
  amount?: number;
  frequency: Frequency;
  /** ISO 4217 code. */
  currency: string;
  campaign?: string;
  partner?: string;
  /** The donation page with the choice in its query (see `buildDonationUrl`). */
  url: string;
}

/**
 * Fired when the reader donates, before the donation page opens. Cancel it
 * (`event.preventDefault()`) to use your own checkout with `event.detail`.
 */
export class IjmDonateEvent extends CustomEvent<DonateDetail> {
  constructor(detail: DonateDetail) {
    super('ijm-donate', {detail, bubbles: true, composed: true, cancelable: true});
  }
}

/** What `ijm-donate-view` carries: what the reader was shown. */
export interface DonateViewDetail {
  /** The amount chosen at first; absent when there is none. */
  amount?: number;
  frequency: Frequency;
  currency: string;
  campaign?: string;
  partner?: string;
  variant: 'panel' | 'banner' | 'compact';
}

/** Fired once, when at least half of the box has been on screen for a second in a visible tab. */
export class IjmDonateViewEvent extends CustomEvent<DonateViewDetail> {
  constructor(detail: DonateViewDetail) {
    super('ijm-donate-view', {detail, bubbles: true, composed: true});
  }
}

// It bubbles and is composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-donate': IjmDonateEvent;
    'ijm-donate-view': IjmDonateViewEvent;
  }
}
