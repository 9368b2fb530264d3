import { useMemo } from "react";
import { useSiteStore } from "../store/site-store.js";
import { translatorFor, type Translate } from "../../present/i18n/translate.js";
import type { Locale } from "../../present/i18n/locale.js";
import { regionLabel } from "../../present/region-names.js";

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

/**
 * A region as the region picker names it, in the active language, for headings and sentences:
 * "Asia Pacific (Seoul), ap-northeast-2" ("아시아 태평양(서울), ap-northeast-2" in Korean).
 */
export function useRegionName(code: string): string {
  return regionLabel(useLocale(), code);
}
