/**
 * The backend half of the bridge host: the REAL Forge handlers (src/jira/handlers.ts) running
 * in-process on the Forge runtime fakes (KVS, Jira REST, queue), with a controllable clock. The
 * page's `invoke` is answered by calling the resolver handler exactly as Forge does:
 * `handler({ call: { functionKey, payload }, context }, { principal: { accountId } })`.
 */
import { z } from 'zod';
import { createHandlers } from '../../../src/jira/handlers';
import { makeContext } from '../../../src/jira/service/context';
import type { RetryPolicy } from '../../../src/jira/client/request';
import { installForgeRuntime, type ForgeHarness } from '../forge-runtime';
import type { InvokeHandler } from './host';

export interface ResolverHost {
  harness: ForgeHarness;
  handlers: ReturnType<typeof createHandlers>;
  /** For `openForgeApp({ invoke })`. */
  invoke: InvokeHandler;
  /** The account the resolvers see as the invoking user. */
  setAccount(accountId: string): void;
  /** Creates a Jira issue in the fake and delivers the `avi:jira:created:issue` event for it. */
  fileIssue(input: { summary: string; labels?: string[]; priority?: string; reporter?: string }): Promise<{ id: string; key: string }>;
  /** Adds a public comment by `author` in the fake and delivers `avi:jira:commented:issue`. */
  comment(issue: { id: string; key: string }, author: string, text: string): Promise<void>;
  close(): void;
}

/**
 * @example
 * const host = startResolverHost('2026-03-02T14:00:00Z', 'agent-1');
 * const { id } = await host.fileIssue({ summary: 'Reclamo por cobro', labels: ['pqrs-reclamo'] });
 */
export function startResolverHost(startIso: string, accountId: string): ResolverHost {
  // The Forge variable that names the intake project; the default mapping enables that project.
  const previousProject = process.env.VENTANILLA_INTAKE_PROJECT;
  process.env.VENTANILLA_INTAKE_PROJECT = 'PQRS';
  const harness = installForgeRuntime(startIso);
  harness.listen();
  let account = accountId;
  const retry: RetryPolicy = { maxWaitMs: 10_000, maxAttempts: 4, sleep: async (ms) => harness.time.advance(ms) };
  const handlers = createHandlers(() => makeContext({ clock: { now: () => new Date(harness.time.now()) }, retry }));

  const invoke: InvokeHandler = async (functionKey, payload, context) => {
    harness.setUser(account);
    return handlers.resolver({ call: { functionKey, payload }, context }, { principal: { accountId: account } });
  };

  return {
    harness,
    handlers,
    invoke,
    setAccount: (id) => void (account = id),
    fileIssue: async (input) => {
      const issue = harness.jira.state.create({ projectKey: 'PQRS', summary: input.summary, labels: input.labels, priority: input.priority, reporter: input.reporter ?? 'requester-1' });
      const outcome = await handlers.onIssueEvent({
        eventType: 'avi:jira:created:issue',
        issue: { id: issue.id, key: issue.key, fields: { created: issue.created, updated: issue.updated } },
        atlassianId: input.reporter ?? 'requester-1',
      });
      const applied = z.object({ outcome: z.literal('applied') }).safeParse(outcome);
      if (!applied.success) throw new Error(`issue ${issue.key} did not become a ticket: ${JSON.stringify(outcome)}`);
      return { id: issue.id, key: issue.key };
    },
    comment: async (ref, author, text) => {
      const issue = harness.jira.state.find(ref.id);
      if (issue === undefined) throw new Error(`no issue ${ref.key}`);
      const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
      const c = harness.jira.state.comment(issue, author, body);
      const outcome = await handlers.onIssueEvent({
        eventType: 'avi:jira:commented:issue',
        issue: { id: issue.id, key: issue.key, fields: { updated: issue.updated } },
        atlassianId: author,
        comment: { id: c.id, author: { accountId: author }, body, created: c.created, jsdPublic: true },
      });
      const applied = z.object({ outcome: z.literal('applied') }).safeParse(outcome);
      if (!applied.success) throw new Error(`comment on ${issue.key} was not applied: ${JSON.stringify(outcome)}`);
    },
    close: () => {
      harness.close();
      if (previousProject === undefined) delete process.env.VENTANILLA_INTAKE_PROJECT;
      else process.env.VENTANILLA_INTAKE_PROJECT = previousProject;
    },
  };
}
