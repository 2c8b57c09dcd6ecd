/**
 * Delivers core notifications in Jira: a comment on the ticket's issue for escalations, SLA and
 * legal thresholds and extensions (text from the i18n catalogue, in the ticket's locale), and —
 * when the change was made by the app itself (sweep, panel) — the write-back of priority and
 * assignee to the issue. The app's own comments are remembered so the comment trigger skips them.
 */
import { kvs } from '@forge/kvs';
import { t, type Notification, type Notifier } from '../../core/index';
import type { JiraClient } from '../client/jira-client';
import type { JiraMapping } from '../settings/mapping';
import type { KvsTicketStore } from '../store/kvs-ticket-store';
import { digest } from '../store/kv';
// --- Jira mode (Teams relay): see teams-relay.ts ---
import { relayToTeams } from './teams-relay';
// --- end Jira mode ---

const OWN_TTL_SECONDS = 24 * 3600;
export const ownCommentKey = (commentId: string) => `own-comment:${commentId}`;
/** Marker of a field the app itself is about to change on an issue (the update trigger skips it). */
export const ownChangeKey = (issueId: string, field: string, to: string | null) => `own-change:${issueId}:${field}:${digest(to ?? '')}`;
const remember = (key: string) => kvs.set(key, true, { ttl: { value: OWN_TTL_SECONDS, unit: 'SECONDS' } });

/** The comment text for `n`, or null when this kind is not commented in Jira. */
export function commentFor(n: Notification): string | null {
  const l = n.locale;
  switch (n.kind) {
    case 'escalated':
      return t(l, 'jira.comment.escalated', { number: n.number, from: n.from, to: n.to, trigger: t(l, `jira.trigger.${n.trigger}`) });
    case 'slaThreshold':
      return t(l, 'jira.comment.slaThreshold', { number: n.number, atPercent: n.atPercent, metric: t(l, `jira.metric.${n.metric}`) });
    case 'legalThreshold':
      return t(l, 'jira.comment.legalThreshold', { number: n.number, atPercent: n.atPercent, dueDate: n.dueDate });
    case 'legalExtended':
      return t(l, 'jira.comment.legalExtended', { number: n.number, days: n.days, dueDate: n.dueDate });
    default:
      return null;
  }
}

export class JiraNotifier implements Notifier {
  /** Notifications delivered (kinds), for the caller's accounting. */
  readonly sent: Notification['kind'][] = [];
  /** Batched comment lines per issue (when batching), posted by {@link flush}. */
  private readonly pending = new Map<string, string[]>();
  private readonly issues = new Map<string, string | null>();

  constructor(
    private readonly deps: { store: KvsTicketStore; jira: JiraClient; mapping: JiraMapping },
    /** Write priority/assignee changes back to the issue (true for app-made changes only). */
    private readonly writeBack: boolean,
    /** Collect comments and post one per issue on `flush()` (the sweep consumer). */
    private readonly batch = false,
  ) {}

  private async issueOf(ticketId: string): Promise<string | null> {
    if (!this.issues.has(ticketId)) this.issues.set(ticketId, (await this.deps.store.record(ticketId))?.issueId ?? null);
    return this.issues.get(ticketId) ?? null;
  }

  private async comment(issueId: string, text: string): Promise<void> {
    const { id } = await this.deps.jira.addComment(issueId, text);
    await remember(ownCommentKey(id));
  }

  /** Posts the batched comments: one per issue, one line per notification. */
  async flush(): Promise<void> {
    for (const [issueId, lines] of this.pending) await this.comment(issueId, lines.join('\n'));
    this.pending.clear();
  }

  async notify(n: Notification): Promise<void> {
    const issueId = await this.issueOf(n.ticketId);
    if (!issueId) return;
    const text = commentFor(n);
    if (text !== null && this.batch) this.pending.set(issueId, [...(this.pending.get(issueId) ?? []), text]);
    else if (text !== null) await this.comment(issueId, text);
    if (this.writeBack && n.kind === 'priorityChanged') {
      const name = this.deps.mapping.jiraPriorityOf[n.to];
      await remember(ownChangeKey(issueId, 'priority', name));
      await this.deps.jira.setPriority(issueId, name);
    }
    if (this.writeBack && n.kind === 'assigned') {
      await remember(ownChangeKey(issueId, 'assignee', n.to));
      await this.deps.jira.assign(issueId, n.to);
    }
    // --- Jira mode: relay to the Teams server when VENTANILLA_TEAMS_NOTIFY_URL/_SECRET are set (no-op otherwise) ---
    await relayToTeams(n);
    // --- end Jira mode ---
    this.sent.push(n.kind);
  }
}
