/** The scheduler's alarm: real timers in production, a manual one in tests. */
import type { Clock } from '../../core/index';

export interface Alarm {
  /** Calls `fn` at (or soon after) `at`; replaces any earlier setting. */
  set(at: Date, fn: () => void): void;
  clear(): void;
}

/** Longest single sleep (timers cannot wait longer than 2^31-1 ms); the scheduler re-checks then. */
export const MAX_SLEEP_MS = 60 * 60 * 1000;

/**
 * A `setTimeout` alarm measured with `clock` (production wiring). The timer is unref'd: it never
 * keeps the process alive by itself.
 */
export function realAlarm(clock: Clock): Alarm {
  let handle: NodeJS.Timeout | null = null;
  return {
    set(at, fn) {
      if (handle) clearTimeout(handle);
      const delay = Math.min(Math.max(0, at.getTime() - clock.now().getTime()), MAX_SLEEP_MS);
      handle = setTimeout(() => {
        handle = null;
        fn();
      }, delay);
      handle.unref();
    },
    clear() {
      if (handle) clearTimeout(handle);
      handle = null;
    },
  };
}

/** An alarm that only records when it was set for; tests call `scheduler.tick()` themselves. */
export class ManualAlarm implements Alarm {
  at: Date | null = null;
  set(at: Date): void {
    this.at = at;
  }
  clear(): void {
    this.at = null;
  }
}
