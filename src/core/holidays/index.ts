/** Public holidays: Colombia from an own rule table, other countries through date-holidays. */
export { colombianHolidays, COLOMBIAN_HOLIDAY_RULES, type ColombianHolidayRule } from './colombia';
export { easterSunday } from './easter';
export { holidaysFor, type HolidaysForOptions } from './holidays-for';
