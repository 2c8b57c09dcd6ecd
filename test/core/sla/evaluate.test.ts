import { describe, it, expect } from 'vitest';
import { evaluateSla, ticketEventSchema, type SlaClock, type TicketEvent } from '../../../src/core/sla/index';
import { bogotaPolicy as policy, bog, z, H, M, created, status, prio, reply, resolved, reopened } from './fixtures';

type Expect = Partial<SlaClock>;
interface Case {
  name: string;
  events: TicketEvent[];
  now: string;
  fr: Expect;
  res: Expect;
}

// Mon 2026-03-02 … Fri 03-06; office 08–12, 14–17 (Bogotá, UTC−5). Goals P3: first response 4 h, resolution 16 h.
const cases: Case[] = [
  {
    name: 'running: elapsed, remaining and dueAt from now',
    events: [created(bog('02', '08:00'))],
    now: bog('02', '10:00'),
    fr: { state: 'running', goalMs: 4 * H, elapsedMs: 2 * H, remainingMs: 2 * H, dueAt: z(bog('02', '12:00')), breachedAt: null },
    res: { state: 'running', goalMs: 16 * H, elapsedMs: 2 * H, remainingMs: 14 * H, dueAt: z(bog('04', '10:00')), breachedAt: null },
  },
  {
    name: 'first agentReplied stops firstResponse: met',
    events: [created(bog('02', '08:00')), reply(bog('02', '09:00'))],
    now: bog('02', '16:00'),
    fr: { state: 'met', elapsedMs: 1 * H, remainingMs: 3 * H, dueAt: null, breachedAt: null },
    res: { state: 'running', elapsedMs: 6 * H },
  },
  {
    name: 'time runs out during office hours: breached at 12:00, keeps counting, dueAt = breachedAt',
    events: [created(bog('02', '08:00'))],
    now: bog('02', '15:00'),
    fr: { state: 'breached', elapsedMs: 5 * H, remainingMs: -1 * H, breachedAt: z(bog('02', '12:00')), dueAt: z(bog('02', '12:00')) },
    res: { state: 'running', elapsedMs: 5 * H },
  },
  {
    name: 'reply after the breach: stopped breached, dueAt null',
    events: [created(bog('02', '08:00')), reply(bog('02', '14:30'))],
    now: bog('03', '09:00'),
    fr: { state: 'breached', elapsedMs: 4.5 * H, breachedAt: z(bog('02', '12:00')), dueAt: null },
    res: { state: 'running', elapsedMs: 8 * H },
  },
  {
    name: 'pause status stops both clocks; dueAt null while paused',
    events: [created(bog('02', '08:00')), status(bog('02', '09:00'), 'waitingRequester')],
    now: bog('02', '16:00'),
    fr: { state: 'paused', elapsedMs: 1 * H, dueAt: null, breachedAt: null },
    res: { state: 'paused', elapsedMs: 1 * H, dueAt: null },
  },
  {
    name: 'pause then resume: the paused span does not count',
    events: [created(bog('02', '08:00')), status(bog('02', '09:00'), 'waitingThirdParty'), status(bog('02', '15:00'), 'inProgress')],
    now: bog('02', '16:00'),
    fr: { state: 'running', elapsedMs: 2 * H, dueAt: z(bog('03', '09:00')) },
    res: { state: 'running', elapsedMs: 2 * H },
  },
  {
    name: 'created in a pause status: paused from the start',
    events: [created(bog('02', '08:00'), 'P3', 'waitingRequester')],
    now: bog('02', '16:00'),
    fr: { state: 'paused', elapsedMs: 0 },
    res: { state: 'paused', elapsedMs: 0 },
  },
  {
    name: 'priority raised P3→P1 before the breach: the new goal runs out at 09:00',
    events: [created(bog('02', '08:00')), prio(bog('02', '08:30'), 'P1')],
    now: bog('02', '09:30'),
    fr: { state: 'breached', goalMs: 1 * H, elapsedMs: 1.5 * H, breachedAt: z(bog('02', '09:00')) },
    res: { state: 'running', goalMs: 4 * H, elapsedMs: 1.5 * H },
  },
  {
    name: 'priority change lowering the goal below elapsed: breached at the change',
    events: [created(bog('02', '08:00')), prio(bog('02', '10:00'), 'P1')],
    now: bog('02', '10:30'),
    fr: { state: 'breached', goalMs: 1 * H, elapsedMs: 2.5 * H, breachedAt: z(bog('02', '10:00')), dueAt: z(bog('02', '10:00')) },
    res: { state: 'running', elapsedMs: 2.5 * H },
  },
  {
    name: 'priority lowered P1→P4 in time: elapsed kept, new goal applies',
    events: [created(bog('02', '08:00'), 'P1'), prio(bog('02', '08:30'), 'P4')],
    now: bog('02', '11:00'),
    fr: { state: 'running', goalMs: 8 * H, elapsedMs: 3 * H, remainingMs: 5 * H, breachedAt: null },
    res: { state: 'running', goalMs: 24 * H, elapsedMs: 3 * H },
  },
  {
    name: 'priority lowered after the breach: breachedAt never moves, still breached',
    events: [created(bog('02', '08:00'), 'P1'), prio(bog('02', '10:00'), 'P4')],
    now: bog('02', '11:00'),
    fr: { state: 'breached', goalMs: 8 * H, elapsedMs: 3 * H, remainingMs: 5 * H, breachedAt: z(bog('02', '09:00')), dueAt: z(bog('02', '09:00')) },
    res: { state: 'running', goalMs: 24 * H, elapsedMs: 3 * H, breachedAt: null },
  },
  {
    name: 'priority lowered during a pause below elapsed: breached when the pause ends',
    events: [
      created(bog('02', '08:00')), status(bog('02', '10:00'), 'waitingRequester'),
      prio(bog('02', '10:30'), 'P1'), status(bog('02', '15:00'), 'inProgress'),
    ],
    now: bog('02', '15:30'),
    fr: { state: 'breached', elapsedMs: 2.5 * H, breachedAt: z(bog('02', '15:00')) },
    res: { state: 'running', elapsedMs: 2.5 * H, breachedAt: null },
  },
  {
    name: 'events after now are ignored',
    events: [created(bog('02', '08:00')), reply(bog('02', '11:00')), resolved(bog('02', '11:00'))],
    now: bog('02', '10:00'),
    fr: { state: 'running', elapsedMs: 2 * H },
    res: { state: 'running', elapsedMs: 2 * H },
  },
  {
    name: 'goal reached when the office closes: breach at Fri 17:00, not at the Monday reply',
    events: [created(bog('06', '16:00'), 'P1'), reply(bog('09', '08:00'))],
    now: bog('09', '09:00'),
    fr: { state: 'breached', elapsedMs: 1 * H, breachedAt: z(bog('06', '17:00')), dueAt: null },
    res: { state: 'running', elapsedMs: 2 * H, dueAt: z(bog('09', '11:00')) },
  },
  {
    name: 'the holiday Mon 03-23 is skipped: Fri 16:30 + 1 h = Tue 08:30',
    events: [created(bog('20', '16:30'), 'P1')],
    now: bog('24', '09:00'),
    fr: { state: 'breached', elapsedMs: 1.5 * H, breachedAt: z(bog('24', '08:30')) },
    res: { state: 'running', elapsedMs: 1.5 * H, dueAt: z(bog('24', '11:30')) },
  },
  {
    name: 'a reply exactly at the due instant meets the goal (remaining 0)',
    events: [created(bog('02', '08:00'), 'P1'), reply(bog('02', '09:00'))],
    now: bog('02', '10:00'),
    fr: { state: 'met', elapsedMs: 1 * H, remainingMs: 0, breachedAt: null },
    res: { state: 'running', elapsedMs: 2 * H },
  },
  {
    name: 'several events at the due instant are applied together before the breach check',
    events: [created(bog('02', '08:00'), 'P1'), status(bog('02', '09:00'), 'inProgress'), reply(bog('02', '09:00'))],
    now: bog('02', '10:00'),
    fr: { state: 'met', elapsedMs: 1 * H, breachedAt: null },
    res: { state: 'running', elapsedMs: 2 * H },
  },
  {
    name: 'breach exactly at now',
    events: [created(bog('02', '08:00'), 'P1')],
    now: bog('02', '09:00'),
    fr: { state: 'breached', elapsedMs: 1 * H, remainingMs: 0, breachedAt: z(bog('02', '09:00')), dueAt: z(bog('02', '09:00')) },
    res: { state: 'running', elapsedMs: 1 * H },
  },
  {
    name: 'resolved stops resolution: met',
    events: [created(bog('02', '08:00')), reply(bog('02', '08:30')), resolved(bog('02', '10:00'))],
    now: bog('04', '10:00'),
    fr: { state: 'met', elapsedMs: 30 * M },
    res: { state: 'met', elapsedMs: 2 * H, dueAt: null, breachedAt: null },
  },
  {
    name: 'reopened: resolution runs again with elapsed kept',
    events: [created(bog('02', '08:00')), reply(bog('02', '08:30')), resolved(bog('02', '10:00')), reopened(bog('03', '08:00'))],
    now: bog('03', '09:00'),
    fr: { state: 'met', elapsedMs: 30 * M },
    res: { state: 'running', elapsedMs: 3 * H, remainingMs: 13 * H },
  },
  {
    name: 'reopened and breached later: met at first stop, breached after',
    events: [created(bog('02', '08:00'), 'P1'), reply(bog('02', '08:10')), resolved(bog('02', '10:00')), reopened(bog('03', '08:00')), resolved(bog('03', '11:00'))],
    now: bog('04', '09:00'),
    fr: { state: 'met' },
    res: { state: 'breached', elapsedMs: 5 * H, breachedAt: z(bog('03', '10:00')), dueAt: null },
  },
  {
    name: 'resolved without any reply does not stop firstResponse (ADR 0011)',
    events: [created(bog('02', '08:00')), resolved(bog('02', '10:00'))],
    now: bog('03', '09:00'),
    fr: { state: 'breached', elapsedMs: 8 * H, breachedAt: z(bog('02', '12:00')) },
    res: { state: 'met', elapsedMs: 2 * H },
  },
  {
    name: 'a stopped clock does not breach when the goal is lowered afterwards',
    events: [created(bog('02', '08:00')), reply(bog('02', '10:00')), prio(bog('02', '14:30'), 'P1')],
    now: bog('02', '15:00'),
    fr: { state: 'met', goalMs: 1 * H, elapsedMs: 2 * H, remainingMs: -1 * H, breachedAt: null },
    res: { state: 'breached', elapsedMs: 5 * H, breachedAt: z(bog('02', '14:30')) },
  },
];

