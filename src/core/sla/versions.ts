import type { SlaPolicy } from './types';

/**
 * One version of an SLA policy. Editing a policy never changes a version: it appends a new one
 * with `version + 1` and an `effectiveFrom` instant.
 */
export interface PolicyVersion {
  id: string;
  version: number;
  /** ISO-8601 instant from which this version is the current one. */
  effectiveFrom: string;
  policy: SlaPolicy;
}

/**
 * The version of policy `id` in force at `now`: the highest `effectiveFrom ≤ now` (ties: the
 * highest version); `null` when none is in force yet.
 *
 * Semantics (ADR 0010): a ticket's clocks are always evaluated with the version current at the
 * evaluation instant, over the ticket's WHOLE history — so after an edit every open ticket is
 * recomputed consistently with the new calendar and goals (no stored counters drift). Reports
 * that must show what was known at an earlier time evaluate at that time, which selects the
 * version then in force.
 *
 * @example
 * currentPolicyVersion(versions, 'default', new Date('2026-03-02T12:00:00Z'))?.version; // 2
 */
export function currentPolicyVersion(versions: readonly PolicyVersion[], id: string, now: Date): PolicyVersion | null {
  const t = now.getTime();
  let best: PolicyVersion | null = null;
  let bestAt = -Infinity;
  for (const v of versions) {
    if (v.id !== id) continue;
    const at = Date.parse(v.effectiveFrom);
    if (Number.isNaN(at)) throw new Error(`policy ${v.id} v${v.version}: invalid effectiveFrom '${v.effectiveFrom}'`);
    if (at > t) continue;
    if (best === null || at > bestAt || (at === bestAt && v.version > best.version)) {
      best = v;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Appends a new version of policy `id` (pure: returns a new list). The new version number is one
 * more than the highest so far; `effectiveFrom` must not precede the latest existing version's.
 *
 * @example
 * const next = editPolicy(versions, 'default', changedPolicy, '2026-03-01T00:00:00-05:00');
 */
export function editPolicy(
  versions: readonly PolicyVersion[],
  id: string,
  policy: SlaPolicy,
  effectiveFrom: string,
): PolicyVersion[] {
  const at = Date.parse(effectiveFrom);
  if (Number.isNaN(at)) throw new Error(`effectiveFrom: invalid instant '${effectiveFrom}'`);
  const own = versions.filter((v) => v.id === id);
  const last = own.reduce((m, v) => Math.max(m, v.version), 0);
  const lastAt = own.reduce((m, v) => Math.max(m, Date.parse(v.effectiveFrom)), -Infinity);
  if (at < lastAt) throw new Error(`effectiveFrom ${effectiveFrom} precedes the latest version of policy '${id}'`);
  return [...versions, { id, version: last + 1, effectiveFrom, policy }];
}
