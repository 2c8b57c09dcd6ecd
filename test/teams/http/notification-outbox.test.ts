import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notification, Notifier } from '../../../src/core/index';
import { INTAKE, REQUESTER, startTestServer, type TestServer } from '../helpers/server';

const running: TestServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.app.close();
});

class RecordingNotifier implements Notifier {
  readonly sent: Notification[] = [];
  async notify(n: Notification): Promise<void> {
    this.sent.push(n);
  }
}
/** The process "dies" before the Teams hand-off: every notify fails. */
const crashing: Notifier = { notify: () => Promise.reject(new Error('process killed before the send')) };

async function stop(s: TestServer) {
  running.splice(running.indexOf(s), 1);
  await s.app.close();
}

describe('notification outbox across a restart', () => {
  it('a notification not handed over before the crash is delivered on start, once, with its key', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'ventanilla-outbox-')), 'v.db');
    const first = await startTestServer({ seed: false, dbPath, notifier: crashing });
    running.push(first);
    await first.call('/api/tickets', { method: 'POST', json: INTAKE, user: REQUESTER, headers: { 'Idempotency-Key': 'k-1' } });
    const [stored] = await first.app.tickets.list({});
    expect(stored?.outbox?.map((p) => p.detail.kind)).toEqual(['ticketFiled']);
    await stop(first);

    const recorder = new RecordingNotifier();
    const second = await startTestServer({ seed: false, dbPath, notifier: recorder });
    running.push(second);
    expect(recorder.sent.map((n) => [n.kind, n.ticketId, n.deliveryKey])).toEqual([
      ['ticketFiled', stored?.id, stored?.outbox?.[0]?.key],
    ]);
    expect((await second.app.tickets.get(stored?.id ?? ''))?.outbox).toBeUndefined();
    await stop(second);

    const again = new RecordingNotifier();
    const third = await startTestServer({ seed: false, dbPath, notifier: again });
    running.push(third);
    expect(await third.app.scheduler.tick()).toBe(0);
    expect(again.sent).toEqual([]);
  });

  it('after each write the notification is handed over and the outbox emptied', async () => {
    const recorder = new RecordingNotifier();
    const s = await startTestServer({ seed: false, notifier: recorder });
    running.push(s);
    const res = await s.call('/api/tickets', { method: 'POST', json: INTAKE, user: REQUESTER });
    expect(res.status).toBe(201);
    expect(recorder.sent.map((n) => n.kind)).toEqual(['ticketFiled']);
    const [stored] = await s.app.tickets.list({});
    expect(stored?.outbox).toBeUndefined();
  });
});
