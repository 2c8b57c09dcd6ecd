/**
 * Acceptance: CONTRACT.md §3 boundary readings, by hand (Bogotá Mon–Fri 08:00–17:00, Mon = 2026-11-23).
 */
import { describe, expect, it } from 'vitest';
import { evaluateSla, type Priority, type TicketEvent } from '../../src/core/index';
import { H, MIN, bog } from './fixtures';
import { at, clock, norm, policy } from './sla-fixtures';

const run = (events: TicketEvent[], now: string): ReturnType<typeof evaluateSla> =>
  evaluateSla(policy, events, bog(now)).map(norm);
const created = (local: string, priority: Priority): TicketEvent => ({ type: 'created', at: at(local), priority, status: 'open' });

describe('§3 boundaries', () => {
  it('elapsed reaching the goal exactly at now is a breach at now (elapsed ≥ goal)', () => {
    expect(run([created('2026-11-23T09:00', 'P1')], '2026-11-23T10:00')[0]).toEqual(
      clock('firstResponse', 'breached', 60, H, '2026-11-23T15:00:00.000Z', '2026-11-23T15:00:00.000Z'));
  });
  it('a reply exactly when the goal is reached stops the clock first: met', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P1'), { type: 'agentReplied', at: at('2026-11-23T10:00') }];
    expect(run(events, '2026-11-23T12:00')[0]).toEqual(clock('firstResponse', 'met', 60, H, null, null));
  });
  it('a priority change after the stop does not breach a stopped clock (goal still follows the priority)', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P3'), { type: 'agentReplied', at: at('2026-11-23T10:00') },
      { type: 'priorityChanged', at: at('2026-11-23T10:30'), priority: 'P1' },
    ];
    expect(run(events, '2026-11-23T11:00')[0]).toEqual(clock('firstResponse', 'met', 60, H, null, null));
  });
  it('reopened after a breached resolution: breached again at once, breachedAt kept, dueAt = breachedAt', () => {
    const events: TicketEvent[] = [
      created('2026-11-23T09:00', 'P1'), { type: 'agentReplied', at: at('2026-11-23T09:10') },
      { type: 'resolved', at: at('2026-11-23T14:00') }, { type: 'reopened', at: at('2026-11-23T15:00') },
    ];
    expect(run(events, '2026-11-23T16:00')).toEqual([
      clock('firstResponse', 'met', 60, 10 * MIN, null, null),
      clock('resolution', 'breached', 240, 6 * H, '2026-11-23T18:00:00.000Z', '2026-11-23T18:00:00.000Z'),
    ]);
  });
  it('resolved does not stop firstResponse (only the first agentReplied does)', () => {
    const events: TicketEvent[] = [created('2026-11-23T09:00', 'P3'), { type: 'resolved', at: at('2026-11-23T09:30') }];
    expect(run(events, '2026-11-23T12:00')).toEqual([
      clock('firstResponse', 'running', 240, 3 * H, '2026-11-23T18:00:00.000Z', null),
      clock('resolution', 'met', 960, 30 * MIN, null, null),
    ]);
  });
});
