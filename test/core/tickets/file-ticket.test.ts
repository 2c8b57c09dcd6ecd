import { describe, expect, it } from 'vitest';
import { fileTicket, toTicketView } from '../../../src/core/index';
import { AGENT, aSettings, anAgent, anIntake, makeDeps, REQUESTER } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

describe('fileTicket', () => {
  it('numbers, prioritises, sets the legal term and the first wake-up (Mon 2026-03-02 09:00 Bogotá)', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(t).toMatchObject({
      id: 't-1', number: 'PQRS-2026-000001', status: 'open', priority: 'P3', tier: 'N1', channel: 'web',
      receivedAt: '2026-03-02T14:00:00.000Z', version: 2, breached: false, fired: [], csat: null, // v2: created, then outbox delivered (ADR 0025)
      legal: { termDays: 15, extensionDays: 0, dueDate: '2026-03-24', dueAt: '2026-03-25T05:00:00.000Z', suspendedSince: null },
      // firstResponse P3 = 4 business hours; 50 % = 2 h → 11:00 Bogotá
      nextWakeUpAt: '2026-03-02T16:00:00.000Z',
    });
    expect(t.history).toEqual([
      { type: 'created', at: '2026-03-02T14:00:00.000Z', actor: REQUESTER, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' },
    ]);
    const view = toTicketView(t, deps.settings, deps.clock.now());
    expect(view.sla.map((c) => [c.metric, c.state, c.dueAt])).toEqual([
      ['firstResponse', 'running', '2026-03-02T20:00:00.000Z'],
      ['resolution', 'running', '2026-03-05T14:00:00.000Z'],
    ]);
    expect(deps.notifier.sent).toEqual([
      { kind: 'ticketFiled', created: true, ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'es', requester: { email: 'ana@example.org' }, assigneeId: null, tier: 'N1', deliveryKey: 't-1:notify:1:0' },
    ]);
    expect(t.outbox).toBeUndefined();
  });

  it.each([
    ['alta', 'alta', 'P1'], ['alta', 'media', 'P2'], ['media', 'alta', 'P2'], ['alta', 'baja', 'P3'],
    ['media', 'media', 'P3'], ['baja', 'alta', 'P3'], ['media', 'baja', 'P4'], ['baja', 'media', 'P4'], ['baja', 'baja', 'P5'],
  ] as const)('impact %s × urgency %s → %s', async (impact, urgency, priority) => {
    const t = await fileOne(makeDeps(), { impact, urgency });
    expect(t.priority).toBe(priority);
  });

  it('uses the settings matrix, not a hard-coded one', async () => {
    const settings = aSettings();
    const deps = makeDeps({ settings: { ...settings, priorityMatrix: { ...settings.priorityMatrix, baja: { alta: 'P1', media: 'P1', baja: 'P1' } } } });
    expect((await fileOne(deps, { impact: 'baja', urgency: 'baja' })).priority).toBe('P1');
  });

  it.each([
    ['peticion', '2026-07-10T15:00:00-05:00', '2026-08-04'],
    ['documentos', '2026-07-10T15:00:00-05:00', '2026-07-28'],
    ['felicitacion', '2026-07-10T15:00:00-05:00', null],
  ] as const)('%s received %s is due %s', async (type, now, dueDate) => {
    const deps = makeDeps({ now });
    const t = await fileOne(deps, { type });
    expect(t.legal?.dueDate ?? null).toBe(dueDate);
  });

  it('is idempotent by intake key: the same key twice files one ticket and notifies once', async () => {
    const deps = makeDeps();
    const a = await fileOne(deps, {}, 'teams:activity-1');
    deps.clock.advance(60_000);
    const b = await fileOne(deps, { subject: 'otra cosa' }, 'teams:activity-1');
    expect(b).toEqual(a);
    expect(await deps.store.list({})).toHaveLength(1);
    expect(deps.notifier.kinds()).toEqual(['ticketFiled']);
  });

  it('files one ticket when the same intake arrives twice concurrently', async () => {
    const deps = makeDeps();
    const [a, b] = await Promise.all([fileOne(deps, {}, 'dup'), fileOne(deps, {}, 'dup')]);
    expect(a.id).toBe(b.id);
    expect(await deps.store.list({})).toHaveLength(1);
    expect(deps.notifier.kinds()).toEqual(['ticketFiled']);
  });

  it('numbers tickets consecutively per year of receipt (Bogotá time)', async () => {
    const deps = makeDeps({ now: '2026-12-31T23:30:00-05:00' });
    expect((await fileOne(deps, {}, 'a')).number).toBe('PQRS-2026-000001');
    expect((await fileOne(deps, {}, 'b')).number).toBe('PQRS-2026-000002');
    deps.clock.set('2027-01-01T00:10:00-05:00');
    expect((await fileOne(deps, {}, 'c')).number).toBe('PQRS-2027-000001');
  });

  it.each([
    ['empty subject', { subject: '  ' }, 'invalid_input'],
    ['bad email', { requester: { name: 'A', email: 'nope' } }, 'invalid_input'],
  ] as const)('rejects %s', async (_name, request, code) => {
    const deps = makeDeps();
    const r = await fileTicket(deps, { intakeKey: 'x', request: { ...anIntake(), ...request }, actor: REQUESTER });
    expect(codeOf(r)).toBe(code);
    expect(await deps.store.list({})).toEqual([]);
  });

  it('rejects an empty intake key and a receipt in the future', async () => {
    const deps = makeDeps();
    expect(codeOf(await fileTicket(deps, { intakeKey: ' ', request: anIntake(), actor: REQUESTER }))).toBe('invalid_input');
    const future = await fileTicket(deps, { intakeKey: 'f', request: anIntake(), actor: AGENT, receivedAt: '2026-03-03T00:00:00.000Z' });
    expect(codeOf(future)).toBe('invalid_input');
  });

  it('keeps a verbal receipt instant typed in later (legal term counts from receipt)', async () => {
    const deps = makeDeps({ now: '2026-03-03T14:00:00.000Z' });
    const t = value(await fileTicket(deps, {
      intakeKey: 'v', request: anIntake({ channel: 'verbal' }), actor: AGENT, receivedAt: '2026-03-02T14:00:00.000Z',
    }));
    expect(t).toMatchObject({ channel: 'verbal', receivedAt: '2026-03-02T14:00:00.000Z', createdAt: '2026-03-03T14:00:00.000Z' });
    expect(t.legal?.dueDate).toBe('2026-03-24');
  });

  it('routes to an agent of the initial tier (least loaded) and records why', async () => {
    const settings = aSettings({ agents: [anAgent({ id: 'a1' }), anAgent({ id: 'a2' })] });
    const deps = makeDeps({ settings });
    const first = await fileOne(deps, {}, 'k1');
    const second = await fileOne(deps, {}, 'k2');
    expect([first.assigneeId, second.assigneeId]).toEqual(['a1', 'a2']);
    expect(first.history[1]).toMatchObject({ type: 'assigned', from: null, to: 'a1', reason: 'routing.reason.leastLoaded' });
  });
});
