/**
 * The skip links move the focus without touching the URL hash (which carries the share link), and
 * the theme picker sets `data-theme` on `<html>`, remembers the choice, and survives storage that
 * throws.
 */
import { screen } from "@testing-library/react";
import { defaultScenario, encodeScenario } from "eksize";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ThemePicker } from "../../src/app/App.js";
import { applyTheme, storedTheme, THEME_STORAGE_KEY, useThemeStore } from "../../src/app/store/theme-store.js";
import { renderFeature, renderSite, renderSiteOnExplorer } from "./helpers.js";

/** jsdom has no scrollIntoView: a spy stands in for it. */
const scrollIntoView = vi.fn();

beforeEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
  scrollIntoView.mockClear();
  useThemeStore.setState({ theme: "system" });
  document.documentElement.removeAttribute("data-theme");
});

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute("data-theme");
});

describe("skip links", () => {
  test("Skip to results focuses the results and keeps the share link in the hash", async () => {
    const hash = `#s=${encodeScenario(defaultScenario)}`;
    window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
    const { user } = renderSite();
    const link = screen.getByRole("link", { name: "Skip to the plan and its cost" });

    await user.click(link);
    expect(window.location.hash).toBe(hash);
    const results = document.getElementById("planner-results");
    expect(results).not.toBeNull();
    expect(document.activeElement).toBe(results);
    expect(results?.getAttribute("tabindex")).toBe("-1");
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });

  test("the skip link works from the keyboard: Tab reaches it first, Enter moves the focus", async () => {
    const { user } = renderSite();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("link", { name: "Skip to the plan and its cost" }));
    await user.keyboard("{Enter}");
    expect(document.activeElement?.id).toBe("planner-results");
    expect(window.location.hash).toBe("");
  });

  test("on the explorer it focuses the instance table, its address untouched", async () => {
    window.history.replaceState(null, "", `${window.location.pathname}#/explorer?s=1.abc`);
    const { user } = await renderSiteOnExplorer();
    await user.click(screen.getByRole("link", { name: "Skip to the instance table" }));
    expect(document.activeElement?.id).toBe("instance-table");
    expect(window.location.hash).toBe("#/explorer?s=1.abc");
    expect(screen.getByRole("link", { name: "Instance explorer" }).getAttribute("aria-current")).toBe("page");
  });
});

describe("theme", () => {
  test("the picker sets data-theme on <html> and remembers the choice; System removes both", async () => {
    const { user } = renderFeature(<ThemePicker />);
    const picker = screen.getByLabelText<HTMLSelectElement>("Theme");
    expect(picker.value).toBe("system");
    expect([...picker.options].map((option) => option.text)).toEqual(["System", "Light", "Dark"]);

    await user.selectOptions(picker, "dark");
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    expect(storedTheme()).toBe("dark");

    await user.selectOptions(picker, "light");
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");

    await user.selectOptions(picker, "system");
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  test("the picker speaks Korean", async () => {
    const { user } = renderFeature(<ThemePicker />);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    const picker = screen.getByLabelText<HTMLSelectElement>("테마");
    expect([...picker.options].map((option) => option.text)).toEqual(["시스템 설정", "밝게", "어둡게"]);
  });

  test("a stored theme is read back; nonsense and throwing storage fall back to System", () => {
    localStorage.setItem(THEME_STORAGE_KEY, "light");
    expect(storedTheme()).toBe("light");
    localStorage.setItem(THEME_STORAGE_KEY, "purple");
    expect(storedTheme()).toBe("system");

    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "removeItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(storedTheme()).toBe("system");
    expect(() => {
      useThemeStore.getState().setTheme("dark");
    }).not.toThrow();
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    expect(() => {
      useThemeStore.getState().setTheme("system");
    }).not.toThrow();
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });

  test("applyTheme sets and clears the attribute", () => {
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
