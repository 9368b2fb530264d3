/**
 * The language the site starts in and remembers: the browser's storage and languages, so the site's
 * own (the command line speaks English).
 */
import { isLocale, type Locale } from "../../present/i18n/locale.js";
import { readStorage, writeStorage } from "../store/browser-storage.js";

/** localStorage key of the language the user picked. */
export const LOCALE_STORAGE_KEY = "eksize.locale";

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
