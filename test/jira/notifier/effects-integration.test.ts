import { kvs } from '@forge/kvs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { notificationFor } from '../../../src/core/index';
import { adfToText } from '../../../src/jira/client/adf';
import { createHandlers } from '../../../src/jira/handlers';
import { ownChangeKey } from '../../../src/jira/notifier/jira-notifier';
import { handleWakeUp } from '../../../src/jira/sweep/consumer';
import { batchDeps } from '../../../src/jira/sweep/recompute-evaluate';
import { createdEvent, updatedEvent } from '../../fakes/jira-rest/events';
import { testContext, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z'); // Monday 09:00 Bogotá
let ctx: ReturnType<typeof testContext>;
let handlers: ReturnType<typeof createHandlers>;
const mentionsOf = (body: unknown): string[] => JSON.stringify(body).match(/"mention","attrs":\{"id":"[^"]+"/g)?.map((m) => m.split('"').at(-2) ?? '') ?? [];

beforeAll(async () => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'fx-');
  handlers = createHandlers(ctx);
  const doc = await ctx().settings.current();
  const settings = {
    ...doc.settings,
    tiers: { ...doc.settings.tiers, N1: { ...doc.settings.tiers.N1, groups: ['pqrs-n1'], members: ['lead-1'] } },
    escalationRules: [{
      metric: 'firstResponse', atPercent: 50, action: 'notify',
      effects: [
        { kind: 'notify', to: ['tierChannel'] },
        { kind: 'transition', status: 'inProgress' },
        { kind: 'comment', messageKey: 'jiraEffects.comment.breachImminent', internal: true },
      ],
    }],
  };
  h().jira.state.groups.set('pqrs-n1', ['g-1', 'g-2', 'g-3']);
  const saved = await ctx().settings.save(settings, doc.jira, doc.settings.meta.version, 'admin-1');
  if (!saved.ok) throw new Error(saved.code);
});

describe('escalation effects end to end (consumer → Jira fake → issue trigger)', () => {
  it('moves the issue, posts the effect comment and a threshold comment mentioning the tier; the late echo is skipped', async () => {
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Sin respuesta', labels: ['pqrs-queja'], reporter: 'cust-1' });
    await handlers.onIssueEvent(createdEvent(issue));
    const rec = await ctx().store.getByIssueId(issue.id);
    if (!rec) throw new Error('no ticket');
    h().time.set('2026-03-02T16:00:00Z'); // 50 % of first response (P3, 4 h)
    await handleWakeUp(ctx(), { body: { ticketIds: [rec.ticketId] } });
    expect(issue.status).toBe('In Progress');
    expect((await ctx().store.get(rec.ticketId))?.status).toBe('inProgress');
    const texts = issue.comments.map((c) => adfToText(c.body).split('\n')[0]);
    expect(texts).toEqual([
      'Ventanilla: la solicitud ' + rec.ticket.number + ' está por incumplir el SLA de primera respuesta. Priorícela.',
      expect.stringContaining('consumió el 50 %'),
    ]);
    expect(mentionsOf(issue.comments[1]?.body)).toEqual(['lead-1', 'g-1', 'g-2', 'g-3']);
    const echo = issue.changelog.find((c) => c.items[0]?.field === 'status');
    if (!echo) throw new Error('no echo');

    // An agent moves the issue on before the echo of the app's own transition arrives.
    h().time.advance(60_000);
    const human = h().jira.state.change(issue, 'agent-7', 'status', 'Waiting for customer');
    await handlers.onIssueEvent(updatedEvent(issue, human));
    await handlers.onIssueEvent(updatedEvent(issue, echo));
    expect((await ctx().store.get(rec.ticketId))?.status).toBe('waitingRequester');
    expect(await kvs.get(ownChangeKey(issue.id, 'status', 'In Progress'))).toBeUndefined();
    const body = z.object({ properties: z.array(z.unknown()).optional() }).loose();
    const posts = h().jira.requests.filter((r) => r.method === 'POST' && r.template === '/rest/api/3/issue/{issueIdOrKey}/comment').map((r) => body.parse(r.body));
    expect(posts.map((p) => p.properties?.length ?? 0)).toEqual([1, 0]);
  });

  it('a batched line posted by a later invocation (after a crash or a 429) still mentions the tier', async () => {
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Sin respuesta 2', labels: ['pqrs-queja'], reporter: 'cust-2' });
    await handlers.onIssueEvent(createdEvent(issue));
    const rec = await ctx().store.getByIssueId(issue.id);
    if (!rec) throw new Error('no ticket');
    const doc = await ctx().settings.current();
    const n = notificationFor(rec.ticket, { kind: 'slaThreshold', key: `${rec.ticketId}:firstResponse:50`, metric: 'firstResponse', atPercent: 50 });
    await batchDeps(ctx(), doc).notifier.notify(n); // stored in the outbox; this invocation "crashes" before flushing
    expect(issue.comments).toHaveLength(0);
    expect(await batchDeps(ctx(), doc).notifier.flush([issue.id])).toBe(1);
    expect(issue.comments).toHaveLength(1);
    expect(mentionsOf(issue.comments[0]?.body)).toEqual(['lead-1', 'g-1', 'g-2', 'g-3']);
  });
});
