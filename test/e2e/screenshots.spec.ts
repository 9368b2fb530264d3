import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { defaultScenario, encodeScenario } from "../../src/core/index.js";
import { expectNoSidewaysScroll } from "./page-checks.js";
import { watch } from "./watch.js";

/**
 * Screenshots of every page for a person to look at: the planner (opened from the example's `#s=`
 * link), the scenarios, the import (empty, then with what it found in the fixture cluster's pods),
 * the network page, the instance explorer and the explorer with a type's breakdown open; in English
 * and Korean, light and dark, on a 1440 × 900 desktop and a 390 × 844 phone. Each is a full-page PNG
 * in `screenshots/` at the repository's root (git ignores it), named `<page>-<language>-<theme>-<screen>.png`.
 *
 * The language and theme are set where the site keeps them (localStorage `eksize.locale` and
 * `eksize.theme`) before it loads. Before each shot the page's own content is awaited (the planner's
 * total, the explorer's count, the network's table and chart), and its heading is checked in the
 * language, so a page that did not load or did not switch language fails rather than being
 * photographed.
 */

/** `screenshots/` at the repository's root, wherever the tests are run from. */
const FOLDER = fileURLToPath(new URL("../../screenshots", import.meta.url));
const SCREENS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

type Language = "en" | "ko";
type Theme = "light" | "dark";

/** What each page says in each language: the navigation's links, headings and the controls used. */
const WORDS = {
  en: {
    lang: "en-US",
    nav: {
      scenarios: "Scenarios",
      import: "Import",
      network: "Network",
      explorer: "Instance explorer",
    },
    heading: {
      planner: "Plan and monthly cost in US East (N. Virginia), us-east-1",
      scenarios: "Your scenarios",
      import: "Import a cluster's workloads",
      found: "What the import found",
      network: "Addresses and subnets",
      explorer: "Instance types",
      breakdown: "How m5.large is sized",
    },
    pods: "Pods (required)",
    run: "Import workloads",
    plan: "Plan these workloads",
    family: "Family",
    count: "1,420 of 1,420 instance types",
    m5: "9 of 1,420 instance types",
  },
  ko: {
    lang: "ko-KR",
    nav: {
      scenarios: "시나리오",
      import: "가져오기",
      network: "네트워크",
      explorer: "인스턴스 탐색기",
    },
    heading: {
      planner: "계획과 월 비용: 미국 동부(버지니아 북부), us-east-1",
      scenarios: "내 시나리오",
      import: "클러스터 워크로드 가져오기",
      found: "가져온 결과",
      network: "주소와 서브넷",
      explorer: "인스턴스 유형",
      breakdown: "m5.large 크기 계산",
    },
    pods: "파드(필수)",
    run: "워크로드 가져오기",
    plan: "이 워크로드로 계획하기",
    family: "패밀리",
    count: "인스턴스 유형 1,420개 중 1,420개",
    m5: "인스턴스 유형 1,420개 중 9개",
  },
} as const;

/**
 * Writes the page's desktop and phone screenshots: full page at 1440 × 900, then at 390 × 844
 * (after checking nothing sticks out sideways), then back to the desktop size.
 */
async function shoot(page: Page, name: string, language: Language, theme: Theme): Promise<void> {
  for (const [screen, size] of Object.entries(SCREENS)) {
    await page.setViewportSize(size);
    // Let the charts and tables lay out at the new width: two frames, after the resize observers.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (screen === "phone") await expectNoSidewaysScroll(page, `${name} (${language}, ${theme}) on a phone`);
    await page.screenshot({ path: `${FOLDER}/${name}-${language}-${theme}-${screen}.png`, fullPage: true });
  }
  await page.setViewportSize(SCREENS.desktop);
}

/** Checks a page's heading in the language, visible. */
async function expectHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
}

test.beforeAll(async () => {
  await mkdir(FOLDER, { recursive: true });
});

for (const language of ["en", "ko"] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`every page in ${language}, ${theme}, on a desktop and a phone`, async ({ page }) => {
      test.setTimeout(180_000);
      const { errors } = watch(page);
      const words = WORDS[language];
      await page.addInitScript(
        ([locale, chosen]) => {
          localStorage.setItem("eksize.locale", locale);
          localStorage.setItem("eksize.theme", chosen);
        },
        [language, theme] as const,
      );
      await page.setViewportSize(SCREENS.desktop);
      await page.goto(`/#s=${encodeScenario(defaultScenario)}`);
      await expect(page.locator("html")).toHaveAttribute("lang", words.lang);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const nav = page.getByRole("navigation");

      await expect(page.getByTestId("summary-total")).toHaveText("$686.40");
      await expect(page.getByTestId("cost-chart").locator("svg.recharts-surface").first()).toBeVisible();
      await expectHeading(page, words.heading.planner);
      await shoot(page, "planner", language, theme);

      await nav.getByRole("link", { name: words.nav.scenarios }).click();
      await expectHeading(page, words.heading.scenarios);
      // The comparison's total: the current scenario against itself.
      await expect(page.getByRole("cell", { name: "$686.40" }).first()).toBeVisible();
      await shoot(page, "scenarios", language, theme);

      await nav.getByRole("link", { name: words.nav.import }).click();
      await expectHeading(page, words.heading.import);
      await shoot(page, "import", language, theme);
      const pods = await readFile("test/core/fixtures/kube/pods.json", "utf8");
      await page.getByRole("textbox", { name: words.pods }).fill(pods);
      await page.getByRole("button", { name: words.run }).click();
      await expectHeading(page, words.heading.found);
      await expect(page.getByRole("button", { name: words.plan })).toBeVisible();
      await shoot(page, "import-found", language, theme);

      await nav.getByRole("link", { name: words.nav.network }).click();
      await expectHeading(page, words.heading.network);
      await expect(page.getByTestId("zone-1-node").locator('[data-column="surge"]')).toHaveText("226");
      await expect(page.getByTestId("network-chart").locator("svg.recharts-surface").first()).toBeVisible();
      await shoot(page, "network", language, theme);

      await nav.getByRole("link", { name: words.nav.explorer }).click();
      await expectHeading(page, words.heading.explorer);
      await expect(page.getByRole("status").filter({ hasText: words.count })).toBeVisible();
      await shoot(page, "explorer", language, theme);

      await page.getByRole("combobox", { name: words.family }).fill("m5");
      await expect(page.getByRole("status").filter({ hasText: words.m5 })).toBeVisible();
      await page.getByRole("button", { name: "m5.large", exact: true }).click();
      await expectHeading(page, words.heading.breakdown);
      await expect(page.getByRole("complementary").locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
      await shoot(page, "explorer-type", language, theme);
      expect(errors).toEqual([]);
    });
  }
}
