/**
 * Reclassification properties (ADR 0086), over random histories built with the real use cases:
 * 1. changing the type then evaluating = evaluating the same ticket as if filed with the new type
 *    and the same history without the `typeChanged` entry (oracle: evaluateTicket on the rebuilt ticket);
 * 2. an alert key never fires twice, whatever the types the ticket went through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changePriority, changeType, evaluateTicket, extendLegalTerm, pauseTicket, PQRS_KINDS, PRIORITIES,
  replyToTicket, resumeTicket, runDueEscalations, type PqrsKind, type Priority, type Ticket,
} from '../../../src/core/index';
import { AGENT, makeDeps, type TestDeps } from '../../fakes/builders';
import { fileOne } from './helpers';

const FILED = '2026-03-02T14:00:00.000Z'; // Mon 09:00 Bogotá

type Op =
  | { op: 'wait'; minutes: number }
  | { op: 'reply' }
  | { op: 'pause'; status: 'waitingRequester' | 'waitingThirdParty' }
  | { op: 'resume' }
  | { op: 'priority'; priority: Priority }
  | { op: 'extend'; days: number }
  | { op: 'sweep' }
  | { op: 'type'; type: PqrsKind };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 6 * 24 * 60 }) }),
  fc.constant<Op>({ op: 'reply' }),
  fc.record({ op: fc.constant('pause' as const), status: fc.constantFrom('waitingRequester' as const, 'waitingThirdParty' as const) }),
  fc.constant<Op>({ op: 'resume' }),
  fc.record({ op: fc.constant('priority' as const), priority: fc.constantFrom(...PRIORITIES) }),
  fc.record({ op: fc.constant('extend' as const), days: fc.integer({ min: 1, max: 15 }) }),
  fc.constant<Op>({ op: 'sweep' }),
  fc.record({ op: fc.constant('type' as const), type: fc.constantFrom(...PQRS_KINDS) }),
);

async function run(deps: TestDeps, id: string, op: Op): Promise<void> {
  const base = { ticketId: id, actor: AGENT };
  const reason = 'Motivo suficientemente largo para la prórroga';
  switch (op.op) {
    case 'wait': deps.clock.advance(op.minutes * 60_000); return;
    case 'reply': await replyToTicket(deps, { ...base, message: 'Respuesta', public: true }); return;
    case 'pause': await pauseTicket(deps, { ...base, status: op.status, reason: 'Falta información' }); return;
    case 'resume': await resumeTicket(deps, base); return;
    case 'priority': await changePriority(deps, { ...base, priority: op.priority }); return;
    case 'extend': await extendLegalTerm(deps, { ...base, days: op.days, reason }); return;
    case 'sweep': {
      const t = await deps.store.get(id);
      if (t) await runDueEscalations(deps, t);
      return;
    }
    case 'type': await changeType(deps, { ...base, type: op.type }); return;
  }
}

/** The ticket as if filed with its current type: same history without the reclassifications. */
function asFiled(t: Ticket): Ticket {
  return { ...t, history: t.history.filter((e) => e.type !== 'typeChanged') };
}

async function stored(deps: TestDeps, id: string): Promise<Ticket> {
  const t = await deps.store.get(id);
  if (!t) throw new Error('ticket vanished');
  return t;
}

describe('reclassification properties', () => {
  it('change type then evaluate = evaluate a ticket filed with the new type and the same history', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(opArb, { maxLength: 12 }), fc.constantFrom(...PQRS_KINDS), fc.integer({ min: 0, max: 10 * 24 * 60 }),
      async (ops, to, laterMinutes) => {
        const deps = makeDeps({ now: FILED });
        const { id } = await fileOne(deps);
        for (const op of ops) await run(deps, id, op);
        await changeType(deps, { ticketId: id, actor: AGENT, type: to });
        const after = await stored(deps, id);
        const now = new Date(deps.clock.now().getTime() + laterMinutes * 60_000);
        const got = evaluateTicket(deps.settings, after, now);
        const want = evaluateTicket(deps.settings, asFiled(after), now);
        expect({ ...got, rules: got.rules.policyId }).toEqual({ ...want, rules: want.rules.policyId });
        expect(after.legal).toEqual(evaluateTicket(deps.settings, asFiled(after), deps.clock.now()).legal);
      },
    ), { numRuns: 60, seed: 20261126 });
  });

  it('an alert key fires at most once, across any reclassifications', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 16 }), async (ops) => {
      const deps = makeDeps({ now: FILED });
      const { id } = await fileOne(deps);
      for (const op of [...ops, { op: 'sweep' } as const]) await run(deps, id, op);
      const t = await stored(deps, id);
      const keys = t.history.flatMap((e) => (e.type === 'escalationFired' ? [e.key] : []));
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(t.fired).size).toBe(t.fired.length);
      expect([...keys].sort()).toEqual([...t.fired].sort());
      const thresholds = deps.notifier.sent.flatMap((n) => (n.kind === 'slaThreshold' || n.kind === 'legalThreshold' ? [n.key] : []));
      expect(new Set(thresholds).size).toBe(thresholds.length);
    }), { numRuns: 60, seed: 20261126 });
  });
});
