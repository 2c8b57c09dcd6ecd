import { describe, expect, it } from 'vitest';
import { helpDeskMetrics, type AgentPulse, type MetricsInput } from '../../../src/core/index';
import { calendar, NOW, settings, TICKETS } from './fixtures';

const H = 3_600_000;
const pulses: AgentPulse[] = [
  { id: 'p1', agentId: 'a1', score: 4, comment: null, at: '2026-03-03T15:00:00.000Z' },
  { id: 'p2', agentId: 'a1', score: 2, comment: null, at: '2026-03-04T15:00:00.000Z' },
  { id: 'p3', agentId: 'a2', score: 5, comment: null, at: '2026-02-25T15:00:00.000Z' },
];
const input: MetricsInput = {
  tickets: TICKETS, window: { from: '2026-03-01', to: '2026-04-01' }, calendar, now: NOW, settings, pulses,
  agents: [{ id: 'a1', calendar: null }, { id: 'a2', calendar: null }],
};
const m = helpDeskMetrics(input);

describe('helpDeskMetrics (March 2026, evaluated Fri 03-06 17:00 Bogotá)', () => {
  it('caps the window end at now', () => {
    expect(m.window).toEqual({ from: '2026-03-01', to: '2026-04-01', start: '2026-03-01T05:00:00.000Z', end: '2026-03-06T22:00:00.000Z' });
  });

  it('volume: T1–T4 and T6 received in the window, by channel', () => {
    expect(m.volume).toEqual({ total: 5, byChannel: { teams: 2, web: 2, email: 1, jira: 0, phone: 0, verbal: 0, api: 0 } });
  });

  it('fulfilment: 2 of 5 answered, both within the resolution SLA', () => {
    expect(m.fulfilment).toEqual({
      resolvedRate: { numerator: 2, denominator: 5, value: 0.4 },
      withinSla: { numerator: 2, denominator: 2, value: 1 },
    });
  });

  it('first response: 1 h, 1 h, 3 h of business time → median 1 h, p90 3 h', () => {
    expect(m.firstResponse).toEqual({ count: 3, medianMs: H, p90Ms: 3 * H });
  });

  it('first contact resolution: T1 yes (one reply, answer without text), T2 no (reply + answer text)', () => {
    expect(m.firstContactResolution).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it('backlog at the end: T6 < 1 d, T3 and T4 1–3 d, T5 7–15 d', () => {
    expect(m.backlog).toEqual({ total: 4, byAge: { lt1d: 1, '1to3d': 2, '3to7d': 0, '7to15d': 1, gte15d: 0 } });
  });

  it('CSAT: scores 5 and 3 on the 2 answered tickets', () => {
    expect(m.csat).toEqual({
      satisfied: { numerator: 1, denominator: 2, value: 0.5 }, average: 4, responseRate: { numerator: 2, denominator: 2, value: 1 },
    });
  });

  it('agent satisfaction: a1 sent 4 and 2 in the window, a2 only before it', () => {
    expect(m.agentSatisfaction).toEqual({ average: 3, participation: { numerator: 1, denominator: 2, value: 0.5 }, responses: 2 });
  });

  it('utilisation: a1 handled T1 Mon 09–11 (2 h) and T3 Wed 09:00–Fri 17:00 (20 h) of 35 h open', () => {
    expect(m.utilisation.a1).toEqual({ numerator: 22 * H, denominator: 35 * H, value: 22 / 35 });
    expect(m.utilisation.a2).toEqual({ numerator: 0, denominator: 35 * H, value: 0 });
  });

  it('compliance: SLA decided for T1, T2 (met) and T3 (first response breached); legal decided for T1, T2', () => {
    expect(m.compliance.overall).toEqual({
      received: 5, sla: { numerator: 2, denominator: 3, value: 2 / 3 }, legal: { numerator: 2, denominator: 2, value: 1 },
    });
    expect(m.compliance.byType.peticion).toEqual({
      received: 3, sla: { numerator: 1, denominator: 2, value: 0.5 }, legal: { numerator: 1, denominator: 1, value: 1 },
    });
    expect(m.compliance.byType.consulta).toEqual({
      received: 1, sla: { numerator: 0, denominator: 0, value: null }, legal: { numerator: 0, denominator: 0, value: null },
    });
    expect(Object.keys(m.compliance.byChannel)).toEqual(['email', 'teams', 'web']);
    expect(m.compliance.byChannel.teams?.sla).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(m.compliance.byPriority.P3?.received).toBe(5);
  });

  it('rejects an empty or inverted window', () => {
    expect(() => helpDeskMetrics({ ...input, window: { from: '2026-04-01', to: '2026-03-01' } })).toThrow(/before/);
  });
});
