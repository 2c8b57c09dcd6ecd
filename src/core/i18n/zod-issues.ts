/**
 * Localized validation issues: each zod 4 issue becomes `{ path, message }` in Spanish or English,
 * by issue code; schema-specific messages of the core schemas are translated by pattern, any other
 * custom message is kept as written.
 */
import type { z } from 'zod';
import { t, type Locale } from './translate';

/** One localized validation problem: where (`agents.0.email`) and what. */
export interface LocalizedIssue {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/** English custom messages of the core schemas and cross-checks → catalogue key + params. */
const KNOWN: readonly { re: RegExp; key: string; params: (m: RegExpMatchArray) => Record<string, string> }[] = [
  { re: /^at least one calendar is required$/, key: 'at_least_one_calendar', params: () => ({}) },
  { re: /^at least one SLA policy is required$/, key: 'at_least_one_policy', params: () => ({}) },
  { re: /^email must be an e-mail address$/, key: 'email', params: () => ({}) },
  { re: /^an agent needs at least one tier$/, key: 'agent_tier', params: () => ({}) },
  { re: /^an escalate rule needs toTier$/, key: 'escalate_tier', params: () => ({}) },
  { re: /^add a catch-all policy \(empty match\) so every ticket gets one$/, key: 'catch_all', params: () => ({}) },
  { re: /^to must be after from$/, key: 'to_after_from', params: () => ({}) },
  { re: /^duplicate id '(.*)'$/, key: 'duplicate_id', params: (m) => ({ id: m[1] ?? '' }) },
  { re: /^calendarId '(.*)' names no calendar$/, key: 'dangling_calendar', params: (m) => ({ id: m[1] ?? '' }) },
  { re: /^unknown IANA time zone '(.*)'$/, key: 'time_zone', params: (m) => ({ zone: m[1] ?? '' }) },
  { re: /^end (\S+) must be after start (\S+)$/, key: 'end_after_start', params: (m) => ({ end: m[1] ?? '', start: m[2] ?? '' }) },
  { re: /^range overlaps range (\d+) of the same day$/, key: 'overlap', params: (m) => ({ n: m[1] ?? '' }) },
  { re: /^(\S+(?: \S+)?) (?:is required|must not be empty)$/, key: 'field_required', params: (m) => ({ field: m[1] ?? '' }) },
  { re: /^(\S+) must be text$/, key: 'must_be_text', params: (m) => ({ field: m[1] ?? '' }) },
  { re: /^(\S+) must be a list$/, key: 'must_be_list', params: (m) => ({ field: m[1] ?? '' }) },
  { re: /^(\S+) must be a (?:number|year)$/, key: 'must_be_number', params: (m) => ({ field: m[1] ?? '' }) },
  { re: /^(.+) must be ≥ (-?\d+(?:\.\d+)?)$/, key: 'min', params: (m) => ({ field: m[1] ?? '', n: m[2] ?? '' }) },
  { re: /^(.+) must be ≤ (-?\d+(?:\.\d+)?)$/, key: 'max', params: (m) => ({ field: m[1] ?? '', n: m[2] ?? '' }) },
  { re: /^(\S+) must be one of (.+)$/, key: 'one_of', params: (m) => ({ field: m[1] ?? '', values: m[2] ?? '' }) },
];

/** zod's own English defaults start like this; anything else was written by a schema. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/**
 * Translates a known English message of the core schemas (e.g. `duplicate id 'x'`); any other
 * message comes back unchanged.
 *
 * @example
 * localizeMessage("duplicate id 'x'", 'es'); // "Id duplicado 'x'"
 */
export function localizeMessage(message: string, locale: Locale): string {
  for (const k of KNOWN) {
    const m = message.match(k.re);
    if (m) return t(locale, `validation.custom.${k.key}`, k.params(m));
  }
  return message;
}

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object']);
const quote = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : String(v));

function byCode(issue: Issue, locale: Locale): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return t(locale, 'validation.required');
      return t(locale, 'validation.invalid_type', {
        expected: TYPES.has(issue.expected) ? t(locale, `validation.type.${issue.expected}`) : t(locale, 'validation.type.other', { type: issue.expected }),
      });
    case 'too_small':
    case 'too_big': {
      const n = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      // Singular forms for 1 ("al menos 1 elemento", not "1 elementos").
      if (issue.origin === 'string' || issue.origin === 'array') return t(locale, `validation.${issue.code}.${issue.origin}${n === '1' ? '_one' : ''}`, { n });
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return t(locale, `validation.${issue.code}.${issue.inclusive === false ? 'number_exclusive' : 'number'}`, { n });
      }
      return t(locale, 'validation.invalid');
    }
    case 'invalid_format':
      return issue.format === 'email' ? t(locale, 'validation.format.email') : t(locale, 'validation.format.other', { format: issue.format });
    case 'invalid_value':
      return t(locale, 'validation.invalid_value', { values: issue.values.map(quote).join(', ') });
    case 'unrecognized_keys':
      return t(locale, 'validation.unrecognized_keys', { keys: issue.keys.join(', ') });
    default:
      return t(locale, 'validation.invalid');
  }
}

/**
 * The message of one zod issue in `locale`: a known core-schema message translated, zod's default
 * replaced by a catalogue message for its code, any other custom message kept.
 *
 * @example
 * localizeIssue(error.issues[0], 'en'); // 'This field is required'
 */
export function localizeIssue(issue: Issue, locale: Locale): string {
  const known = localizeMessage(issue.message, locale);
  if (known !== issue.message) return known;
  if (issue.code === 'custom' || !ZOD_DEFAULT.test(issue.message)) return issue.message;
  return byCode(issue, locale);
}

/**
 * Every issue of a zod error as `{ path, message }` (path segments joined by `.`), messages in `locale`.
 *
 * @example
 * const r = schema.safeParse(body);
 * if (!r.success) return { status: 400, issues: localizeIssues(r.error, 'es') }; // [{ path: 'email', message: 'Debe ser un correo electrónico válido' }]
 */
export function localizeIssues(error: z.ZodError, locale: Locale): LocalizedIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: localizeIssue(i, locale) }));
}
