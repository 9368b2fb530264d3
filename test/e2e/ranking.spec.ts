import { expect, test, type Locator, type Page } from "@playwright/test";
import { offMachine, watch } from "./watch.js";

/**
 * The user's task "find the cheapest instance type and use it", in Chromium on the built site with
 * the tests' prices: the ranking's first type for "general" is m6g.xlarge at $631.87 a month (the
 * default scenario as configured: $686.40); one click on "Use this type" makes the plan's total that
 * figure. The columns that decide (strategy or type, total, nodes, unschedulable pods) are on screen
 * at 1440 px and reachable on a 390 px phone, the first column staying in view.
 */

function rankingTable(page: Page): Locator {
  return page.getByRole("table", { name: /cheapest instance types for general/ });
}

/** Whether an element lies inside the viewport's width, as the user sees it without scrolling sideways. */
async function withinViewportWidth(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

test("find the cheapest type and use it: one click, and the plan costs what the ranking said", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");

  const ranking = rankingTable(page);
  const first = ranking.locator("tbody tr").first();
  await expect(first.getByRole("rowheader")).toHaveText("m6g.xlarge");
  const ranked = first.locator('[data-column="total"]');
  await expect(ranked).toHaveText("$631.87");
  const figure = await ranked.textContent();

  // The comparison's cheapest-type strategy is the same type at the same figure.
  const strategies = page.getByRole("table", { name: /^Monthly cost by strategy/ });
  const cheapest = strategies.locator('tr[data-strategy="cheapest-type"]');
  await expect(cheapest.locator("strong")).toHaveText("Cheapest type for general (m6g.xlarge)");
  await expect(cheapest.locator('[data-column="total"]')).toHaveText(figure ?? "");

  // On a 1440 px screen the deciding columns are in view without scrolling sideways.
  for (const header of ["Total / month", "Nodes", "Unschedulable pods"]) {
    expect(await withinViewportWidth(page, strategies.getByRole("columnheader", { name: header }))).toBe(true);
  }
  for (const header of ["Bill / month", "Nodes", "Unschedulable pods"]) {
    expect(await withinViewportWidth(page, ranking.getByRole("columnheader", { name: header }))).toBe(true);
  }
  expect(
    await withinViewportWidth(page, first.getByRole("button", { name: "Use this type: m6g.xlarge for general" })),
  ).toBe(true);

  await first.getByRole("button", { name: "Use this type: m6g.xlarge for general" }).click();
  await expect(page.getByTestId("total")).toHaveText(figure ?? "");
  await expect(page.getByRole("heading", { name: "general: m6g.xlarge" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "general now uses m6g.xlarge" })).toHaveText(
    "general now uses m6g.xlarge: $631.87 a month.",
  );
  await expect(strategies.locator('tr[data-strategy="as-configured"] [data-column="total"]')).toHaveText(figure ?? "");
  await expect(first.getByText("In use")).toBeVisible();
  // A normal edit: the share link follows.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=2\./);
  await page.screenshot({ path: "/tmp/ranking-desktop.png", fullPage: true });

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("on a 390 px phone the ranking scrolls sideways with the type in view, and its button works", async ({ page }) => {
  const { errors } = watch(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const ranking = rankingTable(page);
  const region = page.getByRole("region", { name: /cheapest instance types for general/ });
  const name = ranking.locator("tbody tr").first().getByRole("rowheader");
  await region.scrollIntoViewIfNeeded();
  const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(scrolls).toBe(true);
  await region.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
  });
  // Scrolled to the end: the type's column is still at the region's left edge.
  const regionBox = await region.boundingBox();
  const nameBox = await name.boundingBox();
  expect(Math.abs((nameBox?.x ?? -100) - (regionBox?.x ?? 0))).toBeLessThan(2);
  await region.evaluate((element) => {
    element.scrollLeft = 0;
  });
  const button = ranking.getByRole("button", { name: "Use this type: m6g.xlarge for general" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.getByTestId("total")).toHaveText("$631.87");
  const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
  expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  await page.screenshot({ path: "/tmp/ranking-phone.png", fullPage: true });
  expect(errors).toEqual([]);
});
