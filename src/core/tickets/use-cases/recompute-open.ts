import type { TicketDeps } from '../deps';
import { mutateTicket } from '../mutate';
import { ok } from '../result';

/**
 * After a settings change: recomputes the derived fields (legal term, breach flag, wake-up) of
 * every open ticket under `deps.settings` and saves those that moved. Returns how many changed.
 * Idempotent: a second run changes nothing.
 *
 * @example
 * const changed = await recomputeOpenTickets({ ...deps, settings: newSettings }); // 12
 */
export async function recomputeOpenTickets(deps: TicketDeps): Promise<number> {
  let changed = 0;
  for (const t of await deps.store.list({ status: 'open' })) {
    const r = await mutateTicket(deps, t.id, (ticket) => ok({ ticket, notify: [], unchanged: true }));
    if (r.ok && r.value.version !== t.version) changed += 1;
  }
  return changed;
}
