/**
 * The paced recompute job after a settings save (ADR 0082), end to end on the Forge fakes: the
 * save pushes ONE event; the consumer walks the open tickets a page at a time, one chain of
 * events; every ticket's property ends with the new due instant, each issue written exactly
 * once per job; the chain survives a lost event (the sweep resumes it from the checkpoint), a
 * duplicate delivery (later or concurrent), a Jira 429 and a newer save (which supersedes it), and
 * pauses at the chain-push limit until the sweep re-seeds it.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { whatIf } from '../../../src/core/index';
import { createHandlers } from '../../../src/jira/handlers';
import { jqlDate } from '../../../src/jira/properties/ventanilla-property';
import { CHAIN_PUSH_LIMIT, readJob, RECOMPUTE_DELAY_SECONDS, STALL_MS, writeJob } from '../../../src/jira/sweep/recompute-job';
import { testContext, useForge } from '../harness';
import { drive, maxPerMinute, propertyWrites, resolutionDues, saveGoal, seedOpen } from './recompute-fixture';

const NOW = '2026-03-02T15:00:00.000Z'; // Mon 10:00 Bogotá
const N = 1_200; // 12 pages
const h = useForge(NOW);
let ctx: ReturnType<typeof testContext>;
let issues: Map<string, string>;

/** The property's resolutionDue the core's what-if predicts for the template under `settings`. */
async function expectedDue(settings: Parameters<typeof whatIf>[0]): Promise<string | null> {
  const r = whatIf(settings, { type: 'queja', impact: 'media', urgency: 'baja', channel: 'web' }, new Date(NOW));
  return jqlDate(r.resolutionDueAt);
}

beforeAll(async () => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'rc-job-');
  const seeded = await seedOpen(h(), ctx, N, NOW);
  issues = seeded.issues;
  // The sweep runs during these tests: no seeded ticket may be due within the window they span.
  expect(Date.parse(seeded.template.nextWakeUpAt ?? '')).toBeGreaterThan(Date.parse(NOW) + 3 * 3600_000);
});

