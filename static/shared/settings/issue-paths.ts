/**
 * Validation issues come back as `{ path, message }` with paths in two spellings: the core's
 * `calendars[0].spec.week.mon[0].end` and zod's dotted `slaPolicies.0.goals.P1.resolution`. Both
 * apps key fields and issues by the canonical dotted form, so either spelling lands on its field.
 */

/** A validation problem, as the server (Teams 422) or the Forge resolver reports it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The canonical dotted spelling of a path.
 *
 * @example
 * normalizePath('calendars[0].spec.week.mon[1].end'); // 'calendars.0.spec.week.mon.1.end'
 * normalizePath('slaPolicies.0.goals.P1.resolution'); // unchanged
 */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Issues grouped by canonical path (messages in arrival order, duplicates kept once).
 *
 * @example
 * issuesByPath([{ path: 'tiers[0]', message: 'x' }]).get('tiers.0'); // ['x']
 */
export function issuesByPath(issues: readonly FieldIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = normalizePath(issue.path);
    const list = map.get(key) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    map.set(key, list);
  }
  return map;
}

/** The messages for `path` (either spelling). */
export function messagesAt(byPath: ReadonlyMap<string, readonly string[]>, path: string): readonly string[] {
  return byPath.get(normalizePath(path)) ?? [];
}

/**
 * How many issues fall at or under `prefix` (for a badge on a section or a card).
 *
 * @example
 * countUnder(issuesByPath([{ path: 'calendars.0.spec.timeZone', message: 'x' }]), 'calendars'); // 1
 */
export function countUnder(byPath: ReadonlyMap<string, readonly string[]>, prefix: string): number {
  const p = normalizePath(prefix);
  let n = 0;
  for (const [key, list] of byPath) if (key === p || key.startsWith(`${p}.`)) n += list.length;
  return n;
}

/** The top-level settings key a path belongs to (`calendars[0].x` → `calendars`). */
export function sectionOf(path: string): string {
  return normalizePath(path).split('.')[0] ?? path;
}
