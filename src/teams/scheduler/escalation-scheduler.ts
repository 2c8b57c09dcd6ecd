/**
 * The in-process escalation scheduler. It sleeps until the earliest `nextWakeUpAt` of all tickets
 * (an indexed column), then runs the core's due escalations for each due ticket. The core records
 * each fired key in the ticket, and the store writes the ticket and its keys in one transaction:
 * a crash before the commit re-runs the action on restart, a crash after it never repeats it.
 */
import type { Clock, Ticket } from '../../core/index';
import type { Logger } from '../http/handler';
import { AlarmLoop } from './alarm-loop';
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

export class EscalationScheduler extends AlarmLoop<number> {
  constructor(private readonly deps: SchedulerDeps) {
    super(deps.alarm, (error) => deps.logger.error('scheduler tick failed', { error: error instanceof Error ? error.message : String(error) }));
  }

  /** A ticket was written: wake earlier if its `nextWakeUpAt` comes before the alarm. */
  poke(ticket: Pick<Ticket, 'nextWakeUpAt'>): void {
    if (!this.active || ticket.nextWakeUpAt === null) return;
    const at = Date.parse(ticket.nextWakeUpAt);
    if (this.nextAlarm === null || at < this.nextAlarm) this.arm(at);
  }

  /**
   * Processes every ticket due now (each at most once per run), then re-arms for the earliest
   * wake-up. Returns how many tickets it processed. `tick()` runs it; concurrent calls share one run.
   */
  protected async run(): Promise<number> {
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
    if (!this.active) return;
    const earliest = await this.deps.index.earliestWakeUp();
    if (earliest === null) {
      this.disarm();
      return;
    }
    let at = Date.parse(earliest);
    // A ticket still due after it ran (its action failed) is retried later, not in a hot loop.
    if (at <= now.getTime() && processed) at = now.getTime() + 30_000;
    this.arm(at);
  }
}
