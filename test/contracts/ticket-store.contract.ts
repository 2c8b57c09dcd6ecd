/**
 * The shared TicketStore suite: every adapter's store runs it
 * (`ticketStoreContract('sqlite', async () => openStore(':memory:'))`).
 */
import { describe, expect, it } from 'vitest';
import { isConcurrencyError, type Ticket, type TicketStore } from '../../src/core/index';
import { aTicket, REQUESTER } from '../fakes/builders';

/** A ticket using every optional field, so a round trip proves each column. */
function fullTicket(): Ticket {
  return aTicket({
    id: 'full-1',
    number: 'PQRS-2026-000077',
    intakeKey: 'teams:activity-77',
    type: 'habeasReclamo',
    subject: 'Corrección de datos — “ñandú” & <b>',
    description: 'Línea 1\nLínea 2 ✓',
    impact: 'alta',
    urgency: 'baja',
    priority: 'P3',
    channel: 'verbal',
    status: 'waitingRequester',
    tier: 'N2',
    assigneeId: 'agent-9',
    category: 'datos',
    locale: 'en',
    requester: { name: 'Zoë O’Brien', email: 'zoe@example.org', userId: 'aad-123' },
    receivedAt: '2026-03-01T20:00:00.000Z',
    legal: {
      termDays: 15, extensionDays: 8, dueDate: '2026-04-01', dueAt: '2026-04-02T05:00:00.000Z',
      extendedAt: '2026-03-10T15:00:00.000Z', suspendedSince: '2026-03-12T15:00:00.000Z',
    },
    history: [
      { type: 'created', at: '2026-03-02T14:00:00.000Z', actor: REQUESTER, status: 'open', priority: 'P3', tier: 'N1', channel: 'verbal' },
      { type: 'replied', at: '2026-03-02T15:00:00.000Z', actor: { id: 'agent-9', role: 'agent' }, by: 'agent', public: false, message: 'nota' },
      { type: 'escalationFired', at: '2026-03-03T15:00:00.000Z', actor: { id: 'system', role: 'system' }, key: 'full-1:resolution:75', source: 'resolution', atPercent: 75, action: 'escalate', toTier: 'N2' },
    ],
    fired: ['full-1:resolution:75', 'full-1:legal:50'],
    csat: { score: 4, comment: 'bien', at: '2026-03-20T15:00:00.000Z' },
    nextWakeUpAt: '2026-03-25T13:00:00.000Z',
    breached: true,
    version: 3,
    createdAt: '2026-03-02T14:00:00.000Z',
    updatedAt: '2026-03-20T15:00:00.000Z',
  });
}

