/**
 * The settings in force, loaded from the versioned store (the Colombia preset until an admin
 * saves), kept in memory and replaced on save. Every use case reads `current()`.
 */
import { colombiaPreset, validateSettings, type Clock, type Settings } from '../../core/index';
import type { SqliteSettingsStore, StoredSettings } from '../store/sqlite-settings-store';
import type { SettingsVersion } from './types';

export class SettingsHolder {
  private constructor(
    private readonly store: SqliteSettingsStore,
    private settings: Settings,
    private meta: Omit<SettingsVersion, 'settings'>,
  ) {}

  /** Loads the latest stored version; stores the preset (version 1) when there is none. */
  static async load(store: SqliteSettingsStore, clock: Clock): Promise<SettingsHolder> {
    let stored: StoredSettings | null = await store.current();
    if (stored === null) {
      const now = clock.now().toISOString();
      stored = await store.save(colombiaPreset({ updatedAt: now, updatedBy: 'preset:colombia' }), null, now);
    }
    const checked = validateSettings(stored.data);
    if (!checked.ok) throw new Error(`stored settings v${stored.version} are invalid: ${checked.issues.map((i) => i.path).join(', ')}`);
    return new SettingsHolder(store, checked.settings, { version: stored.version, savedBy: stored.savedBy, savedAt: stored.savedAt });
  }

  current(): Settings {
    return this.settings;
  }

  version(): SettingsVersion {
    return { ...this.meta, settings: this.settings };
  }

  /** Stores validated settings as a new version and puts them in force. */
  async replace(settings: Settings, savedBy: string, savedAt: string): Promise<SettingsVersion> {
    const stored = await this.store.save(settings, savedBy, savedAt);
    this.settings = settings;
    this.meta = { version: stored.version, savedBy: stored.savedBy, savedAt: stored.savedAt };
    return this.version();
  }
}
