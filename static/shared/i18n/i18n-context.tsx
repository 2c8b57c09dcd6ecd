/**
 * i18n for React: a provider with the active locale and a `useI18n()` hook returning `tr(key,
 * params)` bound to it. Messages come from the core catalogue (src/core/i18n), so the tabs, the
 * bot and the Forge UI say the same things.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { t, type Locale, type MessageParams } from '../../../src/core/index';

export interface I18n {
  locale: Locale;
  tr: (key: string, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({ locale: 'es', tr: (key, params) => t('es', key, params) });

/** Provides `locale` to every `useI18n()` below it. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ locale, tr: (key, params) => t(locale, key, params) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * @example
 * const { tr, locale } = useI18n();
 * return <h1>{tr('tabs.mine.title')}</h1>;
 */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
