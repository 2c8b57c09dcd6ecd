import { kvs } from '@forge/kvs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeStatus, type Ticket } from '../../../src/core/index';
import { JiraClient } from '../../../src/jira/client/jira-client';
import { JiraError } from '../../../src/jira/client/request';
import { createHandlers } from '../../../src/jira/handlers';
import { ownChangeKey } from '../../../src/jira/notifier/jira-notifier';
import { jiraStatusesFor, pickTransition, writeBackStatus } from '../../../src/jira/notifier/status-write-back';
import { ticketDeps } from '../../../src/jira/service/context';
import { defaultMapping } from '../../../src/jira/settings/mapping';
import { createdEvent, updatedEvent } from '../../fakes/jira-rest/events';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { fakeRetry, testContext, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z'); // Monday 09:00 Bogotá
let handlers: ReturnType<typeof createHandlers>;
let ctx: ReturnType<typeof testContext>;
const AGENT = { id: 'agent-7', role: 'agent' } as const;


async function fileIssue(summary: string): Promise<{ issue: FakeIssue; ticket: Ticket }> {
  const issue = h().jira.state.create({ projectKey: 'PQRS', summary, labels: ['pqrs-queja'], reporter: 'cust-1' });
  await handlers.onIssueEvent(createdEvent(issue));
  const rec = await ctx().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  return { issue, ticket: rec.ticket };
}
async function ticketOf(issue: FakeIssue): Promise<Ticket> {
  const rec = await ctx().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  return rec.ticket;
}
/** The core moves the ticket (no notifier write-back: the test calls writeBackStatus itself). */
async function coreMove(ticket: Ticket, status: Ticket['status']) {
  const doc = await ctx().settings.current();
  const r = await changeStatus(ticketDeps(ctx(), doc, false), { ticketId: ticket.id, actor: AGENT, status });
  if (!r.ok) throw new Error(r.error.code);
  return doc;
}

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'wb-');
  handlers = createHandlers(ctx);
});
afterEach(() => {
  h().jira.state.unavailableTransitions.clear();
  vi.restoreAllMocks();
});

describe('writeBackStatus (real @forge/api + kvs, Jira REST fake)', () => {
  it('moves the issue to the mapped status, marks the change as own, and the echoed update changes nothing', async () => {
    const { issue, ticket } = await fileIssue('Sin respuesta del proveedor');
    h().time.advance(30 * 60_000);
    const doc = await coreMove(ticket, 'waitingRequester');
    const result = await writeBackStatus(ctx().jira, doc.jira, issue.id, 'waitingRequester');
    expect(result).toEqual({ ok: true, jiraStatus: 'Waiting for customer', transitionId: 't10' });
    expect(issue.status).toBe('Waiting for customer');
    expect(await kvs.get(ownChangeKey(issue.id, 'status', 'Waiting for customer'))).toBe(true);

    const before = await ticketOf(issue);
    const echo = issue.changelog.at(-1);
    if (!echo) throw new Error('no changelog');
    expect(echo.items[0]).toMatchObject({ field: 'status', toString: 'Waiting for customer', from: 'To Do' });
    await handlers.onIssueEvent(updatedEvent(issue, echo));
    const after = await ticketOf(issue);
    expect(after.status).toBe('waitingRequester');
    expect(after.history).toEqual(before.history);
  });

  it('no transition to a mapped status: reports why (issue id only in the log), no request to move, ticket keeps its status', async () => {
    const { issue, ticket } = await fileIssue('Cierre bloqueado por el flujo');
    const doc = await coreMove(ticket, 'resolved');
    h().jira.state.unavailableTransitions.add('Done');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const posts = h().jira.count('POST /rest/api/3/issue/{issueIdOrKey}/transitions');
    const result = await writeBackStatus(ctx().jira, doc.jira, issue.id, 'resolved');
    expect(result).toEqual({ ok: false, reason: 'no_transition' });
    expect(h().jira.count('POST /rest/api/3/issue/{issueIdOrKey}/transitions')).toBe(posts);
    expect(issue.status).toBe('To Do');
    expect((await ticketOf(issue)).status).toBe('resolved');
    expect(warn.mock.calls.map((c) => JSON.parse(String(c[0])))).toEqual([{ msg: 'status write-back skipped', issueId: issue.id, reason: 'no_transition' }]);
  });

  it('a status the mapping does not name is reported without asking Jira', async () => {
    const { issue } = await fileIssue('Sin mapeo');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const gets = h().jira.count('GET /rest/api/3/issue/{issueIdOrKey}/transitions');
    expect(await writeBackStatus(ctx().jira, { statuses: { 'To Do': 'open' } }, issue.id, 'waitingThirdParty')).toEqual({ ok: false, reason: 'unmapped_status' });
    expect(h().jira.count('GET /rest/api/3/issue/{issueIdOrKey}/transitions')).toBe(gets);
  });

  it('a transition Jira refuses (validator, permission) is reported and its own-change marker removed', async () => {
    class RefusingJira extends JiraClient {
      override doTransition(): Promise<void> {
        return Promise.reject(new JiraError(400, 'doTransition'));
      }
    }
    const { issue } = await fileIssue('Validador del flujo');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await writeBackStatus(new RefusingJira(fakeRetry(h())), defaultMapping('PQRS'), issue.id, 'inProgress');
    expect(result).toEqual({ ok: false, reason: 'transition_refused' });
    expect(await kvs.get(ownChangeKey(issue.id, 'status', 'In Progress'))).toBeUndefined();
  });
});

describe('choosing the Jira status (inverse of the mapping)', () => {
  const tr = (id: string, to: string) => ({ id, name: `→ ${to}`, to: { name: to } });
  it.each([
    ['mapping order decides between two names', ['To Do', 'Open'], [tr('2', 'Open'), tr('1', 'To Do')], '1'],
    ['the next name when the first is not offered', ['To Do', 'Open'], [tr('2', 'Open')], '2'],
    ['an exact name beats a case-insensitive one', ['Done', 'Closed'], [tr('9', 'DONE'), tr('8', 'Closed')], '8'],
    ['case-insensitive when nothing matches exactly', ['Done'], [tr('9', 'DONE')], '9'],
    ['nothing offered → null', ['Done'], [tr('3', 'In Progress')], null],
  ])('%s', (_name, candidates, transitions, id) => {
    expect(pickTransition(candidates, transitions)?.id ?? null).toBe(id);
  });

  it('lists the mapped names of a ticket status in mapping order', () => {
    const mapping = defaultMapping('PQRS');
    expect(jiraStatusesFor(mapping, 'open')).toEqual(['To Do', 'Open']);
    expect(jiraStatusesFor(mapping, 'waitingRequester')).toEqual(['Waiting for customer']);
    expect(jiraStatusesFor({ statuses: {} }, 'closed')).toEqual([]);
  });
});
