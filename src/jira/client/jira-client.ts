/**
 * The one module that talks to Jira REST (`requestJira(route…)`): issues, comments, issue
 * properties (single and bulk via `/issue/properties/multi`, ≤ 100 issues a request), enhanced
 * JQL search paged by `nextPageToken`, permissions. Every call goes through {@link withRetry}.
 */
import { asApp, asUser, route, type APIResponse } from '@forge/api';
import { z } from 'zod';
import { adfToText, textToAdf } from './adf';
import { jiraMs } from './jira-time';
import { DEFAULT_RETRY, JiraError, withRetry, type RetryPolicy } from './request';
import {
  groupMembersPageSchema, INTERNAL_COMMENT_PROPERTY, transitionsSchema, type GroupMembersPage, type JiraTransition,
} from './workflow-schemas';

const userRef = z.object({ accountId: z.string() }).loose().nullable().optional();
/** The subset of an issue the app reads. */
export const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string().optional(),
    description: z.unknown().optional(),
    issuetype: z.object({ name: z.string() }).loose().optional(),
    project: z.object({ id: z.string(), key: z.string() }).loose().nullable().optional(),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).loose().optional() }).loose().optional(),
    priority: z.object({ name: z.string() }).loose().nullable().optional(),
    labels: z.array(z.string()).optional(),
    reporter: userRef,
    assignee: userRef,
    created: z.string().optional(),
    updated: z.string().optional(),
  }).loose(),
  properties: z.record(z.string(), z.unknown()).optional(),
}).loose();
export type JiraIssue = z.infer<typeof issueSchema>;

const created = z.object({ id: z.string(), key: z.string() }).loose();
const commentCreated = z.object({ id: z.string() }).loose();
const recentCommentsPage = z.object({
  comments: z.array(z.object({ body: z.unknown(), created: z.string().optional() }).loose()),
}).loose();
const searchPage = z.object({ issues: z.array(issueSchema), nextPageToken: z.string().nullable().optional() }).loose();
const permissions = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() }).loose()),
}).loose();
const projects = z.object({ values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() }).loose()) }).loose();

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };
/** Jira's limit on `/rest/api/3/issue/properties/multi`. */
export const MULTI_PROPERTY_BATCH = 100;

export interface NewIssue {
  projectKey: string;
  issueType: string;
  summary: string;
  description: string;
  labels: string[];
  /** Issue properties set atomically with the creation. */
  properties: Record<string, unknown>;
  /** Extra fields, e.g. a select custom field `{ customfield_10050: { value: 'Queja' } }` (ADR 0089). */
  customFields?: Record<string, unknown>;
}

async function expectOk(res: APIResponse, operation: string, ok: number[] = [200, 201, 204]): Promise<APIResponse> {
  if (ok.includes(res.status)) return res;
  await res.text();
  throw new JiraError(res.status, operation);
}

/** A Jira client acting as the app (default) or as the invoking user (`asUser`). */
export class JiraClient {
  constructor(
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly actor: 'app' | 'user' = 'app',
  ) {}

  private get api() {
    return this.actor === 'app' ? asApp() : asUser();
  }

  /** The same client acting as the invoking user (permission checks in resolvers). */
  asUser(): JiraClient {
    return new JiraClient(this.retry, 'user');
  }

