import { describe, expect, it } from 'vitest';
import {
  changePriority, changeStatus, changeType, extendLegalTerm, resolveTicket, rulesFor, runDueEscalations, toTicketView, typeChangedText,
  TypeBodySchema, type PqrsKind,
} from '../../../src/core/index';
import { AGENT, makeDeps, REQUESTER } from '../../fakes/builders';
import { codeOf, fileOne, value } from './helpers';

const FILED = '2026-03-02T14:00:00.000Z'; // Mon 2 March 2026, 09:00 Bogotá
const CHANGED = '2026-03-03T15:00:00.000Z'; // Tue 10:00 Bogotá
const HOUR = 3_600_000;

describe('changeType: the legal term is recomputed from receipt under the new type (Colombian calendar)', () => {
  // 2026: Thu 19 March (San José) moves to Mon 23 March; Holy Thursday/Friday are 2–3 April.
  it.each<[PqrsKind, number | null, string | null, string]>([
    ['queja', 15, '2026-03-24', 'default'],
    ['reclamo', 15, '2026-03-24', 'default'],
    ['consulta', 30, '2026-04-16', 'consultas'],
    ['documentos', 10, '2026-03-16', 'default'],
    ['habeasConsulta', 10, '2026-03-16', 'default'],
    ['felicitacion', null, null, 'default'],
  ])('petición → %s: term %s days, due %s, policy %s', async (to, termDays, dueDate, policy) => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    expect(filed.legal?.dueDate).toBe('2026-03-24');
    deps.clock.set(CHANGED);
    const t = value(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: to, reason: '  Es otra clase de PQRS  ' }));
    expect(t.type).toBe(to);
    expect(rulesFor(deps.settings, t).policyId).toBe(policy);
    expect(t.legal === null ? null : { termDays: t.legal.termDays, dueDate: t.legal.dueDate }).toEqual(
      termDays === null ? null : { termDays, dueDate },
    );
    expect(t.history.at(-1)).toEqual({ type: 'typeChanged', at: CHANGED, actor: AGENT, from: 'peticion', to, reason: 'Es otra clase de PQRS' });
    expect(deps.notifier.sent.at(-1)).toMatchObject({ kind: 'typeChanged', from: 'peticion', to, legalDueDate: dueDate, ticketId: filed.id });
  });

  it('re-selects the SLA policy: a consulta gets the consultas resolution goal (P3: 6 office days)', async () => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    deps.clock.set(CHANGED);
    const t = value(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: 'consulta' }));
    const view = toTicketView(t, deps.settings, deps.clock.now());
    expect(view.sla.map((c) => c.goalMs)).toEqual([4 * HOUR, 6 * 7 * HOUR]);
    // the clocks over the whole history under the new policy = a consulta filed at the same instant
    const asFiled = makeDeps({ now: FILED });
    const other = await fileOne(asFiled, { type: 'consulta' });
    expect(toTicketView(t, deps.settings, deps.clock.now()).sla).toEqual(toTicketView(other, asFiled.settings, deps.clock.now()).sla);
  });

  it('keeps an extension already granted, capped at the new type\'s maximum', async () => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    deps.clock.set('2026-03-20T15:00:00.000Z');
    value(await extendLegalTerm(deps, { ticketId: filed.id, actor: AGENT, days: 15, reason: 'Se requiere concepto de la oficina jurídica' }));
    const consulta = value(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: 'consulta' }));
    expect(consulta.legal).toMatchObject({ termDays: 30, extensionDays: 15, dueDate: '2026-05-08', extendedAt: '2026-03-20T15:00:00.000Z' });
    const documentos = value(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: 'documentos' }));
    expect(documentos.legal).toMatchObject({ termDays: 10, extensionDays: 10, dueDate: '2026-03-31' });
    const view = toTicketView(documentos, deps.settings, deps.clock.now());
    expect(view.legal).toMatchObject({ extended: true, canExtend: false });
  });

  it.each([
    ['same type', 'peticion', AGENT, false, 'same_value'],
    ['a requester', 'queja', REQUESTER, false, 'forbidden'],
    ['a resolved ticket', 'queja', AGENT, true, 'invalid_transition'],
  ] as const)('refuses %s', async (_name, to, actor, resolve, code) => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    if (resolve) value(await resolveTicket(deps, { ticketId: filed.id, actor: AGENT, resolution: 'Listo' }));
    const before = await deps.store.get(filed.id);
    deps.clock.set(CHANGED);
    expect(codeOf(await changeType(deps, { ticketId: filed.id, actor, type: to }))).toBe(code);
    expect(await deps.store.get(filed.id)).toEqual(before);
  });

  it('refuses a closed ticket and an unknown id', async () => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    value(await changeStatus(deps, { ticketId: filed.id, actor: AGENT, status: 'closed' }));
    expect(codeOf(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: 'queja' }))).toBe('invalid_transition');
    expect(codeOf(await changeType(deps, { ticketId: 'nope', actor: AGENT, type: 'queja' }))).toBe('not_found');
  });

  it('never re-fires an alert key fired under the old type', async () => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    deps.clock.set('2026-03-02T16:00:00.000Z'); // 50 % of the 4 h first response
    const fired = value(await runDueEscalations(deps, filed));
    expect(fired.fired).toEqual(['t-1:firstResponse:50']);
    const changed = value(await changeType(deps, { ticketId: filed.id, actor: AGENT, type: 'queja' }));
    const again = value(await runDueEscalations(deps, changed));
    expect(again.history.filter((e) => e.type === 'escalationFired').map((e) => e.type === 'escalationFired' && e.key)).toEqual(['t-1:firstResponse:50']);
  });
});

describe('changePriority with impact/urgency', () => {
  it('stores the levels the new priority comes from', async () => {
    const deps = makeDeps({ now: FILED });
    const filed = await fileOne(deps);
    const t = value(await changePriority(deps, { ticketId: filed.id, actor: AGENT, priority: 'P2', impact: 'alta', urgency: 'media' }));
    expect(t).toMatchObject({ priority: 'P2', impact: 'alta', urgency: 'media' });
  });
});

describe('typeChangedText and TypeBodySchema', () => {
  it.each([
    ['es', 'requester', '2026-03-24', 'Su solicitud PQRS-2026-000001 fue reclasificada de «Petición» a «Queja». El término legal ahora vence el 24 de marzo de 2026.'],
    ['en', 'requester', '2026-03-24', 'Your request PQRS-2026-000001 was reclassified from “Petition” to “Complaint”. The legal term now ends on March 24, 2026.'],
    ['es', 'staff', null, 'Solicitud PQRS-2026-000001 reclasificada: Petición → Queja. Este tipo de solicitud no tiene término legal.'],
  ] as const)('%s / %s / %s', (locale, audience, legalDueDate, text) => {
    expect(typeChangedText(locale, { number: 'PQRS-2026-000001', from: 'peticion', to: 'queja', legalDueDate }, audience)).toBe(text);
  });

  it('parses the body of POST …/type', () => {
    expect(TypeBodySchema.parse({ type: 'consulta' })).toEqual({ type: 'consulta' });
    expect(TypeBodySchema.safeParse({ type: 'otro' }).success).toBe(false);
  });
});
