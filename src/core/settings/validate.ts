import { CalendarError, compileCalendar } from '../calendar/index';
import { localizeIssue, localizeMessage, type Locale } from '../i18n/index';
import { isCatchAll } from '../sla/index';
import { effectiveCalendarSpec } from './resolve';
import { settingsObjectSchema, type Settings } from './schema';

/** One problem in submitted settings: where (`calendars[0].spec.week.mon[1].end`) and what. */
export interface SettingsIssue {
  path: string;
  message: string;
}

/** The outcome of `validateSettings`: the parsed settings, or every issue with its path. */
export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(settings)' : out;
}

function duplicates(list: readonly { id: string }[], where: string, issues: SettingsIssue[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) issues.push({ path: `${where}[${i}].id`, message: `duplicate id '${x.id}'` });
    seen.add(x.id);
  });
  return seen;
}

/** Cross-field rules zod cannot see: unique ids, references, calendars that compile, a catch-all. */
function crossCheck(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const cals = duplicates(s.calendars, 'calendars', issues);
  duplicates(s.slaPolicies, 'slaPolicies', issues);
  duplicates(s.agents, 'agents', issues);
  s.calendars.forEach((c, i) => {
    try {
      compileCalendar(effectiveCalendarSpec(c));
    } catch (e) {
      if (!(e instanceof CalendarError)) throw e;
      const found = e.issues.length > 0 ? e.issues : [{ path: '(spec)', message: e.message }];
      for (const x of found) issues.push({ path: `calendars[${i}].spec.${x.path}`, message: x.message });
    }
  });
  const ref = (id: string | null, path: string): void => {
    if (id !== null && !cals.has(id)) issues.push({ path, message: `calendarId '${id}' names no calendar` });
  };
  s.slaPolicies.forEach((p, i) => ref(p.calendarId, `slaPolicies[${i}].calendarId`));
  s.agents.forEach((a, i) => ref(a.calendarId, `agents[${i}].calendarId`));
  ref(s.legal.calendarId, 'legal.calendarId');
  if (!s.slaPolicies.some((p) => isCatchAll(p.match))) {
    issues.push({ path: 'slaPolicies', message: 'add a catch-all policy (empty match) so every ticket gets one' });
  }
  return issues;
}

/**
 * Validates admin settings from any source (form, stored JSON): zod structure with messages
 * that name the field, then cross-field rules. Never throws on bad input. With `locale`, every
 * message is in that language (Spanish or English); without it, the schemas' English text.
 *
 * @example
 * const r = validateSettings(JSON.parse(body));
 * if (!r.ok) return { status: 400, issues: r.issues }; // [{ path: 'agents[0].email', message: '…' }]
 * validateSettings(body, 'es'); // messages in Spanish
 */
export function validateSettings(input: unknown, locale?: Locale): SettingsValidation {
  const parsed = settingsObjectSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: locale === undefined ? i.message : localizeIssue(i, locale) })),
    };
  }
  const found = crossCheck(parsed.data);
  const issues = locale === undefined ? found : found.map((i) => ({ path: i.path, message: localizeMessage(i.message, locale) }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, settings: parsed.data };
}

/**
 * Like {@link validateSettings} but throws an Error listing the issues (for trusted stored data).
 *
 * @example
 * const settings = parseSettings(stored);
 */
export function parseSettings(input: unknown): Settings {
  const r = validateSettings(input);
  if (r.ok) return r.settings;
  throw new Error(`invalid settings: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}
