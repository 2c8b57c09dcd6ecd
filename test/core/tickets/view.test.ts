import { describe, expect, it } from 'vitest';
import { extendLegalTerm, replyToTicket, toTicketView } from '../../../src/core/index';
import { AGENT, makeDeps } from '../../fakes/builders';
import { fileOne, value } from './helpers';

describe('toTicketView', () => {
  it('shows clocks, the legal term with its extension state, and hides internal notes from requesters', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    await replyToTicket(deps, { ticketId: t.id, actor: AGENT, message: 'nota interna', public: false });
    const stored = value(await extendLegalTerm(deps, { ticketId: t.id, actor: AGENT, days: 5, reason: 'Se requiere concepto de la oficina jurídica' }));
    const staff = toTicketView(stored, deps.settings, deps.clock.now());
    expect(staff).toMatchObject({
      id: 't-1', number: 'PQRS-2026-000001', status: 'open', breached: false, version: 5, // 2 saves per notifying change (outbox, ADR 0025)
      legal: { dueDate: '2026-03-31', termDays: 15, extensionDays: 5, extended: true, canExtend: false, maxExtensionDays: 15, breached: false },
    });
    expect(staff.sla.map((c) => c.metric)).toEqual(['firstResponse', 'resolution']);
    expect(staff.history.map((e) => e.type)).toEqual(['created', 'replied', 'legalExtended']);
    const mine = toTicketView(stored, deps.settings, deps.clock.now(), { audience: 'requester' });
    expect(mine.history.map((e) => e.type)).toEqual(['created', 'legalExtended']);
  });

  it('offers an extension only before the due instant', async () => {
    const deps = makeDeps();
    const t = await fileOne(deps);
    expect(toTicketView(t, deps.settings, new Date('2026-03-25T04:59:59.999Z')).legal?.canExtend).toBe(true);
    expect(toTicketView(t, deps.settings, new Date('2026-03-25T05:00:00.000Z')).legal).toMatchObject({ canExtend: false, breached: true });
  });
});
