import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { interpolate, type Locale } from "./define-messages.ts";
import { chineseMessages, englishMessages, type MessageKey } from "./dictionary.ts";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
}

const storageKey = "portal.locale";
const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return window.localStorage.getItem(storageKey) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

/** Simplified Chinese unless the user chose English on this phone. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // A private tab without storage keeps the choice for this visit only.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary: Record<MessageKey, string> = locale === "zh" ? chineseMessages : englishMessages;
    return { locale, setLocale, t: (key, values) => interpolate(dictionary[key], values) };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
