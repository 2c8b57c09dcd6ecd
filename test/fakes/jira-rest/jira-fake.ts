/**
 * A stateful fake of Jira Cloud REST v3 for msw. It answers only (method, path) pairs that exist
 * in Jira's published OpenAPI document; anything else is recorded in `violations` and answered
 * 500, and a spec operation the fake does not implement is recorded and answered 501 — tests
 * assert `violations` is empty. Supports 429 injection with `Retry-After`.
 */
import { http, type HttpHandler } from 'msw';
import { z } from 'zod';
import { matchSpec } from './spec-routes';
import { JiraState, STATUSES, type FakeIssue } from './state';
import { searchJql } from './jql';

export const JIRA_BASE = 'https://jira.fake.test';
/** Header the runtime fake sets to the `asUser` account id (absent = the app). */
export const ACCOUNT_HEADER = 'x-fake-forge-account';
export const APP_ACCOUNT = 'app-account';

export interface RecordedRequest {
  method: string;
  template: string;
  path: string;
  body: unknown;
  account: string;
}

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const errors = (status: number, message: string) => json(status, { errorMessages: [message], errors: {} });

const createBody = z.object({
  fields: z.object({
    project: z.object({ key: z.string().optional(), id: z.string().optional() }),
    summary: z.string(),
    description: z.unknown().optional(),
    issuetype: z.object({ name: z.string().optional(), id: z.string().optional() }),
    priority: z.object({ name: z.string() }).optional(),
    labels: z.array(z.string()).optional(),
  }).loose(),
  properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional(),
});
const editBody = z.object({
  fields: z.object({ priority: z.object({ name: z.string() }).optional(), labels: z.array(z.string()).optional(), summary: z.string().optional() }).loose().optional(),
  /** `update.labels`: FieldUpdateOperation list (`add` / `remove` one label, `set` all), applied in order. */
  update: z.object({
    labels: z.array(z.object({ add: z.string().optional(), remove: z.string().optional(), set: z.array(z.string()).optional() }).strict()).optional(),
  }).loose().optional(),
});
/** The labels after applying `update.labels` operations in order (Jira keeps each label once). */
function updatedLabels(labels: readonly string[], ops: readonly { add?: string; remove?: string; set?: string[] }[]): string[] {
  let out = [...labels];
  for (const op of ops) {
    if (op.set) out = [...new Set(op.set)];
    if (op.remove !== undefined) out = out.filter((l) => l !== op.remove);
    if (op.add !== undefined && !out.includes(op.add)) out.push(op.add);
  }
  return out;
}
const multiBody = z.object({
  issues: z.array(z.object({ issueID: z.number().int(), properties: z.record(z.string(), z.unknown()) })).min(1).max(100),
});
const searchBody = z.object({
  jql: z.string(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
}).loose();

/** Single-select custom fields in a create/edit `fields` object (`{ value }`, or null to clear). */
const CUSTOM_FIELD = /^customfield_\d+$/;
const selectInput = z.object({ value: z.string() }).loose().nullable();
function selectFields(fields: Record<string, unknown> | undefined): [string, string | null][] {
  return Object.entries(fields ?? {}).filter(([k]) => CUSTOM_FIELD.test(k)).map(([k, v]) => [k, selectInput.parse(v)?.value ?? null]);
}

type Handler = (req: { issue?: FakeIssue; params: string[]; url: URL; body: unknown; account: string }) => Response;

/** The fake. `state` is public so tests can seed and inspect it. */
export class JiraFake {
  readonly state: JiraState;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private throttles: { retryAfter: number; reason: string }[] = [];

  constructor(now: () => number = () => 0) {
    this.state = new JiraState(now);
  }

  /** The next `times` requests answer 429 with `Retry-After: retryAfter`. */
  throttle(times: number, retryAfter = 2, reason = 'jira-burst-based'): void {
    for (let i = 0; i < times; i++) this.throttles.push({ retryAfter, reason });
  }

  /** Requests to one spec template (e.g. `'POST /rest/api/3/issue/properties/multi'`). */
  count(methodAndTemplate: string): number {
    return this.requests.filter((r) => `${r.method} ${r.template}` === methodAndTemplate).length;
  }

  /** msw handlers to install. */
  handlers(): HttpHandler[] {
    return [http.all(`${JIRA_BASE}/*`, ({ request }) => this.handle(request))];
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const template = matchSpec(method, url.pathname);
    if (!template) {
      this.violations.push(`not in Jira's REST spec: ${method} ${url.pathname}`);
      return errors(500, 'jira fake: not in spec');
    }
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    const account = request.headers.get(ACCOUNT_HEADER) ?? APP_ACCOUNT;
    this.requests.push({ method, template, path: url.pathname + url.search, body, account });
    const throttle = this.throttles.shift();
    if (throttle) {
      return json(429, { errorMessages: ['Rate limit exceeded'] }, {
        'retry-after': String(throttle.retryAfter),
        'ratelimit-reason': throttle.reason,
      });
    }
    const route = this.routes[`${method} ${template}`];
    if (!route) {
      this.violations.push(`spec operation not implemented by the fake: ${method} ${template}`);
      return errors(501, 'jira fake: not implemented');
    }
    const params = [...url.pathname.matchAll(/\/([^/]+)/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    const idOrKey = template.includes('{issueIdOrKey}') ? params[4] : undefined;
    const issue = idOrKey === undefined ? undefined : this.state.find(idOrKey);
    if (idOrKey !== undefined && !issue) return errors(404, 'Issue does not exist or you do not have permission to see it.');
    try {
      return route({ issue, params, url, body, account });
    } catch (e) {
      if (e instanceof z.ZodError) return errors(400, e.message);
      throw e;
    }
  }

  private readonly routes: Record<string, Handler> = {
    'POST /rest/api/3/issue': ({ body, account }) => {
      const b = createBody.parse(body);
      const project = this.state.projects.find((p) => p.key === b.fields.project.key || p.id === b.fields.project.id);
      if (!project) return json(400, { errorMessages: [], errors: { project: 'valid project is required' } });
      const issue = this.state.create({
        projectKey: project.key,
        summary: b.fields.summary,
        description: b.fields.description,
        issueType: b.fields.issuetype.name ?? 'Task',
        priority: b.fields.priority?.name,
        labels: b.fields.labels,
        reporter: account,
        customFields: Object.fromEntries(selectFields(b.fields).flatMap(([k, v]) => (v === null ? [] : [[k, v]]))),
      });
      for (const p of b.properties ?? []) issue.properties.set(p.key, p.value);
      return json(201, { id: issue.id, key: issue.key, self: `${JIRA_BASE}/rest/api/3/issue/${issue.id}` });
    },
    'GET /rest/api/3/issue/{issueIdOrKey}': ({ issue, url }) =>
      json(200, issue ? this.state.toJson(
        issue,
        (url.searchParams.get('properties') ?? '').split(',').filter(Boolean),
        url.searchParams.has('fields') ? (url.searchParams.get('fields') ?? '').split(',').filter(Boolean) : undefined,
      ) : {}),
    'PUT /rest/api/3/issue/{issueIdOrKey}': ({ issue, body, account }) => {
      const b = editBody.parse(body ?? {});
      if (!issue) return errors(404, 'no issue');
      if (b.fields?.labels && b.update?.labels) return errors(400, 'Field \'labels\' cannot be set in both fields and update.');
      if (b.fields?.priority) this.state.change(issue, account, 'priority', b.fields.priority.name);
      if (b.fields?.labels) this.state.change(issue, account, 'labels', b.fields.labels.join(' '));
      if (b.update?.labels) this.state.change(issue, account, 'labels', updatedLabels(issue.labels, b.update.labels).join(' '));
      if (b.fields?.summary) this.state.change(issue, account, 'summary', b.fields.summary);
      for (const [fieldId, value] of selectFields(b.fields)) this.state.changeSelect(issue, account, fieldId, value);
      return new Response(null, { status: 204 });
    },
    'GET /rest/api/3/issue/{issueIdOrKey}/comment': ({ issue }) =>
      json(200, { startAt: 0, maxResults: 5000, total: issue?.comments.length ?? 0, comments: (issue?.comments ?? []).map(commentJson) }),
    'POST /rest/api/3/issue/{issueIdOrKey}/comment': ({ issue, body, account }) => {
      const b = z.object({ body: z.unknown() }).loose().parse(body);
      if (!issue) return errors(404, 'no issue');
      return json(201, commentJson(this.state.comment(issue, account, b.body)));
    },
    'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': ({ issue, params }) => {
      const key = params[6] ?? '';
      return issue?.properties.has(key) ? json(200, { key, value: issue.properties.get(key) }) : errors(404, 'The property was not found.');
    },
    'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': ({ issue, params, body }) => {
      const key = params[6] ?? '';
      const existed = issue?.properties.has(key) ?? false;
      issue?.properties.set(key, body);
      return json(existed ? 200 : 201, {});
    },
    'DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': ({ issue, params }) => {
      issue?.properties.delete(params[6] ?? '');
      return new Response(null, { status: 204 });
    },
    'POST /rest/api/3/issue/properties/multi': ({ body }) => {
      const b = multiBody.parse(body);
      for (const entry of b.issues) {
        const issue = this.state.issues.get(String(entry.issueID));
        if (!issue) continue;
        for (const [k, v] of Object.entries(entry.properties)) {
          if (JSON.stringify(v).length > 32_768) return errors(400, 'property value too long');
          issue.properties.set(k, v);
        }
      }
      return new Response(null, { status: 303, headers: { location: `${JIRA_BASE}/rest/api/3/task/1` } });
    },
    'GET /rest/api/3/task/{taskId}': () => json(200, { id: '1', status: 'COMPLETE', progress: 100 }),
    'GET /rest/api/3/search/jql': ({ url }) =>
      json(200, searchJql(this.state, {
        jql: url.searchParams.get('jql') ?? '',
        nextPageToken: url.searchParams.get('nextPageToken') ?? undefined,
        maxResults: Number(url.searchParams.get('maxResults') ?? 50),
        properties: (url.searchParams.get('properties') ?? '').split(',').filter(Boolean),
      })),
    'POST /rest/api/3/search/jql': ({ body }) => {
      const b = searchBody.parse(body);
      return json(200, searchJql(this.state, { ...b, maxResults: b.maxResults ?? 50, properties: b.properties ?? [] }));
    },
    'GET /rest/api/3/mypermissions': ({ url, account }) => {
      const wanted = (url.searchParams.get('permissions') ?? '').split(',').filter(Boolean);
      const permissions: Record<string, unknown> = {};
      for (const p of wanted) permissions[p] = { key: p, havePermission: p === 'ADMINISTER' ? this.state.admins.has(account) : true };
      return json(200, { permissions });
    },
    'GET /rest/api/3/project/search': () =>
      json(200, { isLast: true, startAt: 0, maxResults: 50, total: this.state.projects.length, values: this.state.projects }),
    'GET /rest/api/3/issue/{issueIdOrKey}/transitions': () =>
      json(200, { transitions: STATUSES.filter((s) => !this.state.unavailableTransitions.has(s.name)).map((s) => ({ id: `t${s.id}`, name: s.name, to: { id: s.id, name: s.name } })) }),
    'GET /rest/api/3/group/member': ({ url }) => {
      const name = url.searchParams.get('groupname') ?? '';
      const members = this.state.groups.get(name);
      if (!members) return errors(404, `Group ${name} does not exist.`);
      const startAt = Number(url.searchParams.get('startAt') ?? 0);
      const maxResults = Math.min(50, Number(url.searchParams.get('maxResults') ?? 50));
      const values = members.slice(startAt, startAt + maxResults)
        .map((id) => ({ accountId: id, accountType: id.startsWith('app:') ? 'app' : 'atlassian', active: true }));
      return json(200, { isLast: startAt + maxResults >= members.length, startAt, maxResults, total: members.length, values });
    },
    'POST /rest/api/3/issue/{issueIdOrKey}/transitions': ({ issue, body, account }) => {
      const b = z.object({ transition: z.object({ id: z.string() }) }).loose().parse(body);
      const to = STATUSES.find((s) => `t${s.id}` === b.transition.id);
      if (!issue || !to) return errors(400, 'invalid transition');
      this.state.change(issue, account, 'status', to.name);
      return new Response(null, { status: 204 });
    },
    'PUT /rest/api/3/issue/{issueIdOrKey}/assignee': ({ issue, body, account }) => {
      const b = z.object({ accountId: z.string().nullable() }).loose().parse(body);
      if (issue) this.state.change(issue, account, 'assignee', b.accountId);
      return new Response(null, { status: 204 });
    },
  };
}

function commentJson(c: { id: string; author: string; body: unknown; created: string; jsdPublic: boolean }) {
  return { id: c.id, author: { accountId: c.author }, body: c.body, created: c.created, updated: c.created, jsdPublic: c.jsdPublic };
}
