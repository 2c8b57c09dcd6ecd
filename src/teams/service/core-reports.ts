/**
 * The core's metrics and semiannual report over the SQLite stores. This adapter only gathers the
 * input (tickets and pulses that may fall in the window, the desk and agent calendars); every
 * formula and the window semantics (`[from, to)` local dates) are the core's.
 */
import {
  calendarSpecOf, compileCalendar, helpDeskMetrics, semiannualReport,
  type BusinessCalendar, type Clock, type MetricsInput, type PulseStore, type Settings, type TicketStore,
} from '../../core/index';
import { ok } from './errors';
import type { Reports } from './reports';
import type { DateRange } from './types';

const DAY_MS = 86_400_000;
const compiled = new WeakMap<object, BusinessCalendar>();

function calendarOf(settings: Settings, id: string): BusinessCalendar {
  const spec = calendarSpecOf(settings, id);
  let cal = compiled.get(spec);
  if (!cal) {
    cal = compileCalendar(spec);
    compiled.set(spec, cal);
  }
  return cal;
}

/** Instants that surely contain the local dates of the range in any zone (±1 day margins). */
function margins(range: DateRange): { from: string; to: string } {
  return {
    from: new Date(Date.parse(`${range.from}T00:00:00Z`) - DAY_MS).toISOString(),
    to: new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * DAY_MS).toISOString(),
  };
}

export function coreReports(store: TicketStore, pulses: PulseStore, clock: Clock): Reports {
  async function input(range: DateRange, settings: Settings): Promise<MetricsInput> {
    const outer = margins(range);
    const calendar = calendarOf(settings, settings.legal.calendarId);
    const now = clock.now();
    // Tickets filed after the evaluation instant are left out by the core's factsOf.
    return {
      tickets: await store.list({ createdTo: outer.to }),
      window: { from: range.from, to: range.to },
      calendar,
      now,
      settings,
      pulses: await pulses.list(outer.from, outer.to),
      agents: settings.agents.map((a) => ({ id: a.id, calendar: a.calendarId === null ? null : calendarOf(settings, a.calendarId) })),
    };
  }
  return {
    async metrics(range, settings) {
      return ok({ ...helpDeskMetrics(await input(range, settings)) });
    },
    async semiannualCsv(range, settings, locale) {
      return ok(semiannualReport(await input(range, settings), locale).csv);
    },
  };
}
