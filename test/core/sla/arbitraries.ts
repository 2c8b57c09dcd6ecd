import fc from 'fast-check';
import type { SlaPolicy, TicketEvent } from '../../../src/core/sla/index';
import { PRIORITIES } from '../../../src/core/priority/index';

export const START = Date.parse('2026-01-05T06:00:00Z'); // a Monday
const MIN = 60_000;

/** UTC office hours with a lunch break, a short Saturday and a holiday (Wed 2026-01-07). */
export const officePolicy = (goals: SlaPolicy['goals']): SlaPolicy => ({
  calendar: {
    timeZone: 'UTC',
    week: {
      mon: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      tue: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      wed: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      thu: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      fri: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      sat: [{ start: '09:00', end: '11:00' }],
    },
    holidays: ['2026-01-07'],
  },
  goals,
  pauseStatuses: ['waitingRequester', 'waitingThirdParty'],
});

export const alwaysOpenPolicy = (goals: SlaPolicy['goals']): SlaPolicy => ({
  calendar: {
    timeZone: 'UTC',
    week: Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [d, [{ start: '00:00', end: '24:00' }]])),
  },
  goals,
  pauseStatuses: ['waitingRequester', 'waitingThirdParty'],
});

const minutes = fc.integer({ min: 0, max: 900 });
const byPriority = fc.record({ P1: minutes, P2: minutes, P3: minutes, P4: minutes, P5: minutes });
export const goalsArb = fc.record({ firstResponse: byPriority, resolution: byPriority });

const priority = fc.constantFrom(...PRIORITIES);
const statusArb = fc.constantFrom('open', 'inProgress', 'waitingRequester', 'waitingThirdParty', 'resolved');
const iso = (m: number): string => new Date(START + m * MIN).toISOString();

type Kind = 'created' | 'statusChanged' | 'priorityChanged' | 'agentReplied' | 'resolved' | 'reopened';
const later = fc.record({
  at: fc.integer({ min: 0, max: 4 * 1440 }),
  kind: fc.constantFrom<Kind>('statusChanged', 'statusChanged', 'priorityChanged', 'agentReplied', 'resolved', 'reopened', 'created'),
  status: statusArb,
  priority,
});

/** A minute-aligned history: created first, then events sorted by instant (ties keep order), and `now`. */
export const historyArb = fc
  .record({
    start: fc.integer({ min: 0, max: 1440 }),
    first: fc.record({ status: statusArb, priority }),
    rest: fc.array(later, { maxLength: 12 }),
    nowOffset: fc.integer({ min: 0, max: 5 * 1440 }),
  })
  .map(({ start, first, rest, nowOffset }) => {
    const events: TicketEvent[] = [{ type: 'created', at: iso(start), priority: first.priority, status: first.status }];
    const sorted = [...rest].sort((a, b) => a.at - b.at);
    for (const r of sorted) {
      const at = iso(start + r.at);
      if (r.kind === 'created') events.push({ type: 'created', at, priority: r.priority, status: r.status });
      else if (r.kind === 'statusChanged') events.push({ type: 'statusChanged', at, status: r.status });
      else if (r.kind === 'priorityChanged') events.push({ type: 'priorityChanged', at, priority: r.priority });
      else events.push({ type: r.kind, at });
    }
    return { events, now: new Date(START + (start + nowOffset) * MIN) };
  });
