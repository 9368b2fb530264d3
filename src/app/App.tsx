import { useEffect, type ReactNode } from "react";
import { ExplorerPage } from "./features/explorer/ExplorerPage.js";
import { INTL_LOCALE, LOCALE_NAMES, LOCALES, useLocale, useT, type Locale } from "./i18n/index.js";
import { useExplorerStore } from "./store/explorer-store.js";

/** The language picker; the choice is remembered in localStorage. */
function LanguagePicker(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const setLocale = useExplorerStore((state) => state.setLocale);
  return (
    <div className="language">
      <label htmlFor="language">{t("language.label")}</label>
      <select
        id="language"
        value={locale}
        onChange={(event) => {
          setLocale(event.target.value as Locale);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={INTL_LOCALE[code]}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The site: its header and the instance explorer. Keeps `<html lang>` and the title in the active language. */
export function App(): ReactNode {
  const t = useT();
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = INTL_LOCALE[locale];
    document.title = t("app.documentTitle");
  }, [locale, t]);

  return (
    <>
      <a className="skip-link" href="#instance-table">
        {t("app.skipToTable")}
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <LanguagePicker />
      </header>
      <main>
        <ExplorerPage />
      </main>
    </>
  );
}
