import { expect, test, type Page } from "@playwright/test";
import { offMachine, watch } from "./watch.js";

/**
 * The built site in Chromium: the table, sorting, filtering, the breakdown with its lazily loaded
 * chart, keyboard use, a phone-size screen, and no request to anywhere but the local server.
 */

/** Loads the site, which opens on the planner, and switches to the instance explorer. */
async function openExplorer(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: "Instance explorer" }).click();
}

test("sort, filter and open a breakdown, all without leaving 127.0.0.1", async ({ page }) => {
  const { requests, errors } = watch(page);
  await openExplorer(page);

  const table = page.getByRole("table", { name: "Instance types" });
  await expect(page.getByRole("status")).toHaveText("1,420 of 1,420 instance types");
  await expect(table.getByRole("button", { name: "a1.2xlarge", exact: true })).toBeVisible();
  await expect(
    page.getByText(
      "On-demand prices as of 2026-05 to 2026-07-20 · Spot prices as of 2026-05 · Spot savings and interruptions as of 2025-06-28",
      { exact: false },
    ),
  ).toBeVisible();

  // Sort by max pods: the first click sorts descending, and a 250-pod type comes first.
  const maxPodsHeader = page.getByRole("columnheader", { name: /Max pods/ });
  await maxPodsHeader.getByRole("button").click();
  await expect(maxPodsHeader).toHaveAttribute("aria-sort", "descending");
  const firstRow = table.locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow.locator('[data-column="name"]')).toHaveText("c5.18xlarge");
  await expect(firstRow.locator('[data-column="maxPods"]')).toHaveText("250");

  // Filter by name.
  await page.getByLabel("Name", { exact: true }).fill("m5.large");
  await expect(page.getByRole("status")).toHaveText("1 of 1,420 instance types");
  const m5Large = table.locator('tbody tr[aria-rowindex="2"]');
  await expect(m5Large.locator('[data-column="maxPods"]')).toHaveText("29");
  await expect(m5Large.locator('[data-column="allocatableCpu"]')).toHaveText("1,930m");

  // The chart's code is not loaded before a type is opened.
  expect(requests.filter((url) => url.includes("BreakdownChart"))).toEqual([]);
  await page.getByRole("button", { name: "m5.large", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "How m5.large is sized" });
  await expect(panel.getByText("3 ENIs × (10 − 1) + 2 = 29", { exact: true })).toBeVisible();
  await expect(panel.getByText("2,000m − 70m kube-reserved = 1,930m", { exact: true })).toBeVisible();
  await expect(
    panel.getByText(
      "8,192 MiB − 559 MiB kernel and VM (the kubelet sees 7,633 MiB: MemTotal measured on a real node) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,959 MiB",
      { exact: true },
    ),
  ).toBeVisible();
  await expect(panel.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  expect(await panel.locator(".recharts-bar-rectangle path, .recharts-rectangle").count()).toBeGreaterThanOrEqual(4);
  await expect(panel.getByRole("table", { name: "Capacity, reservations and allocatable of m5.large" })).toBeVisible();
  expect(requests.filter((url) => url.includes("BreakdownChart")).length).toBe(1);

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a type is opened from the keyboard, with a visible focus ring", async ({ page }) => {
  const { requests } = watch(page);
  await openExplorer(page);
  await page.getByLabel("Name", { exact: true }).fill("t2.medium");
  await page.getByRole("checkbox", { name: "Prefix delegation" }).check();
  await page.getByLabel("Name", { exact: true }).focus();

  let reached = false;
  for (let step = 0; step < 40 && !reached; step += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.textContent === "t2.medium");
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");

  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: "How t2.medium is sized" });
  await expect(panel.getByText("3 ENIs × (6 − 1) + 2 = 17", { exact: true })).toBeVisible();
  await expect(panel.getByText(/Prefix delegation is on but was not applied/)).toBeVisible();
  expect(offMachine(requests)).toEqual([]);
});

test("under Karpenter a bare-metal type shows the kubelet's max pods in its row and its breakdown", async ({
  page,
}) => {
  const { requests, errors } = watch(page);
  await openExplorer(page);
  await page.getByLabel("Reservation profile").selectOption("karpenter");
  await page.getByRole("checkbox", { name: "Prefix delegation" }).check();
  await page.getByLabel("Name", { exact: true }).fill("m5.metal");
  const row = page.getByRole("table", { name: "Instance types" }).locator('tbody tr[aria-rowindex="2"]');
  await expect(row.locator('[data-column="maxPods"]')).toHaveText("737");

  await page.getByRole("button", { name: "m5.metal", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "How m5.metal is sized" });
  await expect(panel.getByRole("heading", { name: "Max pods: 737" })).toBeVisible();
  await expect(panel.getByText("15 ENIs × (50 − 1) + 2 = 737", { exact: true })).toBeVisible();
  await expect(panel.getByText("Karpenter applies no 110/250 ceiling: max pods = 737", { exact: true })).toBeVisible();
  await expect(panel.getByText(/^Karpenter ignores prefix delegation for max pods/)).toBeVisible();
  await expect(panel.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await page.screenshot({ path: "/tmp/explorer-fix.png", fullPage: true });
  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("the Auto Mode fee column is chosen in the column picker and kept in the address; estimates say so", async ({
  page,
}) => {
  const { errors } = watch(page);
  await openExplorer(page);
  const table = page.getByRole("table", { name: "Instance types" });
  await expect(page.getByRole("columnheader", { name: /Auto Mode/ })).toHaveCount(0);
  await page.locator("summary", { hasText: /^Columns/ }).click();
  await page.getByRole("checkbox", { name: "Auto Mode $/hour" }).check();
  await expect(page).toHaveURL(/columns=[\w,]*autoModeFee/);
  await page.getByLabel("Name", { exact: true }).fill("m5.large t3.micro");
  await expect(page.getByRole("status")).toHaveText("2 of 1,420 instance types");
  // 12% of m5.large's $0.096; Auto Mode never launches micro sizes.
  await expect(table.locator('tbody tr[aria-rowindex="2"] [data-column="autoModeFee"]')).toHaveText("$0.0115estimate");
  await expect(table.locator('tbody tr[aria-rowindex="3"] [data-column="autoModeFee"]')).toHaveText(
    "none (EKS Auto Mode does not launch t3.micro in US East (N. Virginia), us-east-1)",
  );
  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Auto Mode \$\/hour/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("on a phone-size screen the table scrolls sideways inside its region, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await expect(page.getByRole("status")).toHaveText("1,420 of 1,420 instance types");
  const sizes = await page.evaluate(() => {
    const region = document.getElementById("instance-table")!;
    return {
      regionScroll: region.scrollWidth,
      regionWidth: region.clientWidth,
      pageScroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    };
  });
  expect(sizes.regionScroll).toBeGreaterThan(sizes.regionWidth);
  expect(sizes.pageScroll).toBeLessThanOrEqual(sizes.viewport);
});

test("switching to Korean relabels the page and survives a reload", async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel("Language").selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko-KR");
  await expect(page.getByRole("status")).toHaveText("인스턴스 유형 1,420개 중 1,420개");
  await page.reload();
  await page.getByRole("link", { name: "인스턴스 탐색기" }).click();
  await expect(page.getByLabel("언어")).toHaveValue("ko");
  await expect(page.getByRole("columnheader", { name: /최대 파드/ })).toBeVisible();
});
