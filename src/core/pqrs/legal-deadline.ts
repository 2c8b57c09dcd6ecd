import { addBusinessDays, localDateOf, nextLocalDate, startOfLocalDay, type BusinessCalendar } from '../calendar/index';
import { legalTermDays, maxExtensionDays } from './legal-terms';
import type { PqrsKind } from './types';

/** A legal due date: the last local day of the term and the instant the term runs out. */
export interface LegalDue {
  /** Last day of the term, local `'YYYY-MM-DD'`. */
  dueDate: string;
  /** First instant of the local day after `dueDate` (the term runs to the end of that day). */
  dueAt: Date;
}

/**
 * Throws unless `days` is an integer in `[0, maxExtensionDays(type)]`.
 *
 * @example
 * checkExtensionDays('peticion', 20); // throws: exceeds the maximum of 15
 */
export function checkExtensionDays(type: PqrsKind, days: number): void {
  const max = maxExtensionDays(type);
  if (!Number.isInteger(days) || days < 0) throw new Error(`extensionDays must be a whole number ≥ 0, got ${days}`);
  if (days > max) throw new Error(`extensionDays ${days} exceeds the maximum of ${max} for '${type}'`);
}

/**
 * Due date `days` business days after the local date `from`, and the instant it ends.
 *
 * @example
 * dueAfter(cal, '2026-07-10', 15); // { dueDate: '2026-08-04', dueAt: 2026-08-05T05:00:00.000Z }
 */
export function dueAfter(cal: BusinessCalendar, from: string, days: number): LegalDue {
  const dueDate = addBusinessDays(cal, from, days);
  return { dueDate, dueAt: startOfLocalDay(cal, nextLocalDate(dueDate)) };
}

/**
 * The legal due date of a request (CONTRACT §2): receipt date = local date of `receivedAt` in the
 * calendar's zone; `dueDate = addBusinessDays(cal, receiptDate, term + extensionDays)`; `dueAt` =
 * start of the following local day. `null` when the kind has no term. Throws when
 * `extensionDays` exceeds the legal maximum (the term under Ley 1755; +5/+8 under Ley 1581).
 *
 * @example
 * // Fri 2026-07-10 petición → Tue 2026-08-04 (13 and 20 July are holidays)
 * legalDeadline(bogota, new Date('2026-07-10T15:00:00-05:00'), 'peticion');
 * // { dueDate: '2026-08-04', dueAt: 2026-08-05T05:00:00.000Z }
 */
export function legalDeadline(
  cal: BusinessCalendar,
  receivedAt: Date,
  type: PqrsKind,
  opts?: { extensionDays?: number },
): LegalDue | null {
  const term = legalTermDays(type);
  const ext = opts?.extensionDays ?? 0;
  if (Number.isNaN(receivedAt.getTime())) throw new Error('legalDeadline: receivedAt is an invalid Date');
  if (term === null) {
    if (ext !== 0) throw new Error(`extensionDays not allowed: '${type}' has no legal term`);
    return null;
  }
  checkExtensionDays(type, ext);
  return dueAfter(cal, localDateOf(cal, receivedAt), term + ext);
}
