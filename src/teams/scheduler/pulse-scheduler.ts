/**
 * The weekly agent pulse: once per week (see {@link pulseWeek}) it asks the bot to send the pulse
 * card to the agents, then stores the week as sent. On start it catches up a pulse of the current
 * week whose time has passed and that was not marked sent, so a restart neither skips nor repeats
 * it. Marking after the send means a crash in between resends (at least once), never loses it.
 */
import type { BusinessCalendar, Clock } from '../../core/index';
import type { Logger } from '../http/handler';
import { AlarmLoop } from './alarm-loop';
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

export class PulseScheduler extends AlarmLoop<boolean> {
  constructor(private readonly deps: PulseSchedulerDeps) {
    super(deps.alarm, (error) => deps.logger.error('agent pulse failed', { error: error instanceof Error ? error.message : String(error) }));
  }

  /** Sends the pulse when due and not yet sent this week; true when it sent. `tick()` runs it; concurrent calls share one run. */
  protected async run(): Promise<boolean> {
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
    const pending = week.dueAt !== null && week.dueAt.getTime() > now.getTime();
    this.arm((retryAt ?? (pending && week.dueAt ? week.dueAt : week.nextWeekStart)).getTime());
    return sent;
  }
}