  /** The issue with the fields the app reads, plus `extraFields` (the mapping's select fields, ADR 0089). */
  async getIssue(idOrKey: string, properties: string[] = [], extraFields: readonly string[] = []): Promise<JiraIssue | null> {
    const query = new URLSearchParams({
      fields: ['summary,description,issuetype,project,status,priority,labels,reporter,assignee,created,updated', ...extraFields].join(','),
      properties: properties.join(','),
    });
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/issue/${idOrKey}?${query}`, { headers: JSON_HEADERS }), this.retry);
    if (res.status === 404) return null;
    return issueSchema.parse(await (await expectOk(res, 'getIssue')).json());
  }

  async createIssue(issue: NewIssue): Promise<{ id: string; key: string }> {
    const body = {
      fields: {
        ...issue.customFields,
        project: { key: issue.projectKey },
        issuetype: { name: issue.issueType },
        summary: issue.summary,
        description: textToAdf(issue.description),
        labels: issue.labels,
      },
      properties: Object.entries(issue.properties).map(([key, value]) => ({ key, value })),
    };
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }),
      this.retry,
    );
    return created.parse(await (await expectOk(res, 'createIssue')).json());
  }

  async addComment(issueId: string, text: string): Promise<{ id: string }> {
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}/comment`, {
        method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ body: textToAdf(text) }),
      }),
      this.retry,
    );
    return commentCreated.parse(await (await expectOk(res, 'addComment')).json());
  }

  async setIssueProperty(issueId: string, key: string, value: unknown): Promise<void> {
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}/properties/${key}`, {
        method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(value),
      }),
      this.retry,
    );
    await (await expectOk(res, 'setIssueProperty')).text();
  }

  /**
   * Sets properties on many issues: one request per {@link MULTI_PROPERTY_BATCH} issues
   * (Jira answers 303 → an async task; the write is accepted). Returns the request count.
   */
  async setPropertiesBulk(entries: { issueId: string; properties: Record<string, unknown> }[]): Promise<number> {
    let requests = 0;
    for (let i = 0; i < entries.length; i += MULTI_PROPERTY_BATCH) {
      const issues = entries.slice(i, i + MULTI_PROPERTY_BATCH).map((e) => ({ issueID: Number(e.issueId), properties: e.properties }));
      const res = await withRetry(
        () => this.api.requestJira(route`/rest/api/3/issue/properties/multi`, {
          method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ issues }), redirect: 'manual',
        }),
        this.retry,
      );
      await (await expectOk(res, 'setPropertiesBulk', [200, 201, 202, 204, 303])).text();
      requests++;
    }
    return requests;
  }

  /** Every issue matching `jql` (bounded query), page by page with `nextPageToken`. */
  async *searchJql(jql: string, opts: { properties?: string[]; pageSize?: number } = {}): AsyncGenerator<JiraIssue> {
    let nextPageToken: string | undefined;
    do {
      const body = {
        jql,
        maxResults: opts.pageSize ?? 100,
        fields: ['summary', 'status', 'priority', 'updated'],
        properties: opts.properties ?? [],
        ...(nextPageToken ? { nextPageToken } : {}),
      };
      const res = await withRetry(
        () => this.api.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }),
        this.retry,
      );
      const page = searchPage.parse(await (await expectOk(res, 'searchJql')).json());
      yield* page.issues;
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
  }

  /** Whether the acting principal has a global/project permission (e.g. `ADMINISTER`). */
  async hasPermission(permission: string): Promise<boolean> {
    const query = new URLSearchParams({ permissions: permission });
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/mypermissions?${query}`, { headers: JSON_HEADERS }), this.retry);
    const parsed = permissions.parse(await (await expectOk(res, 'hasPermission')).json());
    return parsed.permissions[permission]?.havePermission === true;
  }

  // --- escalation effects (ADR 0087): workflow transitions, group members, ADF comments ---
  /** The transitions the acting principal may perform on the issue now (workflow conditions applied). */
  async getTransitions(issueId: string): Promise<JiraTransition[]> {
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/issue/${issueId}/transitions`, { headers: JSON_HEADERS }), this.retry);
    return transitionsSchema.parse(await (await expectOk(res, 'getTransitions')).json()).transitions;
  }

  /** Performs transition `transitionId` (no screen fields). */
  async doTransition(issueId: string, transitionId: string): Promise<void> {
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}/transitions`, {
        method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ transition: { id: transitionId } }),
      }),
      this.retry,
    );
    await (await expectOk(res, 'doTransition')).text();
  }

  /** One page of the active members of group `groupName`; null when the group does not exist. */
  async getGroupMembers(groupName: string, startAt: number, maxResults: number): Promise<GroupMembersPage | null> {
    const query = new URLSearchParams({ groupname: groupName, startAt: String(startAt), maxResults: String(maxResults) });
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/group/member?${query}`, { headers: JSON_HEADERS }), this.retry);
    if (res.status === 404) {
      await res.text();
      return null;
    }
    const page = groupMembersPageSchema.parse(await (await expectOk(res, 'getGroupMembers')).json());
    const accountIds = page.values.filter((u) => (u.accountType ?? 'atlassian') === 'atlassian' && u.active !== false).map((u) => u.accountId);
    return { accountIds, pageSize: page.values.length, isLast: page.isLast ?? page.values.length < maxResults };
  }

  /**
   * Posts an ADF comment (e.g. with mentions). `internal` adds the `sd.public.comment` property:
   * an internal note in Jira Service Management, an ordinary comment elsewhere (ADR 0087).
   */
  /**
   * The newest `max` (≤ 100) comments of an issue as plain text with their creation instant (ms),
   * or null when the issue is gone. Used by the comment outbox's crash recovery.
   */
  async recentComments(issueId: string, max = 100): Promise<{ createdMs: number; text: string }[] | null> {
    const query = new URLSearchParams({ orderBy: '-created', maxResults: String(Math.min(100, max)) });
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/issue/${issueId}/comment?${query}`, { headers: { Accept: 'application/json' } }), this.retry);
    if (res.status === 404) {
      await res.text();
      return null;
    }
    const page = recentCommentsPage.parse(await (await expectOk(res, 'recentComments')).json());
    return page.comments.map((c) => ({ createdMs: c.created ? jiraMs(c.created) : Number.POSITIVE_INFINITY, text: adfToText(c.body) }));
  }

  async addAdfComment(issueId: string, body: Record<string, unknown>, opts: { internal?: boolean } = {}): Promise<{ id: string }> {
    const payload = { body, ...(opts.internal ? { properties: [INTERNAL_COMMENT_PROPERTY] } : {}) };
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}/comment`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(payload) }),
      this.retry,
    );
    return commentCreated.parse(await (await expectOk(res, 'addAdfComment')).json());
  }
  // --- end escalation effects ---

  async listProjects(): Promise<{ id: string; key: string; name: string }[]> {
    const res = await withRetry(() => this.api.requestJira(route`/rest/api/3/project/search`, { headers: JSON_HEADERS }), this.retry);
    return projects.parse(await (await expectOk(res, 'listProjects')).json()).values.map(({ id, key, name }) => ({ id, key, name }));
  }

  async assign(issueId: string, accountId: string | null): Promise<void> {
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}/assignee`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ accountId }) }),
      this.retry,
    );
    await (await expectOk(res, 'assign')).text();
  }

  /**
   * One edit of the issue (`PUT /issue/{id}`): labels removed then added (`update.labels`
   * operations, the issue's other labels left as they are) and/or fields set (e.g. a select custom
   * field `{ customfield_10050: { value: 'Queja' } }`).
   */
  async editIssue(issueId: string, change: { labels?: { add: readonly string[]; remove: readonly string[] }; fields?: Record<string, unknown> }): Promise<void> {
    const labels = change.labels ? [...change.labels.remove.map((remove) => ({ remove })), ...change.labels.add.map((add) => ({ add }))] : [];
    const body = { ...(labels.length > 0 && { update: { labels } }), ...(change.fields && { fields: change.fields }) };
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(body) }),
      this.retry,
    );
    await (await expectOk(res, 'editIssue')).text();
  }

  async setPriority(issueId: string, priorityName: string): Promise<void> {
    const res = await withRetry(
      () => this.api.requestJira(route`/rest/api/3/issue/${issueId}`, {
        method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ fields: { priority: { name: priorityName } } }),
      }),
      this.retry,
    );
    await (await expectOk(res, 'setPriority')).text();
  }
}
