import { useCallback } from "react";
import { useExplorerStore } from "../store/explorer-store.js";
import { t, type Translate } from "../../present/i18n/translate.js";
import type { Locale } from "../../present/i18n/locale.js";

export type { MessageKey, Messages } from "../../present/i18n/en.js";
export { LOCALES, LOCALE_NAMES, INTL_LOCALE, type Locale } from "../../present/i18n/locale.js";
export { describeIssue, t, type MessageParams, type Translate } from "../../present/i18n/translate.js";

/** The translate function for the active language; components re-render when it changes. */
export function useT(): Translate {
  const locale = useExplorerStore((state) => state.locale);
  return useCallback<Translate>((key, params) => t(locale, key, params), [locale]);
}

/** The active language. */
export function useLocale(): Locale {
  return useExplorerStore((state) => state.locale);
}
