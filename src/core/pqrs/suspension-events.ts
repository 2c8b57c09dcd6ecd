import type { TicketEvent } from '../sla/index';
import { LEGAL_SUSPENSION_STATUS, type LegalSuspension } from './suspension';

/**
 * The art. 17 suspensions in a ticket history: the intervals during which the ticket was in one
 * of `statuses` (default: the preset's `waitingRequester`). The last one is open (`to: null`)
 * when the ticket is still waiting. Events are ordered by `at`, stable for equal instants.
 *
 * @example
 * legalSuspensionsFromEvents([
 *   { type: 'created', at: '2026-07-10T10:00:00-05:00', priority: 'P3', status: 'open' },
 *   { type: 'statusChanged', at: '2026-07-15T10:00:00-05:00', status: 'waitingRequester' },
 *   { type: 'statusChanged', at: '2026-07-27T09:00:00-05:00', status: 'inProgress' },
 * ]); // [{ from: 2026-07-15T15:00Z, to: 2026-07-27T14:00Z }]
 */
export function legalSuspensionsFromEvents(
  events: readonly TicketEvent[],
  statuses: readonly string[] = [LEGAL_SUSPENSION_STATUS],
): LegalSuspension[] {
  const wait = new Set(statuses);
  const sorted = events
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const out: LegalSuspension[] = [];
  let open: Date | null = null;
  for (const { e, t } of sorted) {
    if (Number.isNaN(t)) throw new Error(`invalid event instant '${e.at}'`);
    if (e.type !== 'created' && e.type !== 'statusChanged') continue;
    const waiting = wait.has(e.status);
    if (waiting && open === null) open = new Date(t);
    else if (!waiting && open !== null) {
      out.push({ from: open, to: new Date(t) });
      open = null;
    }
  }
  if (open !== null) out.push({ from: open, to: null });
  return out;
}
