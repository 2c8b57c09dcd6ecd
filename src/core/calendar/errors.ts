/**
 * Stable codes of the errors the calendar module throws; each is also an i18n key (catalog/calendar.ts).
 * @example
 * if (err.code === 'calendar.invalidSpec') showIssues(err.issues);
 */
export type CalendarErrorCode = 'calendar.invalidSpec' | 'calendar.invalidArgument' | 'calendar.noOpenTime';

/**
 * One problem found in a {@link CalendarSpec}, with the field path, e.g. `week.mon[1].end`.
 * @example
 * const issue: CalendarIssue = { path: 'week.mon[1]', message: 'range overlaps range 0 of the same day' };
 */
export interface CalendarIssue {
  path: string;
  message: string;
}

/**
 * Error thrown by the calendar and holiday functions. `code` is stable and doubles as the i18n key;
 * `message` is English and names the field (for logs and developers).
 *
 * @example
 * try { compileCalendar({ timeZone: 'Mars/Olympus', week: {} }); }
 * catch (e) { if (e instanceof CalendarError) console.log(e.code, e.issues[0]?.path); } // calendar.invalidSpec timeZone
 */
export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly issues: readonly CalendarIssue[];

  constructor(code: CalendarErrorCode, message: string, issues: readonly CalendarIssue[] = []) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.issues = issues;
  }
}

/** Throws `calendar.invalidArgument` with `message`. @internal */
export function invalidArgument(message: string): never {
  throw new CalendarError('calendar.invalidArgument', message);
}
