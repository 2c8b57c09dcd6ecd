/**
 * The weekly agent pulse: once per week (see {@link pulseWeek}) it asks the bot to send the pulse
 * card to the agents, then stores the week as sent. On start it catches up a pulse of the current
 * week whose time has passed and that was not marked sent, so a restart neither skips nor repeats
 * it. Marking after the send means a crash in between resends (at least once), never loses it.
 */
import type { BusinessCalendar, Clock } from '../../core/index';
import type { Logger } from '../http/handler';
import { pulseWeek, type PulseSchedule } from './pulse-week';
import type { Alarm } from './timers';

/** The durable mark of the last week sent. */
export interface PulseState {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, at: string): Promise<void>;
}

export interface PulseSchedulerDeps {
  schedule: PulseSchedule;
  /** The desk calendar in force (its zone and business days). */
  calendar(): BusinessCalendar;
  /** The agents to ask (e.g. the settings' agents who are not away). */
  agents(): readonly string[];
  /** Sends the pulse card (the bot's `sendAgentPulse`); returns how many were queued. */
  send(agentIds: readonly string[]): Promise<number>;
  state: PulseState;
  clock: Clock;
  alarm: Alarm;
  logger: Logger;
}

export const PULSE_STATE_KEY = 'pulse.lastWeek';
/** A failed send is retried after five minutes. */
const RETRY_MS = 5 * 60_000;

export class PulseScheduler {
  private running: Promise<boolean> | null = null;
  private stopped = true;

  constructor(private readonly deps: PulseSchedulerDeps) {}

  /** Sends this week's pulse if it is due and unsent, then arms the alarm. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
  }

  stop(): void {
    this.stopped = true;
    this.deps.alarm.clear();
  }

  /** Waits for a tick in progress (graceful shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Sends the pulse when due and not yet sent this week; true when it sent. Concurrent calls share one run. */
  tick(): Promise<boolean> {
    if (!this.running) {
      this.running = this.runOnce().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async runOnce(): Promise<boolean> {
    const { clock, state, logger } = this.deps;
    const now = clock.now();
    const week = pulseWeek(this.deps.calendar(), this.deps.schedule, now);
    const last = await state.get(PULSE_STATE_KEY);
    let sent = false;
    let retryAt: Date | null = null;
    try {
      if (week.dueAt !== null && week.dueAt.getTime() <= now.getTime() && (last === null || last < week.week)) {
        const queued = await this.deps.send(this.deps.agents());
        await state.set(PULSE_STATE_KEY, week.week, now.toISOString());
        logger.info('agent pulse sent', { week: week.week, queued });
        sent = true;
      }
    } catch (error) {
      logger.error('agent pulse failed', { week: week.week, error: error instanceof Error ? error.message : String(error) });
      retryAt = new Date(now.getTime() + RETRY_MS);
    }
    if (!this.stopped) {
      const pending = week.dueAt !== null && week.dueAt.getTime() > now.getTime();
      this.arm(retryAt ?? (pending && week.dueAt ? week.dueAt : week.nextWeekStart));
    }
    return sent;
  }

  private arm(at: Date): void {
    this.deps.alarm.set(at, () => {
      this.tick().catch((error: unknown) => {
        this.deps.logger.error('agent pulse failed', { error: error instanceof Error ? error.message : String(error) });
      });
    });
  }
}
