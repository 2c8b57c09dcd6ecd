/** The GET/PUT /api/settings answer (`{ version, savedBy, savedAt, settings }`) and the draft sent back. */
import { z } from 'zod';
import { settingsObjectSchema, type Settings } from '../../../src/core/index';

export const SettingsEnvelopeSchema = z.looseObject({
  version: z.number(),
  savedBy: z.string().nullable().optional(),
  savedAt: z.string().optional(),
  settings: settingsObjectSchema,
});
export type SettingsEnvelope = z.infer<typeof SettingsEnvelopeSchema>;

/**
 * The draft to save, with `meta` saying who edits it, when, and the version it will become.
 *
 * @example
 * withMeta(draft, 3, 'admin@demo', new Date()).meta.version; // 4
 */
export function withMeta(draft: Settings, currentVersion: number, by: string, at: Date): Settings {
  return { ...draft, meta: { version: currentVersion + 1, updatedAt: at.toISOString(), updatedBy: by } };
}

/** JSON text → object, or null when it is not a JSON object. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}
