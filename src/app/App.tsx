import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { PlannerPage } from "./features/planner/PlannerPage.js";
import { INTL_LOCALE, LOCALE_NAMES, LOCALES, useLocale, useT, type Locale } from "./i18n/index.js";
import { useExplorerStore, type Page } from "./store/explorer-store.js";
import { startShareLink } from "./store/share-link.js";

const PAGES: readonly Page[] = ["planner", "explorer"];

// The explorer is the second page: its code loads when it is first opened, keeping the first load small.
const ExplorerPage = lazy(async () => ({
  default: (await import("./features/explorer/ExplorerPage.js")).ExplorerPage,
}));

/** The page switcher: two buttons, the current one marked with aria-current. */
function PageNav(): ReactNode {
  const t = useT();
  const page = useExplorerStore((state) => state.page);
  const setPage = useExplorerStore((state) => state.setPage);
  return (
    <nav className="page-nav" aria-label={t("nav.label")}>
      {PAGES.map((name) => (
        <button
          key={name}
          type="button"
          aria-current={page === name ? "page" : undefined}
          onClick={() => {
            setPage(name);
          }}
        >
          {t(`nav.${name}`)}
        </button>
      ))}
    </nav>
  );
}

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

/**
 * The site: its header with the page switcher, and the planner or the instance explorer. Keeps
 * `<html lang>` and the title in the active language.
 */
export function App(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const page = useExplorerStore((state) => state.page);
  // The scenario in the URL hash: read on start and when a link is pasted, written after valid edits.
  useEffect(() => startShareLink(), []);
  useEffect(() => {
    document.documentElement.lang = INTL_LOCALE[locale];
    document.title = t(page === "planner" ? "app.plannerTitle" : "app.documentTitle");
  }, [locale, t, page]);

  return (
    <>
      {page === "planner" ? (
        <a className="skip-link" href="#planner-results">
          {t("app.skipToResults")}
        </a>
      ) : (
        <a className="skip-link" href="#instance-table">
          {t("app.skipToTable")}
        </a>
      )}
      <header className="site-header">
        <div className="brand">
          <h1>{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <PageNav />
        <LanguagePicker />
      </header>
      <main>
        {page === "planner" ? (
          <PlannerPage />
        ) : (
          <Suspense fallback={<p className="chart-loading">{t("app.loadingPage")}</p>}>
            <ExplorerPage />
          </Suspense>
        )}
      </main>
    </>
  );
}
