/**
 * The colour theme: follow the system (`prefers-color-scheme`, the default), or always light or
 * always dark. The choice is remembered in localStorage and applied as `data-theme` on `<html>`
 * (absent while following the system); styles.css holds both palettes.
 *
 * main.tsx applies the remembered choice before the first render, so the page never flashes the
 * other palette (an inline script would do it earlier, but the Content-Security-Policy forbids those).
 */
import { create } from "zustand";
import { readStorage, removeStorage, writeStorage } from "./browser-storage.js";

/** The theme choices, in the picker's order. */
export const THEMES = ["system", "light", "dark"] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** localStorage key of the theme the user picked. */
export const THEME_STORAGE_KEY = "eksize.theme";

/** Whether a value is one of {@link THEMES}. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The remembered theme, else "system" (also when storage is unavailable or holds something else). */
export function storedTheme(): Theme {
  const stored = readStorage(THEME_STORAGE_KEY);
  return isTheme(stored) ? stored : "system";
}

/** Remembers the theme; where storage is unavailable the theme still changes for this visit. */
export function rememberTheme(theme: Theme): void {
  if (theme === "system") removeStorage(THEME_STORAGE_KEY);
  else writeStorage(THEME_STORAGE_KEY, theme);
}

/** Sets `data-theme` on `<html>` for a forced theme; removes it to follow the system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}

/** The store's state and action. */
export interface ThemeState {
  readonly theme: Theme;
  /** Switches the theme, applies it to `<html>` and remembers it. */
  setTheme: (theme: Theme) => void;
}

/** The theme store (a React hook; `useThemeStore.getState()` outside React). */
export const useThemeStore = create<ThemeState>()((set) => ({
  theme: storedTheme(),
  setTheme: (theme) => {
    applyTheme(theme);
    rememberTheme(theme);
    set({ theme });
  },
}));
