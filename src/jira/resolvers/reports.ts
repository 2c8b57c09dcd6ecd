/**
 * Metrics and the semiannual report in Jira: gathers the core's `MetricsInput` from Forge
 * storage (every formula and the `[from, to)` window semantics are the core's). No agent pulses
 * are collected in Jira mode.
 */
import {
  calendarSpecOf, compileCalendar, helpDeskMetrics, semiannualReport, type MetricsInput, type Settings,
} from '../../core/index';
import type { JiraContext } from '../service/context';

const DAY_MS = 86_400_000;

async function inputOf(ctx: JiraContext, settings: Settings, range: { from: string; to: string }): Promise<MetricsInput> {
  const to = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * DAY_MS).toISOString();
  const calendar = compileCalendar(calendarSpecOf(settings, settings.legal.calendarId));
  return {
    tickets: await ctx.store.list({ createdTo: to }),
    window: range,
    calendar,
    now: ctx.clock.now(),
    settings,
    pulses: [],
    agents: settings.agents.map((a) => ({ id: a.id, calendar: a.calendarId === null ? null : compileCalendar(calendarSpecOf(settings, a.calendarId)) })),
  };
}

/** The nine metrics + compliance for `[from, to)`. */
export async function metricsOf(ctx: JiraContext, settings: Settings, range: { from: string; to: string }) {
  return helpDeskMetrics(await inputOf(ctx, settings, range));
}

/** The semiannual PQRS report as CSV, in `locale`. */
export async function semiannualCsvOf(ctx: JiraContext, settings: Settings, range: { from: string; to: string }, locale: 'es' | 'en') {
  return semiannualReport(await inputOf(ctx, settings, range), locale).csv;
}
