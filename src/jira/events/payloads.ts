/**
 * zod schemas of the Forge product-event payloads the trigger receives (Jira issue events).
 * Forge documents only a subset of fields and says each event differs, so everything beyond the
 * issue id is optional and the issue itself is re-read through REST when needed.
 */
import { z } from 'zod';

const user = z.object({ accountId: z.string() }).loose();
const nullableText = z.string().nullable().optional();

export const changeItemSchema = z.object({
  field: z.string(),
  fieldId: z.string().optional(),
  from: nullableText,
  fromString: nullableText,
  to: nullableText,
  toString: nullableText,
}).loose();
export type ChangeItem = z.infer<typeof changeItemSchema>;

export const issueEventSchema = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:commented:issue', 'avi:jira:deleted:issue']),
  issue: z.object({
    id: z.string().regex(/^\d+$/),
    key: z.string().optional(),
    fields: z.object({ updated: z.string().optional(), created: z.string().optional() }).loose().optional(),
  }).loose(),
  atlassianId: z.string().optional(),
  changelog: z.object({ id: z.string().optional(), items: z.array(changeItemSchema) }).loose().optional(),
  comment: z.object({
    id: z.string(),
    author: user.optional(),
    body: z.unknown().optional(),
    created: z.string().optional(),
    jsdPublic: z.boolean().optional(),
  }).loose().optional(),
}).loose();
export type IssueEvent = z.infer<typeof issueEventSchema>;

export { jiraInstant } from '../client/jira-time';
