import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";
import { watch } from "./watch.js";

/**
 * The network page in Chromium on the built site: a /24 node subnet in us-east-1a is too small for
 * the default scenario (283 addresses needed with 25% headroom, 251 usable) and fits once
 * WARM_IP_TARGET=5 (154 needed); axe finds no serious or critical violation on the page.
 */

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");

function zoneCell(page: Page, row: string, column: string) {
  return page.getByTestId(row).locator(`[data-column="${column}"]`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    return axe.run(document);
  });
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}`));
}

test.use({ bypassCSP: true });

test("a CNI setting changes the subnet fit, and the page has no serious axe violation", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("button", { name: "Network" }).click();
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
  await expect(zoneCell(page, "zone-1-node", "needed")).toHaveText("154 (for the rolling replacement)");
  await expect(page).toHaveURL(/#s=1\./);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