describe('evaluateSla (CONTRACT §3)', () => {
  it.each(cases)('$name', ({ events, now, fr, res }) => {
    const [a, b] = evaluateSla(policy, events, new Date(now));
    expect(a).toMatchObject({ metric: 'firstResponse', ...fr });
    expect(b).toMatchObject({ metric: 'resolution', ...res });
  });

  it('orders events by `at`: shuffled input gives the same clocks', () => {
    const events = [created(bog('02', '08:00')), status(bog('02', '09:00'), 'waitingRequester'), status(bog('02', '11:00'), 'open'), reply(bog('02', '15:00'))];
    const now = new Date(bog('03', '10:00'));
    const shuffled = [events[3], events[1], events[0], events[2]].filter((e) => e !== undefined);
    expect(evaluateSla(policy, shuffled, now)).toEqual(evaluateSla(policy, events, now));
  });

  it('is stable for equal instants: input order decides', () => {
    const a = [created(bog('02', '08:00')), status(bog('02', '09:00'), 'waitingRequester'), status(bog('02', '09:00'), 'open')];
    const b = [created(bog('02', '08:00')), status(bog('02', '09:00'), 'open'), status(bog('02', '09:00'), 'waitingRequester')];
    const now = new Date(bog('02', '10:00'));
    expect(evaluateSla(policy, a, now)[0]?.state).toBe('running');
    expect(evaluateSla(policy, b, now)[0]?.state).toBe('paused');
  });

  it('duplicate deliveries of the same events change nothing', () => {
    const events = [
      created(bog('02', '08:00')), status(bog('02', '09:00'), 'waitingRequester'), status(bog('02', '10:00'), 'inProgress'),
      reply(bog('02', '11:00')), resolved(bog('02', '15:00')), reopened(bog('02', '16:00')), prio(bog('02', '16:10'), 'P2'),
    ];
    const doubled = events.flatMap((e) => [e, { ...e }]);
    const now = new Date(bog('03', '10:00'));
    expect(evaluateSla(policy, doubled, now)).toEqual(evaluateSla(policy, events, now));
  });

  it('ignores events before the first created', () => {
    const withEarly = [reply(bog('02', '07:00')), created(bog('02', '08:00'))];
    expect(evaluateSla(policy, withEarly, new Date(bog('02', '09:00')))[0]?.state).toBe('running');
  });

  it('throws on a history without created (at or before now) and on invalid instants', () => {
    expect(() => evaluateSla(policy, [], new Date(bog('02', '09:00')))).toThrow(/created/);
    expect(() => evaluateSla(policy, [created(bog('02', '10:00'))], new Date(bog('02', '09:00')))).toThrow(/created/);
    expect(() => evaluateSla(policy, [created('yesterday')], new Date(bog('02', '09:00')))).toThrow(/instant/);
    expect(() => evaluateSla(policy, [created(bog('02', '08:00'))], new Date('nope'))).toThrow(/now/);
    const bad = ticketEventSchema.safeParse({ type: 'priorityChanged', at: bog('02', '09:00'), priority: 'P9' });
    expect(bad.success).toBe(false);
    expect(() => evaluateSla(policy, [created(bog('02', '08:00')), { type: 'priorityChanged', at: bog('02', '09:00'), priority: 'P1' }, JSON.parse('{"type":"bogus","at":"2026-03-02T09:30:00-05:00"}')], new Date(bog('02', '10:00')))).toThrow(/unknown event/);
  });
});
