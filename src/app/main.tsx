import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { loadLocale } from "../present/i18n/translate.js";
import { useSiteStore } from "./store/site-store.js";
import { applyTheme, useThemeStore } from "./store/theme-store.js";
import "./styles.css";

// The remembered theme goes on <html> before the first render, so the page never flashes the other
// palette. (Not an inline script in index.html: the Content-Security-Policy forbids those.)
applyTheme(useThemeStore.getState().theme);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
// The first render waits for the language's messages (Korean is its own chunk), so the page opens in
// its language rather than flashing English; if they cannot be fetched it opens in English.
void loadLocale(useSiteStore.getState().locale).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
