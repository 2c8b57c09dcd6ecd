import { DONE_STATUSES, type Ticket } from '../tickets/index';
import { statusAt, type WindowInstants } from './window';

/** Age buckets of the backlog (calendar time since receipt); i18n `metrics.bucket.<key>`. */
export type AgeBucket = 'lt1d' | '1to3d' | '3to7d' | '7to15d' | 'gte15d';
const DAY = 86_400_000;
const BUCKETS: readonly [AgeBucket, number][] = [['lt1d', 1], ['1to3d', 3], ['3to7d', 7], ['7to15d', 15], ['gte15d', Infinity]];

/**
 * Backlog: tickets received before the window end that are not resolved or closed at that
 * instant (status replayed from the history), bucketed by age = end − receivedAt:
 * [0, 1 d), [1, 3 d), [3, 7 d), [7, 15 d), [15 d, ∞).
 *
 * @example
 * backlog(tickets, w); // { total: 4, byAge: { lt1d: 1, '1to3d': 2, '3to7d': 0, '7to15d': 1, gte15d: 0 } }
 */
export function backlog(tickets: readonly Ticket[], w: WindowInstants): { total: number; byAge: Record<AgeBucket, number> } {
  const byAge: Record<AgeBucket, number> = { lt1d: 0, '1to3d': 0, '3to7d': 0, '7to15d': 0, gte15d: 0 };
  let total = 0;
  for (const t of tickets) {
    const received = Date.parse(t.receivedAt);
    if (received >= w.end) continue;
    const status = statusAt(t, w.end);
    if (status === null || DONE_STATUSES.includes(status)) continue;
    const age = (w.end - received) / DAY;
    const bucket = BUCKETS.find(([, upper]) => age < upper)?.[0] ?? 'gte15d';
    byAge[bucket] += 1;
    total += 1;
  }
  return { total, byAge };
}
