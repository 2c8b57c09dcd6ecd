/** Versioned settings on SQLite: every save is a new row with who/when; the latest one is in force. */
import type { VentanillaDb } from './database';
import { objectFromJson } from './rows';

/** One stored settings version. `data` is validated by the core schema before it is stored. */
export interface StoredSettings {
  version: number;
  data: Record<string, unknown>;
  savedBy: string | null;
  savedAt: string;
}

export class SqliteSettingsStore {
  constructor(private readonly conn: VentanillaDb) {}

  /** The settings in force (highest version), or null before the first save. */
  async current(): Promise<StoredSettings | null> {
    const row: unknown = this.conn.db
      .prepare('SELECT version, data, saved_by, saved_at FROM settings_versions ORDER BY version DESC LIMIT 1')
      .get();
    return row === undefined ? null : toStored(row);
  }

  /** Stores a new version; resolves after the durable commit. */
  save(data: unknown, savedBy: string | null, savedAt: string): Promise<StoredSettings> {
    const json = JSON.stringify(data);
    return this.conn.write(() => {
      const info = this.conn.db
        .prepare('INSERT INTO settings_versions (data, saved_by, saved_at) VALUES (?, ?, ?)')
        .run(json, savedBy, savedAt);
      return { version: Number(info.lastInsertRowid), data: objectFromJson(json), savedBy, savedAt };
    });
  }

  /** Version history, newest first (without the documents). */
  async history(limit = 50): Promise<Omit<StoredSettings, 'data'>[]> {
    return this.conn.db
      .prepare('SELECT version, data, saved_by, saved_at FROM settings_versions ORDER BY version DESC LIMIT ?')
      .all(limit)
      .map(toStored)
      .map(({ version, savedBy, savedAt }) => ({ version, savedBy, savedAt }));
  }
}

function toStored(row: unknown): StoredSettings {
  if (typeof row !== 'object' || row === null) throw new Error('settings row: not an object');
  const version = 'version' in row ? row.version : undefined;
  const data = 'data' in row ? row.data : undefined;
  const savedBy = 'saved_by' in row ? row.saved_by : undefined;
  const savedAt = 'saved_at' in row ? row.saved_at : undefined;
  if (typeof version !== 'number' || typeof savedAt !== 'string') throw new Error('settings row: bad columns');
  return { version, data: objectFromJson(data), savedBy: typeof savedBy === 'string' ? savedBy : null, savedAt };
}
