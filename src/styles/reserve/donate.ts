// The donate box's height: see ../reserve.ts.

import {stepRules, type Steps} from './steps.js';

/** The donate box: the panel and the banner by frequency, what the donor-portal line adds, the compact button. */
export const donate = {
  monthly: [
    [0, 46.438],
    [20, 40.188],
    [22, 35.656],
    [28, 29.188],
    [34, 27.688],
    [42, 26.188],
    [56, 22.969],
  ] as Steps,
  once: [
    [0, 41.719],
    [20, 33.75],
    [22, 32.438],
    [28, 30.938],
    [34, 24.469],
    [42, 22.969],
  ] as Steps,
  bannerMonthly: [
    [0, 46.688],
    [20, 40.438],
    [22, 35.906],
    [28, 29.438],
    [34, 27.938],
    [42, 21.563],
    [48, 20.25],
    [56, 17],
  ] as Steps,
  bannerOnce: [
    [0, 41.969],
    [20, 34],
    [22, 32.688],
    [28, 31.188],
    [34, 24.719],
    [42, 21.563],
    [48, 20.25],
  ] as Steps,
  /** What `impacts` adds: the sentence for the chosen amount (room for two lines, one from 34em) and its gap. */
  impacts: [
    [0, 3.563],
    [34, 2.156],
  ] as Steps,
  portal: [
    [0, 7.063],
    [20, 5.75],
    [28, 4.438],
    [42, 3.125],
  ] as Steps,
  /** The compact button: 3em of its 1.0625em text, and at least as wide as its default label (the widget keeps this width too). */
  compactHeight: 3.1875,
  compactWidth: 11,
};

/**
 * The donate box's height by width and attributes, as `property` of `select(attributes)`: the
 * widget's own `section` (`:host(…) section`) or the placeholder's `::before` (what a container
 * query can size: the element itself asks the container around it).
 */
export function donateBoxRules(select: (attributes: string) => string, property: string): string {
  const extra = ' + var(--_portal,0em) + var(--_impacts,0em)';
  return (
    stepRules(select(':not([variant=compact])'), property, donate.monthly, extra) +
    stepRules(select('[frequency=once]:not([variant=compact])'), property, donate.once, extra) +
    stepRules(select('[variant=banner]'), property, donate.bannerMonthly, extra) +
    stepRules(select('[variant=banner][frequency=once]'), property, donate.bannerOnce, extra) +
    stepRules(select('[portal-href]:not([variant=compact])'), '--_portal', donate.portal) +
    stepRules(select('[impacts]:not([variant=compact])'), '--_impacts', donate.impacts)
  );
}
