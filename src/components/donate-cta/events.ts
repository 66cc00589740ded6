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

// It bubbles and is composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-donate': IjmDonateEvent;
  }
}
