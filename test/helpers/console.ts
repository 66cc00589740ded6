/** Collects console warnings (each call's arguments joined by spaces) until `restore()`. */
export function captureWarnings(): {warnings: string[]; restore: () => void} {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}

/** The warnings logged while `run` runs (synchronously). */
export function warningsDuring(run: () => void): string[] {
  const {warnings, restore} = captureWarnings();
  try {
    run();
  } finally {
    restore();
  }
  return warnings;
}
