/**
 * i18n: Spanish (default) and English messages shared by every front end.
 * Catalogues live in `./catalog/<area>.ts`; this module merges them and formats templates.
 */
export type { Locale, MessageParams } from './translate';
export { LOCALES, DEFAULT_LOCALE, t, hasMessage, resolveLocale, isLocale } from './translate';
export { errorBody, type ErrorBody } from './error-body';
export { allMessages } from './messages';
export { localizeIssues, localizeIssue, localizeMessage, type LocalizedIssue } from './zod-issues';
