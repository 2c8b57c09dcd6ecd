/**
 * The settings page edits the settings object section by section (one JSON text per top-level
 * key). This module splits an object into sections, joins the texts back, and sorts validation
 * issues (`path` like `calendars[0].spec.timeZone` or `calendars.0.spec.timeZone`) to their section.
 * The Jira mapping is edited as one more section, `jira` (its issue paths start with `jira.`).
 */
import { z } from 'zod';

/** Top-level keys in page order, with the catalogue key of their title; unknown keys follow. */
export const SECTION_ORDER: readonly { key: string; title: string }[] = [
  { key: 'jira', title: 'forgeUi.admin.section.mapping' },
  { key: 'mapping', title: 'forgeUi.admin.section.mapping' },
  { key: 'slaPolicies', title: 'forgeUi.admin.section.policies' },
  { key: 'calendars', title: 'forgeUi.admin.section.calendars' },
  { key: 'tiers', title: 'forgeUi.admin.section.tiers' },
  { key: 'initialTier', title: 'forgeUi.admin.section.tiers' },
  { key: 'escalationRules', title: 'forgeUi.admin.section.escalation' },
  { key: 'routing', title: 'forgeUi.admin.section.routing' },
  { key: 'agents', title: 'forgeUi.admin.section.routing' },
];

/** Keys the page never edits as text (`meta` is the version line). */
const READ_ONLY = new Set(['meta']);

export interface Section {
  key: string;
  /** Catalogue key of the group title, or null for "other settings". */
  title: string | null;
  text: string;
}

/**
 * Splits `settings` into editable sections in page order.
 *
 * @example
 * toSections({ routing: { strategy: 'manual' } })[0]; // { key: 'routing', title: 'forgeUi.admin.section.routing', text: '{\n  "strategy": "manual"\n}' }
 */
export function toSections(settings: Readonly<Record<string, unknown>>): Section[] {
  const keys = Object.keys(settings).filter((k) => !READ_ONLY.has(k));
  const rank = (k: string) => {
    const i = SECTION_ORDER.findIndex((s) => s.key === k);
    return i === -1 ? SECTION_ORDER.length : i;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  return keys.map((key) => ({
    key,
    title: SECTION_ORDER.find((s) => s.key === key)?.title ?? null,
    text: JSON.stringify(settings[key], null, 2),
  }));
}

export type Joined =
  | { ok: true; settings: Record<string, unknown> }
  | { ok: false; errors: { key: string; detail: string }[] };

/** Rebuilds the settings object from `base` (read-only keys) and the section texts. */
export function fromSections(base: Readonly<Record<string, unknown>>, sections: readonly Section[]): Joined {
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) if (READ_ONLY.has(k)) settings[k] = v;
  const errors: { key: string; detail: string }[] = [];
  for (const s of sections) {
    try {
      settings[s.key] = JSON.parse(s.text);
    } catch (err) {
      errors.push({ key: s.key, detail: err instanceof Error ? err.message : String(err) });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** The top-level key a validation path belongs to (`calendars[0].x` and `calendars.0.x` → `calendars`). */
export function sectionOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

/** The editable document: the core settings plus the Jira mapping under `jira`. */
export function editable(loaded: { settings: Readonly<Record<string, unknown>>; jira: Readonly<Record<string, unknown>> }): Record<string, unknown> {
  return { ...loaded.settings, jira: loaded.jira };
}

export interface SplitDraft {
  settings: Record<string, unknown>;
  jira: Record<string, unknown>;
}

const objectSchema = z.record(z.string(), z.unknown());

/**
 * Splits the edited document back into `{ settings, jira }`; null when `jira` is not an object.
 *
 * @example
 * splitDraft({ routing: {}, jira: { enabledProjects: [] } }); // { settings: { routing: {} }, jira: { enabledProjects: [] } }
 */
export function splitDraft(doc: Readonly<Record<string, unknown>>): SplitDraft | null {
  const { jira, ...settings } = doc;
  const parsed = objectSchema.safeParse(jira ?? {});
  return parsed.success ? { settings, jira: parsed.data } : null;
}
