import {clock} from '../../src/internal/clock.js';

export interface FakeClock {
  /** Moves time on by `ms`, running each timer that falls due, in order. */
  tick(ms: number): void;
  /** How many timers are waiting. */
  pending(): number;
  restore(): void;
}

/** Replaces the widgets' clock (src/internal/clock.ts) with one that moves only when told. */
export function useFakeClock(start = 1_700_000_000_000): FakeClock {
  const real = {...clock};
  let now = start;
  let nextId = 1;
  const timers = new Map<number, {due: number; callback: () => void}>();
  clock.now = () => now;
  clock.setTimeout = (callback, ms) => (timers.set(nextId, {due: now + Math.max(0, ms), callback}), nextId++);
  clock.clearTimeout = (id) => void timers.delete(id as number);
  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].due;
        due[1].callback();
      }
      now = end;
    },
    pending: () => timers.size,
    restore: () => void Object.assign(clock, real),
  };
}
