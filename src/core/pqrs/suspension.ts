import { addBusinessDays, localDateOf, type BusinessCalendar } from '../calendar/index';
import { checkExtensionDays, dueAfter, type LegalDue } from './legal-deadline';
import { legalTermDays } from './legal-terms';
import type { PqrsKind } from './types';

/**
 * An art. 17 suspension (Ley 1755/2015, incomplete request): from the instant the entity asks
 * the requester for what is missing until the instant it arrives (`null`: still waiting).
 */
export interface LegalSuspension {
  from: Date;
  to: Date | null;
}

/**
 * How the term continues after an art. 17 suspension — a per-preset policy choice:
 * - `resume` (default): the business days already used are kept; the suspension days (from the
 *   day of the requirement to the day the information arrives, both inclusive) are added back.
 * - `restart`: the whole term counts again from the day after the information arrives.
 */
export type SuspensionMode = 'resume' | 'restart';

/**
 * The reason code of the art. 17 pause, and the ticket status the presets use for it.
 *
 * @example
 * pauseReason === LEGAL_SUSPENSION_REASON; // 'incompleteRequest'
 */
export const LEGAL_SUSPENSION_REASON = 'incompleteRequest' as const;
/**
 * The ticket status of the art. 17 pause in the presets.
 *
 * @example
 * ticket.status === LEGAL_SUSPENSION_STATUS; // 'waitingRequester'
 */
export const LEGAL_SUSPENSION_STATUS = 'waitingRequester' as const;

/** A legal term that runs (with its due date) or is suspended (with the days still to count). */
export type LegalTermState =
  | ({ state: 'running' } & LegalDue)
  | { state: 'suspended'; since: Date; remainingDays: number };

/** Business days d with `after < d < before` (local dates), counting at most `cap`. */
function businessDaysStrictlyBetween(cal: BusinessCalendar, after: string, before: string, cap: number): number {
  let n = 0;
  let d = after;
  while (n < cap) {
    d = addBusinessDays(cal, d, 1);
    if (d >= before) break;
    n++;
  }
  return n;
}

/**
 * The legal term of a request given its art. 17 suspensions (sorted or not; they may not
 * overlap). A suspension that starts at or after the current due instant is ignored: an
 * expired term is not revived. `null` when the kind has no term.
 *
 * @example
 * // petición received Fri 2026-07-10, info requested Wed 07-15, received Mon 07-27 (resume):
 * legalDeadlineWithSuspensions(bogota, received, 'peticion',
 *   [{ from: new Date('2026-07-15T10:00:00-05:00'), to: new Date('2026-07-27T09:00:00-05:00') }]);
 * // { state: 'running', dueDate: '2026-08-18', ... } (1 day used, 14 left from 07-28)
 */
export function legalDeadlineWithSuspensions(
  cal: BusinessCalendar,
  receivedAt: Date,
  type: PqrsKind,
  suspensions: readonly LegalSuspension[],
  opts?: { mode?: SuspensionMode; extensionDays?: number },
): LegalTermState | null {
  const term = legalTermDays(type);
  if (term === null) return null;
  const ext = opts?.extensionDays ?? 0;
  checkExtensionDays(type, ext);
  const mode = opts?.mode ?? 'resume';
  const full = term + ext;
  const sorted = [...suspensions].sort((a, b) => a.from.getTime() - b.from.getTime());
  let anchor = localDateOf(cal, receivedAt);
  let remaining = full;
  let due = dueAfter(cal, anchor, remaining);
  let prevEnd = -Infinity;
  for (const s of sorted) {
    const from = s.from.getTime();
    if (Number.isNaN(from) || (s.to !== null && Number.isNaN(s.to.getTime()))) throw new Error('invalid suspension instant');
    if (s.to !== null && s.to.getTime() < from) throw new Error('a suspension ends before it starts');
    if (from < prevEnd) throw new Error('suspensions overlap');
    prevEnd = s.to === null ? Infinity : s.to.getTime();
    if (from < receivedAt.getTime()) throw new Error('a suspension starts before the request was received');
    if (from >= due.dueAt.getTime()) continue;
    const used = businessDaysStrictlyBetween(cal, anchor, localDateOf(cal, s.from), remaining);
    const left = mode === 'resume' ? remaining - used : full;
    if (s.to === null) return { state: 'suspended', since: s.from, remainingDays: left };
    anchor = localDateOf(cal, s.to);
    remaining = left;
    due = dueAfter(cal, anchor, remaining);
  }
  return { state: 'running', ...due };
}
