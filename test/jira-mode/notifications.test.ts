/**
 * Forge → Teams notifications: the Forge-side `TeamsRelay` signs and POSTs to the Teams server's
 * `POST /api/jira/notifications` route (real node:http server on loopback, SQLite in memory);
 * both sides use the same Standard Webhooks sign/verify functions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notification } from '../../src/core/index';
import { createHandler } from '../../src/teams/http/handler';
import { memoryLogger } from '../../src/teams/logger';
import { VentanillaDb } from '../../src/teams/store/database';
import { jiraNotificationsRoute, JIRA_NOTIFICATIONS_PATH } from '../../src/teams/jira-mode/notifications-route';
import { SqliteWebhookIds } from '../../src/teams/jira-mode/sqlite-webhook-ids';
import { relayPayload, relayToTeams, TeamsRelay, TeamsRelayError, type RelayedNotification } from '../../src/jira/notifier/teams-relay';
import { signWebhook } from '../../src/jira/webhooks/standard-webhooks';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const WRONG = 'whsec_c2VjcmV0LXRoYXQtaXMtd3JvbmctMTIzNA==';
const T0 = '2026-03-02T14:00:00.000Z';

let serverNow = new Date(T0);
let delivered: RelayedNotification[] = [];
let failNext = false;
let db: VentanillaDb;
let server: Server;
let url = '';

const escalated = (deliveryKey: string): Notification => ({
  kind: 'escalated', from: 'N1', to: 'N2', trigger: 'threshold', key: 'k1', deliveryKey,
  ticketId: 't-1', number: 'PQRS-2026-000001', locale: 'es', tier: 'N2', assigneeId: 'acc-9',
  requester: { email: 'ana@example.org', userId: 'aad-1' },
});
const relay = (secret = SECRET, at = T0) => new TeamsRelay({ url, secret, now: () => new Date(at) });

beforeAll(async () => {
  db = new VentanillaDb(':memory:');
  const handler = createHandler({
    routes: [jiraNotificationsRoute({
      secret: SECRET, now: () => serverNow, ids: new SqliteWebhookIds(db),
      deliver: async (n) => {
        if (failNext) {
          failNext = false;
          throw new Error('bot down');
        }
        delivered.push(n);
      },
    })],
    actor: () => Promise.reject(new Error('no authenticated routes here')),
    bot: () => null,
    staticRoot: null,
    logger: memoryLogger(),
  });
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  url = `http://127.0.0.1:${address.port}${JIRA_NOTIFICATIONS_PATH}`;
});
beforeEach(() => {
  serverNow = new Date(T0);
  delivered = [];
  failNext = false;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.close();
});

describe('Forge TeamsRelay → Teams POST /api/jira/notifications', () => {
  it('delivers a signed notification (202) with ids, number, kind, locale and no personal data', async () => {
    const sent = await relay().send(escalated('t-1:notify:3:0'));
    expect(delivered).toEqual([sent]);
    expect(sent).toMatchObject({ ticketId: 't-1', number: 'PQRS-2026-000001', kind: 'escalated', locale: 'es', tier: 'N2', at: T0, detail: { from: 'N1', to: 'N2', trigger: 'threshold' } });
    expect(JSON.stringify(sent)).not.toMatch(/ana@example\.org|aad-1|acc-9/);
  });

  it('drops a redelivery of the same notification (same webhook-id): 200 duplicate, delivered once', async () => {
    await relay().send(escalated('t-1:notify:4:0'));
    await relay(SECRET, '2026-03-02T14:01:00.000Z').send(escalated('t-1:notify:4:0'));
    expect(delivered).toHaveLength(1);
  });

  it.each([
    ['a wrong secret', WRONG, T0, T0],
    ['a timestamp 6 minutes old', SECRET, T0, '2026-03-02T14:06:00.000Z'],
    ['a timestamp 6 minutes ahead', SECRET, '2026-03-02T14:06:00.000Z', T0],
  ])('answers 401 to %s and delivers nothing', async (_name, secret, signedAt, receivedAt) => {
    serverNow = new Date(receivedAt);
    const error = await relay(secret, signedAt).send(escalated(`k-${_name}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsRelayError);
    expect(error instanceof TeamsRelayError && error.status).toBe(401);
    expect(delivered).toEqual([]);
  });

  it('answers 401 to an unsigned POST and 400 to a signed body that is not a notification', async () => {
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const body = JSON.stringify({ id: 'x', kind: 'escalated' });
    const signed = await fetch(url, { method: 'POST', headers: { ...signWebhook(SECRET, 'msg_bad', new Date(T0), body), 'content-type': 'application/json' }, body });
    expect(signed.status).toBe(400);
    expect(delivered).toEqual([]);
  });

  it('releases the id when delivery fails, so the sender retry gets through', async () => {
    failNext = true;
    const sent = await relay().send(escalated('t-1:notify:5:0')); // attempt 1 → 500, attempt 2 → 202
    expect(delivered).toEqual([sent]);
  });

  it('relayToTeams logs a refusal with the ticket id only and does not throw; no-op when not configured', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await relayToTeams(escalated('t-1:notify:6:0'), relay(WRONG));
    await relayToTeams(escalated('t-1:notify:7:0'), null);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([JSON.stringify({ msg: 'teams relay failed', ticketId: 't-1', kind: 'escalated', status: 401 })]);
    warn.mockRestore();
  });

  it('derives the webhook-id from the delivery key (stable across redeliveries)', () => {
    const a = relayPayload(escalated('t-1:notify:8:0'), new Date(T0));
    const b = relayPayload(escalated('t-1:notify:8:0'), new Date('2026-03-02T15:00:00Z'));
    expect(a.id).toBe(b.id);
    expect(relayPayload(escalated('t-1:notify:8:1'), new Date(T0)).id).not.toBe(a.id);
  });
});
