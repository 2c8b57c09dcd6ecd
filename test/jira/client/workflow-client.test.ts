import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JiraClient } from '../../../src/jira/client/jira-client';
import { adfToText, textToAdf } from '../../../src/jira/client/adf';
import { fakeRetry, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z');
const commentBody = z.object({ body: z.unknown(), properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional() });

describe('JiraClient: transitions, group members, ADF comments (escalation effects)', () => {
  it('lists the transitions the workflow offers and performs one (the issue moves, with a changelog)', async () => {
    const client = new JiraClient(fakeRetry(h()));
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Transición' });
    const names = (await client.getTransitions(issue.id)).map((tr) => tr.to.name);
    expect(names).toEqual(expect.arrayContaining(['To Do', 'In Progress', 'Waiting for customer', 'Done']));
    const done = (await client.getTransitions(issue.id)).find((tr) => tr.to.name === 'Done');
    await client.doTransition(issue.id, done?.id ?? '');
    expect(issue.status).toBe('Done');
    expect(issue.changelog.at(-1)?.items[0]).toMatchObject({ field: 'status', fromString: 'To Do', toString: 'Done' });
  });

  it('hides the transitions whose conditions are not met', async () => {
    const client = new JiraClient(fakeRetry(h()));
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Sin salida' });
    h().jira.state.unavailableTransitions.add('Done');
    try {
      expect((await client.getTransitions(issue.id)).map((tr) => tr.to.name)).not.toContain('Done');
    } finally {
      h().jira.state.unavailableTransitions.clear();
    }
  });

  it('pages group members by startAt, drops app accounts, and answers null for an unknown group', async () => {
    const client = new JiraClient(fakeRetry(h()));
    h().jira.state.groups.set('pqrs-n2', ['acc-1', 'app:bot', 'acc-2', 'acc-3']);
    const first = await client.getGroupMembers('pqrs-n2', 0, 2);
    const second = await client.getGroupMembers('pqrs-n2', 2, 2);
    expect(first).toEqual({ accountIds: ['acc-1'], pageSize: 2, isLast: false });
    expect(second).toEqual({ accountIds: ['acc-2', 'acc-3'], pageSize: 2, isLast: true });
    expect(await client.getGroupMembers('no-such-group', 0, 50)).toBeNull();
  });

  it('posts ADF comments; internal ones carry the sd.public.comment property', async () => {
    const client = new JiraClient(fakeRetry(h()));
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Comentarios' });
    await client.addAdfComment(issue.id, textToAdf('pública'));
    await client.addAdfComment(issue.id, textToAdf('interna'), { internal: true });
    const posted = h().jira.requests.filter((r) => r.method === 'POST' && r.template === '/rest/api/3/issue/{issueIdOrKey}/comment').slice(-2);
    const [publicBody, internalBody] = posted.map((r) => commentBody.parse(r.body));
    expect(publicBody?.properties).toBeUndefined();
    expect(internalBody?.properties).toEqual([{ key: 'sd.public.comment', value: { internal: true } }]);
    expect(issue.comments.map((c) => adfToText(c.body))).toEqual(['pública', 'interna']);
  });
});
