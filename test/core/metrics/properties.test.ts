import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat, firstContactResolution, fulfilment, type TicketFacts } from '../../../src/core/index';
import { aTicket } from '../../fakes/builders';

const W = { start: Date.parse('2026-03-01T05:00:00.000Z'), end: Date.parse('2026-04-01T05:00:00.000Z') };

/** Random facts: received or not, answered inside/outside/never, rated 1–5 or not. */
const factArb = fc.record({
  received: fc.boolean(),
  answered: fc.constantFrom<'in' | 'before' | 'never'>('in', 'before', 'never'),
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  met: fc.boolean(),
}).map(({ received, answered, score, met }): TicketFacts => {
  const answeredAt = answered === 'in' ? W.start + 1000 : answered === 'before' ? W.start - 1000 : null;
  const ticket = aTicket({ csat: score === null || answeredAt === null ? null : { score, comment: null, at: new Date(W.start + 2000).toISOString() } });
  const clock = { metric: 'resolution' as const, state: met ? ('met' as const) : ('breached' as const), goalMs: 1, elapsedMs: 1, remainingMs: 0, dueAt: null, breachedAt: null };
  return { ticket, received, answeredAt, respondedAt: answeredAt, clocks: [clock], sla: met ? 'met' : 'breached', legal: null, legalDueAt: null, extended: false };
});

describe('metric ratios against a naive oracle', () => {
  it('CSAT satisfied share, average and response rate', () => {
    fc.assert(fc.property(fc.array(factArb, { maxLength: 40 }), (facts) => {
      const r = csat(facts, W);
      const answered = facts.filter((f) => f.answeredAt !== null && f.answeredAt >= W.start && f.answeredAt < W.end);
      const scores: number[] = [];
      for (const f of answered) if (f.ticket.csat) scores.push(f.ticket.csat.score);
      let happy = 0;
      let sum = 0;
      for (const s of scores) {
        if (s === 4 || s === 5) happy++;
        sum += s;
      }
      expect(r.satisfied.numerator).toBe(happy);
      expect(r.responseRate.denominator).toBe(answered.length);
      if (scores.length === 0) {
        expect(r.satisfied.value).toBeNull();
        expect(r.average).toBeNull();
      } else {
        expect(r.satisfied.value).toBeCloseTo(happy / scores.length, 12);
        expect(r.average).toBeCloseTo(sum / scores.length, 12);
        expect(r.average ?? 0).toBeGreaterThanOrEqual(1);
        expect(r.average ?? 0).toBeLessThanOrEqual(5);
      }
      for (const ratio of [r.satisfied, r.responseRate]) {
        if (ratio.value !== null) {
          expect(ratio.value).toBeGreaterThanOrEqual(0);
          expect(ratio.value).toBeLessThanOrEqual(1);
        }
      }
    }));
  });

  it('fulfilment and first-contact ratios stay within [0, 1] and count what the oracle counts', () => {
    fc.assert(fc.property(fc.array(factArb, { maxLength: 40 }), (facts) => {
      const f = fulfilment(facts);
      const received = facts.filter((x) => x.received);
      const answered = received.filter((x) => x.answeredAt !== null);
      expect(f.resolvedRate).toMatchObject({ numerator: answered.length, denominator: received.length });
      expect(f.withinSla.numerator).toBe(answered.filter((x) => x.clocks[0]?.state === 'met').length);
      const fcr = firstContactResolution(facts);
      expect(fcr.denominator).toBe(answered.length);
      for (const r of [f.resolvedRate, f.withinSla, fcr]) {
        if (r.denominator === 0) expect(r.value).toBeNull();
        else {
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1);
        }
      }
    }));
  });
});
