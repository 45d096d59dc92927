import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, es };

/** Where the chosen language is kept between visits. */
export const LOCALE_STORAGE_KEY = 'stepdown.locale';

export type Vars = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export const interpolate = (template: string, vars: Vars = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

export const translate = (locale: Locale, key: MessageKey, vars?: Vars): string =>
  interpolate(CATALOGUES[locale][key] ?? en[key], vars);

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

const storedLocale = (): Locale | undefined => {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : undefined;
  } catch {
    // Storage can be disabled (private mode); the language then lasts for the visit.
    return undefined;
  }
};

export const initialLocale = (): Locale =>
  storedLocale() ?? (globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en');

export interface I18n {
  readonly locale: Locale;
  readonly t: (key: MessageKey, vars?: Vars) => string;
  readonly setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: (key, vars) => translate('en', key, vars), setLocale: () => {} });

export const I18nProvider = ({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) => {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // See storedLocale: not persisting is acceptable.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => ({ locale, setLocale, t: (key, vars) => translate(locale, key, vars) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => useContext(I18nContext);
