/**
 * Versioned settings in Forge storage: the core `Settings` plus the Jira mapping. Each saved
 * version is claimed as its own key (`settings:v:<n>`, create-only), which makes concurrent saves
 * safe (one wins, the other gets `settings_conflict`) and keeps the history (who/when per version).
 */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { colombiaPreset, validateSettings, type Settings, type SettingsIssue } from '../../core/index';
import { claim } from '../store/kv';
import { defaultMapping, jiraMappingSchema, type JiraMapping } from './mapping';

const CURRENT = 'settings:current';
const versionKey = (n: number) => `settings:v:${n}`;

export interface SettingsDoc {
  settings: Settings;
  jira: JiraMapping;
  /** False while the preset is in use (nothing saved yet). */
  stored: boolean;
}

const storedDoc = z.object({ settings: z.unknown(), jira: z.unknown() });

export type SaveResult =
  | { ok: true; doc: SettingsDoc }
  | { ok: false; code: 'invalid_settings'; issues: SettingsIssue[] }
  | { ok: false; code: 'settings_conflict' };

/** Validates both parts; issue paths are prefixed `jira.` for the mapping. */
export function validateDoc(settings: unknown, jira: unknown): { ok: true; settings: Settings; jira: JiraMapping } | { ok: false; issues: SettingsIssue[] } {
  const core = validateSettings(settings);
  const mapping = jiraMappingSchema.safeParse(jira);
  const issues: SettingsIssue[] = core.ok ? [] : [...core.issues];
  if (!mapping.success) {
    for (const i of mapping.error.issues) issues.push({ path: ['jira', ...i.path.map(String)].join('.'), message: i.message });
  }
  if (!core.ok || !mapping.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, settings: core.settings, jira: mapping.data };
}

export class SettingsStore {
  constructor(private readonly defaults: { intakeProject: string | null; now: () => Date }) {}

  /** The settings in force (the Colombian preset until an admin saves). */
  async current(): Promise<SettingsDoc> {
    const raw = await kvs.get(CURRENT);
    if (raw !== undefined) {
      const doc = storedDoc.parse(raw);
      const valid = validateDoc(doc.settings, doc.jira);
      if (valid.ok) return { settings: valid.settings, jira: valid.jira, stored: true };
      throw new Error(`stored settings are invalid: ${valid.issues.map((i) => i.path).join(', ')}`);
    }
    const updatedAt = this.defaults.now().toISOString();
    return { settings: colombiaPreset({ updatedAt }), jira: defaultMapping(this.defaults.intakeProject), stored: false };
  }

  /**
   * Saves a new version when `expectedVersion` is the version in force and both parts are valid.
   *
   * @example
   * await store.save(edited, mapping, 3, 'account-1'); // { ok: true, doc: { settings: { meta: { version: 4, … } } } }
   */
  async save(settings: unknown, jira: unknown, expectedVersion: number, accountId: string): Promise<SaveResult> {
    const current = await this.current();
    if (current.settings.meta.version !== expectedVersion) return { ok: false, code: 'settings_conflict' };
    const version = expectedVersion + 1;
    const stamped = withMeta(settings, { version, updatedAt: this.defaults.now().toISOString(), updatedBy: accountId });
    const valid = validateDoc(stamped, jira);
    if (!valid.ok) return { ok: false, code: 'invalid_settings', issues: valid.issues };
    const doc = { settings: valid.settings, jira: valid.jira };
    if (!(await claim(versionKey(version), doc))) return { ok: false, code: 'settings_conflict' };
    await kvs.set(CURRENT, doc);
    return { ok: true, doc: { ...doc, stored: true } };
  }
}

function withMeta(settings: unknown, meta: Settings['meta']): unknown {
  const parsed = z.record(z.string(), z.unknown()).safeParse(settings);
  return parsed.success ? { ...parsed.data, meta } : settings;
}
