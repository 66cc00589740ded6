// The sign-up's height: see ../reserve.ts.

import {stepRules, type Steps} from './steps.js';

/** The sign-up, stacked or (`layout="inline"`, from `inline` em) fields and button in one row; what a name field and a one-line consent add. */
export const signup = {
  stacked: [
    [0, 21.781],
    [20, 20.281],
    [22, 18.781],
    [34, 17.281],
    [56, 15.781],
  ] as Steps,
  inline: [
    [37, 13.781],
    [56, 12.281],
  ] as Steps,
  nameField: 5.031,
  consent: 2.25,
};

/** The sign-up's height by width and attributes, as `donateBoxRules` in donate.ts. */
export function signupBoxRules(select: (attributes: string) => string, property: string): string {
  return (
    stepRules(select(''), property, signup.stacked, ' + var(--_name,0em) + var(--_consent,0em)') +
    stepRules(select('[layout=inline]'), property, signup.inline, ' + var(--_consent,0em)') +
    `${select('[name-field]')}{--_name:${signup.nameField}em}${select('[consent]:not([consent=""])')}{--_consent:${signup.consent}em}`
  );
}
