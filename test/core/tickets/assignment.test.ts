import { describe, expect, it } from 'vitest';
import { chooseAssignee, openLoadsOf, type Ticket, type TicketQuery } from '../../../src/core/index';
import { InMemoryTicketStore } from '../../fakes/in-memory-ticket-store';
import { aSettings, anAgent, aTicket } from '../../fakes/builders';

/** The reference store, counting its `list` queries. */
class CountingStore extends InMemoryTicketStore {
  lists = 0;
  override list(query: TicketQuery): Promise<Ticket[]> {
    this.lists += 1;
    return super.list(query);
  }
}

/** A counting store that also answers `openLoads` itself (as a SQL store would, with GROUP BY). */
class GroupingStore extends CountingStore {
  grouped = 0;
  async openLoads(ids: readonly string[], exclude?: string): Promise<Record<string, number>> {
    this.grouped += 1;
    const out: Record<string, number> = {};
    for (const t of await super.list({ status: 'open' })) {
      if (t.assigneeId !== null && ids.includes(t.assigneeId) && t.id !== exclude) out[t.assigneeId] = (out[t.assigneeId] ?? 0) + 1;
    }
    this.lists -= 1;
    return out;
  }
}

const agents = ['a', 'b', 'c', 'd', 'e'].map((id) => anAgent({ id, email: `${id}@example.org` }));
const settings = aSettings({ agents, routing: { strategy: 'leastLoaded' } });
const now = new Date('2026-03-02T14:00:00.000Z');

async function seed<S extends InMemoryTicketStore>(store: S): Promise<S> {
  const held: [string, string | null, Ticket['status']][] = [
    ['t-1', 'a', 'open'], ['t-2', 'a', 'inProgress'], ['t-3', 'b', 'open'], ['t-4', 'c', 'resolved'], ['t-5', null, 'open'], ['t-6', 'zz', 'open'],
  ];
  for (const [id, assigneeId, status] of held) await store.create(aTicket({ id, assigneeId, status }));
  return store;
}

describe('routing loads', () => {
  it.each([
    ['fallback: one list query', () => new CountingStore()],
    ["the store's openLoads", () => new GroupingStore()],
  ])('%s gives the open tickets per agent, excluding the ticket being routed', async (_name, make) => {
    const store = await seed(make());
    store.lists = 0;
    expect(await openLoadsOf(store, ['a', 'b', 'c', 'd'], 't-2')).toEqual({ a: 1, b: 1, c: 0, d: 0 });
    expect(await openLoadsOf(store, ['a', 'b', 'c', 'd'])).toEqual({ a: 2, b: 1, c: 0, d: 0 });
    expect(store.lists).toBe(store instanceof GroupingStore ? 0 : 2);
  });

  it('chooseAssignee (least loaded) makes one load query whatever the number of agents', async () => {
    const store = await seed(new CountingStore());
    store.lists = 0;
    const decision = await chooseAssignee({ store, settings }, { id: 't-new', type: 'peticion', category: null, locale: 'es' }, 'N1', now);
    expect(decision.agentId).toBe('c');
    expect(store.lists).toBe(1);
  });

  it('chooseAssignee uses openLoads when the store has it (no list query for least loaded)', async () => {
    const store = await seed(new GroupingStore());
    store.lists = 0;
    const decision = await chooseAssignee({ store, settings }, { id: 't-new', type: 'peticion', category: null, locale: 'es' }, 'N1', now);
    expect(decision).toMatchObject({ agentId: 'c', reason: { code: 'leastLoaded' } });
    expect([store.grouped, store.lists]).toEqual([1, 0]);
  });
});
