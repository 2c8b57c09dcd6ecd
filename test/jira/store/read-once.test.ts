/**
 * The Forge store reads a ticket from KVS once per instance (one invocation) and saves against
 * what it knows without re-reading; conditional writes keep that safe when another invocation
 * wrote meanwhile. Runs the real @forge/kvs client against the in-memory KVS server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isConcurrencyError } from '../../../src/core/index';
import { TICKET_ENTITY } from '../../../src/jira/store/entity';
import { KvsTicketStore } from '../../../src/jira/store/kvs-ticket-store';
import { toRecord } from '../../../src/jira/store/record';
import { aTicket } from '../../fakes/builders';
import { installForgeRuntime, type ForgeHarness } from '../../fakes/forge-runtime';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
let h: ForgeHarness;

beforeEach(() => {
  h = installForgeRuntime('2026-03-02T14:00:00Z');
  h.listen();
});
afterEach(() => h.close());

/** KVS requests made by `fn`. */
async function requestsOf(fn: () => Promise<unknown>): Promise<number> {
  const before = h.kvs.total();
  await fn();
  return h.kvs.total() - before;
}

function seed(id: string, issue?: { issueId: string; issueKey: string }): void {
  h.kvs.seed(id, toRecord(aTicket({ id, intakeKey: `k:${id}`, number: `PQRS-2026-${id}` }), issue ?? null), TICKET_ENTITY);
}

describe('KvsTicketStore reads once per instance', () => {
  it('serves the second read from memory and saves with one conditional write', async () => {
    seed('t1');
    const store = new KvsTicketStore(tick);
    expect(await requestsOf(() => store.record('t1'))).toBe(1);
    const t = await store.get('t1');
    expect(await requestsOf(() => store.get('t1'))).toBe(0);
    if (!t) throw new Error('seeded');
    let saved = t;
    expect(await requestsOf(async () => { saved = await store.save({ ...t, subject: 'uno' }, t.version); })).toBe(1);
    expect(await requestsOf(() => store.save({ ...saved, subject: 'dos' }, saved.version))).toBe(1);
    expect(await new KvsTicketStore(tick).get('t1')).toMatchObject({ subject: 'dos', version: t.version + 2 });
  });

  it('hands out copies of what it remembers', async () => {
    seed('t1');
    const store = new KvsTicketStore(tick);
    const a = await store.get('t1');
    if (!a) throw new Error('seeded');
    a.subject = 'changed by the caller';
    expect((await store.get('t1'))?.subject).not.toBe('changed by the caller');
  });

  it('rejects a save over a stale memory with conflict, and the next read is fresh', async () => {
    seed('t1');
    const mine = new KvsTicketStore(tick);
    const other = new KvsTicketStore(tick);
    const t = await mine.get('t1');
    const o = await other.get('t1');
    if (!t || !o) throw new Error('seeded');
    await other.save({ ...o, subject: 'other' }, o.version);
    const error: unknown = await mine.save({ ...t, subject: 'mine' }, t.version).catch((e: unknown) => e);
    expect(isConcurrencyError(error)).toBe(true);
    expect(await mine.get('t1')).toMatchObject({ subject: 'other', version: t.version + 1 });
  });

  it('keeps a Jira link made by another invocation between its read and its save', async () => {
    seed('t1');
    const mine = new KvsTicketStore(tick);
    const t = await mine.get('t1');
    if (!t) throw new Error('seeded');
    await new KvsTicketStore(tick).link('t1', { issueId: '10001', issueKey: 'PQRS-1' });
    await mine.save({ ...t, subject: 'after link' }, t.version);
    expect(await new KvsTicketStore(tick).record('t1')).toMatchObject({ issueId: '10001', issueKey: 'PQRS-1', ticket: { subject: 'after link' } });
  });

  it('prefetches an event’s tickets 25 per request; missing ids are read (and found absent) on their own', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    for (const id of ids) seed(id, { issueId: `1${id}`, issueKey: `PQRS-${id}` });
    const store = new KvsTicketStore(tick);
    expect(await requestsOf(() => store.prefetch([...ids, 'missing']))).toBe(3);
    expect(await requestsOf(async () => { for (const id of ids) expect((await store.record(id))?.issueId).toBe(`1${id}`); })).toBe(0);
    expect(await requestsOf(async () => expect(await store.record('missing')).toBeNull())).toBe(1);
  });
});
