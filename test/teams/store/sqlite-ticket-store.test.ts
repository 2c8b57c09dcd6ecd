import { afterEach, describe, expect, it } from 'vitest';
import { isConcurrencyError } from '../../../src/core/index';
import { VentanillaDb } from '../../../src/teams/store/database';
import { SqliteTicketStore } from '../../../src/teams/store/sqlite-ticket-store';
import { aTicket } from '../helpers/ticket';

const open: VentanillaDb[] = [];
function makeStore() {
  const db = new VentanillaDb(':memory:');
  open.push(db);
  return { db, store: new SqliteTicketStore(db) };
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('SqliteTicketStore (beyond the shared contract)', () => {
  it('creates once per intake key, also when two creates race in one group commit', async () => {
    const { store } = makeStore();
    const [a, b] = await Promise.all([
      store.create(aTicket({ id: 't-1', intakeKey: 'k' })),
      store.create(aTicket({ id: 't-2', number: 'PQRS-2026-000002', intakeKey: 'k' })),
    ]);
    expect([a.created, b.created]).toEqual([true, false]);
    expect(b.ticket.id).toBe('t-1');
    expect(await store.count()).toBe(1);
  });

  it('a failing write in a group rolls back alone; the others commit', async () => {
    const { store } = makeStore();
    await store.create(aTicket({ id: 't-1' }));
    const results = await Promise.allSettled([
      store.save(aTicket({ id: 't-1', subject: 'stale' }), 7),
      store.create(aTicket({ id: 't-2', number: 'PQRS-2026-000002', intakeKey: 'k2' })),
    ]);
    expect(results[0].status).toBe('rejected');
    if (results[0].status === 'rejected') expect(isConcurrencyError(results[0].reason)).toBe(true);
    expect(results[1].status).toBe('fulfilled');
    expect((await store.get('t-1'))?.subject).toBe('Asunto');
    expect(await store.get('t-2')).not.toBeNull();
  });

  it('records fired escalation keys with the save that carries them', async () => {
    const { store } = makeStore();
    await store.create(aTicket({ id: 't-1' }));
    await store.save(aTicket({ id: 't-1', fired: ['t-1:resolution:50'] }), 1);
    expect(await store.firedKeys('t-1')).toEqual(['t-1:resolution:50']);
  });

  it('finds the earliest wake-up and the due tickets in order', async () => {
    const { store } = makeStore();
    await store.create(aTicket({ id: 't-1', intakeKey: 'a', nextWakeUpAt: '2026-03-03T10:00:00.000Z' }));
    await store.create(aTicket({ id: 't-2', number: 'N2', intakeKey: 'b', nextWakeUpAt: '2026-03-02T10:00:00.000Z' }));
    await store.create(aTicket({ id: 't-3', number: 'N3', intakeKey: 'c', nextWakeUpAt: null }));
    expect(await store.earliestWakeUp()).toBe('2026-03-02T10:00:00.000Z');
    const due = await store.dueForWakeUp(new Date('2026-03-03T10:00:00.000Z'), 10);
    expect(due.map((t) => t.id)).toEqual(['t-2', 't-1']);
  });

  it('filters by requester e-mail case-insensitively and by open/closed', async () => {
    const { store } = makeStore();
    await store.create(aTicket({ id: 't-1', intakeKey: 'a', requester: { name: 'Ana', email: 'Ana@Example.org' } }));
    await store.create(aTicket({ id: 't-2', number: 'N2', intakeKey: 'b', status: 'resolved' }));
    expect((await store.list({ requesterEmail: 'ANA@example.org' })).map((t) => t.id)).toEqual(['t-1', 't-2']);
    expect((await store.list({ status: 'open' })).map((t) => t.id)).toEqual(['t-1']);
    expect((await store.list({ status: 'closed' })).map((t) => t.id)).toEqual(['t-2']);
  });
});
