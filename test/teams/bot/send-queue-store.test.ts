import { describe, expect, it } from 'vitest';
import { VentanillaDb } from '../../../src/teams/store/database';
import { SENT_MARKER_TTL_MS, SqliteSendQueueStore, type QueuedSend } from '../../../src/teams/store/send-queue-store';
import { FixedClock } from '../../fakes/clock';

/** The SQLite table behind the durable send queue (ADR 0088), on an in-memory database. */
function message(id: string, conversationKey = 'https://smba/|a:conv-1'): QueuedSend {
  return {
    id, conversationKey, tenantKey: 'anonymous|tenant-1', ticketId: 't-1', kind: 'legalExtended', to: 'requester',
    reference: { conversation: { id: 'a:conv-1' }, bot: { id: '28:bot' }, channelId: 'msteams', serviceUrl: 'https://smba/' },
    card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `card ${id}` }] },
  };
}

function setup() {
  const db = new VentanillaDb(':memory:');
  const clock = new FixedClock('2026-03-02T15:00:00.000Z');
  return { db, clock, store: new SqliteSendQueueStore(db, clock) };
}

describe('SqliteSendQueueStore', () => {
  it('keeps messages in hand-off order with their JSON, across several adds', async () => {
    const { store, db } = setup();
    expect(await store.add([message('m-1'), message('m-2')])).toEqual(['m-1', 'm-2']);
    expect(await store.add([message('m-3', 'https://smba/|a:conv-2')])).toEqual(['m-3']);
    expect(await store.pending()).toEqual([message('m-1'), message('m-2'), message('m-3', 'https://smba/|a:conv-2')]);
    db.close();
  });

  it('an id already queued or already sent is skipped; removing deletes the row', async () => {
    const { store, db } = setup();
    await store.add([message('m-1')]);
    expect(await store.add([message('m-1'), message('m-2')])).toEqual(['m-2']);
    await store.remove('m-1');
    expect((await store.pending()).map((m) => m.id)).toEqual(['m-2']);
    expect(await store.add([message('m-1')])).toEqual([]);
    db.close();
  });

  it('"sent" markers are purged after the TTL (on the next start-up read)', async () => {
    const { store, clock, db } = setup();
    await store.add([message('m-1')]);
    await store.remove('m-1');
    clock.advance(SENT_MARKER_TTL_MS - 1);
    await store.pending();
    expect(await store.add([message('m-1')])).toEqual([]);
    await store.remove('m-1');
    clock.advance(SENT_MARKER_TTL_MS + 1);
    await store.pending();
    expect(await store.add([message('m-1')])).toEqual(['m-1']);
    db.close();
  });
});
