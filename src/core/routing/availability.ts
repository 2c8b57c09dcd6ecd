import { businessTimeBetween, compileCalendar, type BusinessCalendar, type CalendarSpec } from '../calendar/index';
import type { RoutingAgent, RoutingRequest } from './types';

const compiled = new WeakMap<CalendarSpec, BusinessCalendar>();

/**
 * True when the agent is not away and `now` lies in their working hours (no calendar = always).
 *
 * @example
 * isAvailable({ ...agent, calendar: null, away: false }, new Date('2026-03-02T15:00:00Z')); // true
 */
export function isAvailable(agent: RoutingAgent, now: Date): boolean {
  if (agent.away) return false;
  if (agent.calendar === null) return true;
  let cal = compiled.get(agent.calendar);
  if (cal === undefined) {
    cal = compileCalendar(agent.calendar);
    compiled.set(agent.calendar, cal);
  }
  return businessTimeBetween(cal, now, new Date(now.getTime() + 1)) === 1;
}

/**
 * True when the agent has the skills for the request: its tier, and — when the agent lists any —
 * the PQRS type, the category (a request without category fits) and the language.
 *
 * @example
 * hasSkills({ ...agent, tiers: ['N1'], skills: { types: ['queja'], categories: [], languages: [] } },
 *   { tier: 'N1', type: 'queja', category: null, locale: 'es' }); // true
 */
export function hasSkills(agent: RoutingAgent, request: RoutingRequest): boolean {
  const { types, categories, languages } = agent.skills;
  return (
    (types.length === 0 || types.includes(request.type)) &&
    (categories.length === 0 || request.category === null || categories.includes(request.category)) &&
    (languages.length === 0 || languages.includes(request.locale))
  );
}
