import { allMessages, type Locale } from './messages';

export type { Locale };

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Supported locales, default first.
 *
 * @example
 * LOCALES.includes('en'); // true
 */
export const LOCALES: readonly Locale[] = ['es', 'en'];

/**
 * Spanish is the default everywhere.
 *
 * @example
 * t(DEFAULT_LOCALE, 'tickets.error.not_found', { id: 't-1' });
 */
export const DEFAULT_LOCALE: Locale = 'es';

/**
 * True when `value` is a supported locale code.
 *
 * @example
 * isLocale('en'); // true
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'es' || value === 'en';
}

/**
 * True when the catalogue has `key` (in Spanish; every key exists in both locales).
 *
 * @example
 * hasMessage('common.appName'); // true
 */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(allMessages('es'), key);
}

/**
 * The message `key` in `locale`, with `{name}` placeholders replaced by `params`.
 * An unknown key comes back as the key itself (so a gap is visible, never a crash);
 * a placeholder without a value stays as written.
 *
 * @example
 * t('es', 'common.appName'); // 'Ventanilla'
 * t('en', 'tickets.error.not_found', { id: 't-1' });
 */
export function t(locale: Locale, key: string, params?: MessageParams): string {
  const messages = allMessages(locale);
  const template = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
  if (template === undefined) return key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/**
 * The locale to use for an `Accept-Language` header, a Teams/Jira locale such as `'en-US'`,
 * or nothing: the supported language with the highest quality wins, Spanish by default.
 *
 * @example
 * resolveLocale('en-US,en;q=0.9'); // 'en'
 * resolveLocale('fr-FR, en;q=0.5, es;q=0.8'); // 'es'
 * resolveLocale(undefined); // 'es'
 */
export function resolveLocale(acceptLanguageOrLocale: string | null | undefined): Locale {
  if (!acceptLanguageOrLocale) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of acceptLanguageOrLocale.split(',')) {
    const [tag = '', ...rest] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (!isLocale(language)) continue;
    let q = 1;
    for (const param of rest) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
      if (match?.[1] !== undefined) q = Number(match[1]);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (best === null || q > best.q) best = { locale: language, q };
  }
  return best === null ? DEFAULT_LOCALE : best.locale;
}
