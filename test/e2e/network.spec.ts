import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./page-checks.js";
import { watch } from "./watch.js";

/**
 * The network page in Chromium on the built site: a /24 node subnet in us-east-1a is too small for
 * the default scenario (283 addresses needed with 25% headroom, 251 usable) and fits once
 * WARM_IP_TARGET=5 (154 needed); axe finds no serious or critical violation on the page.
 */

function zoneCell(page: Page, row: string, column: string) {
  return page.getByTestId(row).locator(`[data-column="${column}"]`);
}

test.use({ bypassCSP: true });

test("a CNI setting changes the subnet fit, and the page has no serious axe violation", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Network" }).click();
  await expect(zoneCell(page, "zone-1-node", "surge")).toHaveText("226");
  await expect(page.getByTestId("network-chart").locator("svg.recharts-surface").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Add a subnet" }).click();
  await page.getByLabel("Availability zone, 1", { exact: true }).fill("us-east-1a");
  await page.getByLabel("CIDR, 1", { exact: true }).fill("10.0.0.0/24");
  await expect(zoneCell(page, "zone-1-node", "fit")).toHaveText("Too small");
  await expect(zoneCell(page, "zone-1-node", "needed")).toHaveText("283 (for the rolling replacement)");

  await page.getByLabel("Warm IP addresses per node (WARM_IP_TARGET)", { exact: true }).fill("5");
  await expect(zoneCell(page, "zone-1-node", "fit")).toHaveText("Fits");
  await expect(zoneCell(page, "zone-1-node", "needed")).toHaveText("153 (for the rolling replacement)");
  await expect(page).toHaveURL(/#\/network\?s=1\./);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
