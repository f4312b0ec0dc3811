import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import type { TranslationMessages } from "react-admin";
import { appChineseMessages } from "./appChineseMessages.ts";
import { appEnglishMessages } from "./appEnglishMessages.ts";
import { raChineseMessages } from "./raChineseMessages.ts";

export const chineseLocale = "zh-CN";
export const englishLocale = "en";

export const chineseMessages: TranslationMessages = { ...raChineseMessages, ...appChineseMessages };
export const allEnglishMessages: TranslationMessages = { ...englishMessages, ...appEnglishMessages };

/**
 * Simplified Chinese by default, English on request. react-admin keeps the chosen locale in its
 * store (localStorage), so the choice survives a reload.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === englishLocale ? allEnglishMessages : chineseMessages),
  chineseLocale,
  [
    { locale: chineseLocale, name: "简体中文" },
    { locale: englishLocale, name: "English" },
  ],
);
