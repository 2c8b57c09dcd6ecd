import { describe, expect, it } from 'vitest';
import { fileTicket, recomputeOpenTickets, recomputeTicket, slaEventsOf, type Actor, type TicketHistoryEntry } from '../../../src/core/index';
import { anIntake, aSettings, aTicket, makeDeps, REQUESTER } from '../../fakes/builders';

const a: Actor = { id: 'agent-1', role: 'agent' };
const r: Actor = { id: 'ana@example.org', role: 'requester' };

describe('slaEventsOf', () => {
  it.each<[string, TicketHistoryEntry[], unknown[]]>([
    ['created', [{ type: 'created', at: 'T0', actor: r, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' }],
      [{ type: 'created', at: 'T0', priority: 'P3', status: 'open' }]],
    ['public agent reply', [{ type: 'replied', at: 'T1', actor: a, by: 'agent', public: true, message: 'x' }], [{ type: 'agentReplied', at: 'T1' }]],
    ['internal note', [{ type: 'replied', at: 'T1', actor: a, by: 'agent', public: false, message: 'x' }], []],
    ['requester reply', [{ type: 'replied', at: 'T1', actor: r, by: 'requester', public: true, message: 'x' }], []],
    ['status change', [{ type: 'statusChanged', at: 'T1', actor: a, from: 'open', to: 'waitingRequester', reason: 'x' }],
      [{ type: 'statusChanged', at: 'T1', status: 'waitingRequester' }]],
    ['priority change', [{ type: 'priorityChanged', at: 'T1', actor: a, from: 'P3', to: 'P1', reason: null }], [{ type: 'priorityChanged', at: 'T1', priority: 'P1' }]],
    ['resolution', [{ type: 'resolved', at: 'T1', actor: a, from: 'inProgress', resolution: null }],
      [{ type: 'statusChanged', at: 'T1', status: 'resolved' }, { type: 'agentReplied', at: 'T1' }, { type: 'resolved', at: 'T1' }]],
    ['closing unresolved', [{ type: 'statusChanged', at: 'T1', actor: a, from: 'open', to: 'closed', reason: null }],
      [{ type: 'statusChanged', at: 'T1', status: 'closed' }, { type: 'agentReplied', at: 'T1' }, { type: 'resolved', at: 'T1' }]],
    ['reopening', [{ type: 'reopened', at: 'T1', actor: r, to: 'inProgress', reason: null }],
      [{ type: 'reopened', at: 'T1' }, { type: 'statusChanged', at: 'T1', status: 'inProgress' }]],
    ['assignment, rating, alert, tier, extension', [
      { type: 'assigned', at: 'T1', actor: a, from: null, to: 'x', reason: null },
      { type: 'rated', at: 'T1', actor: r, score: 5, comment: null },
      { type: 'escalationFired', at: 'T1', actor: a, key: 'k', source: 'legal', atPercent: 50, action: 'notify', toTier: null },
      { type: 'tierChanged', at: 'T1', actor: a, from: 'N1', to: 'N2', kind: 'functional', reason: 'x' },
      { type: 'legalExtended', at: 'T1', actor: a, days: 5, reason: 'x', dueDate: 'd', dueAt: 'T9' },
    ], []],
  ])('%s', (_name, history, events) => {
    expect(slaEventsOf(history)).toEqual(events);
  });

  it('resolving, closing and resolving again emits one resolved per stop', () => {
    const events = slaEventsOf([
      { type: 'resolved', at: 'T1', actor: a, from: 'open', resolution: null },
      { type: 'statusChanged', at: 'T2', actor: a, from: 'resolved', to: 'closed', reason: null },
    ]);
    expect(events.filter((e) => e.type === 'resolved')).toHaveLength(1);
  });
});

describe('recomputeTicket', () => {
  it('recomputes legal, breached and nextWakeUpAt under new settings without touching the history', () => {
    const t = aTicket();
    const now = new Date('2026-03-02T14:00:00.000Z');
    const before = recomputeTicket(aSettings(), t, now);
    expect(before.nextWakeUpAt).toBe('2026-03-02T16:00:00.000Z');
    const noRules = recomputeTicket(aSettings({ escalationRules: [], legal: { calendarId: 'bogota', suspensionMode: 'resume', alertPercents: [] } }), t, now);
    // without rules the next instant is the first-response due instant (4 h → 15:00 Bogotá)
    expect(noRules.nextWakeUpAt).toBe('2026-03-02T20:00:00.000Z');
    expect(noRules.history).toEqual(t.history);
    expect(noRules.version).toBe(t.version);
  });
});

describe('recomputeOpenTickets', () => {
  it('re-derives open tickets under new settings once, then changes nothing', async () => {
    const deps = makeDeps();
    await fileTicket(deps, { intakeKey: 'a', request: anIntake(), actor: REQUESTER });
    const next = { ...deps, settings: aSettings({ escalationRules: [] }) };
    expect(await recomputeOpenTickets(next)).toBe(1);
    expect((await deps.store.get('t-1'))?.nextWakeUpAt).toBe('2026-03-02T20:00:00.000Z');
    expect(await recomputeOpenTickets(next)).toBe(0);
  });
});
