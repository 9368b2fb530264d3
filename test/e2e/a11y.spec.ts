import { expect, test, type Page } from "@playwright/test";
import { defaultScenario, encodeScenario, type Scenario } from "../../src/core/index.js";
import { expectNoSeriousViolations, expectNoSidewaysScroll } from "./page-checks.js";
import { watch } from "./watch.js";

/**
 * Accessibility, phone-size use, privacy and injection safety of the built site in Chromium:
 *
 * - axe-core finds no serious or critical violation on any page (the planner, the scenarios page, the instance
 *   explorer with a breakdown open), in English and Korean, in the light and dark themes chosen
 *   with the theme picker, and in the dark system palette (emulated) with the picker on System;
 * - on a phone (390 × 844, touch) no page is wider than the screen, and the main controls work;
 * - no request leaves the page's origin, and the page carries a Content-Security-Policy that
 *   allows only 'self' (and the compiling of WebAssembly, for the optimal mix's solver);
 * - a share link with markup in its names shows them as text and runs nothing.
 */

type Language = "en" | "ko";
type ThemeChoice = "system" | "light" | "dark";

/** The names the header's controls have in each language. */
const LABELS: Readonly<
  Record<
    Language,
    {
      language: string;
      theme: string;
      explorer: string;
      table: RegExp;
      scenarios: string;
      save: string;
      compare: RegExp;
    }
  >
> = {
  en: {
    language: "Language",
    theme: "Theme",
    explorer: "Instance explorer",
    table: /^Instance types$/,
    scenarios: "Scenarios",
    save: "Save",
    compare: /^1 input differs$/,
  },
  ko: {
    language: "언어",
    theme: "테마",
    explorer: "인스턴스 탐색기",
    table: /인스턴스 유형/,
    scenarios: "시나리오",
    save: "저장",
    compare: /^입력 1개가 다릅니다$/,
  },
};

/** The planner's first chart drawn: the page has settled. */
async function plannerReady(page: Page): Promise<void> {
  await expect(page.getByTestId("total")).toBeVisible();
  await expect(page.getByTestId("cost-chart").locator("svg.recharts-surface").first()).toBeVisible();
}

/** Switches the language with the header's picker (labelled in the current language). */
async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const current = (await page.locator("html").getAttribute("lang")) === "ko-KR" ? "ko" : "en";
  await page.getByLabel(LABELS[current].language, { exact: true }).selectOption(language);
  await expect(page.locator("html")).toHaveAttribute("lang", language === "ko" ? "ko-KR" : "en-US");
}

/** Picks a theme with the header's picker and checks it reached `<html>`. */
async function chooseTheme(page: Page, language: Language, theme: ThemeChoice): Promise<void> {
  await page.getByLabel(LABELS[language].theme, { exact: true }).selectOption(theme);
  if (theme === "system") await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  else await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}

/** Opens the instance explorer with the header's navigation and a type's breakdown, chart included. */
async function openExplorerWithBreakdown(page: Page, language: Language): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: LABELS[language].explorer }).click();
  const table = page.getByRole("table", { name: LABELS[language].table });
  await expect(table).toBeVisible();
  await page.locator("#filter-name").fill("m5.large");
  await table.getByRole("button", { name: "m5.large", exact: true }).click();
  await expect(page.getByRole("complementary").locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
}

/**
 * Saves the planner's scenario, changes it, and opens the Scenarios page, which then shows a saved
 * row and the comparison of the current scenario with the saved one.
 */
async function openScenariosWithComparison(page: Page, language: Language): Promise<void> {
  await page.getByRole("button", { name: LABELS[language].save, exact: true }).click();
  await page.locator("input[id^='workload-'][id$='-replicas']").first().fill("7");
  await page.getByRole("navigation").getByRole("link", { name: LABELS[language].scenarios }).click();
  await expect(page.getByRole("table", { name: LABELS[language].compare })).toBeVisible();
}

/** Opens every disclosure (formulas, fills, options) of the page. */
async function openEveryDetail(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
}

