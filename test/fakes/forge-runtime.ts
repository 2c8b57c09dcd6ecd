/**
 * Installs the two globals Forge's Node runtime provides (`__forge_runtime__`, `__forge_fetch__`)
 * so the REAL `@forge/api`, `@forge/kvs` and `@forge/events` code runs in tests:
 * - `kvs` requests → the in-memory KVS HTTP API (test/fakes/kvs);
 * - product requests to Jira → `fetch('https://jira.fake.test' + path)`, answered by the msw
 *   Jira fake (test/fakes/jira-rest) — `asUser` calls carry the account in a header;
 * - async-event pushes → the queue fake (test/fakes/forge-events);
 * - web trigger URL lookups → a stable fake URL.
 * Nothing in `@forge/*` is mocked.
 */
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { KvsFake } from './kvs/kvs-fake';
import { ACCOUNT_HEADER, JiraFake, JIRA_BASE } from './jira-rest/jira-fake';
import { QueueFake } from './forge-events/queue-fake';
import { ENTITY_DEFS } from '../../src/jira/store/entity';

export const FAKE_WEBTRIGGER_URL = 'https://fake-install.webtrigger.atlassian.app/public/ventanilla-intake';

const fetchMeta = z.object({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

/** A mutable clock shared by every fake (ms since epoch). */
export interface FakeTime {
  now(): number;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeTime(iso: string): FakeTime {
  let ms = Date.parse(iso);
  return { now: () => ms, set: (v) => void (ms = Date.parse(v)), advance: (d) => void (ms += d) };
}

export interface ForgeHarness {
  time: FakeTime;
  kvs: KvsFake;
  jira: JiraFake;
  queue: QueueFake;
  /** The account `asUser()` acts as (the invoking user of a resolver). */
  setUser(accountId: string | null): void;
  /** What `getAppContext().invocationRemainingTimeInMillis()` answers. */
  setRemainingMs(fn: () => number): void;
  /** Starts msw (call in beforeAll/beforeEach). */
  listen(): void;
  close(): void;
}

/** Creates the fakes and installs the runtime globals. */
export function installForgeRuntime(startIso = '2026-03-02T14:00:00Z'): ForgeHarness {
  const time = fakeTime(startIso);
  const kvs = new KvsFake(ENTITY_DEFS, time.now);
  const jira = new JiraFake(time.now);
  const queue = new QueueFake(time.now);
  const server = setupServer(...jira.handlers());
  let user: string | null = null;
  let remaining = () => 55_000;

  const runtime = {
    proxy: { token: 'fake-token', url: 'https://proxy.fake.test' },
    contextAri: 'ari:cloud:jira::site/fake-site',
    appContext: {
      appId: 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
      environmentId: 'fake-env',
      environmentType: 'DEVELOPMENT',
      appVersion: '1.0.0',
      invocationId: 'fake-invocation',
      installationId: 'fake-installation',
      moduleKey: 'fake-module',
      permissions: { scopes: ['read:jira-work', 'write:jira-work', 'storage:app'], external: {} },
    },
    lambdaContext: { getRemainingTimeInMillis: () => remaining() },
    metrics: {
      counter: () => ({ incr: () => undefined }),
      timing: () => ({ measure: () => ({ stop: () => undefined }) }),
    },
    tracing: { traceId: 'trace', spanId: 'span' },
  };

  const forgeFetch = async (metaRaw: unknown, path: string, init?: RequestInit): Promise<Response> => {
    const meta = fetchMeta.parse(metaRaw);
    if (meta.type === 'kvs') return kvs.handle(path, init);
    if (meta.type === 'fpp' && meta.remote === 'jira') {
      const headers = new Headers(init?.headers);
      const account = meta.provider === 'user' ? (meta.accountId ?? user) : null;
      if (account) headers.set(ACCOUNT_HEADER, account);
      return fetch(`${JIRA_BASE}${path}`, { ...init, headers, redirect: 'manual' });
    }
    if (meta.type === 'fpp' && meta.remote === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
      return queue.handlePush(init);
    }
    if (meta.type === 'fpp' && meta.remote === 'stargate' && path === '/graphql') {
      return Response.json({ data: { createWebTriggerUrl: { url: FAKE_WEBTRIGGER_URL } } });
    }
    throw new Error(`forge runtime fake: unsupported fetch ${JSON.stringify(meta)} ${path}`);
  };

  Object.assign(globalThis, { __forge_runtime__: runtime, __forge_fetch__: forgeFetch });

  return {
    time,
    kvs,
    jira,
    queue,
    setUser: (id) => void (user = id),
    setRemainingMs: (fn) => void (remaining = fn),
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    close: () => server.close(),
  };
}
