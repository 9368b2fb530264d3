/** The languages the app speaks. */
export const LOCALES = ["en", "ko"] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag used for `Intl` formatting and `<html lang>`. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: "en-US", ko: "ko-KR" };

/** Each language's name in itself, for the language picker (the same in every language). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: "English", ko: "한국어" };

/** Whether a string is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
