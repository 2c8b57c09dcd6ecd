/**
 * The exported entry points (what Forge calls) wired with the default context — system clock,
 * uuid ids — on the runtime fakes: one signed intake, then the created-issue trigger and a sweep.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { intake, onIssueEvent, resolver, sweep } from '../../src/jira/index';
import { signWebhook } from '../../src/jira/webhooks/standard-webhooks';
import { useForge } from './harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const h = useForge(new Date().toISOString());

beforeAll(() => {
  vi.stubEnv('VENTANILLA_WEBTRIGGER_SECRET', SECRET);
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
});

describe('src/jira/index.ts entry points', () => {
  it('intake → issue; the trigger for that issue files nothing new; sweep and resolver answer', async () => {
    const body = JSON.stringify({ type: 'peticion', subject: 'Copia', description: 'Copia del contrato', impact: 'baja', urgency: 'baja', requester: { name: 'Luis', email: 'luis@example.org' } });
    const headers = Object.fromEntries(Object.entries(signWebhook(SECRET, 'msg_index_1', new Date(), body)).map(([k, v]) => [k, [v]]));
    const res = await intake({ method: 'POST', body, headers, path: '/', queryParameters: {} });
    expect(res.statusCode).toBe(201);
    const issue = [...h().jira.state.issues.values()][0];
    if (!issue) throw new Error('no issue');
    expect(await onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: issue.id } })).toMatchObject({ outcome: 'applied' });
    expect(h().kvs.count('/api/v1/entity/set')).toBe(1);
    expect(await sweep()).toMatchObject({ cutOff: false });
    const panel = await resolver({ call: { functionKey: 'getPanel', payload: { issueId: issue.id } }, context: { extension: { type: 'jira:issuePanel' } } }, { principal: { accountId: 'agent-1' } });
    expect(panel).toMatchObject({ ok: true, data: { issueId: issue.id, ticket: { type: 'peticion' } } });
  });
});
