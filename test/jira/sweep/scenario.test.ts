/**
 * Ten business days of one PQRS on the Forge platform fakes: sweep every 5 minutes, delayed async
 * events, consumer, Jira activity (agent reply, pause/resume, priority change) on the Colombian
 * preset (Bogotá hours, holidays 2026-03-23, 2026-04-02/03). Every SLA escalation fires once, at
 * its exact instant (±1 minute), with its action.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/jira/handlers';
import type { Ticket } from '../../../src/core/index';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { testContext, useForge } from '../harness';
import { simulate } from './simulate';
import { thresholdInstants } from './oracle';

const START = '2026-03-16T14:00:00.000Z'; // Mon 09:00 Bogotá
const UNTIL = '2026-04-01T17:00:00.000Z'; // Wed 12:00 Bogotá
const REPLY = '2026-03-17T15:00:00.000Z'; // Tue 10:00
const PAUSE = '2026-03-18T15:00:00.000Z'; // Wed 10:00 → waiting for customer
const RESUME = '2026-03-19T15:00:00.000Z'; // Thu 10:00
const PRIORITY = '2026-03-19T20:00:00.000Z'; // Thu 15:00: P4 → P5

// Hand-computed (see the comments in the plan), and checked against the naive oracle below.
const EXPECTED: [string, string, string][] = [
  ['firstResponse:50', '2026-03-16T19:30:00.000Z', 'notify'],
  ['firstResponse:100', '2026-03-17T14:00:00.000Z', 'notify'],
  ['resolution:50', '2026-03-25T14:00:00.000Z', 'notify'],
  ['resolution:75', '2026-03-27T19:30:00.000Z', 'escalate'],
  ['resolution:90', '2026-03-31T14:00:00.000Z', 'escalate'],
  ['resolution:100', '2026-04-01T14:00:00.000Z', 'notify'],
];

const h = useForge(START);
let handlers: ReturnType<typeof createHandlers>;
let ticket: Ticket;
let issue: FakeIssue;
let stats = { sweeps: 0, deliveries: 0 };

const event = (type: string, extra: Record<string, unknown>) => ({ eventType: type, issue: { id: issue.id, key: issue.key, fields: { updated: issue.updated } }, ...extra });
const change = (field: 'status' | 'priority', to: string) => async () => {
  const c = h().jira.state.change(issue, 'agent-7', field, to);
  await handlers.onIssueEvent(event('avi:jira:updated:issue', { atlassianId: 'agent-7', changelog: { id: c.id, items: c.items } }));
};

beforeAll(async () => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  const context = testContext(h(), 'sc-');
  handlers = createHandlers(context);
  issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Reclamo por facturación', labels: ['pqrs-queja'], priority: 'Low', reporter: 'cust-1' });
  await handlers.onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id, key: issue.key }, atlassianId: 'cust-1' });
  stats = await simulate(h(), handlers, {
    from: START,
    until: UNTIL,
    actions: [
      { at: REPLY, run: async () => {
        const c = h().jira.state.comment(issue, 'agent-7', { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Revisando' }] }] });
        await handlers.onIssueEvent(event('avi:jira:commented:issue', { atlassianId: 'agent-7', comment: { id: c.id, author: { accountId: 'agent-7' }, body: c.body, created: c.created } }));
      } },
      { at: PAUSE, run: change('status', 'Waiting for customer') },
      { at: RESUME, run: change('status', 'In Progress') },
      { at: PRIORITY, run: change('priority', 'Lowest') },
    ],
  });
  const rec = await context().store.getByIssueId(issue.id);
  if (!rec) throw new Error('no ticket');
  ticket = rec.ticket;
}, 180_000);

describe('10-business-day sweep scenario', () => {
  it('the naive minute-by-minute oracle agrees with the hand-computed instants', () => {
    const base = { start: START, until: UNTIL, holidays: ['2026-03-23', '2026-04-02', '2026-04-03'], percents: [50, 75, 90, 100] };
    const fr = thresholdInstants({ ...base, until: REPLY, pauses: [], goals: [{ from: START, goal: 420 }] });
    const res = thresholdInstants({ ...base, pauses: [{ from: PAUSE, to: RESUME }], goals: [{ from: START, goal: 2520 }, { from: PRIORITY, goal: 4200 }] });
    const oracle = new Map<string, string>([...[...fr].map(([p, at]) => [`firstResponse:${p}`, at] as const), ...[...res].map(([p, at]) => [`resolution:${p}`, at] as const)]);
    for (const [key, at] of EXPECTED) expect(oracle.get(key)).toBe(at);
  });

  it.each(EXPECTED)('%s fires once, within a minute of %s, as %s', (key, at, action) => {
    const fired = ticket.history.filter((e) => e.type === 'escalationFired' && e.key === `${ticket.id}:${key}`);
    expect(fired).toHaveLength(1);
    const entry = fired[0];
    if (entry?.type !== 'escalationFired') throw new Error('not fired');
    expect(entry.action).toBe(action);
    const skew = Date.parse(entry.at) - Date.parse(at);
    expect(skew).toBeGreaterThanOrEqual(0);
    expect(skew).toBeLessThanOrEqual(60_000);
  });

  it('applies the actions: N2 at 75 %, N3 at 90 %, priority raised at 100 % and written back to Jira', () => {
    const tiers = ticket.history.filter((e) => e.type === 'tierChanged').map((e) => (e.type === 'tierChanged' ? `${e.from}→${e.to}@${e.at}` : ''));
    expect(tiers).toEqual(['N1→N2@2026-03-27T19:30:00.000Z', 'N2→N3@2026-03-31T14:00:00.000Z']);
    expect(ticket.priority).toBe('P4');
    expect(issue.priority).toBe('Low');
    expect(ticket.fired.length).toBe(new Set(ticket.fired).size);
  });

  it('comments each threshold on the issue and keeps the ventanilla property current', () => {
    const texts = issue.comments.filter((c) => c.author === 'app-account').length;
    expect(texts).toBeGreaterThanOrEqual(EXPECTED.length);
    expect(issue.properties.get('ventanilla')).toMatchObject({ tier: 'N3', priority: 'P4', breached: 'true' });
  });

  it('did the work by waking up, not by polling every ticket: sweeps read the index, events carried the work', () => {
    expect(stats.sweeps).toBeGreaterThan(4000);
    expect(stats.deliveries).toBeLessThan(60);
    expect(h().jira.violations).toEqual([]);
  });

  it('the app\'s own priority write-back, delivered as an update event, changes nothing (no loop)', async () => {
    const own = issue.changelog.filter((c) => c.author === 'app-account');
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) {
      await handlers.onIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue.id, key: issue.key }, atlassianId: 'app-account', changelog: { id: c.id, items: c.items } });
    }
    const rec = await testContext(h(), 'x-')().store.getByIssueId(issue.id);
    expect(rec?.ticket.history.length).toBe(ticket.history.length);
    expect(rec?.ticket.priority).toBe('P4');
  });
});
