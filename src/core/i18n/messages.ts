import { AREAS } from './catalog/index';

/** Supported locales: Spanish (default) and English. */
export type Locale = 'es' | 'en';

/**
 * Every message of every area for one locale, merged into one flat `key → template` record.
 *
 * @example
 * allMessages('es')['common.appName']; // 'Ventanilla'
 */
export function allMessages(locale: Locale): Readonly<Record<string, string>> {
  return locale === 'en' ? EN : ES;
}

function merge(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const area of Object.values(AREAS)) {
    const catalogue: Readonly<Record<string, string>> = area[locale];
    for (const [key, value] of Object.entries(catalogue)) out[key] = value;
  }
  return out;
}

const ES = merge('es');
const EN = merge('en');
