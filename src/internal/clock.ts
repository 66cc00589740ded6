/**
 * The time the widgets' own timers use (the view event's second on screen,
 * the sign-up's minimum time). One object, so a test can swap in a fake
 * clock instead of waiting in real time.
 */
export const clock = {
  now: (): number => Date.now(),
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (id: unknown): void => clearTimeout(id as ReturnType<typeof setTimeout>),
};
