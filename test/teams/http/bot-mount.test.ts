import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.app.close();
});

const activity = {
  type: 'message', id: 'act-1', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
  from: { id: '29:user-1', name: 'Demo', aadObjectId: 'aad-user-1' }, recipient: { id: '28:bot', name: 'Ventanilla' },
  conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
  channelData: { tenant: { id: 'tenant-1' } }, text: 'ayuda', locale: 'es-CO',
};

describe('POST /api/messages (bot mounted, local mode)', () => {
  it('answers an expectReplies activity with the replies in the body', { timeout: 60_000 }, async () => {
    const res = await s.call('/api/messages', { method: 'POST', json: activity });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toMatchObject({ activities: expect.any(Array) });
  });

  it('GET /api/messages is 405', async () => {
    const res = await s.call('/api/messages');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});
