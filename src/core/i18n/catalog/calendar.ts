/** Messages of the business-calendar and holiday module (keys double as `CalendarError` codes). */
export const es = {
  'calendar.invalidSpec': 'El calendario no es válido: {details}',
  'calendar.invalidArgument': 'Valor no válido para el calendario: {details}',
  'calendar.noOpenTime': 'El calendario no tiene horario hábil en los próximos 20 años.',
} as const;

export const en: Record<keyof typeof es, string> = {
  'calendar.invalidSpec': 'The calendar is not valid: {details}',
  'calendar.invalidArgument': 'Invalid value for the calendar: {details}',
  'calendar.noOpenTime': 'The calendar has no business hours in the next 20 years.',
};
