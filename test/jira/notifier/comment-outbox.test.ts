/**
 * Durable batched escalation comments (ADR 0083): the consumer stores each comment line in the
 * KVS outbox before the ticket's own outbox forgets it, so a Jira 429 in the middle of the flush
 * loses nothing (the retry, told by `retryData` which issues are left, posts them) and posts
 * nothing twice (a redelivery finds the outbox empty; a line already in a comment is not reposted).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { textToAdf, adfToText } from '../../../src/jira/client/adf';
import { createHandlers } from '../../../src/jira/handlers';
import { addLine, pendingLines } from '../../../src/jira/notifier/comment-outbox';
import { STALL_MS } from '../../../src/jira/sweep/recompute-job';
import { APP_ACCOUNT } from '../../fakes/jira-rest/jira-fake';
import type { QueuedEvent } from '../../fakes/forge-events/queue-fake';
import { testContext, useForge } from '../harness';

const NOW = '2026-03-02T15:00:00.000Z'; // Mon 10:00 Bogotá
const h = useForge(NOW);
let ctx: ReturnType<typeof testContext>;
let handlers: ReturnType<typeof createHandlers>;

const comments = (issueId: string) => h().jira.state.issues.get(issueId)?.comments ?? [];

/** Files `n` tickets through the issue trigger; returns [ticketId, issueId] pairs. */
async function fileTickets(n: number, label: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: `${label} ${i}`, reporter: `cust-${label}-${i}`, labels: ['pqrs-peticion'] });
    await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id } });
    out.push([(await ctx().store.getByIssueId(issue.id))?.ticketId ?? '', issue.id]);
  }
  return out;
}

/** The next comment POSTs: the `nth` (1-based) answers 429 with `Retry-After: retryAfter`. */
function throttleCommentPost(nth: number, retryAfter: number): void {
  const jira = h().jira;
  const original = jira.handle.bind(jira);
  let posts = 0;
  jira.handle = async (request) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/comment') && ++posts === nth) jira.throttle(1, retryAfter);
    return original(request);
  };
}

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'co-');
  handlers = createHandlers(ctx);
});

describe('batched escalation comments survive a Jira 429 in the middle of the flush', () => {
  it('3 due tickets, the 2nd post answers 429: retry after Retry-After posts the rest; one comment per issue, all lines, once', async () => {
    const tickets = await fileTickets(3, 'limit');
    h().time.set('2026-03-20T15:00:00.000Z'); // long past every first-response threshold
    throttleCommentPost(2, 120);
    const now = h().time.now();
    const event: QueuedEvent = { queueName: 'ventanilla-escalations', jobId: 'j-429', eventId: 'e-429', body: { ticketIds: tickets.map(([t]) => t) }, deliverAt: now, retryCount: 0 };
    h().queue.pending.push(event);
    let first: unknown = null;
    await h().queue.deliverDue(async (e) => (first = await handlers.escalate(e)));
    const [i1 = '', i2 = '', i3 = ''] = tickets.map(([, i]) => i);
    expect(first).toMatchObject({ _retry: true, retryOptions: { retryAfter: 120, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { comments: [i2, i3] } } });
    expect([comments(i1).length, comments(i2).length, comments(i3).length]).toEqual([1, 0, 0]);
    expect(h().queue.pending[0]?.deliverAt).toBe(now + 120_000); // the platform retries after Jira's Retry-After
    h().time.advance(120_000);
    await h().queue.deliverDue(handlers.escalate);
    const texts = tickets.map(([, issueId]) => comments(issueId).map((c) => adfToText(c.body)));
    expect(texts.map((t) => t.length)).toEqual([1, 1, 1]);
    const lineCounts = texts.map((t) => (t[0] ?? '').split('\n').length);
    expect(lineCounts[0]).toBeGreaterThan(1); // several thresholds fired for each ticket…
    expect(new Set(lineCounts).size).toBe(1); // …the same ones for all three: no line lost
    for (const [, issueId] of tickets) expect(await pendingLines(issueId)).toEqual([]);
    // a duplicate of the retried delivery, and of the original one: nothing more is posted
    const retryData = { comments: [i2, i3] };
    await handlers.escalate({ ...event, retryContext: { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData } });
    await handlers.escalate(event);
    expect(tickets.map(([, issueId]) => comments(issueId).length)).toEqual([1, 1, 1]);
    h().time.set(NOW);
  });

  it('a line already in a comment (crash after posting, before deleting) is deleted without posting again', async () => {
    const [[ticketId, issueId] = ['', '']] = await fileTickets(1, 'crash');
    const at = new Date(h().time.now()).toISOString();
    const issue = h().jira.state.issues.get(issueId);
    if (!issue) throw new Error('no issue');
    await addLine({ issueId, ticketId, line: 'PQRS línea ya publicada', at, seq: 0 }, `${ticketId}:notify:9:0`);
    await addLine({ issueId, ticketId, line: 'PQRS línea pendiente', at, seq: 1 }, `${ticketId}:notify:9:1`);
    h().jira.state.comment(issue, APP_ACCOUNT, textToAdf('PQRS línea ya publicada'));
    h().time.advance(1000);
    expect(await handlers.escalate({ body: { comments: [issueId] } })).toMatchObject({ comments: 1 });
    expect(comments(issueId).map((c) => adfToText(c.body))).toEqual(['PQRS línea ya publicada', 'PQRS línea pendiente']);
    expect(await pendingLines(issueId)).toEqual([]);
    expect(await handlers.escalate({ body: { comments: [issueId] } })).toMatchObject({ comments: 0 });
  });

  it('lines stuck past the stall window (retries exhausted) are handed to the consumer by the sweep', async () => {
    const [[ticketId, issueId] = ['', '']] = await fileTickets(1, 'stuck');
    await addLine({ issueId, ticketId, line: 'PQRS línea atascada', at: new Date(h().time.now()).toISOString(), seq: 0 }, `${ticketId}:notify:5:0`);
    h().queue.pending.splice(0);
    await handlers.sweep();
    expect(h().queue.pending.filter((e) => 'comments' in e.body)).toHaveLength(0); // fresh: a retry may still come
    h().time.advance(STALL_MS + 60_000);
    await handlers.sweep();
    const drains = h().queue.pending.filter((e) => 'comments' in e.body);
    expect(drains.map((e) => e.body)).toEqual([{ comments: [issueId] }]);
    h().queue.pending.splice(0, h().queue.pending.length, ...drains);
    await h().queue.deliverDue(handlers.escalate);
    expect(comments(issueId).map((c) => adfToText(c.body))).toEqual(['PQRS línea atascada']);
    expect(await pendingLines(issueId)).toEqual([]);
  });
});
