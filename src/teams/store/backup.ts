/** Online backup of the SQLite database (consistent while the server writes). */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Copies `source` to `target` with SQLite's online backup API; throws when `source` is missing.
 *
 * @example
 * await backupDatabase('./data/ventanilla.db', './backups/2026-03-02.db');
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`backup: no database at ${source}`);
  mkdirSync(dirname(target), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const result = await db.backup(target);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}
