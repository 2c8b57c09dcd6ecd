/** A day of the week as written in a {@link CalendarSpec}. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Local wall-clock range `'HH:MM'`–`'HH:MM'`, `start < end`, `end` may be `'24:00'`. */
export interface TimeRange {
  start: string;
  end: string;
}

/** What an admin writes: a time zone, weekly hours, holidays (local dates) and closures (instants). */
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
