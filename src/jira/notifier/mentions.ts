/**
 * Who an escalation comment mentions in Jira (ADR 0087), so the people a rule notifies get
 * Jira's own notification: the assignee, the tier's named members ("tierLead"), every member of
 * the tier (settings agents of that tier, its named members and its Jira groups, resolved with
 * `GET /rest/api/3/group/member`), and the rule's `{ user }` / `{ group }` targets. The requester
 * is never mentioned (escalations are internal). At most {@link MENTION_CAP} accounts, in target
 * order; groups are paged only as far as the cap needs and cached for the invocation.
 */
import {
  effectsOf, type EscalationEffect, type Notification, type NotifyTarget, type Settings, type Tier,
} from '../../core/index';
import { textToAdf } from '../client/adf';
import type { JiraClient } from '../client/jira-client';

/** Most accounts one comment mentions (Jira notifies each one). */
export const MENTION_CAP = 10;
/** Page size of the group member API (its maximum is 50). */
export const GROUP_PAGE = 50;
/** Pages read per group at most, whatever the caller asks (keeps an invocation cheap). */
const MAX_PAGES = 10;

interface GroupEntry { ids: string[]; next: number; done: boolean }
/** Group members read so far in this invocation (group name → prefix of its members). */
export type GroupCache = Map<string, GroupEntry>;

type MentionSettings = Pick<Settings, 'tiers' | 'agents' | 'escalationRules'>;

/**
 * The first `limit` (active, human) members of Jira group `group`, paging only as far as needed;
 * what was read is kept in `cache` for the rest of the invocation. An unknown group has none.
 *
 * @example
 * await groupMembers(jira, cache, 'pqrs-n2', 10); // ['acc-1', 'acc-2', 'acc-3']
 */
export async function groupMembers(jira: JiraClient, cache: GroupCache, group: string, limit: number): Promise<string[]> {
  const entry = cache.get(group) ?? { ids: [], next: 0, done: false };
  cache.set(group, entry);
  for (let pages = 0; !entry.done && entry.ids.length < limit && pages < MAX_PAGES; pages++) {
    const page = await jira.getGroupMembers(group, entry.next, GROUP_PAGE);
    if (!page) {
      entry.done = true;
      break;
    }
    entry.ids.push(...page.accountIds);
    entry.next += page.pageSize;
    entry.done = page.isLast || page.pageSize === 0;
  }
  return entry.ids.slice(0, limit);
}

/** The notify targets of the rule behind a threshold notification (the contract default when it has no effects). */
function ruleTargets(settings: MentionSettings, n: Extract<Notification, { kind: 'slaThreshold' }>): NotifyTarget[] {
  const rule = settings.escalationRules.find((r) => r.metric === n.metric && r.atPercent === n.atPercent);
  const action = { key: n.key, metric: n.metric, atPercent: n.atPercent, action: rule?.action ?? 'notify', ...(rule?.toTier ? { toTier: rule.toTier } : {}) };
  return effectsOf(action, rule).flatMap((e: EscalationEffect) => (e.kind === 'notify' ? e.to : []));
}

/**
 * The targets a notification's comment mentions, with the tier they refer to; empty for kinds
 * that are not escalations or thresholds.
 *
 * @example
 * mentionTargetsOf(settings, { kind: 'escalated', to: 'N2', … }); // { tier: 'N2', targets: ['assignee', 'tierChannel'] }
 */
export function mentionTargetsOf(settings: MentionSettings, n: Notification): { tier: Tier; targets: NotifyTarget[] } {
  switch (n.kind) {
    case 'escalated':
      return { tier: n.to, targets: ['assignee', 'tierChannel'] };
    case 'slaThreshold':
      return { tier: n.tier, targets: ruleTargets(settings, n) };
    case 'legalThreshold':
      return { tier: n.tier, targets: ['assignee', 'tierLead'] };
    default:
      return { tier: n.tier, targets: [] };
  }
}

/** Named members, then settings agents of `tier`, then its groups' members (up to `limit`). */
async function tierMembers(jira: JiraClient, cache: GroupCache, settings: MentionSettings, tier: Tier, limit: number): Promise<string[]> {
  const named = settings.tiers[tier].members;
  const agents = settings.agents.filter((a) => a.tiers.includes(tier)).map((a) => a.id);
  const ids = [...named, ...agents];
  for (const group of settings.tiers[tier].groups) {
    if (new Set(ids).size >= limit) break;
    ids.push(...(await groupMembers(jira, cache, group, limit)));
  }
  return ids;
}

/**
 * The Jira account ids to mention for `n`: distinct, in target order, at most `cap`.
 *
 * @example
 * await mentionAccounts(jira, settings, escalatedToN2, cache); // ['assignee-1', 'lead-2', 'acc-1', …]
 */
export async function mentionAccounts(
  jira: JiraClient, settings: MentionSettings | undefined, n: Notification, cache: GroupCache, cap = MENTION_CAP,
): Promise<string[]> {
  if (!settings) return [];
  const { tier, targets } = mentionTargetsOf(settings, n);
  const out = new Set<string>();
  for (const target of targets) {
    if (out.size >= cap) break;
    const left = cap - out.size;
    let ids: string[] = [];
    if (target === 'assignee') ids = n.assigneeId ? [n.assigneeId] : [];
    else if (target === 'tierLead') ids = settings.tiers[tier].members;
    else if (target === 'tierChannel') ids = await tierMembers(jira, cache, settings, tier, cap);
    else if (typeof target === 'object' && 'user' in target) ids = [target.user];
    else if (typeof target === 'object') ids = await groupMembers(jira, cache, target.group, cap);
    for (const id of ids.filter((i) => !out.has(i)).slice(0, left)) out.add(id);
  }
  return [...out].slice(0, cap);
}

/**
 * `text` as ADF (one paragraph per line, as `textToAdf`) plus, when there are mentions, a last
 * paragraph of mention nodes; with no mentions it is exactly `textToAdf(text)`.
 *
 * @example
 * adfWithMentions('Ventanilla: …', ['acc-1']);
 * // { type: 'doc', version: 1, content: [{ type: 'paragraph', … }, { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'acc-1' } }] }] }
 */
export function adfWithMentions(text: string, accountIds: readonly string[]): Record<string, unknown> {
  if (accountIds.length === 0) return textToAdf(text);
  const lines = text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] }));
  const nodes = accountIds.flatMap((id, i) => [...(i > 0 ? [{ type: 'text', text: ' ' }] : []), { type: 'mention', attrs: { id } }]);
  return { type: 'doc', version: 1, content: [...lines, { type: 'paragraph', content: nodes }] };
}
