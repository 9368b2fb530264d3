import { expect, test, type Page } from "@playwright/test";
import { defaultScenario } from "../../src/core/index.js";
import { currentPage, scenarioInAddress } from "./site.js";
import { offMachine, watch } from "./watch.js";

/**
 * Pages with addresses in Chromium: the page links move between pages, each page's URL carries the
 * scenario, Back and Forward move between them; an explorer address opens its table as it was; the
 * region chosen in the explorer is the planner's.
 */

/** The instance table's column headers, left to right, without the sort icons. */
async function headers(page: Page): Promise<string[]> {
  const texts = await page.getByRole("table", { name: "Instance types" }).getByRole("columnheader").allTextContents();
  return texts.map((text) => text.replace(/[▲▼↕]/g, ""));
}

test("planner → explorer → network by the page links, each URL with the scenario; Back and Forward move between them", async ({
  page,
}) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expect(currentPage(page)).toHaveText("Planner");
  const entries = await page.evaluate(() => history.length);

  await page.getByRole("link", { name: "Instance explorer" }).click();
  await expect(page.getByRole("table", { name: "Instance types" })).toBeVisible();
  await expect(page).toHaveURL(/\/#\/explorer\?s=2\.[\w-]+&region=us-east-1$/);
  expect(await scenarioInAddress(page)).toEqual(defaultScenario);
  await expect(page).toHaveTitle("eksize: EKS instance explorer");

  await page.getByRole("link", { name: "Network" }).click();
  await expect(page.getByRole("table", { name: "Addresses per availability zone and subnet role" })).toBeVisible();
  await expect(page).toHaveURL(/\/#\/network\?s=2\.[\w-]+$/);
  expect(await scenarioInAddress(page)).toEqual(defaultScenario);
  expect(await page.evaluate(() => history.length)).toBe(entries + 2);

  await page.goBack();
  await expect(currentPage(page)).toHaveText("Instance explorer");
  await expect(page.getByRole("table", { name: "Instance types" })).toBeVisible();
  await expect(page).toHaveURL(/\/#\/explorer\?s=2\.[\w-]+&region=us-east-1$/);

  await page.goBack();
  await expect(currentPage(page)).toHaveText("Planner");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expect(page).toHaveURL(/\/#s=2\.[\w-]+$/);
  expect(await scenarioInAddress(page)).toEqual(defaultScenario);

  await page.goForward();
  await expect(currentPage(page)).toHaveText("Instance explorer");
  await expect(page).toHaveURL(/\/#\/explorer\?s=2\.[\w-]+&region=us-east-1$/);
  await page.goForward();
  await expect(currentPage(page)).toHaveText("Network");
  await expect(page).toHaveURL(/\/#\/network\?s=2\.[\w-]+$/);

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("an explorer address opens the table as it was: filters, sort, columns and CNI mode", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto(
    "/#/explorer?region=eu-west-1&name=m5.,m6i.&arch=amd64&vcpu=2-4&prefix-delegation=1" +
      "&sort=-onDemandHour&columns=vcpu,maxPods,onDemandHour",
  );
  const table = page.getByRole("table", { name: "Instance types" });
  await expect(page.locator(".count")).toHaveText("4 of 1,420 instance types");
  expect(await headers(page)).toEqual(["Instance type", "vCPU", "Max pods", "$/hour"]);
  await expect(table.getByRole("columnheader", { name: /\$\/hour/ })).toHaveAttribute("aria-sort", "descending");
  const rows = table.locator("tbody tr");
  await expect(rows.locator('[data-column="name"]')).toHaveText(["m5.xlarge", "m6i.xlarge", "m5.large", "m6i.large"]);
  await expect(rows.locator('[data-column="onDemandHour"]')).toHaveText(["$0.214", "$0.214", "$0.107", "$0.107"]);
  await expect(rows.locator('[data-column="maxPods"]')).toHaveText(["110", "110", "110", "110"]);
  await expect(page.getByRole("checkbox", { name: "Prefix delegation" })).toBeChecked();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("m5.,m6i.");
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("eu-west-1");
  await expect(page.getByRole("alert")).toHaveCount(0);

  // A column shown from the picker joins the table and the address.
  const picker = page.locator("summary", { hasText: /^Columns/ });
  await expect(picker).toHaveText("Columns 4 of 14");
  await picker.click();
  await page.getByRole("checkbox", { name: "Alloc. CPU" }).check();
  expect(await headers(page)).toEqual(["Instance type", "vCPU", "Max pods", "Alloc. CPU", "$/hour"]);
  await expect(page).toHaveURL(/&columns=vcpu,maxPods,allocatableCpu,onDemandHour$/);
  await expect(picker).toHaveText("Columns 5 of 14");
  expect(errors).toEqual([]);
});

test("the region chosen in the explorer is the planner's region", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await page.getByRole("link", { name: "Instance explorer" }).click();
  await page.getByLabel("Region", { exact: true }).selectOption("eu-west-1");
  await expect(page).toHaveURL(/&region=eu-west-1$/);
  await expect.poll(async () => (await scenarioInAddress(page))?.region).toBe("eu-west-1");

  await page.getByRole("link", { name: "Planner" }).click();
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("eu-west-1");
  await expect(page.getByTestId("total")).toHaveText("$781.84");
  expect((await scenarioInAddress(page))?.region).toBe("eu-west-1");

  // And back: the explorer shows the planner's region.
  await page.getByLabel("Region", { exact: true }).selectOption("ap-northeast-2");
  await page.getByRole("link", { name: "Instance explorer" }).click();
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("ap-northeast-2");
  await expect(page).toHaveURL(/&region=ap-northeast-2$/);
});
