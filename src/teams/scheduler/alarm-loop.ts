/**
 * The lifecycle the in-process schedulers share: `start` runs once and lets the run arm the
 * alarm for its next wake-up, the alarm runs again, concurrent runs share one promise, `stop`
 * clears the alarm and later `arm` calls do nothing. What a run does and when it wakes next is
 * the subclass's ({@link AlarmLoop.run}); this holds only the sleeping.
 */
import type { Alarm } from './timers';

export abstract class AlarmLoop<T> {
  private running: Promise<T> | null = null;
  private stopped = true;
  private armedAt: number | null = null;

  /** `onError` hears of a run started by the alarm that failed (nobody awaits that run). */
  constructor(
    private readonly alarm: Alarm,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** One run; it calls {@link arm} (or {@link disarm}) for its next wake-up. */
  protected abstract run(): Promise<T>;

  /**
   * Runs once (e.g. what came due while the process was down) and keeps the alarm armed after.
   *
   * @example
   * await scheduler.start(); // runs now; the run arms the alarm for the next wake-up
   */
  async start(): Promise<T> {
    this.stopped = false;
    return this.tick();
  }

  /** Clears the alarm; `arm` does nothing until the next `start`. */
  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** True between `start` and `stop`. */
  get active(): boolean {
    return !this.stopped;
  }

  /** When the alarm is set for (ms since epoch), or null. */
  get nextAlarm(): number | null {
    return this.armedAt;
  }

  /** Waits for a run in progress (graceful shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Runs now; concurrent calls share one run. */
  tick(): Promise<T> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Sets the alarm for `at` (ms since epoch), replacing the earlier setting; ignored when stopped. */
  protected arm(at: number): void {
    if (this.stopped) return;
    this.armedAt = at;
    this.alarm.set(new Date(at), () => {
      this.armedAt = null;
      this.tick().catch((error: unknown) => this.onError(error));
    });
  }

  /** Clears the alarm (nothing left to wake up for). */
  protected disarm(): void {
    this.alarm.clear();
    this.armedAt = null;
  }
}
