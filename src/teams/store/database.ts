/**
 * The SQLite connection of the standalone server: WAL, `synchronous=FULL` (a commit survives a
 * power loss), busy timeout, migrations on open, and group commit: writes issued in the same
 * event-loop turn share one durable transaction (each in its own savepoint), so many concurrent
 * intakes cost one fsync instead of one each, and every promise resolves only after COMMIT.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

interface PendingWrite {
  run: () => void;
  done: () => void;
  reject: (error: unknown) => void;
}

/** An open database with a group-commit write queue. Close it with {@link VentanillaDb.close}. */
export class VentanillaDb {
  readonly db: Db;
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private closed = false;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
  }

  /**
   * Runs `fn` inside the next group transaction and resolves with its result once the transaction
   * is committed (durably). If `fn` throws, only its own savepoint is rolled back and the promise
   * rejects with that error; the other writes of the group still commit.
   */
  write<T>(fn: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('database closed'));
    return new Promise<T>((resolve, reject) => {
      let result: T;
      this.queue.push({ run: () => { result = fn(); }, done: () => resolve(result), reject });
      this.schedule();
    });
  }

  /**
   * Runs `fn` now, inside the open group transaction (opening one if needed), and resolves at
   * once, before the COMMIT. Only for writes whose effect nobody outside this process sees until a
   * later durable write of the same group commits (the radicado counter: if the process dies
   * before the COMMIT, the counter and the ticket that used it are both gone, so no gap appears).
   */
  writeEager<T>(fn: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('database closed'));
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
    this.schedule();
    this.db.exec('SAVEPOINT e');
    try {
      const value = fn();
      this.db.exec('RELEASE e');
      return Promise.resolve(value);
    } catch (error) {
      this.db.exec('ROLLBACK TO e');
      this.db.exec('RELEASE e');
      return Promise.reject(error);
    }
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Commits everything queued now (also called by close). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0 && !this.db.inTransaction) return;
    const failures = new Map<number, unknown>();
    try {
      if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
      batch.forEach((item, i) => {
        this.db.exec('SAVEPOINT w');
        try {
          item.run();
          this.db.exec('RELEASE w');
        } catch (error) {
          this.db.exec('ROLLBACK TO w');
          this.db.exec('RELEASE w');
          failures.set(i, error);
        }
      });
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      if (failures.has(i)) item.reject(failures.get(i));
      else item.done();
    });
  }

  /** Flushes pending writes and closes the connection. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }

  get isOpen(): boolean {
    return !this.closed && this.db.open;
  }
}

/** Applies the migrations not yet recorded in the `migrations` table, each in one transaction. */
export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM migrations').pluck().all().filter((v): v is number => typeof v === 'number'),
  );
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