test.describe("axe finds no serious or critical violation", () => {
  // The axe script is injected inline, which the site's CSP (script-src 'self') rightly refuses.
  test.use({ bypassCSP: true });

  for (const language of ["en", "ko"] as const) {
    for (const theme of ["light", "dark"] as const) {
      test(`on every page in ${language}, ${theme} theme`, async ({ page }) => {
        const { errors } = watch(page);
        await page.goto("/");
        await plannerReady(page);
        if (language !== "en") await chooseLanguage(page, language);
        await chooseTheme(page, language, theme);
        await openEveryDetail(page);
        await expectNoSeriousViolations(page, `the planner (${language}, ${theme})`);

        // An invalid value shows the field's error and the notice: they must be readable too.
        const replicas = page.locator("input[id^='workload-'][id$='-replicas']").first();
        await replicas.fill("-1");
        await expect(replicas).toHaveAttribute("aria-invalid", "true");
        await expectNoSeriousViolations(page, `the planner with an invalid field (${language}, ${theme})`);
        await replicas.fill("6");

        await openScenariosWithComparison(page, language);
        await expectNoSeriousViolations(page, `the scenarios page (${language}, ${theme})`);

        await openExplorerWithBreakdown(page, language);
        await expectNoSeriousViolations(page, `the explorer (${language}, ${theme})`);
        expect(errors).toEqual([]);
      });
    }
  }

  for (const language of ["en", "ko"] as const) {
    test(`on every page in ${language}, the system's dark palette with the theme on System`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/");
      await plannerReady(page);
      if (language !== "en") await chooseLanguage(page, language);
      await chooseTheme(page, language, "system");
      // The dark palette is in use: the page's background is dark.
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe("rgb(20, 24, 29)");
      await openEveryDetail(page);
      await expectNoSeriousViolations(page, `the planner (${language}, system dark)`);
      await openScenariosWithComparison(page, language);
      await expectNoSeriousViolations(page, `the scenarios page (${language}, system dark)`);
      await openExplorerWithBreakdown(page, language);
      await expectNoSeriousViolations(page, `the explorer (${language}, system dark)`);
    });
  }
});

test("the theme is remembered, applied before the first render, and Light overrides a dark system", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await plannerReady(page);
  await chooseTheme(page, "en", "light");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe("rgb(255, 255, 255)");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("light");

  // After a reload the attribute is on <html> by the time the app's first element exists (its page
  // navigation: the frame in index.html, shown before the script runs, has none).
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector("#root .page-nav")) {
        (window as unknown as { themeAtFirstRender: string | null }).themeAtFirstRender =
          document.documentElement.getAttribute("data-theme");
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await plannerReady(page);
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstRender: unknown }).themeAtFirstRender)).toBe(
    "light",
  );
  await expect(page.getByLabel("Theme", { exact: true })).toHaveValue("light");
  expect(await background()).toBe("rgb(255, 255, 255)");

  await chooseTheme(page, "en", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toBe("rgb(20, 24, 29)");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  for (const language of ["en", "ko"] as const) {
    test(`every page fits the width and its main controls work (${language})`, async ({ page }) => {
      const { errors } = watch(page);
      await page.goto("/");
      await plannerReady(page);
      if (language !== "en") await chooseLanguage(page, language);
      await expectNoSidewaysScroll(page, `the planner (${language})`);

      // Edit a workload's replicas: the plan and its total follow.
      const total = page.getByTestId("total");
      const before = await total.textContent();
      const replicas = page.locator("input[id^='workload-'][id$='-replicas']").first();
      await replicas.tap();
      await replicas.fill("30");
      await expect(total).not.toHaveText(before ?? "");
      if (language === "en") await expect(total).toHaveText("$880.05");
      await expectNoSidewaysScroll(page, `the planner after an edit (${language})`);

      // Every disclosure open (formulas, fills, options): still no sideways scroll.
      await page.locator("details > summary").first().tap();
      await openEveryDetail(page);
      await expectNoSidewaysScroll(page, `the planner with every detail open (${language})`);

      await chooseTheme(page, language, "dark");
      await expectNoSidewaysScroll(page, `the planner, dark (${language})`);

      // The scenarios page with a saved scenario and the comparison.
      await page.getByRole("button", { name: LABELS[language].save, exact: true }).tap();
      await replicas.fill("7");
      await page.getByRole("navigation").getByRole("link", { name: LABELS[language].scenarios }).tap();
      await expect(page.getByRole("table", { name: LABELS[language].compare })).toBeVisible();
      await expectNoSidewaysScroll(page, `the scenarios page (${language})`);

      // The explorer: filter by name, open the type; the table scrolls inside its own region.
      await page.getByRole("navigation").getByRole("link", { name: LABELS[language].explorer }).tap();
      const table = page.getByRole("table", { name: LABELS[language].table });
      await expect(table).toBeVisible();
      await expectNoSidewaysScroll(page, `the explorer (${language})`);
      const region = page.locator("#instance-table");
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);

      await page.locator("#filter-name").fill("m5.large");
      await expect(page.getByRole("status")).toHaveText(
        language === "en" ? "1 of 1,420 instance types" : "인스턴스 유형 1,420개 중 1개",
      );
      await table.getByRole("button", { name: "m5.large", exact: true }).tap();
      await expect(page.getByRole("complementary").locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
      await expectNoSidewaysScroll(page, `the explorer with a breakdown open (${language})`);
      expect(errors).toEqual([]);
    });
  }
});

