import type { TicketEvent } from './external';
import type { TicketHistoryEntry } from './model';

/**
 * The contract's SLA events (CONTRACT §3) of a ticket history, in history order:
 * - `created` → created; `statusChanged` → statusChanged; `priorityChanged` → priorityChanged;
 * - a public agent reply → agentReplied (the first one stops firstResponse);
 * - `resolved` → statusChanged('resolved') + agentReplied (the answer reaches the requester) + resolved;
 * - closing a ticket that was not resolved → also agentReplied + resolved (every clock stops);
 * - `reopened` → reopened + statusChanged(to).
 * Internal notes, requester replies, ratings, assignments and alerts do not move the clocks.
 *
 * @example
 * slaEventsOf([{ type: 'created', at: '2026-03-02T13:00:00.000Z', actor, status: 'open', priority: 'P3', tier: 'N1', channel: 'web' }]);
 * // [{ type: 'created', at: '2026-03-02T13:00:00.000Z', priority: 'P3', status: 'open' }]
 */
export function slaEventsOf(history: readonly TicketHistoryEntry[]): TicketEvent[] {
  const out: TicketEvent[] = [];
  let stopped = false;
  for (const e of history) {
    switch (e.type) {
      case 'created':
        out.push({ type: 'created', at: e.at, priority: e.priority, status: e.status });
        break;
      case 'statusChanged':
        out.push({ type: 'statusChanged', at: e.at, status: e.to });
        if (e.to === 'closed' && !stopped) {
          out.push({ type: 'agentReplied', at: e.at }, { type: 'resolved', at: e.at });
          stopped = true;
        }
        break;
      case 'priorityChanged':
        out.push({ type: 'priorityChanged', at: e.at, priority: e.to });
        break;
      case 'replied':
        if (e.by === 'agent' && e.public) out.push({ type: 'agentReplied', at: e.at });
        break;
      case 'resolved':
        out.push({ type: 'statusChanged', at: e.at, status: 'resolved' }, { type: 'agentReplied', at: e.at });
        if (!stopped) out.push({ type: 'resolved', at: e.at });
        stopped = true;
        break;
      case 'reopened':
        out.push({ type: 'reopened', at: e.at }, { type: 'statusChanged', at: e.at, status: e.to });
        stopped = false;
        break;
      default:
        break;
    }
  }
  return out;
}
