/**
 * The in-process escalation scheduler. It sleeps until the earliest `nextWakeUpAt` of all tickets
 * (an indexed column), then runs the core's due escalations for each due ticket. The core records
 * each fired key in the ticket, and the store writes the ticket and its keys in one transaction:
 * a crash before the commit re-runs the action on restart, a crash after it never repeats it.
 */
import type { Clock, Ticket } from '../../core/index';
import type { Logger } from '../http/handler';
import type { Alarm } from './timers';

export interface WakeUpIndex {
  earliestWakeUp(): Promise<string | null>;
  dueForWakeUp(before: Date, limit: number): Promise<Ticket[]>;
}

export interface SchedulerDeps {
  index: WakeUpIndex;
  /** Runs the due escalations of one ticket (core `runDueEscalations`), saving it. */
  runDue(ticket: Ticket): Promise<void>;
  clock: Clock;
  alarm: Alarm;
  logger: Logger;
  /** Tickets per batch (default 200). */
  batchSize?: number;
}

export class EscalationScheduler {
  private armedAt: number | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Runs what is already due (e.g. while the server was down) and arms the alarm. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
  }

  stop(): void {
    this.stopped = true;
    this.deps.alarm.clear();
    this.armedAt = null;
  }

  /** Waits for a tick in progress (graceful shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** When the alarm is set for (ms since epoch), or null. */
  get nextAlarm(): number | null {
    return this.armedAt;
  }

  /** A ticket was written: wake earlier if its `nextWakeUpAt` comes before the alarm. */
  poke(ticket: Pick<Ticket, 'nextWakeUpAt'>): void {
    if (this.stopped || ticket.nextWakeUpAt === null) return;
    const at = Date.parse(ticket.nextWakeUpAt);
    if (this.armedAt === null || at < this.armedAt) this.arm(at);
  }

  /**
   * Processes every ticket due now (each at most once per tick), then re-arms for the earliest
   * wake-up. Returns how many tickets it processed. Concurrent calls share one run.
   */
  tick(): Promise<number> {
    if (!this.running) {
      this.running = this.runOnce().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const seen = new Set<string>();
    const limit = this.deps.batchSize ?? 200;
    for (;;) {
      const due = (await this.deps.index.dueForWakeUp(now, limit + seen.size)).filter((t) => !seen.has(t.id));
      if (due.length === 0) break;
      for (const ticket of due) {
        seen.add(ticket.id);
        try {
          await this.deps.runDue(ticket);
        } catch (error) {
          this.deps.logger.error('escalation run failed', {
            ticketId: ticket.id,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
    await this.rearm(now, seen.size > 0);
    return seen.size;
  }

  private async rearm(now: Date, processed: boolean): Promise<void> {
    if (this.stopped) return;
    const earliest = await this.deps.index.earliestWakeUp();
    if (earliest === null) {
      this.deps.alarm.clear();
      this.armedAt = null;
      return;
    }
    let at = Date.parse(earliest);
    // A ticket still due after it ran (its action failed) is retried later, not in a hot loop.
    if (at <= now.getTime() && processed) at = now.getTime() + 30_000;
    this.arm(at);
  }

  private arm(at: number): void {
    this.armedAt = at;
    this.deps.alarm.set(new Date(at), () => {
      this.armedAt = null;
      this.tick().catch((error: unknown) => {
        this.deps.logger.error('scheduler tick failed', { error: error instanceof Error ? error.message : String(error) });
      });
    });
  }
}
