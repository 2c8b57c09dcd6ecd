import type { Timers } from '../../src/teams/bot/ports';
import { FixedClock } from './clock';

/**
 * Timers that fire only when the test moves the clock: `advance(ms)` moves the FixedClock and runs
 * every timer that became due, in order, letting promises settle between them.
 */
export class ManualTimers implements Timers {
  private readonly timers: { at: number; seq: number; fn: () => void; cancelled: boolean }[] = [];
  private seq = 0;

  constructor(readonly clock: FixedClock) {}

  schedule(fn: () => void, ms: number): () => void {
    const timer = { at: this.clock.now().getTime() + ms, seq: this.seq++, fn, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Pending (not cancelled) timers. */
  get pending(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  /** Moves time forward by `ms`, firing due timers one by one. */
  async advance(ms: number): Promise<void> {
    const end = this.clock.now().getTime() + ms;
    for (;;) {
      await settle();
      const due = this.timers
        .filter((timer) => !timer.cancelled && timer.at <= end)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      due.cancelled = true;
      const now = this.clock.now().getTime();
      if (due.at > now) this.clock.advance(due.at - now);
      due.fn();
    }
    const now = this.clock.now().getTime();
    if (end > now) this.clock.advance(end - now);
    await settle();
  }
}

/** Lets pending promise callbacks and I/O callbacks run (no wall-clock wait). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Lets callbacks run until `condition` holds (e.g. the SDK's own zero-delay retries finished);
 * throws after `maxRounds` event-loop turns instead of hanging.
 */
export async function until(condition: () => boolean, maxRounds = 100_000): Promise<void> {
  for (let i = 0; i < maxRounds; i += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error('until: condition never held');
}
