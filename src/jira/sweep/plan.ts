/**
 * Pure planning of the sweep's async events: tickets due before the next run are grouped by the
 * minute their wake-up falls in, and each group is pushed with a delay that ends on that minute
 * boundary — so every action fires within one minute of its exact instant, and the tickets of one
 * minute share one event (and one bulk property write).
 */

export const SWEEP_INTERVAL_MS = 5 * 60_000;
/** Look ahead a little past the next run so a late trigger still leaves no gap. */
export const SWEEP_SLACK_MS = 60_000;
export const BUCKET_MS = 60_000;
/** Tickets per event (one `/issue/properties/multi` request each). */
export const IDS_PER_EVENT = 100;
/** Events per `Queue.push` (Forge's limit). */
export const EVENTS_PER_PUSH = 50;

export interface DueTicket {
  ticketId: string;
  wakeAt: string;
}

export interface WakeUpEvent {
  body: { ticketIds: string[]; bucket: string };
  delayInSeconds: number;
}

/**
 * The events for `due` at `now`.
 *
 * @example
 * planEvents([{ ticketId: 'a', wakeAt: '2026-03-02T14:02:30Z' }], new Date('2026-03-02T14:00:00Z'));
 * // [{ body: { ticketIds: ['a'], bucket: '2026-03-02T14:03:00.000Z' }, delayInSeconds: 180 }]
 */
export function planEvents(due: DueTicket[], now: Date): WakeUpEvent[] {
  const buckets = new Map<number, string[]>();
  for (const d of due) {
    const at = Date.parse(d.wakeAt);
    const end = at <= now.getTime() ? now.getTime() : Math.ceil(at / BUCKET_MS) * BUCKET_MS;
    const ids = buckets.get(end) ?? [];
    ids.push(d.ticketId);
    buckets.set(end, ids);
  }
  const events: WakeUpEvent[] = [];
  for (const [end, ids] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) {
    const delayInSeconds = Math.min(900, Math.max(0, Math.ceil((end - now.getTime()) / 1000)));
    for (let i = 0; i < ids.length; i += IDS_PER_EVENT) {
      events.push({ body: { ticketIds: ids.slice(i, i + IDS_PER_EVENT), bucket: new Date(end).toISOString() }, delayInSeconds });
    }
  }
  return events;
}
