import { lazy, Suspense, useEffect, type MouseEvent, type ReactNode } from "react";
import { JumpLink } from "./components/JumpLink.js";
import { PlannerPage } from "./features/planner/PlannerPage.js";
import { BrokenLinkBanner } from "./features/planner/ShareLink.js";
import { INTL_LOCALE, LOCALE_NAMES, LOCALES, useLocale, useT, type Locale, type MessageKey } from "./i18n/index.js";
import { urlWithHash, useAddressStore } from "./store/address-bar.js";
import { useSiteStore, type Page } from "./store/site-store.js";
import { startLocalScenario } from "./store/scenario-library.js";
import { startShareLink, tokenInHash } from "./store/share-link.js";
import { navigate, pageHash, startSiteAddress } from "./store/site-address.js";
import { THEMES, useThemeStore, type Theme } from "./store/theme-store.js";

const PAGES: readonly Page[] = ["planner", "scenarios", "import", "network", "explorer"];

// Every page but the planner loads its code when it is first opened, keeping the first load small.
const ExplorerPage = lazy(async () => ({
  default: (await import("./features/explorer/ExplorerPage.js")).ExplorerPage,
}));
const NetworkPage = lazy(async () => ({
  default: (await import("./features/network/NetworkPage.js")).NetworkPage,
}));
const ImportPage = lazy(async () => ({
  default: (await import("./features/kube-import/ImportPage.js")).ImportPage,
}));
const ScenariosPage = lazy(async () => ({
  default: (await import("./features/scenarios/ScenariosPage.js")).ScenariosPage,
}));

/** Each page's document title, and the target and text of its skip link. */
const PAGE_META = {
  planner: { title: "app.plannerTitle", skipTarget: "planner-results", skipText: "app.skipToResults" },
  scenarios: { title: "app.scenariosTitle", skipTarget: "scenarios-heading", skipText: "app.skipToContent" },
  import: { title: "app.importTitle", skipTarget: "import-results", skipText: "app.skipToImportResults" },
  network: { title: "app.networkTitle", skipTarget: "network-results", skipText: "app.skipToNetworkResults" },
  explorer: { title: "app.documentTitle", skipTarget: "instance-table", skipText: "app.skipToTable" },
} as const satisfies Record<Page, { title: MessageKey; skipTarget: string; skipText: MessageKey }>;

/**
 * The page switcher: a link per page, to its address with the scenario (so a page opens in a new tab
 * too), the current one marked with aria-current. A plain click moves in place, adding a history entry.
 */
function PageNav(): ReactNode {
  const t = useT();
  const page = useSiteStore((state) => state.page);
  const token = tokenInHash(useAddressStore((state) => state.hash));
  const follow = (event: MouseEvent<HTMLAnchorElement>, name: Page): void => {
    // A new tab or window (a modifier or another button) is the browser's to open.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(name);
  };
  return (
    <nav className="page-nav" aria-label={t("nav.label")}>
      {PAGES.map((name) => (
        <a
          key={name}
          href={urlWithHash(pageHash(name, token))}
          aria-current={page === name ? "page" : undefined}
          onClick={(event) => {
            follow(event, name);
          }}
        >
          {t(`nav.${name}`)}
        </a>
      ))}
    </nav>
  );
}

/** The language picker; the choice is remembered in localStorage. */
export function LanguagePicker(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const setLocale = useSiteStore((state) => state.setLocale);
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

/** The theme picker: follow the system, light or dark; the choice is remembered in localStorage. */
export function ThemePicker(): ReactNode {
  const t = useT();
  const theme = useThemeStore((state) => state.theme);
  const setTheme = useThemeStore((state) => state.setTheme);
  return (
    <div className="theme">
      <label htmlFor="theme">{t("theme.label")}</label>
      <select
        id="theme"
        value={theme}
        onChange={(event) => {
          setTheme(event.target.value as Theme);
        }}
      >
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The site: its header with the page switcher, and the current page (the planner, the scenarios, the
 * network plan or the instance explorer; all but the planner load when first opened), the one in the
 * URL's hash (store/address.ts). Keeps `<html lang>` and the title in the active language.
 */
export function App(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const page = useSiteStore((state) => state.page);
  const meta = PAGE_META[page];
  // The scenario of the last visit first, then the one in the URL hash (read on start and when a link
  // is pasted, written after valid edits), which keeps the restored one if it would replace it; then
  // the page in the hash, followed through Back and Forward.
  useEffect(() => {
    const stopLocal = startLocalScenario();
    const stopLink = startShareLink();
    const stopAddress = startSiteAddress();
    return () => {
      stopAddress();
      stopLink();
      stopLocal();
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = INTL_LOCALE[locale];
    document.title = t(meta.title);
  }, [locale, t, meta]);

  return (
    <>
      <JumpLink className="skip-link" target={meta.skipTarget}>
        {t(meta.skipText)}
      </JumpLink>
      <header className="site-header">
        <div className="brand">
          <h1>{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <PageNav />
        <div className="header-settings">
          <LanguagePicker />
          <ThemePicker />
        </div>
      </header>
      <main>
        {/* A broken link opened on another page says so there too (the planner shows it in its own place). */}
        {page !== "planner" && <BrokenLinkBanner />}
        {page === "planner" ? (
          <PlannerPage />
        ) : (
          <Suspense fallback={<p className="chart-loading">{t("app.loadingPage")}</p>}>
            {page === "scenarios" ? (
              <ScenariosPage />
            ) : page === "import" ? (
              <ImportPage />
            ) : page === "network" ? (
              <NetworkPage />
            ) : (
              <ExplorerPage />
            )}
          </Suspense>
        )}
      </main>
    </>
  );
}
