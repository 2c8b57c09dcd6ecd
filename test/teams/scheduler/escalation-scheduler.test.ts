import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTAKE, REQUESTER, startTestServer, type TestServer } from '../helpers/server';

const Filed = z.object({ id: z.string(), nextWakeUpAt: z.string() });
const running: TestServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.app.close();
});

async function start(opts: Parameters<typeof startTestServer>[0] = {}) {
  const s = await startTestServer(opts);
  running.push(s);
  return s;
}
async function file(s: TestServer) {
  const res = await s.call('/api/tickets', { method: 'POST', json: INTAKE, user: REQUESTER });
  return Filed.parse(await res.json());
}
const firedOf = async (s: TestServer, id: string) =>
  (await s.app.tickets.get(id))?.history.filter((e) => e.type === 'escalationFired').map((e) => e.key) ?? [];

describe('EscalationScheduler', () => {
  it('arms the alarm for the earliest nextWakeUpAt after a write', async () => {
    const s = await start({ seed: false });
    expect(s.alarm.at).toBeNull();
    const ticket = await file(s);
    expect(s.alarm.at?.toISOString()).toBe(ticket.nextWakeUpAt);
  });

  it('a tick before the wake-up does nothing; at the wake-up it fires once and re-arms later', async () => {
    const s = await start({ seed: false });
    const ticket = await file(s);
    expect(await s.app.scheduler.tick()).toBe(0);
    s.clock.set(ticket.nextWakeUpAt);
    expect(await s.app.scheduler.tick()).toBe(1);
    const fired = await firedOf(s, ticket.id);
    expect(fired).toEqual([`${ticket.id}:firstResponse:50`]);
    expect(await s.app.tickets.firedKeys(ticket.id)).toEqual(fired);
    const next = await s.app.tickets.get(ticket.id);
    expect(Date.parse(next?.nextWakeUpAt ?? '')).toBeGreaterThan(Date.parse(ticket.nextWakeUpAt));
    expect(s.alarm.at?.toISOString()).toBe(next?.nextWakeUpAt);
    expect(await s.app.scheduler.tick()).toBe(0);
    expect(await firedOf(s, ticket.id)).toEqual(fired);
  });

  it('after a restart, due escalations run on start, once, and never again on a second restart', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'ventanilla-sched-')), 'v.db');
    const first = await start({ seed: false, dbPath });
    const ticket = await file(first);
    await first.app.close();
    running.splice(running.indexOf(first), 1);

    const later = '2026-03-03T14:00:00.000Z';
    const second = await start({ seed: false, dbPath, now: later });
    const fired = await firedOf(second, ticket.id);
    expect(fired.length).toBeGreaterThan(0);
    expect(new Set(fired).size).toBe(fired.length);
    await second.app.close();
    running.splice(running.indexOf(second), 1);

    const third = await start({ seed: false, dbPath, now: later });
    expect(await firedOf(third, ticket.id)).toEqual(fired);
    expect(await third.app.scheduler.tick()).toBe(0);
  });
});
