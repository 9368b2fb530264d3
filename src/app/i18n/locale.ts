import { readStorage, writeStorage } from "../store/browser-storage.js";

/** The languages the app speaks. */
export const LOCALES = ["en", "ko"] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag used for `Intl` formatting and `<html lang>`. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: "en-US", ko: "ko-KR" };

/** Each language's name in itself, for the language picker (the same in every language). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: "English", ko: "한국어" };

/** localStorage key of the language the user picked. */
export const LOCALE_STORAGE_KEY = "eksize.locale";

/** Whether a string is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one remembered in localStorage, else the browser's first language
 * that the app speaks, else English.
 */
export function detectLocale(): Locale {
  const stored = readStorage(LOCALE_STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

/** Remembers the user's language; where storage is unavailable the language still changes for this visit. */
export function rememberLocale(locale: Locale): void {
  writeStorage(LOCALE_STORAGE_KEY, locale);
}
