import type {Strings} from '../strings.js';

/** English text of the email sign-up: a module of its own, so it ships with that widget only. */
export const signup: Strings['signup'] = {
  heading: 'Email sign-up',
  body: 'Get updates from IJM on stories from the field, events in your area and opportunities to get involved.',
  emailLabel: 'Email address',
  firstNameLabel: 'First name',
  button: 'Sign up',
  sending: 'Signing up…',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  consentRequired: 'Tick the box to continue.',
  success: 'Thank you for signing up!',
  confirm: 'Check your inbox to confirm your subscription.',
  alreadySubscribed: 'You are already signed up. Thank you!',
  tooManyAttempts: 'Too many attempts. Wait a moment and try again.',
  failed: 'Something went wrong and you are not signed up yet. Your details are still here.',
  timeout: 'The server took too long to answer. Your details are still here.',
  offline: 'You are offline. We will send your sign-up when you are back online.',
  unavailable: 'Sign-up is not available here right now.',
  rejected: 'The sign-up service did not accept these details. Check them and try again.',
  navigated: 'Almost done: finish signing up in the new tab.',
};