// Generous per-test time: each test runs a whole job over the fakes (about 1 s each on an idle machine).
describe('recompute job after a settings save', { timeout: 60_000 }, () => {
  it('one push per save, then one chain of a few pushes a minute; every open ticket recomputed exactly once', async () => {
    const from = h().jira.requests.length;
    const pushes0 = h().queue.pushes;
    const { settings, jobId } = await saveGoal(h(), ctx, 600);
    expect(h().queue.pushes - pushes0).toBe(1); // the resolver pushed one event, listed nothing
    const d = await drive(h(), ctx);
    const writes = propertyWrites(h(), from);
    expect(writes.size).toBe(N);
    expect([...writes.values()].every((c) => c === 1)).toBe(true);
    expect(resolutionDues(h(), issues.values())).toEqual(new Set([await expectedDue(settings)]));
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N, page: N / 100, propertyRequests: N / 100 });
    expect(h().queue.pushes - pushes0).toBe(N / 100); // 1 from the save + 11 from the chain
    const perMinute = maxPerMinute(d.pushedAt);
    expect(perMinute).toBeLessThanOrEqual(500); // Forge's per-installation limit…
    expect(perMinute).toBeLessThanOrEqual(60 / RECOMPUTE_DELAY_SECONDS + 1); // …and in practice: the save's push + one per delay
  });

  it('a lost event stalls the chain; the sweep resumes it from the checkpoint and no page runs twice', async () => {
    const from = h().jira.requests.length;
    const { settings, jobId } = await saveGoal(h(), ctx, 660);
    let seen = 0;
    await drive(h(), ctx, { drop: () => ++seen === 8 }); // page 7's event is lost
    const stalled = await readJob();
    expect(stalled).toMatchObject({ jobId, status: 'running', page: 7 });
    const handlers = createHandlers(ctx);
    expect(await handlers.sweep()).toMatchObject({ dispatched: 0 }); // too early: not stalled yet
    expect(h().queue.pending).toHaveLength(0);
    h().time.advance(STALL_MS);
    await handlers.sweep();
    expect(h().queue.pending).toHaveLength(1);
    await drive(h(), ctx);
    const writes = propertyWrites(h(), from);
    expect(writes.size).toBe(N);
    expect([...writes.values()].every((c) => c === 1)).toBe(true);
    expect(resolutionDues(h(), issues.values())).toEqual(new Set([await expectedDue(settings)]));
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N });
  });

  it('a second delivery of every page event processes nothing', async () => {
    const from = h().jira.requests.length;
    const { jobId } = await saveGoal(h(), ctx, 720);
    let copies = 0;
    const d = await drive(h(), ctx, {
      drop: (e) => {
        // deliver every event twice: put a copy back each time a new one comes up
        if (copies < N / 100 && !e.eventId.endsWith('-dup')) {
          h().queue.pending.push({ ...e, eventId: `${e.eventId}-dup` });
          copies++;
        }
        return false;
      },
    });
    const writes = propertyWrites(h(), from);
    expect([...writes.values()].every((c) => c === 1)).toBe(true);
    expect(writes.size).toBe(N);
    expect(d.results.filter((r) => typeof r === 'object' && r !== null && 'outcome' in r && r.outcome === 'duplicate')).toHaveLength(copies);
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N });
  });

  it('a newer save supersedes the running job: the old chain stops, the new one covers every ticket once', async () => {
    const from = h().jira.requests.length;
    const first = await saveGoal(h(), ctx, 780);
    await drive(h(), ctx, { stop: (d) => d.deliveries >= 5 });
    const second = await saveGoal(h(), ctx, 840);
    const mid = h().jira.requests.length;
    const d = await drive(h(), ctx);
    expect(d.results.filter((r) => typeof r === 'object' && r !== null && 'outcome' in r && r.outcome === 'superseded')).toHaveLength(1);
    expect(propertyWrites(h(), from).size).toBe(N);
    const afterSecond = propertyWrites(h(), mid);
    expect(afterSecond.size).toBe(N);
    expect([...afterSecond.values()].every((c) => c === 1)).toBe(true);
    expect(resolutionDues(h(), issues.values())).toEqual(new Set([await expectedDue(second.settings)]));
    expect(await readJob()).toMatchObject({ jobId: second.jobId, status: 'done', processed: N });
    expect(second.jobId).not.toBe(first.jobId);
  });

  it('two concurrent deliveries of one page event: one processes it, the other finds it leased', async () => {
    const { jobId } = await saveGoal(h(), ctx, 930);
    const event = h().queue.pending.splice(0)[0];
    if (!event) throw new Error('the save should have pushed an event');
    const handlers = createHandlers(ctx);
    const delivery = { queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, body: event.body };
    const results = await Promise.all([handlers.escalate(delivery), handlers.escalate(delivery)]);
    expect(results.map((r) => (typeof r === 'object' && r !== null && 'outcome' in r ? r.outcome : null)).sort()).toEqual(['busy', 'processed']);
    await drive(h(), ctx);
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N, page: N / 100 });
  });

  it('a Jira 429 on a page hands the retry to the platform (Retry-After) and the retry redoes only that page', async () => {
    const { jobId } = await saveGoal(h(), ctx, 960);
    await drive(h(), ctx, { stop: (d) => d.deliveries >= 3 });
    const jira = h().jira;
    const original = jira.handle.bind(jira);
    let throttled = false;
    jira.handle = async (request) => {
      if (!throttled && new URL(request.url).pathname.endsWith('/issue/properties/multi')) {
        throttled = true;
        jira.throttle(1, 90);
      }
      return original(request);
    };
    const d = await drive(h(), ctx);
    jira.handle = original;
    expect(d.results[0]).toMatchObject({ _retry: true, retryOptions: { retryAfter: 90 } });
    expect(d.results[1]).toMatchObject({ outcome: 'processed', page: 3 }); // the retry, 90 s later
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N, page: N / 100 });
  });

  it(`a chain stops after ${CHAIN_PUSH_LIMIT} pushes (Forge's cyclic limit is 1000) and the sweep re-seeds it at once`, async () => {
    const { jobId } = await saveGoal(h(), ctx, 900);
    await drive(h(), ctx, { stop: (d) => d.deliveries >= 2 });
    // pretend this chain already made CHAIN_PUSH_LIMIT − 1 pushes: its next checkpoint reaches the limit
    const job = await readJob();
    const event = h().queue.pending[0];
    if (!job || !event) throw new Error('the chain should be running');
    await writeJob({ ...job, page: CHAIN_PUSH_LIMIT - 1 });
    event.body = { ...event.body, page: CHAIN_PUSH_LIMIT - 1 };
    const d = await drive(h(), ctx);
    expect(d.results.at(-1)).toMatchObject({ outcome: 'processed', pushed: false, done: false });
    expect(h().queue.pending).toHaveLength(0);
    await createHandlers(ctx).sweep(); // well before STALL_MS: re-seeded because the chain paused
    expect(h().queue.pending).toHaveLength(1);
    await drive(h(), ctx);
    expect(await readJob()).toMatchObject({ jobId, status: 'done', processed: N });
  });
});
