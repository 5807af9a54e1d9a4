import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { MessageKey } from './messages.ru.js';
import { LOCALES, type Locale, type MessageParams, translate } from './translate.js';

/** The chosen language and what formats text, dates and numbers in it. */
export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  dateTime(iso: string | undefined): string;
  number(value: number): string;
}

const STORAGE_KEY = 'devportal.locale';
const I18nContext = createContext<I18n | undefined>(undefined);

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === saved) ?? 'ru';
}

export function I18nProvider(props: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem(STORAGE_KEY, locale);
  }, [locale]);

  const i18n = useMemo<I18n>(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(locale);
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      dateTime: (iso) => (iso ? dateFormat.format(new Date(iso)) : '—'),
      number: (value) => numberFormat.format(value),
    };
  }, [locale]);
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
