export type { Weekday, TimeRange, CalendarSpec } from './types';
