/**
 * Response shapes of the Jira REST calls behind the escalation effects (ADR 0087): an issue's
 * available workflow transitions and one page of a group's members.
 */
import { z } from 'zod';

/** One entry of `GET /rest/api/3/issue/{id}/transitions` (the subset the app reads). */
export const transitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  to: z.object({ id: z.string().optional(), name: z.string() }).loose(),
}).loose();
export type JiraTransition = z.infer<typeof transitionSchema>;

export const transitionsSchema = z.object({ transitions: z.array(transitionSchema) }).loose();

/** `GET /rest/api/3/group/member` (PageBeanUserDetails): account ids of one page. */
export const groupMembersPageSchema = z.object({
  isLast: z.boolean().optional(),
  startAt: z.number().optional(),
  total: z.number().optional(),
  values: z.array(z.object({ accountId: z.string(), accountType: z.string().optional(), active: z.boolean().optional() }).loose()),
}).loose();

/** One page of a group's members: human (`atlassian`) active accounts only. */
export interface GroupMembersPage {
  accountIds: string[];
  /** Entries on this page before filtering (to advance `startAt`). */
  pageSize: number;
  isLast: boolean;
}

/** The comment property Jira Service Management reads to keep a comment internal (agents only). */
export const INTERNAL_COMMENT_PROPERTY = { key: 'sd.public.comment', value: { internal: true } } as const;
