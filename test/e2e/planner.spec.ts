import { expect, test, type Page } from "@playwright/test";
import { offMachine, watch } from "./watch.js";

/**
 * The planner in Chromium on the built site: it opens on the default scenario, an edit to a
 * workload changes the plan and the cost chart, an invalid value keeps the last valid plan, and
 * nothing leaves 127.0.0.1. Also writes the screenshots /tmp/planner-desktop.png and
 * /tmp/planner-phone.png for a look.
 */

/** The "Nodes" figure of a node group's plan card. */
function nodesOf(page: Page, group: string) {
  return page
    .getByRole("article", { name: new RegExp(`^${group}:`) })
    .locator("summary", { has: page.locator(".traced-label", { hasText: /^Nodes$/ }) })
    .locator(".figure");
}

test("editing a workload's replicas changes the plan's node count and the cost chart", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Planner" })).toHaveAttribute("aria-current", "page");
  await expect(nodesOf(page, "general")).toHaveText("5 (4 on-demand, 1 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$814.15");

  const chart = page.getByTestId("cost-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /As configured: \$814\.15/);
  const barHeight = () =>
    chart
      .locator(".recharts-bar-rectangle path")
      .evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().height).join(","));
  const before = await barHeight();
  await page.screenshot({ path: "/tmp/planner-desktop.png", fullPage: true });

  const replicas = page.getByLabel("Replicas, web-frontend");
  await replicas.fill("30");
  await expect(nodesOf(page, "general")).toHaveText("6 (4 on-demand, 2 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
  await expect(chart).toHaveAttribute("aria-label", /As configured: \$880\.05/);
  await expect.poll(barHeight).not.toBe(before);

  // An invalid value is marked, explained, and the last valid plan stays.
  await replicas.fill("-1");
  await expect(replicas).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Must be at least 0", { exact: true })).toBeVisible();
  await expect(page.getByText("Showing the last valid plan.")).toBeVisible();
  await expect(nodesOf(page, "general")).toHaveText("6 (4 on-demand, 2 Spot)");

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("on a phone-size screen the planner fits the width and its tables scroll inside their regions", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$814.15");
  await expect(page.getByTestId("cost-chart").locator("svg.recharts-surface").first()).toBeVisible();
  const sizes = await page.evaluate(() => ({
    pageScroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.pageScroll).toBeLessThanOrEqual(sizes.viewport);
  await page.screenshot({ path: "/tmp/planner-phone.png", fullPage: true });
  expect(errors).toEqual([]);
});
