/**
 * A day of the week as written in a {@link CalendarSpec}.
 * @example
 * const day: Weekday = 'mon';
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Local wall-clock range `'HH:MM'`–`'HH:MM'`, `start < end`, `end` may be `'24:00'`.
 * @example
 * const lateShift: TimeRange = { start: '22:00', end: '24:00' };
 */
export interface TimeRange {
  start: string;
  end: string;
}

/**
 * What an admin writes: a time zone, weekly hours, holidays (local dates) and closures (instants).
 * @example
 * const spec: CalendarSpec = {
 *   timeZone: 'America/Bogota',
 *   week: { mon: [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '17:00' }] },
 *   holidays: ['2026-07-13'],
 *   closures: [{ from: '2026-12-24T12:00:00-05:00', to: '2026-12-26T00:00:00-05:00' }],
 * };
 */
export interface CalendarSpec {
  /** IANA name, e.g. `'America/Bogota'`. */
  timeZone: string;
  /** A missing or empty day is closed. */
  week: Partial<Record<Weekday, TimeRange[]>>;
  /** Local dates `'YYYY-MM-DD'` closed all day. */
  holidays?: string[];
  /** Instants closed in `[from, to)`. */
  closures?: { from: string; to: string }[];
}