test("at other widths neither page scrolls sideways, a breakdown open or not", async ({ page }) => {
  for (const width of [320, 768, 960, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await plannerReady(page);
    await openEveryDetail(page);
    await expectNoSidewaysScroll(page, `the planner at ${width}px`);
    await page.getByRole("navigation").getByRole("link", { name: "Instance explorer" }).click();
    await expect(page.getByRole("table", { name: "Instance types" })).toBeVisible();
    await expectNoSidewaysScroll(page, `the explorer at ${width}px`);
    await openExplorerWithBreakdown(page, "en");
    await expectNoSidewaysScroll(page, `the explorer with a breakdown at ${width}px`);
  }
});

test("chart labels, legends and tooltips take the palette's text colours (axe does not check SVG text)", async ({
  page,
}) => {
  /** The lowest contrast of the charts' words against what is behind them. */
  const lowestChartContrast = () =>
    page.evaluate(() => {
      const channels = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = (color: string): number => {
        const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const backgroundOf = (element: Element): string => {
        for (let node: Element | null = element; node !== null; node = node.parentElement) {
          const background = getComputedStyle(node).backgroundColor;
          const alpha = channels(background)[3];
          if (background !== "transparent" && alpha !== 0) return background;
        }
        return "rgb(255, 255, 255)";
      };
      const words = [
        ...[...document.querySelectorAll(".chart-frame .recharts-text")].map((e) => ({
          e,
          color: getComputedStyle(e).fill,
        })),
        ...[
          ...document.querySelectorAll(
            ".chart-frame .recharts-legend-item-text, .chart-frame .recharts-tooltip-item, .chart-frame .recharts-tooltip-label",
          ),
        ].map((e) => ({ e, color: getComputedStyle(e).color })),
      ];
      let lowest = { ratio: Infinity, what: "" };
      for (const { e, color } of words) {
        const [light, dark] = [luminance(color), luminance(backgroundOf(e))].sort((a, b) => b - a) as [number, number];
        const ratio = (light + 0.05) / (dark + 0.05);
        if (ratio < lowest.ratio) lowest = { ratio, what: `${e.textContent}: ${color} on ${backgroundOf(e)}` };
      }
      return { count: words.length, ...lowest };
    });

  for (const theme of ["light", "dark"] as const) {
    await page.goto("/");
    await plannerReady(page);
    await chooseTheme(page, "en", theme);
    // Hover a bar for its tooltip.
    await page.getByTestId("cost-chart").locator(".recharts-bar-rectangle path").nth(2).hover();
    await expect(page.getByTestId("cost-chart").locator(".recharts-tooltip-item").first()).toBeVisible();
    const planner = await lowestChartContrast();
    expect(planner.count).toBeGreaterThan(20);
    expect(planner.ratio, `planner charts, ${theme}: ${planner.what}`).toBeGreaterThanOrEqual(4.5);

    await openExplorerWithBreakdown(page, "en");
    const explorer = await lowestChartContrast();
    expect(explorer.count).toBeGreaterThan(5);
    expect(explorer.ratio, `breakdown chart, ${theme}: ${explorer.what}`).toBeGreaterThanOrEqual(4.5);
  }
});

test("the skip link moves the focus to the results from the keyboard and keeps the share link", async ({ page }) => {
  const hash = `#s=${encodeScenario(defaultScenario)}`;
  await page.goto(`/${hash}`);
  await plannerReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the plan and its cost" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#planner-results")).toBeFocused();
  await expect(page.locator("#planner-results")).toBeInViewport();
  expect(await page.evaluate(() => location.hash)).toBe(hash);
});

