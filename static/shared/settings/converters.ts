/**
 * Converters between what a form shows (texts, rows) and the settings schema. Each pair is a
 * round trip: `fromX(toX(v))` equals `v` for every valid `v` (test/static/settings).
 */
import { colombianHolidays, type TierSettings } from '../../../src/core/index';

/**
 * `'a, b,,c '` → `['a', 'b', 'c']` (blank items dropped).
 *
 * @example
 * splitList('a, b,,c '); // ['a', 'b', 'c']
 */
export function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** The inverse of {@link splitList} for lists without blank items or commas. */
export function joinList(list: readonly (string | number)[]): string {
  return list.join(', ');
}

/**
 * A whole number ≥ `min`; null for blank when allowed; undefined when invalid.
 *
 * @example
 * parseWhole('15', 0, false); // 15
 * parseWhole('-5', 0, false); // undefined
 */
export function parseWhole(text: string, min: number, allowEmpty: boolean): number | null | undefined {
  if (text.trim() === '') return allowEmpty ? null : undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min ? n : undefined;
}

/**
 * `holidays` plus `more`, distinct and sorted.
 *
 * @example
 * mergeHolidays(['2026-12-25'], ['2026-01-01', '2026-12-25']); // ['2026-01-01', '2026-12-25']
 */
export function mergeHolidays(holidays: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...holidays, ...more])].sort();
}

/** True for a year the Colombian generator accepts (Ley 51 de 1983 onwards, up to 2200). */
export function isGeneratorYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1983 && year <= 2200;
}

/**
 * Colombian national holidays of every year in `[from, to]` (at most 50 years), sorted; empty when
 * the range is not valid.
 *
 * @example
 * colombianHolidaysBetween(2026, 2027).length; // 38
 */
export function colombianHolidaysBetween(from: number, to: number): string[] {
  if (!isGeneratorYear(from) || !isGeneratorYear(to) || from > to || to - from > 50) return [];
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(...colombianHolidays(y));
  return out;
}

/** One row of a key → value table edited as rows (Jira status → ticket status, …). */
export interface KeyRow<V> {
  key: string;
  value: V;
}

/**
 * A record as rows, in key order.
 *
 * @example
 * recordToRows({ Done: 'resolved' }); // [{ key: 'Done', value: 'resolved' }]
 */
export function recordToRows<V>(record: Readonly<Record<string, V>>): KeyRow<V>[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

/**
 * Rows back to a record, with the indices of rows whose key is blank or repeats an earlier one
 * (those rows are left out; the form shows a message on them and does not save).
 *
 * @example
 * rowsToRecord([{ key: 'A', value: 1 }, { key: 'A', value: 2 }]); // { record: { A: 1 }, blank: [], duplicate: [1] }
 */
export function rowsToRecord<V>(rows: readonly KeyRow<V>[]): { record: Record<string, V>; blank: number[]; duplicate: number[] } {
  const entries: [string, V][] = [];
  const seen = new Set<string>();
  const blank: number[] = [];
  const duplicate: number[] = [];
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === '') blank.push(i);
    else if (seen.has(key)) duplicate.push(i);
    else { seen.add(key); entries.push([key, row.value]); }
  });
  // fromEntries defines own properties, so even a name like '__proto__' stays a plain key
  return { record: Object.fromEntries(entries), blank, duplicate };
}

/** One member of a tier: a person (agent id, or a Jira account id) or a group. */
export interface MemberRow {
  kind: 'user' | 'group';
  id: string;
}

/**
 * A tier's members and groups as one list of rows (people first).
 *
 * @example
 * tierToMemberRows({ name: 'N1', members: ['u1'], groups: ['g1'] }); // [{ kind: 'user', id: 'u1' }, { kind: 'group', id: 'g1' }]
 */
export function tierToMemberRows(tier: Pick<TierSettings, 'members' | 'groups'>): MemberRow[] {
  return [...tier.members.map((id) => ({ kind: 'user' as const, id })), ...tier.groups.map((id) => ({ kind: 'group' as const, id }))];
}

/** Rows back to `{ members, groups }` (order kept within each kind). */
export function memberRowsToTier(rows: readonly MemberRow[]): { members: string[]; groups: string[] } {
  return { members: rows.filter((r) => r.kind === 'user').map((r) => r.id), groups: rows.filter((r) => r.kind === 'group').map((r) => r.id) };
}

/**
 * Where row `index` of {@link tierToMemberRows} lives in the settings (`members.0`, `groups.1`),
 * for placing validation issues next to it.
 *
 * @example
 * memberRowPath([{ kind: 'user', id: 'a' }, { kind: 'group', id: 'g' }], 1); // 'groups.0'
 */
export function memberRowPath(rows: readonly MemberRow[], index: number): string {
  const row = rows[index];
  if (row === undefined) return 'members';
  const nth = rows.slice(0, index).filter((r) => r.kind === row.kind).length;
  return `${row.kind === 'user' ? 'members' : 'groups'}.${nth}`;
}

/**
 * Business minutes as hours and minutes ('42 h', '1 h 30 min'): never days, a business day is not 24 h.
 *
 * @example
 * businessHours(90, tr); // '1 h 30 min'
 */
export function businessHours(minutes: number, tr: (key: string, params?: Record<string, number>) => string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [...(h > 0 ? [tr('tabs.duration.hours', { n: h })] : []), ...(m > 0 || h === 0 ? [tr('tabs.duration.minutes', { n: m })] : [])];
  return parts.join(' ');
}
