import type { BusinessCalendar } from '../calendar/index';
import type { Settings } from '../settings/index';
import type { AgentPulse, Ticket } from '../tickets/index';

/** What every metric is computed from. The window is `[from, to)` in local dates of `calendar`. */
export interface MetricsInput {
  tickets: readonly Ticket[];
  window: { from: string; to: string };
  /** Desk calendar: local dates, business time and business days. */
  calendar: BusinessCalendar;
  /** Evaluation instant; the window end is capped at `now`. */
  now: Date;
  /** For SLA clocks (policy per ticket). */
  settings: Settings;
  pulses?: readonly AgentPulse[];
  /** Agents for utilisation and pulse participation; `calendar` null = the desk calendar. */
  agents?: readonly { id: string; calendar: BusinessCalendar | null }[];
}

/** A ratio with its parts; `value` is null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

/**
 * `{ numerator, denominator, value: numerator / denominator }` (null when the denominator is 0).
 *
 * @example
 * ratio(1, 4); // { numerator: 1, denominator: 4, value: 0.25 }
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
