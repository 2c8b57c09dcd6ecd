/**
 * Delivers core notifications in Jira: a comment on the ticket's issue for escalations, SLA and
 * legal thresholds and extensions (text from the i18n catalogue, in the ticket's locale), and —
 * when the change was made by the app itself (sweep, panel) — the write-back of priority and
 * assignee to the issue. The app's own comments are remembered so the comment trigger skips them.
 * Batched comments (the consumer) go through a durable KVS outbox (comment-outbox.ts, ADR 0083):
 * a line is stored before `notify` resolves and removed only after its comment was posted.
 */
import { t, typeChangedText, type Clock, type Notification, type Notifier, type Settings } from '../../core/index';
import type { JiraClient } from '../client/jira-client';
import type { JiraMapping } from '../settings/mapping';
import type { KvsTicketStore } from '../store/kvs-ticket-store';
import { digest } from '../store/kv';
import { addLine, alreadyPosted, pendingLines, removeLines } from './comment-outbox';
import { postEffectComment } from './effect-comments';
import { adfWithMentions, MENTION_CAP, mentionAccounts, type GroupCache } from './mentions';
import { ownChangeKey, ownCommentKey, rememberOwnWrite } from './own-writes';
import { writeBackStatus } from './status-write-back';
// --- Jira mode (Teams relay): see teams-relay.ts ---
import { relayToTeams } from './teams-relay';
// --- end Jira mode ---

export { ownChangeKey, ownCommentKey } from './own-writes';

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
    case 'typeChanged':
      return typeChangedText(l, n, 'staff');
    default:
      return null;
  }
}

export class JiraNotifier implements Notifier {
  /** Notifications delivered (kinds), for the caller's accounting. */
  readonly sent: Notification['kind'][] = [];
  /** Issues with batched lines (in first-seen order), posted by {@link flush}. */
  private readonly pending = new Set<string>();
  /** Outbox keys written by this instance (a previous attempt cannot have posted them). */
  private readonly fresh = new Set<string>();
  /** Issues whose lines are still in the outbox after a failed {@link flush}. */
  private left: string[] = [];
  private readonly issues = new Map<string, string | null>();
  private readonly groups: GroupCache = new Map();
  private seq = 0;

  constructor(
    private readonly deps: { store: KvsTicketStore; jira: JiraClient; mapping: JiraMapping; settings?: Settings; clock: Clock },
    /** Write priority/assignee changes back to the issue (true for app-made changes only). */
    private readonly writeBack: boolean,
    /** Collect comments in the durable outbox and post one per issue on `flush()` (the consumer). */
    private readonly batch = false,
  ) {}

  private async issueOf(ticketId: string): Promise<string | null> {
    if (!this.issues.has(ticketId)) this.issues.set(ticketId, (await this.deps.store.record(ticketId))?.issueId ?? null);
    return this.issues.get(ticketId) ?? null;
  }

  private async comment(issueId: string, text: string, mentions: readonly string[] = []): Promise<void> {
    const { id } = await this.deps.jira.addAdfComment(issueId, adfWithMentions(text, mentions));
    await rememberOwnWrite(ownCommentKey(id));
  }

  /**
   * Posts the outbox lines of every issue batched here and of `also` (issues a failed earlier
   * attempt left, e.g. from the retry's data): one comment per issue, one line per notification,
   * then deletes the posted lines. Lines left by an earlier attempt that are already in a recent
   * comment (a crash after posting) are deleted without posting again. A Jira error stops the
   * flush and is rethrown; {@link unflushed} then names the issues still pending. Returns the
   * number of comments posted.
   */
  async flush(also: readonly string[] = []): Promise<number> {
    const issues = [...new Set([...this.pending, ...also])];
    let posted = 0;
    for (let i = 0; i < issues.length; i++) {
      const issueId = issues[i] ?? '';
      try {
        if (await this.flushIssue(issueId)) posted++;
      } catch (error) {
        this.left = issues.slice(i);
        throw error;
      }
      this.pending.delete(issueId);
    }
    this.left = [];
    return posted;
  }

  /** Issues whose comments are still in the outbox (a failed {@link flush}, or none attempted yet). */
  unflushed(): string[] {
    return [...new Set([...this.left, ...this.pending])];
  }

  private async flushIssue(issueId: string): Promise<boolean> {
    const lines = await pendingLines(issueId);
    if (lines.length === 0) return false;
    const old = lines.filter((l) => !this.fresh.has(l.key));
    const done = old.length > 0 ? await alreadyPosted(this.deps.jira, issueId, old) : new Set<string>();
    const toPost = lines.filter((l) => !done.has(l.key));
    const mentions = [...new Set(toPost.flatMap((l) => l.mentions ?? []))].slice(0, MENTION_CAP);
    if (toPost.length > 0) await this.comment(issueId, toPost.map((l) => l.line).join('\n'), mentions);
    await removeLines(lines.map((l) => l.key));
    return toPost.length > 0;
  }

  async notify(n: Notification): Promise<void> {
    const issueId = await this.issueOf(n.ticketId);
    if (!issueId) return;
    const text = commentFor(n);
    const mentions = text === null ? [] : await mentionAccounts(this.deps.jira, this.deps.settings, n, this.groups);
    if (text !== null && this.batch) {
      const at = this.deps.clock.now().toISOString();
      const line = { issueId, ticketId: n.ticketId, line: text, at, seq: this.seq++, ...(mentions.length > 0 && { mentions: [...mentions] }) };
      const key = await addLine(line, n.deliveryKey ?? `${n.ticketId}:${digest(text)}`);
      this.fresh.add(key);
      this.pending.add(issueId);
    } else if (text !== null) await this.comment(issueId, text, mentions);
    await postEffectComment(this.deps.jira, issueId, n, this.deps.settings);
    if (this.writeBack && n.kind === 'statusChanged') await writeBackStatus(this.deps.jira, this.deps.mapping, issueId, n.to);
    if (this.writeBack && n.kind === 'priorityChanged') {
      const name = this.deps.mapping.jiraPriorityOf[n.to];
      await rememberOwnWrite(ownChangeKey(issueId, 'priority', name));
      await this.deps.jira.setPriority(issueId, name);
    }
    if (this.writeBack && n.kind === 'assigned') {
      await rememberOwnWrite(ownChangeKey(issueId, 'assignee', n.to));
      await this.deps.jira.assign(issueId, n.to);
    }
    // --- Jira mode: relay to the Teams server when VENTANILLA_TEAMS_NOTIFY_URL/_SECRET are set (no-op otherwise) ---
    await relayToTeams(n);
    // --- end Jira mode ---
    this.sent.push(n.kind);
  }
}
