/** The adapters' clock and ids (the core never reads the clock itself). */
import { randomUUID } from 'node:crypto';
import type { Clock, Ids } from '../../core/index';

export const systemClock: Clock = { now: () => new Date() };
export const uuidIds: Ids = { newId: () => randomUUID() };

/** A clock fixed at `at` (an event's own instant), never later than `base` now. */
export function clockAt(at: string | null | undefined, base: Clock): Clock {
  return {
    now: () => {
      const now = base.now();
      const t = at ? Date.parse(at) : Number.NaN;
      return Number.isFinite(t) && t <= now.getTime() ? new Date(t) : now;
    },
  };
}
