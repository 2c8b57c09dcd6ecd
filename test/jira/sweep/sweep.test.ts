import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../../src/jira/handlers';
import { planEvents } from '../../../src/jira/sweep/plan';
import { runSweep } from '../../../src/jira/sweep/sweep';
import { handleWakeUp } from '../../../src/jira/sweep/consumer';
import { aTicket } from '../../fakes/builders';
import { testContext, useForge } from '../harness';

const NOW = '2026-03-02T15:00:00.000Z'; // Mon 10:00 Bogotá
const h = useForge(NOW);
let ctx: ReturnType<typeof testContext>;

/** Seeds `n` tickets (already evaluated shape) whose wake-up is `wakeAt`. */
async function seed(prefix: string, n: number, wakeAt: string | ((i: number) => string)) {
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${String(i).padStart(4, '0')}`;
    await ctx().store.create(aTicket({ id, intakeKey: `k-${id}`, number: `PQRS-2026-${String(i + 1).padStart(6, '0')}`, nextWakeUpAt: typeof wakeAt === 'string' ? wakeAt : wakeAt(i) }));
  }
}
const pushedIds = () => h().queue.pending.flatMap((e) => z.array(z.string()).parse(e.body.ticketIds));

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'sw-');
});

describe('planEvents', () => {
  it.each([
    ['overdue → now, one event', [['a', '2026-03-02T14:00:00Z'], ['b', '2026-03-02T14:59:59Z']], [[['a', 'b'], 0]]],
    ['grouped by the minute they fall in, delayed to its end', [['a', '2026-03-02T15:02:00Z'], ['b', '2026-03-02T15:02:30Z'], ['c', '2026-03-02T15:04:01Z']], [[['a'], 120], [['b'], 180], [['c'], 300]]],
  ])('%s', (_n, due, expected) => {
    const events = planEvents(due.map(([ticketId = '', wakeAt = '']) => ({ ticketId, wakeAt })), new Date(NOW));
    expect(events.map((e) => [e.body.ticketIds, e.delayInSeconds])).toEqual(expected);
  });

  it('puts at most 100 tickets in one event', () => {
    const due = Array.from({ length: 250 }, (_, i) => ({ ticketId: `t${i}`, wakeAt: '2026-03-02T14:00:00Z' }));
    expect(planEvents(due, new Date(NOW)).map((e) => e.body.ticketIds.length)).toEqual([100, 100, 50]);
  });
});

describe('the sweep', () => {
  it('reads only what is due before the next run and dispatches each (ticket, wake-up) once', async () => {
    await seed('due', 3, '2026-03-02T15:03:00.000Z');
    await seed('later', 5, '2026-03-02T18:00:00.000Z');
    await seed('never', 2, '');
    const report = await runSweep(ctx());
    expect(report).toMatchObject({ scanned: 3, dispatched: 3, cutOff: false });
    expect(h().queue.pending.map((e) => e.delayInSeconds)).toEqual([180]);
    const again = await runSweep(ctx());
    expect(again.dispatched).toBe(0);
    h().queue.pending.splice(0);
  });

  it('a run cut off by the time limit resumes from its checkpoint without repeating', async () => {
    await seed('bulk', 250, (i) => new Date(Date.parse('2026-03-02T14:00:00Z') + i * 1000).toISOString());
    let budget = 2; // pages allowed before the time runs out
    const first = await runSweep(ctx(), () => (budget-- > 0 ? 55_000 : 1_000));
    expect(first.cutOff).toBe(true);
    const second = await runSweep(ctx());
    expect(second.cutOff).toBe(false);
    const ids = pushedIds().filter((id) => id.startsWith('bulk-'));
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(first.dispatched + second.dispatched).toBe(250);
    h().queue.pending.splice(0);
  });
});

describe('the consumer', () => {
  it('a duplicate delivery acts once (escalations keyed, no second write)', async () => {
    const handlers = createHandlers(ctx);
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Duplicado', reporter: 'cust-8', labels: ['pqrs-peticion'] });
    await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id } });
    const id = (await ctx().store.getByIssueId(issue.id))?.ticketId ?? '';
    h().time.set('2026-03-03T15:00:00.000Z'); // a business day later: first-response thresholds due
    const event = { queueName: 'ventanilla-escalations', jobId: 'j', eventId: 'e', body: { ticketIds: [id] } };
    expect(await handlers.escalate(event)).toMatchObject({ changed: 1, propertyRequests: 1 });
    const once = await ctx().store.get(id);
    const fired = once?.history.filter((e) => e.type === 'escalationFired').length ?? 0;
    expect(fired).toBeGreaterThan(0);
    expect(await handlers.escalate(event)).toMatchObject({ changed: 0 });
    expect(await ctx().store.get(id)).toEqual(once);
    h().time.set(NOW);
  });

  it('re-pushes a ticket delivered before its instant instead of dropping it', async () => {
    await seed('early', 1, '2026-03-02T15:04:00.000Z');
    const res = await handleWakeUp(ctx(), { body: { ticketIds: ['early-0000'] } });
    expect(res).toMatchObject({ processed: 1, repushed: 1 });
    expect(h().queue.pending.at(-1)).toMatchObject({ delayInSeconds: 240 });
    h().queue.pending.splice(0);
  });

  it('hands a Jira 429 back as InvocationError(retryAfter) and ignores bad payloads', async () => {
    const handlers = createHandlers(ctx);
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Limitado', reporter: 'cust-9', labels: ['pqrs-peticion'] });
    await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id } });
    const rec = await ctx().store.getByIssueId(issue.id);
    h().time.set('2026-03-20T15:00:00.000Z'); // long past every first-response threshold
    h().jira.throttle(1, 300);
    const res = await handlers.escalate({ body: { ticketIds: [rec?.ticketId ?? ''] } });
    expect(res).toMatchObject({ _retry: true, retryOptions: { retryAfter: 300, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED' } });
    expect(await handlers.escalate({ body: { ticketIds: [] } })).toEqual({ invalid: true });
    h().time.set(NOW);
  });
});
