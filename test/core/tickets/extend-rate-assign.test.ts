import { describe, expect, it } from 'vitest';
import {
  assignTicket, claimTicket, extendLegalTerm, rateTicket, recordAgentPulse, resolveTicket,
} from '../../../src/core/index';
import { FixedClock } from '../../fakes/clock';
import { AGENT, aSettings, anAgent, InMemoryPulseStore, makeDeps, OTHER_REQUESTER, REQUESTER, SequentialIds } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

const REASON = 'Se requiere concepto de la oficina jurídica';

describe('extendLegalTerm (Ley 1755 par. art. 14)', () => {
  it('extends once, before the due date, by at most the term', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps); // due 2026-03-24
    deps.clock.set('2026-03-20T15:00:00.000Z');
    expect(codeOf(await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 16, reason: REASON }))).toBe('extension_too_long');
    const short = await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 5, reason: 'corto' });
    expect(short.ok ? null : short.error).toMatchObject({ code: 'invalid_input', messageKey: 'pqrs.extension.reasonTooShort' });
    const ext = value(await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 15, reason: REASON }));
    // 30 business days after 03-02: Mon 03-23, Thu 04-02 and Fri 04-03 are holidays
    expect(ext.legal).toMatchObject({ termDays: 15, extensionDays: 15, dueDate: '2026-04-16', extendedAt: '2026-03-20T15:00:00.000Z' });
    expect(deps.notifier.sent.at(-1)).toMatchObject({ kind: 'legalExtended', days: 15, dueDate: '2026-04-16' });
    expect(codeOf(await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 1, reason: REASON }))).toBe('already_extended');
  });

  it.each([
    ['after the due instant', 'peticion', '2026-03-25T05:00:00.000Z', 'term_expired'],
    ['a type without term', 'felicitacion', '2026-03-03T15:00:00.000Z', 'no_legal_term'],
  ] as const)('refuses %s', async (_n, type, at, code) => {
    const deps = makeDeps();
    const t = await fileOne(deps, { type });
    deps.clock.set(at);
    expect(codeOf(await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 5, reason: REASON }))).toBe(code);
  });

  it('refuses requesters', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await extendLegalTerm(deps, { ticketId: t.id, actor: REQUESTER, days: 5, reason: REASON }))).toBe('forbidden');
  });
});

describe('rateTicket (CSAT)', () => {
  it('lets the requester rate a resolved ticket once', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(codeOf(await rateTicket(deps, { ticketId: t.id, actor: REQUESTER, score: 5 }))).toBe('not_resolved');
    await resolveTicket(deps, { ticketId: t.id, actor: AGENT });
    expect(codeOf(await rateTicket(deps, { ticketId: t.id, actor: AGENT, score: 5 }))).toBe('forbidden');
    expect(codeOf(await rateTicket(deps, { ticketId: t.id, actor: OTHER_REQUESTER, score: 5 }))).toBe('forbidden');
    const rated = value(await rateTicket(deps, { ticketId: t.id, actor: REQUESTER, score: 4, comment: ' Rápido ' }));
    expect(rated.csat).toEqual({ score: 4, comment: 'Rápido', at: '2026-03-02T14:00:00.000Z' });
    expect(codeOf(await rateTicket(deps, { ticketId: t.id, actor: REQUESTER, score: 5 }))).toBe('already_rated');
  });

  it.each([0, 6, 3.5, Number.NaN])('rejects score %s', async (score) => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    await resolveTicket(deps, { ticketId: t.id, actor: AGENT });
    expect(codeOf(await rateTicket(deps, { ticketId: t.id, actor: REQUESTER, score }))).toBe('invalid_input');
  });
});

describe('assign and claim', () => {
  it('assigns to known agents, lets an agent claim, refuses requesters', async () => {
    const deps = makeDeps({ settings: aSettings({ agents: [anAgent({ id: 'a1' }), anAgent({ id: 'a2' })], routing: { strategy: 'manual' } }) });
    const t = await fileOne(deps);
    expect(t.assigneeId).toBeNull();
    expect(codeOf(await assignTicket(deps, { ticketId: t.id, actor: AGENT, assigneeId: 'ghost' }))).toBe('invalid_input');
    expect(value(await assignTicket(deps, { ticketId: t.id, actor: AGENT, assigneeId: 'a2' })).assigneeId).toBe('a2');
    expect(codeOf(await assignTicket(deps, { ticketId: t.id, actor: AGENT, assigneeId: 'a2' }))).toBe('same_value');
    expect(value(await claimTicket(deps, { ticketId: t.id, actor: { id: 'a1', role: 'agent' } })).assigneeId).toBe('a1');
    expect(codeOf(await claimTicket(deps, { ticketId: t.id, actor: REQUESTER }))).toBe('forbidden');
    expect(value(await assignTicket(deps, { ticketId: t.id, actor: AGENT, assigneeId: null })).assigneeId).toBeNull();
    expect(deps.notifier.kinds()).toEqual(['ticketFiled', 'assigned', 'assigned', 'assigned']);
  });
});

describe('recordAgentPulse', () => {
  it('stores agent pulses 1–5 and refuses requesters and bad scores', async () => {
    const pulses = new InMemoryPulseStore();
    const deps = { pulses, clock: new FixedClock('2026-03-02T14:00:00.000Z'), ids: new SequentialIds('p-') };
    expect(value(await recordAgentPulse(deps, { actor: AGENT, score: 4 }))).toEqual({ id: 'p-1', agentId: 'agent-1', score: 4, comment: null, at: '2026-03-02T14:00:00.000Z' });
    expect(codeOf(await recordAgentPulse(deps, { actor: REQUESTER, score: 4 }))).toBe('forbidden');
    expect(codeOf(await recordAgentPulse(deps, { actor: AGENT, score: 9 }))).toBe('invalid_input');
    expect(pulses.pulses).toHaveLength(1);
  });
});