test("no request leaves the origin, and the CSP allows only 'self' (and WebAssembly)", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  await plannerReady(page);
  await expect(page.getByTestId("ranking-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await chooseTheme(page, "en", "dark");
  await chooseLanguage(page, "ko");
  await chooseTheme(page, "ko", "light");
  await openExplorerWithBreakdown(page, "ko");
  await chooseLanguage(page, "en");
  await chooseTheme(page, "en", "system");
  await page.getByRole("navigation").getByRole("link", { name: "Planner" }).click();
  await plannerReady(page);
  await page.reload();
  await plannerReady(page);

  expect(requests.length).toBeGreaterThan(0);
  const elsewhere = requests.filter(
    (url) => !(url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")),
  );
  expect(elsewhere).toEqual([]);
  // The charts' code was loaded from the origin (the lazy chunks were among the requests).
  expect(requests.some((url) => url.includes("PlannerCharts"))).toBe(true);
  expect(requests.some((url) => url.includes("BreakdownChart"))).toBe(true);

  // The page's Content-Security-Policy.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).not.toBeNull();
  const directives = new Map(
    (csp ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== "")
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  // WebAssembly compiles (the optimal mix's solver); no eval, no inline script.
  expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);

  // And the browser enforces it: a fetch elsewhere is refused before it leaves.
  const refused = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener("securitypolicyviolation", (event) => {
        resolve(event.effectiveDirective);
      });
    });
    try {
      await fetch("https://example.com/");
      return "fetched";
    } catch {
      return violation;
    }
  });
  expect(refused).toBe("connect-src");
  expect(requests.filter((url) => url.startsWith("https://example.com"))).toEqual([]);
  expect(errors.filter((error) => !error.includes("Content Security Policy"))).toEqual([]);
});

test("a share link with markup in its names shows them as text and runs nothing", async ({ page }) => {
  const workloadName = "<img src=x onerror=alert(1)>";
  const scenarioName = "<script>alert(1)</script>";
  const scenario: Scenario = {
    ...defaultScenario,
    name: scenarioName,
    workloads: defaultScenario.workloads.map((workload, index) =>
      index === 0 ? { ...workload, name: workloadName } : workload,
    ),
  };
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const { requests } = watch(page);

  await page.goto(`/#s=${encodeScenario(scenario)}`);
  await plannerReady(page);
  const origin = new URL(page.url()).origin;
  // The link opened: no banner, and the workload's name field holds the name as typed.
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator("input[id^='workload-'][id$='-name']").first()).toHaveValue(workloadName);
  // The name appears as literal text where the plan lists what fills a node.
  await openEveryDetail(page);
  await expect(page.getByText(workloadName, { exact: false }).first()).toBeVisible();

  // Switching the language re-renders every text: still inert.
  await chooseLanguage(page, "ko");
  await chooseLanguage(page, "en");
  await page.waitForLoadState("networkidle");

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator("img").count()).toBe(0);
  expect(
    await page.evaluate(() => [...document.scripts].filter((script) => script.text.includes("alert(1)")).length),
  ).toBe(0);
  expect(requests.filter((url) => url === `${origin}/x`)).toEqual([]);
  // The scenario's name is a form value in the planner and text on the scenarios page.
  await expect(page.getByLabel("Scenario name")).toHaveValue(scenarioName);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();
  await expect(page.getByRole("table", { name: "Saved in this browser" }).getByRole("rowheader")).toHaveText([
    scenarioName,
  ]);
  expect(await page.locator("img").count()).toBe(0);
  expect(
    await page.evaluate(() => [...document.scripts].filter((script) => script.text.includes("alert(1)")).length),
  ).toBe(0);
  expect(dialogs).toEqual([]);
});
