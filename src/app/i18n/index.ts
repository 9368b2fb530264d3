import { useMemo } from "react";
import { useSiteStore } from "../store/site-store.js";
import { translatorFor, type Translate } from "../../present/i18n/translate.js";
import type { Locale } from "../../present/i18n/locale.js";

export type { MessageKey, Messages } from "../../present/i18n/en.js";
export { LOCALES, LOCALE_NAMES, INTL_LOCALE, type Locale } from "../../present/i18n/locale.js";
export {
  describeIssue,
  t,
  translateComputed,
  type MessageParams,
  type PlainMessageKey,
  type Translate,
} from "../../present/i18n/translate.js";

/** The translate function for the active language; components re-render when it changes. */
export function useT(): Translate {
  const locale = useSiteStore((state) => state.locale);
  return useMemo(() => translatorFor(locale), [locale]);
}

/** The active language. */
export function useLocale(): Locale {
  return useSiteStore((state) => state.locale);
}
