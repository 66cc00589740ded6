const warned = new Set<string>();

/** Logs a console warning the first time `key` is seen on this page. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[ijm-widgets] ${message}`);
}
