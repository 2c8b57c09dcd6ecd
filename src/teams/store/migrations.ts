/** Schema migrations, applied in order once each (see `migrate`). Never edit a shipped one. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        intake_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        is_open INTEGER NOT NULL,
        requester_email TEXT NOT NULL,
        assignee_id TEXT,
        tier TEXT NOT NULL,
        type TEXT NOT NULL,
        priority TEXT NOT NULL,
        channel TEXT NOT NULL,
        breached INTEGER NOT NULL,
        next_wake_up_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX tickets_status ON tickets (is_open, status);
      CREATE INDEX tickets_wake ON tickets (next_wake_up_at, id) WHERE next_wake_up_at IS NOT NULL;
      CREATE INDEX tickets_requester ON tickets (requester_email, created_at);
      CREATE INDEX tickets_assignee ON tickets (assignee_id);
      CREATE INDEX tickets_created ON tickets (created_at, id);
      CREATE TABLE sequences (year INTEGER PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE fired_escalations (
        key TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        fired_at TEXT NOT NULL
      );
      CREATE INDEX fired_ticket ON fired_escalations (ticket_id);
      CREATE TABLE settings_versions (
        version INTEGER PRIMARY KEY AUTOINCREMENT,
        data TEXT NOT NULL,
        saved_by TEXT,
        saved_at TEXT NOT NULL
      );
      CREATE TABLE conversations (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        reference TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
      );
      CREATE TABLE pulses (
        id TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL,
        score INTEGER NOT NULL,
        comment TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX pulses_at ON pulses (at);
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        ticket_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE demo_users (
        email TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        roles TEXT NOT NULL,
        locale TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'queue-index',
    sql: `CREATE INDEX tickets_queue ON tickets (is_open, tier, created_at);`,
  },
  {
    version: 3,
    name: 'scheduler-state',
    sql: `CREATE TABLE scheduler_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);`,
  },
  {
    version: 4,
    name: 'open-loads-index',
    sql: `CREATE INDEX tickets_assignee_open ON tickets (assignee_id, is_open);`,
  },
  {
    version: 5,
    name: 'bot-send-queue',
    sql: `CREATE TABLE bot_send_queue (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      conversation_key TEXT NOT NULL,
      tenant_key TEXT NOT NULL,
      reference TEXT NOT NULL,
      card TEXT NOT NULL,
      ticket_id TEXT,
      kind TEXT NOT NULL,
      to_label TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE bot_sent_ids (id TEXT PRIMARY KEY, sent_at TEXT NOT NULL);
    CREATE INDEX bot_sent_at ON bot_sent_ids (sent_at);`,
  },
];
