/**
 * Forge Jira product-event payloads for issues of the Jira fake, shaped like the documented
 * `avi:jira:*:issue` events (the subset Forge documents; users by accountId). Shared by every test
 * that drives the real trigger handler.
 */
import type { FakeChangelog, FakeIssue } from './state';

/** `avi:jira:created:issue` for `issue`. */
export const createdEvent = (issue: FakeIssue) => ({
  eventType: 'avi:jira:created:issue',
  issue: { id: issue.id, key: issue.key, fields: { summary: issue.summary, created: issue.created, updated: issue.updated, reporter: { accountId: issue.reporter } } },
  atlassianId: issue.reporter,
});

/** `avi:jira:updated:issue` carrying `change` (the issue's `updated` is the change's instant). */
export const updatedEvent = (issue: FakeIssue, change: FakeChangelog) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: issue.id, key: issue.key, fields: { updated: change.created } },
  atlassianId: change.author,
  changelog: { id: change.id, items: change.items },
});

/** `avi:jira:commented:issue` for a comment on `issue`. */
export const commentedEvent = (issue: FakeIssue, comment: { id: string; author: string; body: unknown; created: string; jsdPublic?: boolean }) => ({
  eventType: 'avi:jira:commented:issue',
  issue: { id: issue.id, key: issue.key, fields: { updated: comment.created } },
  atlassianId: comment.author,
  comment: {
    id: comment.id, author: { accountId: comment.author }, body: comment.body, created: comment.created,
    ...(comment.jsdPublic === undefined ? {} : { jsdPublic: comment.jsdPublic }),
  },
});
