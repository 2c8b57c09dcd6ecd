/** Reading stored JSON back: parse, check the shape, never cast. */
import { z } from 'zod';
import type { Ticket } from '../../core/index';

/**
 * True when `value` has the shape of a stored {@link Ticket} (it was written by this store). A
 * hand-written check of the fields the store and the core rely on: this runs for every row read,
 * and a full zod parse of the history would dominate the queue queries.
 */
export function isStoredTicket(value: unknown): value is Ticket {
  if (typeof value !== 'object' || value === null) return false;
  const v: Record<string, unknown> = { ...value };
  const requester = v.requester;
  return (
    typeof v.id === 'string' && typeof v.number === 'string' && typeof v.intakeKey === 'string' &&
    typeof v.status === 'string' && typeof v.version === 'number' && typeof v.createdAt === 'string' &&
    typeof v.updatedAt === 'string' && Array.isArray(v.history) && Array.isArray(v.fired) &&
    (v.nextWakeUpAt === null || typeof v.nextWakeUpAt === 'string') &&
    typeof requester === 'object' && requester !== null && 'email' in requester && typeof requester.email === 'string'
  );
}

/** The ticket in a `data` column; throws on a corrupt row (an unexpected failure). */
export function ticketFromJson(json: unknown): Ticket {
  if (typeof json !== 'string') throw new Error('stored ticket: data column is not text');
  const value: unknown = JSON.parse(json);
  if (!isStoredTicket(value)) throw new Error('stored ticket: unexpected shape');
  return value;
}

/** A JSON object column (settings, conversation reference). */
export function objectFromJson(json: unknown): Record<string, unknown> {
  if (typeof json !== 'string') throw new Error('stored JSON: column is not text');
  const parsed = z.record(z.string(), z.unknown()).safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error('stored JSON: not an object');
  return parsed.data;
}
