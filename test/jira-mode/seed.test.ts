/**
 * `npm start` seeds demo identities in both modes, but in Jira mode (Jira is the system of record)
 * it files no demo requests — neither into the local store nor through the web trigger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/teams/app';
import { memoryLogger } from '../../src/teams/logger';
import { ManualAlarm } from '../../src/teams/scheduler/timers';

let app: App;
let intakeCalls = 0;
let sink: { close(): void; url: string };

beforeAll(async () => {
  // A web-trigger stand-in that only counts: any call here would be a demo ticket filed in Jira.
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    intakeCalls += 1;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  sink = { close: () => server.close(), url: `http://127.0.0.1:${port}/x/intake` };
  app = await startApp({
    config: {
      port: 0, host: '127.0.0.1', dbPath: ':memory:', entra: null, seed: true, staticRoot: null, pulse: null,
      jira: { intakeUrl: sink.url, intakeSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', notifySecret: 'whsec_dGVhbXMtbm90aWZ5LXNlY3JldC1mb3ItZTJlLTAwMDE=' },
    },
    clock: { now: () => new Date('2026-03-02T14:00:00Z') },
    logger: memoryLogger(),
    alarm: new ManualAlarm(),
    pulseAlarm: new ManualAlarm(),
    jiraIntake: { retry: { sleep: async () => undefined } },
  });
});
afterAll(async () => {
  await app?.close();
  sink?.close();
});

describe('demo seed in Jira mode', () => {
  it('seeds the demo users but files no demo tickets', async () => {
    expect(app.seeded).toBe(true);
    expect(await app.tickets.list({})).toEqual([]);
    expect(intakeCalls).toBe(0);
  });
});