/** Defines the suite for one store implementation. `makeStore` must return an empty store (sync or async). */
export function ticketStoreContract(name: string, makeStore: () => TicketStore | Promise<TicketStore>): void {
  describe(`TicketStore contract: ${name}`, () => {
    it('round-trips every field through create, get, getByNumber and findByIntakeKey', async () => {
      const store = await makeStore();
      const t = fullTicket();
      const r = await store.create(t);
      expect(r).toEqual({ ticket: t, created: true });
      expect(await store.get('full-1')).toEqual(t);
      expect(await store.getByNumber('PQRS-2026-000077')).toEqual(t);
      expect(await store.findByIntakeKey('teams:activity-77')).toEqual(t);
      expect(await store.get('nope')).toBeNull();
      expect(await store.getByNumber('PQRS-2026-999999')).toBeNull();
      expect(await store.findByIntakeKey('nope')).toBeNull();
    });

    it('hands out copies: changing a returned ticket does not change the store', async () => {
      const store = await makeStore();
      const { ticket } = await store.create(aTicket());
      ticket.subject = 'changed';
      ticket.history.push({ type: 'reopened', at: '2026-03-03T00:00:00.000Z', actor: REQUESTER, to: 'open', reason: null });
      const again = await store.get('t-1');
      expect(again?.subject).toBe('Certificado laboral');
      expect(again?.history).toHaveLength(1);
    });

    it('is idempotent by intakeKey: a second create returns the stored ticket, created=false', async () => {
      const store = await makeStore();
      await store.create(aTicket({ id: 'a', intakeKey: 'k1', number: 'PQRS-2026-000001' }));
      const second = await store.create(aTicket({ id: 'b', intakeKey: 'k1', number: 'PQRS-2026-000002', subject: 'otro' }));
      expect(second.created).toBe(false);
      expect(second.ticket.id).toBe('a');
      expect(second.ticket.subject).toBe('Certificado laboral');
      expect(await store.get('b')).toBeNull();
    });

    it('keeps one ticket under concurrent creates with the same intakeKey', async () => {
      const store = await makeStore();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.create(aTicket({ id: `c${i}`, intakeKey: 'same', number: `PQRS-2026-00010${i}` }))),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
      expect(await store.list({})).toHaveLength(1);
    });

    it('saves with the expected version, bumps it, and rejects stale versions with code conflict', async () => {
      const store = await makeStore();
      const { ticket } = await store.create(aTicket({ version: 1 }));
      const saved = await store.save({ ...ticket, subject: 'v2' }, 1);
      expect(saved.version).toBe(2);
      expect((await store.get('t-1'))?.subject).toBe('v2');
      const stale = await store.save({ ...ticket, subject: 'lost' }, 1).then(() => null, (e: unknown) => e);
      expect(isConcurrencyError(stale)).toBe(true);
      expect(stale).toMatchObject({ code: 'conflict' });
      expect((await store.get('t-1'))?.subject).toBe('v2');
    });

    it('lets exactly one of several concurrent saves from the same version win', async () => {
      const store = await makeStore();
      const { ticket } = await store.create(aTicket({ version: 1 }));
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) => store.save({ ...ticket, subject: `w${i}` }, 1)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(isConcurrencyError(o.reason)).toBe(true);
      expect((await store.get('t-1'))?.version).toBe(2);
    });

    it('rejects saving a ticket that was never created', async () => {
      const store = await makeStore();
      await expect(store.save(aTicket({ id: 'ghost' }), 1)).rejects.toThrow();
    });

    it('numbers each year 1, 2, 3 … independently, without gaps or repeats under concurrency', async () => {
      const store = await makeStore();
      expect(await store.nextSequence(2026)).toBe(1);
      expect(await store.nextSequence(2026)).toBe(2);
      expect(await store.nextSequence(2027)).toBe(1);
      const many = await Promise.all(Array.from({ length: 40 }, () => store.nextSequence(2026)));
      expect([...many].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
      expect(await store.nextSequence(2027)).toBe(2);
    });

    it('filters lists by every field and sorts them', async () => {
      const store = await makeStore();
      const base = { history: [] };
      await store.create(aTicket({ ...base, id: 'a', intakeKey: 'a', number: 'N-a', createdAt: '2026-03-02T10:00:00.000Z', status: 'open', assigneeId: 'x', tier: 'N1', type: 'queja', priority: 'P1', channel: 'teams', breached: true, requester: { name: 'A', email: 'Ana@Example.org' } }));
      await store.create(aTicket({ ...base, id: 'b', intakeKey: 'b', number: 'N-b', createdAt: '2026-03-03T10:00:00.000Z', status: 'resolved', assigneeId: null, tier: 'N2', type: 'peticion', priority: 'P3', channel: 'web', breached: false, requester: { name: 'L', email: 'luis@example.org' } }));
      await store.create(aTicket({ ...base, id: 'c', intakeKey: 'c', number: 'N-c', createdAt: '2026-03-04T10:00:00.000Z', status: 'waitingRequester', assigneeId: 'x', tier: 'N1', type: 'peticion', priority: 'P3', channel: 'email', breached: false, updatedAt: '2026-03-01T00:00:00.000Z' }));
      await store.create(aTicket({ ...base, id: 'd', intakeKey: 'd', number: 'N-d', createdAt: '2026-03-05T10:00:00.000Z', status: 'closed', assigneeId: 'y', tier: 'N3', type: 'consulta', priority: 'P5', channel: 'web', breached: true }));
      const ids = async (q: Parameters<TicketStore['list']>[0]) => (await store.list(q)).map((t) => t.id);
      expect(await ids({})).toEqual(['a', 'b', 'c', 'd']);
      expect(await ids({ status: 'open' })).toEqual(['a', 'c']);
      expect(await ids({ status: 'closed' })).toEqual(['b', 'd']);
      expect(await ids({ statuses: ['waitingRequester', 'closed'] })).toEqual(['c', 'd']);
      expect(await ids({ requesterEmail: 'ana@example.org' })).toEqual(['a', 'c', 'd']);
      expect(await ids({ assigneeId: 'x' })).toEqual(['a', 'c']);
      expect(await ids({ assigneeId: null })).toEqual(['b']);
      expect(await ids({ tier: 'N1' })).toEqual(['a', 'c']);
      expect(await ids({ type: 'peticion' })).toEqual(['b', 'c']);
      expect(await ids({ priority: 'P3' })).toEqual(['b', 'c']);
      expect(await ids({ channel: 'web' })).toEqual(['b', 'd']);
      expect(await ids({ breached: true })).toEqual(['a', 'd']);
      expect(await ids({ createdFrom: '2026-03-03T10:00:00.000Z', createdTo: '2026-03-05T10:00:00.000Z' })).toEqual(['b', 'c']);
      expect(await ids({ status: 'open', assigneeId: 'x', channel: 'email' })).toEqual(['c']);
      expect(await ids({ sort: '-createdAt' })).toEqual(['d', 'c', 'b', 'a']);
      expect(await ids({ sort: '-createdAt', limit: 2 })).toEqual(['d', 'c']);
      expect((await ids({ sort: 'updatedAt' }))[0]).toBe('c');
    });

    it('returns due tickets earliest first (ties by id), inclusive of `before`, at most `limit`', async () => {
      const store = await makeStore();
      const mk = (id: string, nextWakeUpAt: string | null) => aTicket({ id, intakeKey: id, number: `N-${id}`, nextWakeUpAt });
      await store.create(mk('w3', '2026-03-02T12:00:00.000Z'));
      await store.create(mk('w1', '2026-03-02T10:00:00.000Z'));
      await store.create(mk('w2b', '2026-03-02T11:00:00.000Z'));
      await store.create(mk('w2a', '2026-03-02T11:00:00.000Z'));
      await store.create(mk('later', '2026-03-02T12:00:00.001Z'));
      await store.create(mk('never', null));
      const due = async (before: string, limit: number) => (await store.dueForWakeUp(new Date(before), limit)).map((t) => t.id);
      expect(await due('2026-03-02T12:00:00.000Z', 10)).toEqual(['w1', 'w2a', 'w2b', 'w3']);
      expect(await due('2026-03-02T12:00:00.000Z', 2)).toEqual(['w1', 'w2a']);
      expect(await due('2026-03-02T09:59:59.999Z', 10)).toEqual([]);
    });
  });
}
