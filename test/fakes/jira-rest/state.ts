/** The stateful part of the Jira REST fake: projects, issues, comments, properties, changelogs. */

export interface FakeComment {
  id: string;
  author: string;
  body: unknown;
  created: string;
  jsdPublic: boolean;
}
export interface ChangeItem {
  field: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}
export interface FakeChangelog {
  id: string;
  created: string;
  author: string;
  items: ChangeItem[];
}
export interface FakeIssue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  description: unknown;
  issueType: string;
  status: string;
  priority: string;
  labels: string[];
  reporter: string | null;
  assignee: string | null;
  created: string;
  updated: string;
  properties: Map<string, unknown>;
  /** Single-select custom fields set on the issue: field id → option value (absent = unset). */
  customFields: Map<string, string>;
  comments: FakeComment[];
  changelog: FakeChangelog[];
}
export interface FakeProject {
  id: string;
  key: string;
  name: string;
}

/** Jira's REST timestamp format, e.g. `2026-03-02T09:00:00.000+0000`. */
export function jiraTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export const STATUSES = [
  { id: '1', name: 'To Do', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10', name: 'Waiting for customer', category: 'indeterminate' },
  { id: '11', name: 'Waiting for third party', category: 'indeterminate' },
  { id: '5', name: 'Done', category: 'done' },
] as const;
export const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'] as const;

/** Jira in memory. `now` drives created/updated stamps. */
export class JiraState {
  readonly projects: FakeProject[] = [{ id: '10000', key: 'PQRS', name: 'PQRS' }];
  readonly issues = new Map<string, FakeIssue>();
  /** Account ids that hold the ADMINISTER global permission. */
  readonly admins = new Set<string>(['admin-1']);
  /** Jira groups: name → member account ids (app accounts start with `app:`). */
  readonly groups = new Map<string, string[]>();
  /** Target status names whose transition the workflow does not offer now (conditions not met). */
  readonly unavailableTransitions = new Set<string>();
  private seq = 10000;
  private commentSeq = 20000;
  private changeSeq = 30000;
  private optionSeq = 40000;
  private readonly options = new Map<string, string>();

  constructor(public now: () => number = () => 0) {}

  find(idOrKey: string): FakeIssue | undefined {
    const byId = this.issues.get(idOrKey);
    if (byId) return byId;
    for (const issue of this.issues.values()) if (issue.key === idOrKey) return issue;
    return undefined;
  }

  create(input: {
    projectKey: string;
    summary: string;
    description?: unknown;
    issueType?: string;
    priority?: string;
    labels?: string[];
    reporter?: string | null;
    /** Single-select custom fields: field id → option value. */
    customFields?: Record<string, string>;
  }): FakeIssue {
    const project = this.projects.find((p) => p.key === input.projectKey);
    if (!project) throw new Error(`no project ${input.projectKey}`);
    const id = String(++this.seq);
    const count = [...this.issues.values()].filter((i) => i.projectKey === project.key).length + 1;
    const at = jiraTime(this.now());
    const issue: FakeIssue = {
      id,
      key: `${project.key}-${count}`,
      projectKey: project.key,
      summary: input.summary,
      description: input.description ?? null,
      issueType: input.issueType ?? 'Task',
      status: 'To Do',
      priority: input.priority ?? 'Medium',
      labels: input.labels ?? [],
      reporter: input.reporter ?? null,
      assignee: null,
      created: at,
      updated: at,
      properties: new Map(),
      customFields: new Map(Object.entries(input.customFields ?? {})),
      comments: [],
      changelog: [],
    };
    this.issues.set(id, issue);
    return issue;
  }

  /** Applies a field change and records it in the changelog (as Jira does). */
  change(issue: FakeIssue, author: string, field: 'status' | 'priority' | 'labels' | 'assignee' | 'summary', to: string | null): FakeChangelog {
    const from = field === 'labels' ? issue.labels.join(' ') : issue[field];
    if (field === 'labels') issue.labels = to ? to.split(' ') : [];
    else if (field === 'assignee') issue.assignee = to;
    else if (to !== null) issue[field] = to;
    issue.updated = jiraTime(this.now());
    const entry: FakeChangelog = {
      id: String(++this.changeSeq),
      created: issue.updated,
      author,
      items: [{ field, fieldId: field, from, fromString: from, to, toString: to }],
    };
    issue.changelog.push(entry);
    return entry;
  }

  /** The option id of a select option (stable per field and value, as in Jira). */
  optionId(fieldId: string, value: string): string {
    const key = `${fieldId}\u0000${value}`;
    let id = this.options.get(key);
    if (id === undefined) {
      id = String(++this.optionSeq);
      this.options.set(key, id);
    }
    return id;
  }

  /**
   * Sets (or clears, `to` null) single-select custom field `fieldId` and records the changelog
   * item Jira writes: `fieldId` the custom field, `field` its name, option ids in `from`/`to`,
   * option values in `fromString`/`toString`.
   */
  changeSelect(issue: FakeIssue, author: string, fieldId: string, to: string | null, fieldName = fieldId): FakeChangelog {
    const from = issue.customFields.get(fieldId) ?? null;
    if (to === null) issue.customFields.delete(fieldId);
    else issue.customFields.set(fieldId, to);
    issue.updated = jiraTime(this.now());
    const entry: FakeChangelog = {
      id: String(++this.changeSeq),
      created: issue.updated,
      author,
      items: [{
        field: fieldName,
        fieldId,
        from: from === null ? null : this.optionId(fieldId, from),
        fromString: from,
        to: to === null ? null : this.optionId(fieldId, to),
        toString: to,
      }],
    };
    issue.changelog.push(entry);
    return entry;
  }

  /** The REST value of a select field (`{ value, id }`, or null when unset). */
  selectJson(issue: FakeIssue, fieldId: string): { self: string; value: string; id: string } | null {
    const value = issue.customFields.get(fieldId);
    if (value === undefined) return null;
    const id = this.optionId(fieldId, value);
    return { self: `https://jira.fake.test/rest/api/3/customFieldOption/${id}`, value, id };
  }

  comment(issue: FakeIssue, author: string, body: unknown, jsdPublic = true): FakeComment {
    const c: FakeComment = { id: String(++this.commentSeq), author, body, created: jiraTime(this.now()), jsdPublic };
    issue.comments.push(c);
    return c;
  }

  /**
   * The REST JSON of an issue (`GET /rest/api/3/issue/{id}`). Custom fields: those named in
   * `fields` (null when unset), or every set one when `fields` is not given.
   */
  toJson(issue: FakeIssue, properties: string[] = [], fields?: string[]): Record<string, unknown> {
    const custom: Record<string, unknown> = {};
    const wanted = fields ? fields.filter((f) => /^customfield_\d+$/.test(f)) : [...issue.customFields.keys()];
    for (const f of wanted) custom[f] = this.selectJson(issue, f);
    const status = STATUSES.find((s) => s.name === issue.status) ?? STATUSES[0];
    const project = this.projects.find((p) => p.key === issue.projectKey);
    const props: Record<string, unknown> = {};
    for (const k of properties) if (issue.properties.has(k)) props[k] = issue.properties.get(k);
    return {
      id: issue.id,
      key: issue.key,
      self: `https://jira.fake.test/rest/api/3/issue/${issue.id}`,
      fields: {
        summary: issue.summary,
        description: issue.description,
        issuetype: { id: '10001', name: issue.issueType },
        project: project ? { id: project.id, key: project.key, name: project.name } : null,
        status: { id: status.id, name: status.name, statusCategory: { key: status.category } },
        priority: { id: String(PRIORITIES.findIndex((p) => p === issue.priority) + 1), name: issue.priority },
        labels: issue.labels,
        reporter: issue.reporter ? { accountId: issue.reporter } : null,
        assignee: issue.assignee ? { accountId: issue.assignee } : null,
        created: issue.created,
        updated: issue.updated,
        ...custom,
      },
      ...(properties.length ? { properties: props } : {}),
    };
  }
}
