import type { Clock } from '../../src/core/index';

/** A clock that only moves when told to. */
export class FixedClock implements Clock {
  private ms: number;

  constructor(iso: string) {
    this.ms = FixedClock.parse(iso);
  }

  now(): Date {
    return new Date(this.ms);
  }

  /** Jumps to `iso`. */
  set(iso: string): void {
    this.ms = FixedClock.parse(iso);
  }

  /** Moves forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void {
    this.ms += ms;
  }

  private static parse(iso: string): number {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw new Error(`FixedClock: invalid instant '${iso}'`);
    return ms;
  }
}
