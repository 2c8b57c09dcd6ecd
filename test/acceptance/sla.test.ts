/**
 * Acceptance: CONTRACT.md §3 — priorityOf and evaluateSla, answers computed by hand.
 * Calendar: Bogotá Mon–Fri 08:00–17:00 (local = UTC−5). Mon = 2026-11-23, Fri = 2026-11-27.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSla, priorityOf, type Level, type Priority, type TicketEvent } from '../../src/core/index';
import { H, MIN, bog } from './fixtures';
import { at, clock, norm, policy } from './sla-fixtures';

const run = (events: TicketEvent[], now: string): ReturnType<typeof evaluateSla> =>
  evaluateSla(policy, events, bog(now)).map(norm);
const created = (local: string, priority: Priority, status = 'open'): TicketEvent =>
  ({ type: 'created', at: at(local), priority, status });

describe('§3 priorityOf (ITIL 3×3)', () => {
  it.each<[Level, Level, Priority]>([
    ['alta', 'alta', 'P1'], ['alta', 'media', 'P2'], ['alta', 'baja', 'P3'],
    ['media', 'alta', 'P2'], ['media', 'media', 'P3'], ['media', 'baja', 'P4'],
    ['baja', 'alta', 'P3'], ['baja', 'media', 'P4'], ['baja', 'baja', 'P5'],
  ])('impact %s × urgency %s = %s', (impact, urgency, p) => {
    expect(priorityOf(impact, urgency)).toBe(p);
  });
});

describe('§3 evaluateSla: running clocks, ordering, events after now', () => {
  it('returns [firstResponse, resolution], running, dueAt = addBusinessTime(now, remaining)', () => {
    expect(run([created('2026-11-23T09:00', 'P3')], '2026-11-23T10:00')).toEqual([
      clock('firstResponse', 'running', 240, H, '2026-11-23T18:00:00.000Z', null),
      clock('resolution', 'running', 960, H, '2026-11-24T21:00:00.000Z', null),
    ]);
  });
  it('orders events by `at` even when given unordered', () => {
    const events: TicketEvent[] = [
      { type: 'statusChanged', at: at('2026-11-23T11:00'), status: 'open' },
      { type: 'statusChanged', at: at('2026-11-23T10:00'), status: 'waiting_customer' },
      created('2026-11-23T09:00', 'P3'),
    ];
    expect(run(events, '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'running', 240, 2 * H, '2026-11-23T19:00:00.000Z', null),
      clock('resolution', 'running', 960, 2 * H, '2026-11-24T22:00:00.000Z', null),
    ]);
  });
  it('orders by instant, not by string (mixed offsets)', () => {
    const events: TicketEvent[] = [
      { type: 'created', at: '2026-11-23T14:00:00Z', priority: 'P3', status: 'open' }, // 09:00 local
      { type: 'statusChanged', at: '2026-11-23T10:00:00-05:00', status: 'waiting_customer' },
    ];
    expect(run(events, '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'paused', 240, H, null, null),
      clock('resolution', 'paused', 960, H, null, null),
    ]);
  });
  it('ignores events after now', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P3'),
      { type: 'priorityChanged', at: at('2026-11-23T10:30'), priority: 'P1' },
      { type: 'agentReplied', at: at('2026-11-23T11:00') },
      { type: 'resolved', at: at('2026-11-23T11:30') },
    ];
    expect(run(events, '2026-11-23T10:15')).toEqual([
      clock('firstResponse', 'running', 240, 75 * MIN, '2026-11-23T18:00:00.000Z', null),
      clock('resolution', 'running', 960, 75 * MIN, '2026-11-24T21:00:00.000Z', null),
    ]);
  });
  it('an event exactly at now counts', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P3'), { type: 'agentReplied', at: at('2026-11-23T10:15') }];
    expect(run(events, '2026-11-23T10:15')[0]).toEqual(clock('firstResponse', 'met', 240, 75 * MIN, null, null));
  });
});

describe('§3 evaluateSla: pauses', () => {
  const base: TicketEvent[] = [
    created('2026-11-23T09:00', 'P3'),
    { type: 'statusChanged', at: at('2026-11-23T10:00'), status: 'waiting_customer' },
  ];
  it('paused: no counting, dueAt null', () => {
    expect(run(base, '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'paused', 240, H, null, null),
      clock('resolution', 'paused', 960, H, null, null),
    ]);
  });
  it('resumes with elapsed kept', () => {
    const events = [...base, { type: 'statusChanged', at: at('2026-11-23T14:00'), status: 'open' } as const];
    expect(run(events, '2026-11-23T15:00')).toEqual([
      clock('firstResponse', 'running', 240, 2 * H, '2026-11-23T22:00:00.000Z', null),
      clock('resolution', 'running', 960, 2 * H, '2026-11-25T16:00:00.000Z', null),
    ]);
  });
  it('created in a pause status starts paused', () => {
    expect(run([created('2026-11-23T09:00', 'P3', 'waiting_customer')], '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'paused', 240, 0, null, null),
      clock('resolution', 'paused', 960, 0, null, null),
    ]);
  });
});

describe('§3 evaluateSla: goal of the current priority, breachedAt', () => {
  it('priority change keeps elapsed and uses the new goal', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P3'), { type: 'priorityChanged', at: at('2026-11-23T10:00'), priority: 'P2' }];
    expect(run(events, '2026-11-23T10:30')).toEqual([
      clock('firstResponse', 'running', 120, 90 * MIN, '2026-11-23T16:00:00.000Z', null),
      clock('resolution', 'running', 480, 90 * MIN, '2026-11-23T22:00:00.000Z', null),
    ]);
  });
  it('time ran out: breachedAt is the earliest instant (Mon 16:00 + 1 h = Mon 17:00), breached keeps counting', () => {
    expect(run([created('2026-11-23T16:00', 'P1')], '2026-11-24T09:00')).toEqual([
      clock('firstResponse', 'breached', 60, 2 * H, '2026-11-23T22:00:00.000Z', '2026-11-23T22:00:00.000Z'),
      clock('resolution', 'running', 240, 2 * H, '2026-11-24T16:00:00.000Z', null),
    ]);
  });
  it('breached keeps counting elapsed; remainingMs negative; dueAt = breachedAt', () => {
    expect(run([created('2026-11-23T09:00', 'P1')], '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'breached', 60, 3 * H, '2026-11-23T15:00:00.000Z', '2026-11-23T15:00:00.000Z'),
      clock('resolution', 'running', 240, 3 * H, '2026-11-23T18:00:00.000Z', null),
    ]);
  });
  it('priority change lowering the goal TO the elapsed time breaches at the change', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P3'), { type: 'priorityChanged', at: at('2026-11-23T10:00'), priority: 'P1' }];
    expect(run(events, '2026-11-23T10:30')).toEqual([
      clock('firstResponse', 'breached', 60, 90 * MIN, '2026-11-23T15:00:00.000Z', '2026-11-23T15:00:00.000Z'),
      clock('resolution', 'running', 240, 90 * MIN, '2026-11-23T18:00:00.000Z', null),
    ]);
  });
  it('priority change lowering the goal BELOW the elapsed time breaches at the change', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P3'), { type: 'priorityChanged', at: at('2026-11-23T10:30'), priority: 'P1' }];
    expect(run(events, '2026-11-23T11:00')[0]).toEqual(
      clock('firstResponse', 'breached', 60, 2 * H, '2026-11-23T15:30:00.000Z', '2026-11-23T15:30:00.000Z'));
  });
  it('priority change at a closed hour breaches at that instant', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P5'), { type: 'priorityChanged', at: at('2026-11-23T20:00'), priority: 'P3' }];
    expect(run(events, '2026-11-24T09:00')).toEqual([
      clock('firstResponse', 'breached', 240, 9 * H, '2026-11-24T01:00:00.000Z', '2026-11-24T01:00:00.000Z'),
      clock('resolution', 'running', 960, 9 * H, '2026-11-24T21:00:00.000Z', null),
    ]);
  });
  it('breachedAt never moves, even when the goal is raised again', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P1'), { type: 'priorityChanged', at: at('2026-11-23T10:30'), priority: 'P3' }];
    expect(run(events, '2026-11-23T11:00')).toEqual([
      clock('firstResponse', 'breached', 240, 2 * H, '2026-11-23T15:00:00.000Z', '2026-11-23T15:00:00.000Z'),
      clock('resolution', 'running', 960, 2 * H, '2026-11-24T21:00:00.000Z', null),
    ]);
  });
  it('goal lowered while paused: no breach until the pause ends, then breach at the resume instant', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P2'),
      { type: 'statusChanged', at: at('2026-11-23T10:30'), status: 'waiting_customer' },
      { type: 'priorityChanged', at: at('2026-11-23T11:00'), priority: 'P1' },
      { type: 'statusChanged', at: at('2026-11-23T12:00'), status: 'open' },
    ];
    expect(run(events, '2026-11-23T11:30')).toEqual([
      clock('firstResponse', 'paused', 60, 90 * MIN, null, null),
      clock('resolution', 'paused', 240, 90 * MIN, null, null),
    ]);
    expect(run(events, '2026-11-23T12:30')).toEqual([
      clock('firstResponse', 'breached', 60, 2 * H, '2026-11-23T17:00:00.000Z', '2026-11-23T17:00:00.000Z'),
      clock('resolution', 'running', 240, 2 * H, '2026-11-23T19:30:00.000Z', null),
    ]);
  });
});

describe('§3 evaluateSla: stops, met vs breached, precedence', () => {
  const reply = (local: string): TicketEvent => ({ type: 'agentReplied', at: at(local) });
  it('reply before the goal: met, dueAt null', () => {
    expect(run([created('2026-11-23T09:00', 'P1'), reply('2026-11-23T09:30')], '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'met', 60, 30 * MIN, null, null),
      clock('resolution', 'running', 240, 3 * H, '2026-11-23T18:00:00.000Z', null),
    ]);
  });
  it('reply after the goal: breached, elapsed counted until the stop, dueAt null', () => {
    expect(run([created('2026-11-23T09:00', 'P1'), reply('2026-11-23T10:30')], '2026-11-23T12:00')[0]).toEqual(
      clock('firstResponse', 'breached', 60, 90 * MIN, null, '2026-11-23T15:00:00.000Z'));
  });
  it('a second agentReplied changes nothing', () => {
    const events = [created('2026-11-23T09:00', 'P1'), reply('2026-11-23T09:30'), reply('2026-11-23T10:30')];
    expect(run(events, '2026-11-23T12:00')[0]).toEqual(clock('firstResponse', 'met', 60, 30 * MIN, null, null));
  });
  it('resolved stops resolution: met', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P1'), reply('2026-11-23T09:30'), { type: 'resolved', at: at('2026-11-23T11:00') }];
    expect(run(events, '2026-11-23T15:00')[1]).toEqual(clock('resolution', 'met', 240, 2 * H, null, null));
  });
  it('resolved after the breach: breached, breachedAt kept, dueAt null', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P1'), reply('2026-11-23T09:30'), { type: 'resolved', at: at('2026-11-23T14:00') }];
    expect(run(events, '2026-11-23T15:00')[1]).toEqual(clock('resolution', 'breached', 240, 5 * H, null, '2026-11-23T18:00:00.000Z'));
  });
  it('reopened: resolution runs again with elapsed kept; resolved again stops it', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P3'), reply('2026-11-23T09:10'),
      { type: 'resolved', at: at('2026-11-23T10:00') }, { type: 'reopened', at: at('2026-11-23T14:00') },
    ];
    expect(run(events, '2026-11-23T15:00')).toEqual([
      clock('firstResponse', 'met', 240, 10 * MIN, null, null),
      clock('resolution', 'running', 960, 2 * H, '2026-11-25T16:00:00.000Z', null),
    ]);
    const again = [...events, { type: 'resolved', at: at('2026-11-23T15:30') } as const];
    expect(run(again, '2026-11-23T16:00')[1]).toEqual(clock('resolution', 'met', 960, 150 * MIN, null, null));
  });
  it('a stopped clock is met/breached even while the ticket is in a pause status', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P3'), reply('2026-11-23T09:30'),
      { type: 'statusChanged', at: at('2026-11-23T10:00'), status: 'waiting_customer' },
    ];
    expect(run(events, '2026-11-23T11:00')).toEqual([
      clock('firstResponse', 'met', 240, 30 * MIN, null, null),
      clock('resolution', 'paused', 960, H, null, null),
    ]);
  });
  it('paused takes precedence over breached for a clock not stopped (breachedAt kept)', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P1'),
      { type: 'statusChanged', at: at('2026-11-23T10:30'), status: 'waiting_customer' },
    ];
    expect(run(events, '2026-11-23T11:00')[0]).toEqual(clock('firstResponse', 'paused', 60, 90 * MIN, null, '2026-11-23T15:00:00.000Z'));
  });
  it('running clock at a closed hour: dueAt is the earliest instant (Fri 16:30 → Fri 17:00)', () => {
    expect(run([created('2026-11-27T16:00', 'P1')], '2026-11-27T16:30')[0])
      .toEqual(clock('firstResponse', 'running', 60, 30 * MIN, '2026-11-27T22:00:00.000Z', null));
    expect(run([created('2026-11-27T16:00', 'P1')], '2026-11-28T10:00')[1])
      .toEqual(clock('resolution', 'running', 240, H, '2026-11-30T16:00:00.000Z', null));
  });
});

describe('§3 invalid input', () => {
  it('negative goal throws', () => {
    const bad = { ...policy, goals: { ...policy.goals, resolution: { ...policy.goals.resolution, P3: -1 } } };
    expect(() => evaluateSla(bad, [created('2026-11-23T09:00', 'P3')], bog('2026-11-23T10:00'))).toThrow(Error);
  });
  it('an event with an invalid instant throws', () => {
    expect(() => evaluateSla(policy, [{ type: 'created', at: 'yesterday', priority: 'P3', status: 'open' }], bog('2026-11-23T10:00'))).toThrow(Error);
  });
});
