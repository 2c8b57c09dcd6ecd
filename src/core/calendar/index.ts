/**
 * Business calendars (CONTRACT §1): compile a spec once, then answer "business time between" and
 * "add business time/days" with binary searches over cached per-year interval tables.
 */
export type { Weekday, TimeRange, CalendarSpec } from './types';
export type { BusinessCalendar } from './compiled';
export { CalendarError, type CalendarErrorCode, type CalendarIssue } from './errors';
export { compileCalendar } from './compile';
export { businessTimeBetween, addBusinessTime } from './business-time';
export { isBusinessDay, addBusinessDays, subtractBusinessDays } from './business-days';
export { localDateOf, startOfLocalDay } from './local-day';
export { nextLocalDate } from './local-date';
