/**
 * The real Ventanilla server for browser tests: `startApp` in-process on 127.0.0.1 (a free port),
 * local mode with the seeded demo users, a temp SQLite file, a fixed clock, a manual scheduler
 * alarm, serving the tabs built for this test file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../../src/teams/app';
import { loadConfig } from '../../../src/teams/config';
import { memoryLogger } from '../../../src/teams/logger';
import { ManualAlarm } from '../../../src/teams/scheduler/timers';
import { DEMO_USERS } from '../../../src/teams/seed';
import type { Reports } from '../../../src/teams/service/reports';
import { FixedClock } from '../../fakes/clock';

export interface RunningServer {
  baseUrl: string;
  /** The fixed server time (ISO). */
  now: string;
  users: { requester: string; agent: string; admin: string };
  /** GET an API path as `userEmail`, parsed JSON. */
  api(path: string, userEmail: string): Promise<unknown>;
  /** Moves the server's clock forward by `ms`. */
  advance(ms: number): void;
  close(): Promise<void>;
}

function demoEmail(predicate: (roles: readonly string[]) => boolean): string {
  const user = DEMO_USERS.find((u) => predicate(u.roles));
  if (!user) throw new Error('no such demo user');
  return user.email;
}

/**
 * @example
 * const server = await startVentanilla({ staticRoot: await buildTabs(), now: '2026-03-02T14:00:00Z' });
 */
export async function startVentanilla(options: { staticRoot: string; now: string; reports?: Reports }): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'ventanilla-browser-'));
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', VENTANILLA_DB: join(dir, 'ventanilla.db'), VENTANILLA_STATIC: options.staticRoot },
    [],
  );
  const clock = new FixedClock(options.now);
  const app = await startApp({ config, clock, logger: memoryLogger(), alarm: new ManualAlarm(), bot: false,
    ...(options.reports ? { reports: options.reports } : {}) });
  return {
    baseUrl: app.url,
    now: options.now,
    users: {
      requester: demoEmail((roles) => !roles.includes('agent')),
      agent: demoEmail((roles) => roles.includes('agent') && !roles.includes('admin')),
      admin: demoEmail((roles) => roles.includes('admin')),
    },
    async api(path, userEmail) {
      const response = await fetch(`${app.url}${path}`, { headers: { 'X-Ventanilla-User': userEmail } });
      return response.json();
    },
    advance(ms) {
      clock.advance(ms);
    },
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
