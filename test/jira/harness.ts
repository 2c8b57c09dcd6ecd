/** Shared set-up for the Forge tests: the runtime fake, msw on, violations checked after each test. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { installForgeRuntime, type ForgeHarness } from '../fakes/forge-runtime';
import type { RetryPolicy } from '../../src/jira/client/request';
import { makeContext, type JiraContext } from '../../src/jira/service/context';
import type { Clock } from '../../src/core/index';

/** Installs the runtime for the current test file; `h()` returns the fresh harness. */
export function useForge(startIso?: string): () => ForgeHarness {
  let harness: ForgeHarness | null = null;
  beforeAll(() => {
    harness = installForgeRuntime(startIso);
    harness.listen();
  });
  afterEach(() => {
    expect(harness?.jira.violations ?? []).toEqual([]);
  });
  afterAll(() => harness?.close());
  return () => {
    if (!harness) throw new Error('harness not installed');
    return harness;
  };
}

/** A retry policy whose sleep advances the fake clock (no real waiting). */
export function fakeRetry(h: ForgeHarness, maxWaitMs = 10_000): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return {
    slept,
    maxWaitMs,
    maxAttempts: 4,
    sleep: async (ms) => {
      slept.push(ms);
      h.time.advance(ms);
    },
  };
}


/** A clock reading the harness's fake time. */
export function harnessClock(h: ForgeHarness): Clock {
  return { now: () => new Date(h.time.now()) };
}

/** A handler context on the fake runtime: fake time, sequential ids, no real waiting. */
export function testContext(h: ForgeHarness, prefix = 't-'): () => JiraContext {
  let n = 0;
  const ids = { newId: () => `${prefix}${++n}` };
  const retry = fakeRetry(h);
  return () => makeContext({ clock: harnessClock(h), ids, retry, pause: () => new Promise((r) => setImmediate(r)) });
}

/** KVS writes so far (plain, entity, batch, transaction). */
export function kvsWrites(h: ForgeHarness): number {
  return ['/api/v1/set', '/api/v1/entity/set', '/api/v1/batch/set', '/api/v1/transaction'].reduce((a, p) => a + h.kvs.count(p), 0);
}
