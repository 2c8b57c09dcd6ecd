/**
 * The local mirror of Jira-filed tickets (Jira mode, ADR 0085): one row per ticket filed from
 * Teams, with the requester (to find their conversation), the Jira issue key, where it was filed
 * from, and the last view. Written from the web trigger's answer, refreshed by relayed
 * notifications. Read-only for users: Jira is the system of record. The table is created by this
 * module (Jira mode only), like `jira_webhook_ids`.
 */
import type { TicketView } from '../../core/index';
import type { RelayedNotification } from '../../jira/notifier/relay-payload';
import type { VentanillaDb } from '../store/database';
import { applyRelayed, isTicketView } from './mirror-view';

/** Where the request was filed from: the bot turn acknowledges it itself, the tab does not. */
export type MirrorSource = 'bot' | 'api';

export interface MirrorEntry {
  view: TicketView;
  issueKey: string | null;
  intakeKey: string;
  /** Lower-case e-mail of the requester (the view's), and their Teams user id when they filed it themselves. */
  requesterEmail: string;
  requesterUserId: string | null;
  source: MirrorSource;
  /** When the view was last known right (the answer's or the last notification's instant). */
  stateAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jira_mirror (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  intake_key TEXT NOT NULL UNIQUE,
  issue_key TEXT,
  requester_email TEXT NOT NULL,
  requester_user_id TEXT,
  source TEXT NOT NULL,
  view TEXT NOT NULL,
  state_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_mirror_by_requester ON jira_mirror (requester_email, created_at);`;

const COLUMNS = 'view, issue_key, intake_key, requester_email, requester_user_id, source, state_at';

function entryOf(row: unknown): MirrorEntry {
  if (typeof row !== 'object' || row === null) throw new Error('jira mirror row: not an object');
  const r: Record<string, unknown> = { ...row };
  const view: unknown = typeof r.view === 'string' ? JSON.parse(r.view) : null;
  if (!isTicketView(view)) throw new Error('jira mirror row: unexpected view shape');
  const str = (v: unknown): string => {
    if (typeof v !== 'string') throw new Error('jira mirror row: bad column');
    return v;
  };
  return {
    view,
    issueKey: typeof r.issue_key === 'string' ? r.issue_key : null,
    intakeKey: str(r.intake_key),
    requesterEmail: str(r.requester_email),
    requesterUserId: typeof r.requester_user_id === 'string' ? r.requester_user_id : null,
    source: r.source === 'bot' ? 'bot' : 'api',
    stateAt: str(r.state_at),
  };
}

export class SqliteJiraMirror {
  constructor(private readonly conn: VentanillaDb) {
    conn.db.exec(SCHEMA);
  }

  /** Inserts or refreshes the row of `entry.view.id` (a refiled intake returns Jira's current view). */
  put(entry: MirrorEntry): Promise<void> {
    return this.conn.write(() => {
      this.conn.db.prepare(
        `INSERT INTO jira_mirror (id, number, intake_key, issue_key, requester_email, requester_user_id, source, view, state_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET view = excluded.view, issue_key = excluded.issue_key, state_at = excluded.state_at
         WHERE excluded.state_at >= jira_mirror.state_at`,
      ).run(
        entry.view.id, entry.view.number.toUpperCase(), entry.intakeKey, entry.issueKey, entry.requesterEmail.toLowerCase(),
        entry.requesterUserId, entry.source, JSON.stringify(entry.view), entry.stateAt, entry.view.createdAt,
      );
    });
  }

  async get(id: string): Promise<MirrorEntry | null> {
    return this.one('id = ?', id);
  }

  async getByNumber(number: string): Promise<MirrorEntry | null> {
    return this.one('number = ?', number.trim().toUpperCase());
  }

  async getByIntakeKey(intakeKey: string): Promise<MirrorEntry | null> {
    return this.one('intake_key = ?', intakeKey);
  }

  /** The requester's tickets, newest first (at most 500, like the standalone list). */
  async listByRequester(email: string): Promise<MirrorEntry[]> {
    const rows: unknown[] = this.conn.db
      .prepare(`SELECT ${COLUMNS} FROM jira_mirror WHERE requester_email = ? ORDER BY created_at DESC, id DESC LIMIT 500`)
      .all(email.toLowerCase());
    return rows.map(entryOf);
  }

  /**
   * Applies a relayed notification to the ticket's view (when the ticket is mirrored and the
   * notification is not older than what the mirror knows); returns the entry as it now is, or
   * null when the ticket is not mirrored (filed in Jira directly).
   */
  async applyRelayed(n: RelayedNotification): Promise<MirrorEntry | null> {
    return this.conn.write(() => {
      const row: unknown = this.conn.db.prepare(`SELECT ${COLUMNS} FROM jira_mirror WHERE id = ?`).get(n.ticketId);
      if (row === undefined) return null;
      const entry = entryOf(row);
      if (n.at < entry.stateAt) return entry;
      const view = applyRelayed(entry.view, n);
      this.conn.db.prepare('UPDATE jira_mirror SET view = ?, state_at = ? WHERE id = ?').run(JSON.stringify(view), n.at, n.ticketId);
      return { ...entry, view, stateAt: n.at };
    });
  }

  private one(where: string, value: string): MirrorEntry | null {
    const row: unknown = this.conn.db.prepare(`SELECT ${COLUMNS} FROM jira_mirror WHERE ${where}`).get(value);
    return row === undefined ? null : entryOf(row);
  }
}
