import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../src/teams/store/backup';
import { VentanillaDb } from '../../../src/teams/store/database';
import { MIGRATIONS } from '../../../src/teams/store/migrations';
import { SqliteConversationStore } from '../../../src/teams/store/sqlite-conversation-store';
import { SqliteIdempotencyStore } from '../../../src/teams/store/sqlite-idempotency-store';
import { SqlitePulseStore } from '../../../src/teams/store/sqlite-pulse-store';
import { SqliteSettingsStore } from '../../../src/teams/store/sqlite-settings-store';
import { SqliteTicketStore } from '../../../src/teams/store/sqlite-ticket-store';
import { FixedClock } from '../../fakes/clock';
import { aTicket } from '../helpers/ticket';

const open: VentanillaDb[] = [];
const db = (path = ':memory:') => {
  const d = new VentanillaDb(path);
  open.push(d);
  return d;
};
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

describe('SQLite side stores', () => {
  it('opens with WAL, synchronous=FULL and the migrations recorded once each', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ventanilla-db-')), 'v.db');
    db(path).close();
    const again = db(path);
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(again.db.prepare("SELECT COUNT(*) FROM migrations").pluck().get()).toBe(MIGRATIONS.length);
  });

  it('settings: every save is a new version with who and when; current is the latest', async () => {
    const store = new SqliteSettingsStore(db());
    expect(await store.current()).toBeNull();
    await store.save({ a: 1 }, null, '2026-03-01T00:00:00.000Z');
    await store.save({ a: 2 }, 'admin-1', '2026-03-02T00:00:00.000Z');
    expect(await store.current()).toEqual({ version: 2, data: { a: 2 }, savedBy: 'admin-1', savedAt: '2026-03-02T00:00:00.000Z' });
    expect((await store.history()).map((h) => h.version)).toEqual([2, 1]);
  });

  it('conversations: save replaces per (scope, key); get, list and delete', async () => {
    const store = new SqliteConversationStore(db(), new FixedClock('2026-03-02T14:00:00.000Z'));
    await store.save('user', 'aad-1', { conversation: { id: 'a:1' } });
    await store.save('user', 'aad-1', { conversation: { id: 'a:2' } });
    await store.save('channel', 'N2', { conversation: { id: '19:x' } });
    expect(await store.get('user', 'aad-1')).toEqual({ conversation: { id: 'a:2' } });
    expect(await store.get('user', 'nobody')).toBeNull();
    expect(await store.list('channel')).toEqual([{ key: 'N2', reference: { conversation: { id: '19:x' } } }]);
    await store.delete('user', 'aad-1');
    expect(await store.get('user', 'aad-1')).toBeNull();
  });

  it('pulses: listed by [from, to) in time order', async () => {
    const store = new SqlitePulseStore(db());
    await store.add({ id: 'p2', agentId: 'a', score: 4, comment: null, at: '2026-03-05T00:00:00.000Z' });
    await store.add({ id: 'p1', agentId: 'a', score: 2, comment: 'cansado', at: '2026-03-01T00:00:00.000Z' });
    await store.add({ id: 'p3', agentId: 'b', score: 5, comment: null, at: '2026-04-01T00:00:00.000Z' });
    expect((await store.list('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('idempotency keys keep the first record', async () => {
    const store = new SqliteIdempotencyStore(db());
    await store.put({ key: 'k', fingerprint: 'f1', ticketId: 't-1' }, '2026-03-02T14:00:00.000Z');
    await store.put({ key: 'k', fingerprint: 'f2', ticketId: 't-2' }, '2026-03-02T14:00:01.000Z');
    expect(await store.get('k')).toEqual({ key: 'k', fingerprint: 'f1', ticketId: 't-1' });
    expect(await store.get('other')).toBeNull();
  });

  it('backup copies a live database with its tickets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ventanilla-backup-'));
    const live = db(join(dir, 'v.db'));
    await new SqliteTicketStore(live).create(aTicket({ id: 't-1' }));
    const { pages } = await backupDatabase(join(dir, 'v.db'), join(dir, 'copies', 'b.db'));
    expect(pages).toBeGreaterThan(0);
    const copy = new Database(join(dir, 'copies', 'b.db'), { readonly: true });
    expect(copy.prepare('SELECT id FROM tickets').pluck().all()).toEqual(['t-1']);
    copy.close();
    await expect(backupDatabase(join(dir, 'missing.db'), join(dir, 'x.db'))).rejects.toThrow(/no database/);
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });

  it('an eager write (radicado counter) commits with the next group', async () => {
    const d = db();
    const store = new SqliteTicketStore(d);
    expect(await store.nextSequence(2026)).toBe(1);
    expect(d.db.inTransaction).toBe(true);
    await store.create(aTicket({ id: 't-1' }));
    expect(d.db.inTransaction).toBe(false);
    expect(await store.nextSequence(2026)).toBe(2);
  });
});
