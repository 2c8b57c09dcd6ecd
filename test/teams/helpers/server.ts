/** Starts the real server on 127.0.0.1:0 with a fixed clock, an in-memory database and manual alarms. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWTVerifyGetKey } from 'jose';
import type { Notifier } from '../../../src/core/index';
import { startApp, type App } from '../../../src/teams/app';
import type { EntraSettings, ServerConfig } from '../../../src/teams/config';
import { memoryLogger } from '../../../src/teams/logger';
import { ManualAlarm } from '../../../src/teams/scheduler/timers';
import { FixedClock } from '../../fakes/clock';

export interface TestServer {
  app: App;
  clock: FixedClock;
  alarm: ManualAlarm;
  /** The weekly pulse's alarm. */
  pulseAlarm: ManualAlarm;
  logger: ReturnType<typeof memoryLogger>;
  staticRoot: string;
  /** fetch relative to the server, JSON helpers. */
  call(path: string, init?: RequestInit & { user?: string; json?: unknown }): Promise<Response>;
}

/** A built-tabs folder with an index and one asset. */
export function fakeTabsBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'ventanilla-tabs-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Ventanilla</title>');
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
  mkdirSync(join(root, 'tabs', 'queue'), { recursive: true });
  writeFileSync(join(root, 'tabs', 'queue', 'index.html'), '<!doctype html><title>Cola</title>');
  return root;
}

export async function startTestServer(opts: {
  now?: string;
  entra?: EntraSettings;
  jwks?: JWTVerifyGetKey;
  seed?: boolean;
  dbPath?: string;
  notifier?: Notifier;
} = {}): Promise<TestServer> {
  const clock = new FixedClock(opts.now ?? '2026-03-02T14:00:00.000Z');
  const alarm = new ManualAlarm();
  const pulseAlarm = new ManualAlarm();
  const logger = memoryLogger();
  const staticRoot = fakeTabsBuild();
  const config: ServerConfig = {
    port: 0, host: '127.0.0.1', dbPath: opts.dbPath ?? ':memory:', entra: opts.entra ?? null, seed: opts.seed ?? true, staticRoot,
  };
  let n = 0;
  const app = await startApp({
    config, clock, logger, alarm, pulseAlarm, ids: { newId: () => `t-${++n}` }, ...(opts.jwks && { jwks: opts.jwks }), ...(opts.notifier && { notifier: opts.notifier }),
  });
  return {
    app, clock, alarm, pulseAlarm, logger, staticRoot,
    call(path, init = {}) {
      const { user, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (user) headers.set('X-Ventanilla-User', user);
      if (json !== undefined) headers.set('Content-Type', 'application/json');
      return fetch(`${app.url}${path}`, { ...rest, headers, ...(json !== undefined && { body: JSON.stringify(json) }) });
    },
  };
}

export const REQUESTER = 'demo.solicitante@ventanilla.local';
export const AGENT = 'demo.agente.n1@ventanilla.local';
export const ADMIN = 'demo.admin@ventanilla.local';

export const INTAKE = {
  type: 'peticion',
  subject: 'Certificado laboral',
  description: 'Solicito copia de mi certificado laboral.',
  impact: 'media',
  urgency: 'media',
  channel: 'web',
  requester: { name: 'Demo solicitante (DEMO)', email: REQUESTER },
};
