import { describe, expect, it } from 'vitest';
import { factsOf, firstContactResolution, type Actor, type Ticket } from '../../../src/core/index';
import { aTicket } from '../../fakes/builders';
import { calendar, settings } from './fixtures';

const A: Actor = { id: 'a1', role: 'agent' };

/** Received Mon 2026-03-02 09:00 Bogotá, one public reply 10:00, resolved 11:00; reopened at `reopenAt` if given. */
function answeredOnce(reopenAt: string | null): Ticket {
  const history: Ticket['history'] = [
    { type: 'created', at: '2026-03-02T14:00:00.000Z', actor: A, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' },
    { type: 'replied', at: '2026-03-02T15:00:00.000Z', actor: A, by: 'agent', public: true, message: 'x' },
    { type: 'resolved', at: '2026-03-02T16:00:00.000Z', actor: A, from: 'inProgress', resolution: null },
  ];
  if (reopenAt !== null) history.push({ type: 'reopened', at: reopenAt, actor: A, to: 'inProgress', reason: null });
  return aTicket({ history, status: reopenAt === null ? 'resolved' : 'inProgress', receivedAt: '2026-03-02T14:00:00.000Z' });
}

describe('firstContactResolution counts only reopens before the window end', () => {
  // Window March 2026 evaluated at Fri 2026-03-06 17:00 Bogotá: end = 2026-03-06T22:00:00.000Z.
  const now = new Date('2026-03-06T22:00:00.000Z');
  it.each([
    ['never reopened', null, 1],
    ['reopened inside the window', '2026-03-04T15:00:00.000Z', 0],
    ['reopened exactly at the window end (not before it)', '2026-03-06T22:00:00.000Z', 1],
    ['reopened after the window end', '2026-03-10T15:00:00.000Z', 1],
  ] as const)('%s → %i of 1', (_name, reopenAt, expected) => {
    const { facts } = factsOf({
      tickets: [answeredOnce(reopenAt)], window: { from: '2026-03-01', to: '2026-04-01' }, calendar, now, settings, pulses: [], agents: [],
    });
    expect(firstContactResolution(facts)).toEqual({ numerator: expected, denominator: 1, value: expected });
  });

  it('hand-built facts without a window end count every reopen (as before)', () => {
    const { facts } = factsOf({
      tickets: [answeredOnce('2026-03-10T15:00:00.000Z')], window: { from: '2026-03-01', to: '2026-04-01' }, calendar, now, settings, pulses: [], agents: [],
    });
    const withoutEnd = facts.map((f) => {
      const copy = { ...f };
      delete copy.windowEnd;
      return copy;
    });
    expect(firstContactResolution(withoutEnd).numerator).toBe(0);
  });
});

describe('factsOf leaves out tickets filed after the evaluation instant', () => {
  it('a ticket filed after `now` (inside the window dates) is neither evaluated nor counted', () => {
    const now = new Date('2026-03-02T15:30:00.000Z');
    const later = aTicket({
      id: 'later',
      history: [{ type: 'created', at: '2026-03-02T16:00:00.000Z', actor: A, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' }],
      receivedAt: '2026-03-02T16:00:00.000Z',
    });
    const { facts } = factsOf({
      tickets: [answeredOnce(null), later], window: { from: '2026-03-01', to: '2026-04-01' }, calendar, now, settings, pulses: [], agents: [],
    });
    expect(facts.map((f) => f.ticket.id)).toEqual([answeredOnce(null).id]);
  });
});

