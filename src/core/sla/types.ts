import { z } from 'zod';
import type { CalendarSpec } from '../calendar/index';
import { prioritySchema, type Priority } from '../priority/index';

/** The two clocks every ticket has. */
export type SlaMetric = 'firstResponse' | 'resolution';
/**
 * In output order: firstResponse first.
 *
 * @example
 * SLA_METRICS.map((m) => clocks.find((c) => c.metric === m));
 */
export const SLA_METRICS = ['firstResponse', 'resolution'] as const satisfies readonly SlaMetric[];
/**
 * zod schema of an {@link SlaMetric}.
 *
 * @example
 * slaMetricSchema.parse('resolution'); // 'resolution'
 */
export const slaMetricSchema = z.enum(SLA_METRICS);

/** A service-level policy (CONTRACT §3). Treat it as immutable: compiled forms are cached per object. */
export interface SlaPolicy {
  calendar: CalendarSpec;
  /** Business minutes per metric and priority. */
  goals: Record<SlaMetric, Record<Priority, number>>;
  /** Statuses in which both clocks stop counting. */
  pauseStatuses: string[];
}

/** What happened to a ticket; the SLA clocks are a pure function of this history. */
export type TicketEvent =
  | { type: 'created'; at: string; priority: Priority; status: string }
  | { type: 'statusChanged'; at: string; status: string }
  | { type: 'priorityChanged'; at: string; priority: Priority }
  | { type: 'agentReplied'; at: string }
  | { type: 'resolved'; at: string }
  | { type: 'reopened'; at: string };

/** The state of one clock at `now`. */
export interface SlaClock {
  metric: SlaMetric;
  state: 'running' | 'paused' | 'met' | 'breached';
  goalMs: number;
  elapsedMs: number;
  /** `goalMs − elapsedMs`; negative once breached. */
  remainingMs: number;
  /** Null while paused or stopped; `breachedAt` for a breached clock still counting. */
  dueAt: string | null;
  breachedAt: string | null;
}

const instant = z.iso.datetime({ offset: true });
const status = z.string().min(1);

/**
 * zod schema of a {@link TicketEvent}, for adapters parsing stored or received histories.
 *
 * @example
 * ticketEventSchema.parse({ type: 'agentReplied', at: '2026-03-02T15:00:00Z' });
 */
export const ticketEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('created'), at: instant, priority: prioritySchema, status }),
  z.object({ type: z.literal('statusChanged'), at: instant, status }),
  z.object({ type: z.literal('priorityChanged'), at: instant, priority: prioritySchema }),
  z.object({ type: z.literal('agentReplied'), at: instant }),
  z.object({ type: z.literal('resolved'), at: instant }),
  z.object({ type: z.literal('reopened'), at: instant }),
]);

const minutes = z.number({ error: 'goal must be a number of business minutes' }).int().nonnegative();
const goalsByPriority = z.object({ P1: minutes, P2: minutes, P3: minutes, P4: minutes, P5: minutes });

/**
 * zod schema of the goals table (business minutes, whole, ≥ 0).
 *
 * @example
 * slaGoalsSchema.parse(policy.goals).resolution.P1; // e.g. 240
 */
export const slaGoalsSchema = z.object({ firstResponse: goalsByPriority, resolution: goalsByPriority });
