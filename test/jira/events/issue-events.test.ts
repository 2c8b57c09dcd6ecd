import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../../src/jira/handlers';
import { commentedEvent, createdEvent, updatedEvent } from '../../fakes/jira-rest/events';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { testContext, useForge } from '../harness';
import { makeContext } from '../../../src/jira/service/context';
import { ownChangeKey } from '../../../src/jira/notifier/jira-notifier';
import { kvs } from '@forge/kvs';

const h = useForge('2026-03-02T14:00:00Z'); // Monday 09:00 Bogotá
let handlers: ReturnType<typeof createHandlers>;
let ctx: () => ReturnType<typeof makeContext>;

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const propertySchema = z.object({ ticketId: z.string(), radicado: z.string(), priority: z.string(), paused: z.string(), breached: z.string(), status: z.string(), firstResponseDue: z.string().nullable() }).loose();
const property = (issue: FakeIssue) => propertySchema.parse(issue.properties.get('ventanilla'));
const ticketOf = async (issue: FakeIssue) => {
  const rec = await ctx().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  return rec.ticket;
};
const outcome = z.object({ outcome: z.string() }).loose();

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'jt-');
  handlers = createHandlers(ctx);
});

describe('issue trigger → tickets (real @forge/api + kvs, Jira REST fake)', () => {
  let issue: FakeIssue;

  it('files a ticket with clocks for a created issue and writes the ventanilla property', async () => {
    issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'No llegó mi certificado', labels: ['pqrs-reclamo'], priority: 'High', reporter: 'cust-1' });
    const res = outcome.parse(await handlers.onIssueEvent(createdEvent(issue)));
    expect(res.outcome).toBe('applied');
    const ticket = await ticketOf(issue);
    expect(ticket).toMatchObject({ type: 'reclamo', channel: 'jira', priority: 'P2', impact: 'alta', urgency: 'media', intakeKey: `jira:${issue.id}` });
    expect(ticket.requester.userId).toBe('cust-1');
    expect(property(issue)).toMatchObject({ ticketId: ticket.id, radicado: ticket.number, priority: 'P2', paused: 'false', breached: 'false' });
    expect(property(issue).firstResponseDue).not.toBeNull();
  });

  it('the same created event again files nothing new', async () => {
    const before = await ticketOf(issue);
    await handlers.onIssueEvent(createdEvent(issue));
    expect(await ticketOf(issue)).toEqual(before);
    expect((await ctx().store.list({})).filter((t) => t.intakeKey === `jira:${issue.id}`)).toHaveLength(1);
  });

  it('an agent comment is the first response (clock met); delivered twice → one reply', async () => {
    h().time.advance(30 * 60_000);
    const c = h().jira.state.comment(issue, 'agent-7', adf('Estamos revisando su caso'));
    const event = commentedEvent(issue, c);
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('applied');
    const after = await ticketOf(issue);
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('duplicate');
    expect(await ticketOf(issue)).toEqual(after);
    expect(after.history.filter((e) => e.type === 'replied')).toHaveLength(1);
    expect(after.status).toBe('inProgress');
    const view = (await import('../../../src/core/index')).toTicketView(after, (await ctx().settings.current()).settings, new Date(h().time.now()));
    expect(view.sla[0]?.state).toBe('met');
  });

  it('status "Waiting for customer" pauses the clocks (and the property says so)', async () => {
    h().time.advance(60 * 60_000);
    const change = h().jira.state.change(issue, 'agent-7', 'status', 'Waiting for customer');
    await handlers.onIssueEvent(updatedEvent(issue, change));
    const ticket = await ticketOf(issue);
    expect(ticket.status).toBe('waitingRequester');
    expect(property(issue)).toMatchObject({ paused: 'true', status: 'waitingRequester' });
  });

  it('a priority change recomputes the clocks from the history', async () => {
    h().time.advance(60 * 60_000);
    const resume = h().jira.state.change(issue, 'agent-7', 'status', 'In Progress');
    await handlers.onIssueEvent(updatedEvent(issue, resume));
    const before = await ticketOf(issue);
    h().time.advance(10 * 60_000);
    const change = h().jira.state.change(issue, 'agent-7', 'priority', 'Lowest');
    await handlers.onIssueEvent(updatedEvent(issue, change));
    const after = await ticketOf(issue);
    expect(before.priority).toBe('P2');
    expect(after.priority).toBe('P5');
    expect(after.history.at(-1)).toMatchObject({ type: 'priorityChanged', from: 'P2', to: 'P5' });
    expect(after.nextWakeUpAt).not.toBe(before.nextWakeUpAt);
    expect(property(issue).priority).toBe('P5');
  });

  it('the same update delivered twice has one effect', async () => {
    h().time.advance(5 * 60_000);
    const change = h().jira.state.change(issue, 'agent-7', 'priority', 'Medium');
    const event = updatedEvent(issue, change);
    await handlers.onIssueEvent(event);
    const once = await ticketOf(issue);
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('duplicate');
    expect(await ticketOf(issue)).toEqual(once);
    expect(once.history.filter((e) => e.type === 'priorityChanged')).toHaveLength(2);
  });

  it('ignores the app\'s own writes: its comments and the fields it wrote back (no loop)', async () => {
    const before = await ticketOf(issue);
    const own = await ctx().jira.addComment(issue.id, 'Ventanilla: comentario propio');
    await kvs.set(`own-comment:${own.id}`, true);
    const ownComment = issue.comments.at(-1);
    if (!ownComment) throw new Error('no comment');
    expect(outcome.parse(await handlers.onIssueEvent(commentedEvent(issue, ownComment))).outcome).toBe('ignored');
    await kvs.set(ownChangeKey(issue.id, 'priority', 'Highest'), true);
    const change = h().jira.state.change(issue, 'app-account', 'priority', 'Highest');
    await handlers.onIssueEvent(updatedEvent(issue, change));
    const after = await ticketOf(issue);
    expect(after.priority).toBe(before.priority);
    expect(after.history.length).toBe(before.history.length);
  });

  it('ignores issues of projects that are not enabled and payloads it cannot parse', async () => {
    h().jira.state.projects.push({ id: '10001', key: 'OTHER', name: 'Other' });
    const other = h().jira.state.create({ projectKey: 'OTHER', summary: 'x', reporter: 'cust-2' });
    expect(outcome.parse(await handlers.onIssueEvent(createdEvent(other))).outcome).toBe('ignored');
    expect(await ctx().store.getByIssueId(other.id)).toBeNull();
    expect(outcome.parse(await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue' })).outcome).toBe('invalid');
  });

  it('a comment on an issue whose created event has not arrived yet files the ticket first', async () => {
    const late = h().jira.state.create({ projectKey: 'PQRS', summary: 'Evento tardío', reporter: 'cust-3' });
    h().time.advance(60_000);
    const c = h().jira.state.comment(late, 'agent-7', adf('Hola'));
    await handlers.onIssueEvent(commentedEvent(late, c));
    const ticket = await ticketOf(late);
    expect(ticket.history.map((e) => e.type)).toContain('replied');
  });

  it('returns an InvocationError retry when Jira rate-limits beyond the wait budget', async () => {
    const fresh = h().jira.state.create({ projectKey: 'PQRS', summary: 'Limitado', reporter: 'cust-4' });
    h().jira.throttle(1, 120);
    const res = z.object({ _retry: z.literal(true), retryOptions: z.object({ retryAfter: z.number(), retryReason: z.string() }) }).parse(await handlers.onIssueEvent(createdEvent(fresh)));
    expect(res.retryOptions).toEqual({ retryAfter: 120, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED' });
  });

  it('a deleted issue closes its ticket (no more wake-ups), once', async () => {
    const gone = h().jira.state.create({ projectKey: 'PQRS', summary: 'Se borrará', reporter: 'cust-5' });
    await handlers.onIssueEvent(createdEvent(gone));
    const event = { eventType: 'avi:jira:deleted:issue', issue: { id: gone.id, key: gone.key }, atlassianId: 'admin-1' };
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('applied');
    const ticket = await ticketOf(gone);
    expect(ticket.status).toBe('closed');
    expect(ticket.nextWakeUpAt).toBeNull();
    expect(outcome.parse(await handlers.onIssueEvent(event)).outcome).toBe('ignored');
  });
});
