// A widget's box height by its width: see ../reserve.ts.

/** A range of widths from `from` em up, and the height (em) kept in it. */
export type Steps = readonly (readonly [from: number, height: number])[];

/** `steps` as a property of `selector`, one `@container` rule per range (`add` em added to each). */
export function stepRules(selector: string, property: string, steps: Steps, add = ''): string {
  return steps
    .map(([from, height]) => {
      const rule = `${selector}{${property}:calc(${height}em${add})}`;
      return from ? `@container (min-width:${from}em){${rule}}` : rule;
    })
    .join('');
}
