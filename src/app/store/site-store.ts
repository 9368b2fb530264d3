/**
 * The site's own state, shared by every page: the page on screen and the language. Like the theme
 * (theme-store.ts), it belongs to the site, not to any one feature.
 */
import { create } from "zustand";
import type { Locale } from "../../present/i18n/locale.js";
import { isLocaleLoaded, loadLocale } from "../../present/i18n/translate.js";
import { detectLocale, rememberLocale } from "../i18n/remembered-locale.js";

/** The site's pages: the planner (the one it opens on), the saved scenarios, the kubectl import, the network plan and the instance explorer. */
export type Page = "planner" | "scenarios" | "import" | "network" | "explorer";

/** The store's data. */
export interface SiteData {
  /** The page on screen: the one in the URL's hash (site-address.ts moves between pages). */
  readonly page: Page;
  readonly locale: Locale;
}

/** The store's actions. */
export interface SiteActions {
  /** Switches the language and remembers it in localStorage. */
  setLocale: (locale: Locale) => void;
  /** Shows a page; `navigate` (site-address.ts) moves to one, with its address and a history entry. */
  setPage: (page: Page) => void;
}

/** The whole store. */
export type SiteState = SiteData & SiteActions;

/**
 * The state the site opens with. The language comes from localStorage or the browser, so this is a
 * function: tests call it to reset the store between cases.
 */
export function initialSiteData(): SiteData {
  return { page: "planner", locale: detectLocale() };
}

/** The site store (a React hook; `useSiteStore.getState()` outside React). */
export const useSiteStore = create<SiteState>()((set) => ({
  ...initialSiteData(),
  setLocale: (locale) => {
    rememberLocale(locale);
    // A language whose messages are not loaded yet switches once they are (English stays meanwhile);
    // if they cannot be fetched, it switches all the same and speaks English.
    if (isLocaleLoaded(locale)) set({ locale });
    else
      void loadLocale(locale).finally(() => {
        set({ locale });
      });
  },
  setPage: (page) => {
    set({ page });
  },
}));
