import type { Channel } from '../tickets/index';
import type { MetricsInput } from './types';
import { windowOf, within } from './window';

/**
 * Ticket volume: the number of tickets received in the window
 * (`count(t : from ≤ t.receivedAt < to)`), in total and per channel (every channel listed, 0 when none).
 *
 * @example
 * ticketVolume(input); // { total: 3, byChannel: { teams: 2, web: 1, email: 0, … } }
 */
export function ticketVolume(input: MetricsInput): { total: number; byChannel: Record<Channel, number> } {
  const w = windowOf(input);
  const byChannel: Record<Channel, number> = { teams: 0, web: 0, email: 0, jira: 0, phone: 0, verbal: 0, api: 0 };
  let total = 0;
  for (const t of input.tickets) {
    if (!within(t.receivedAt, w)) continue;
    total += 1;
    byChannel[t.channel] += 1;
  }
  return { total, byChannel };
}
