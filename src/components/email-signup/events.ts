import type {SignupErrorReason, SignupSuccessReason, SignupValues} from './submission.js';

/** `ijm-signup`: about to send. Cancel it to send the values with your own code. */
export type IjmSignupEvent = CustomEvent<SignupValues>;

export interface IjmSignupSuccessDetail {
  /** `subscribed`, `already-subscribed` (a 409, treated as success) or `navigated` (`navigate` mode: the provider's page opened in a new tab). */
  reason: SignupSuccessReason;
  /** The HTTP status, or 0 in `navigate` mode. */
  status: number;
  submissionId: string;
  /** The widget's `list`, when set. */
  list?: string;
  /** The partner (the widget's, else the provider's), when set. */
  partner?: string;
}
export type IjmSignupSuccessEvent = CustomEvent<IjmSignupSuccessDetail>;

export interface IjmSignupErrorDetail {
  /** `invalid` (400/422), `rate-limited` (429), `server` (5xx), `rejected` (other statuses), `network`, `timeout`, `offline` or `no-endpoint`. */
  reason: SignupErrorReason;
  /** The HTTP status, or 0 when no answer arrived. */
  status: number;
  /** The provider's own explanation, when it sent one. */
  message?: string;
  submissionId?: string;
}
export type IjmSignupErrorEvent = CustomEvent<IjmSignupErrorDetail>;

/** What `ijm-signup-view` carries. */
export interface IjmSignupViewDetail {
  list?: string;
  partner?: string;
}
/** Fired once, when at least half of the form has been on screen for a second in a visible tab. */
export type IjmSignupViewEvent = CustomEvent<IjmSignupViewDetail>;

/** Dispatches a bubbling, composed event from `target`; returns false if it was cancelled. */
export function emit<T>(target: EventTarget, type: keyof HTMLElementEventMap, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true, cancelable}));
}

// They bubble and are composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-signup': IjmSignupEvent;
    'ijm-signup-success': IjmSignupSuccessEvent;
    'ijm-signup-error': IjmSignupErrorEvent;
    'ijm-signup-view': IjmSignupViewEvent;
  }
}
