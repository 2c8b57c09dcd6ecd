/**
 * A tiny JQL subset for the fake's `/rest/api/3/search/jql`: clauses `field = "value"` or
 * `field in ("a", "b")` joined by AND, optional `ORDER BY …` (ignored: results by id). Fields:
 * `project`, `key`, `issue.property[name].path` and the app's `ventanilla…` search aliases.
 * Unbounded queries (no clause) are rejected like the real enhanced search does.
 */
import type { FakeIssue, JiraState } from './state';

const ALIASES: Record<string, string> = {
  ventanillaRadicado: 'radicado',
  ventanillaTicketId: 'ticketId',
  ventanillaBreached: 'breached',
  ventanillaTier: 'tier',
  ventanillaType: 'type',
};

function fieldValue(issue: FakeIssue, field: string): string | undefined {
  if (field === 'project') return issue.projectKey;
  if (field === 'key') return issue.key;
  const prop = /^issue\.property\[([^\]]+)\]\.(.+)$/.exec(field);
  const alias = ALIASES[field];
  const [name, path] = prop ? [prop[1] ?? '', prop[2] ?? ''] : alias ? ['ventanilla', alias] : [null, null];
  if (name === null || path === null) throw new Error(`jql fake: unsupported field ${field}`);
  const value: unknown = issue.properties.get(name);
  if (typeof value !== 'object' || value === null) return undefined;
  const v: unknown = Object.entries(value).find(([k]) => k === path)?.[1];
  return v === undefined || v === null ? undefined : String(v);
}

/** Runs `jql` over the fake's issues with `nextPageToken` paging (opaque offset). */
export function searchJql(
  state: JiraState,
  q: { jql: string; nextPageToken?: string; maxResults: number; properties: string[] },
): Record<string, unknown> {
  const where = q.jql.split(/\s+order\s+by\s+/i)[0] ?? '';
  const clauses = where.split(/\s+and\s+/i).map((c) => c.trim()).filter(Boolean);
  if (clauses.length === 0) throw new Error('jql fake: unbounded query');
  const tests = clauses.map((clause) => {
    const m = /^([\w.[\]-]+)\s*(=|in)\s*(.+)$/i.exec(clause);
    if (!m) throw new Error(`jql fake: cannot parse ${clause}`);
    const values = [...(m[3] ?? '').matchAll(/"([^"]*)"|([\w-]+)/g)].map((v) => v[1] ?? v[2] ?? '');
    return (issue: FakeIssue) => {
      const actual = fieldValue(issue, m[1] ?? '');
      return actual !== undefined && values.includes(actual);
    };
  });
  const hits = [...state.issues.values()].filter((i) => tests.every((t) => t(i)));
  const offset = q.nextPageToken ? Number(Buffer.from(q.nextPageToken, 'base64').toString()) : 0;
  const size = Math.min(Math.max(q.maxResults, 1), 5000);
  const page = hits.slice(offset, offset + size);
  const more = offset + size < hits.length;
  return {
    issues: page.map((i) => state.toJson(i, q.properties)),
    isLast: !more,
    ...(more ? { nextPageToken: Buffer.from(String(offset + size)).toString('base64') } : {}),
  };
}
