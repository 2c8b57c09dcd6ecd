/**
 * A sliding-window counter: at most `limit` events in any `windowMs`. Times are milliseconds from
 * an injected clock; nothing here reads the system time.
 */
export class RateWindow {
  private readonly times: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`RateWindow: limit must be a positive integer, got ${limit}`);
  }

  private prune(now: number): void {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.windowMs) this.times.shift();
  }

  /** The earliest time ≥ `now` at which one more event fits. */
  nextFreeAt(now: number): number {
    this.prune(now);
    if (this.times.length < this.limit) return now;
    const oldest = this.times[this.times.length - this.limit] ?? now;
    return oldest + this.windowMs;
  }

  /** Records an event at `now` (call only when `nextFreeAt(now) <= now`). */
  record(now: number): void {
    this.times.push(now);
  }

  /** True when no event is inside the window (the window can be dropped). */
  isEmpty(now: number): boolean {
    this.prune(now);
    return this.times.length === 0;
  }
}
