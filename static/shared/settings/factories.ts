/** New items the forms add (a calendar, agent, policy, rule, range, closure), with fixed defaults. */
import type { AgentSettings, CalendarSettings, Settings, SlaPolicySettings } from '../../../src/core/index';

type Rule = Settings['escalationRules'][number];

function freeId(prefix: string, taken: readonly { id: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((x) => x.id === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const office = () => [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }];

/**
 * A Monday–Friday office calendar in Bogotá with an id not used yet.
 *
 * @example
 * newCalendar(settings).id; // 'calendar-2'
 */
export function newCalendar(draft: Pick<Settings, 'calendars'>): CalendarSettings {
  const id = freeId('calendar', draft.calendars);
  return {
    id,
    name: `Calendar ${id.slice('calendar-'.length)}`,
    spec: { timeZone: 'America/Bogota', week: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office() }, holidays: [], closures: [] },
  };
}

/** An agent in N1 speaking Spanish, no cap, with an id not used yet. */
export function newAgent(draft: Pick<Settings, 'agents'>): AgentSettings {
  return { id: freeId('agent', draft.agents), name: '', email: '', tiers: ['N1'], skills: { types: [], categories: [], languages: ['es'] }, cap: null, away: false, calendarId: null };
}

/** A copy of the last policy under a new id (null when there is none to copy). */
export function newPolicy(draft: Pick<Settings, 'slaPolicies'>): SlaPolicySettings | null {
  const base = draft.slaPolicies[draft.slaPolicies.length - 1];
  if (base === undefined) return null;
  return { ...structuredClone(base), id: freeId('policy', draft.slaPolicies), name: `${base.name} (2)` };
}

/** A notify rule at 75 % of the resolution goal. */
export function newRule(): Rule {
  return { metric: 'resolution', atPercent: 75, action: 'notify' };
}

/** The next range of a day: the morning when the day is closed, else the afternoon. */
export function newRange(existing: readonly unknown[]): { start: string; end: string } {
  return existing.length === 0 ? { start: '08:00', end: '12:00' } : { start: '14:00', end: '17:00' };
}

/** Christmas Eve afternoon of `year` in Bogotá. */
export function newClosure(year: number): { from: string; to: string } {
  return { from: `${year}-12-24T12:00:00-05:00`, to: `${year}-12-25T00:00:00-05:00` };
}
