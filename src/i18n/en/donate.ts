import type {Strings} from '../strings.js';

/** English text of the donate call-to-action: a module of its own, so it ships with that widget only. */
export const donate: Strings['donate'] = {
  heading: 'You can help send rescue today.',
  body: 'When you give a gift today, you’ll be fighting slavery, violence, and injustice across the globe. Together, we can end slavery and violence in our lifetime.',
  monthlyHeading: 'You can make the most impact as a Freedom Partner today.',
  monthlyBody: 'Your generous monthly support will help send rescue to vulnerable children and families at a moment’s notice, stand with them as they rebuild their lives in freedom and have perpetrators held accountable.',
  frequencyLabel: 'How often?',
  once: 'Give once',
  monthly: 'Give monthly',
  freedomPartner: 'Monthly givers become Freedom Partners.',
  amountLabel: 'Amount',
  otherAmount: 'Other amount',
  button: (amount, frequency) =>
    frequency === 'monthly' ? `Donate ${amount} monthly` : `Donate ${amount}`,
  buttonNoAmount: 'Donate',
  amountRequired: 'Enter an amount.',
  amountInvalid: 'Enter a number, for example 50.',
  amountTooLow: (min) => `The smallest gift is ${min}.`,
  amountTooHigh: (max) => `The largest gift here is ${max}.`,
  unsafeHref: 'Giving is unavailable here: the donation link is not valid.',
  portalText: 'Review your giving, tax statements and contact info via the IJM Donor Portal.',
  portalSignIn: 'Sign in',
};
