import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Notification } from '../../../src/core/index';
import { adfToText } from '../../../src/jira/client/adf';
import { createHandlers } from '../../../src/jira/handlers';
import { postEffectComment } from '../../../src/jira/notifier/effect-comments';
import type { FakeIssue } from '../../fakes/jira-rest/state';
import { aSettings } from '../../fakes/builders';
import { testContext, useForge } from '../harness';

const h = useForge('2026-03-02T14:00:00Z');
let ctx: ReturnType<typeof testContext>;
let handlers: ReturnType<typeof createHandlers>;
const POST_COMMENT = 'POST /rest/api/3/issue/{issueIdOrKey}/comment';
const postedBody = z.object({ properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional() }).loose();

const effect = (locale: 'es' | 'en', internal: boolean, key = 't-9:resolution:75'): Notification => ({
  ticketId: 't-9', number: 'PQRS-2026-000009', locale, requester: { email: 'ana@example.org' }, assigneeId: null, tier: 'N2',
  kind: 'escalationComment', key, messageKey: 'jiraEffects.comment.breachImminent', internal,
});
const commented = (issue: FakeIssue) => {
  const c = issue.comments.at(-1);
  if (!c) throw new Error('no comment');
  return {
    eventType: 'avi:jira:commented:issue',
    issue: { id: issue.id, key: issue.key, fields: { updated: c.created } },
    atlassianId: c.author,
    comment: { id: c.id, author: { accountId: c.author }, body: c.body, created: c.created },
  };
};

beforeAll(() => {
  vi.stubEnv('VENTANILLA_INTAKE_PROJECT', 'PQRS');
  ctx = testContext(h(), 'ec-');
  handlers = createHandlers(ctx);
});

describe('postEffectComment (real @forge/kvs, Jira REST fake)', () => {
  it.each([
    ['es', true, 'Ventanilla: la solicitud PQRS-2026-000009 está por incumplir el SLA de resolución. Priorícela.'],
    ['en', false, 'Ventanilla: request PQRS-2026-000009 is about to breach its resolution SLA. Please prioritise it.'],
  ] as const)('posts the %s text once (internal %s), and the comment trigger skips it as the app\'s own', async (locale, internal, text) => {
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: `Efecto ${locale}` });
    const n = effect(locale, internal, `t-9:resolution:${locale === 'es' ? 75 : 90}`);
    const id = await postEffectComment(ctx().jira, issue.id, n, aSettings());
    expect(id).toBe(issue.comments.at(-1)?.id);
    expect(issue.comments.map((c) => adfToText(c.body))).toEqual([text]);
    const body = postedBody.parse(h().jira.requests.filter((r) => `${r.method} ${r.template}` === POST_COMMENT).at(-1)?.body);
    expect(body.properties ?? []).toEqual(internal ? [{ key: 'sd.public.comment', value: { internal: true } }] : []);

    expect(await postEffectComment(ctx().jira, issue.id, n, aSettings())).toBeNull(); // redelivery
    expect(issue.comments).toHaveLength(1);
    expect(z.object({ outcome: z.string() }).loose().parse(await handlers.onIssueEvent(commented(issue))).outcome).toBe('ignored');
  });

  it('posts nothing for other kinds', async () => {
    const issue = h().jira.state.create({ projectKey: 'PQRS', summary: 'Otro' });
    const before = h().jira.count(POST_COMMENT);
    expect(await postEffectComment(ctx().jira, issue.id, { ...effect('es', false), kind: 'reopened' })).toBeNull();
    expect(h().jira.count(POST_COMMENT)).toBe(before);
  });
});
