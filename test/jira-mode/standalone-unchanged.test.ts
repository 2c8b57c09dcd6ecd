/** Without the Jira variables the server stays standalone: no notifications route, agent work is local. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT, startTestServer, type TestServer } from '../teams/helpers/server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.app.close();
});

describe('standalone mode (no Jira variables)', () => {
  it('does not mount POST /api/jira/notifications and serves the agent queue locally', async () => {
    expect(s.app.jira).toBeNull();
    const relay = await s.call('/api/jira/notifications', { method: 'POST', json: {} });
    expect(relay.status).toBe(404);
    const queue = await s.call('/api/tickets?view=queue', { user: AGENT });
    expect(queue.status).toBe(200);
    expect(await s.app.scheduler.tick()).toBe(0);
    expect(s.app.scheduler.nextAlarm).not.toBeNull(); // the seeded demo tickets arm the local SLA scheduler
  });
});
