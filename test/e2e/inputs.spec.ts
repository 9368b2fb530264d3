import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./page-checks.js";
import { nodesOf } from "./site.js";
import { watch } from "./watch.js";

/**
 * The planner's inputs in Chromium on the built site: a workload added with Kubernetes' units
 * (250m, 1Gi) changes the plan, the instance type combobox suggests types with their figures and
 * takes one from the keyboard, its input holds the longest name whole, and regions are chosen by name.
 *
 * Figures (the tests' fixed prices, us-east-1): the default scenario is 4 nodes in "general" (3
 * on-demand, 1 Spot) and $686.40 a month; a 14th workload of 12 replicas at 250m and 1Gi needs a
 * fifth node (4 on-demand, 1 Spot: $814.15); at 1 CPU each, 8 nodes (5 on-demand, 3 Spot: $1,073.69).
 */

// The axe script is injected inline, which the site's CSP (script-src 'self') rightly refuses.
test.use({ bypassCSP: true });

test("a workload added with 250m and 1Gi changes the plan; the fields show Kubernetes' units", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expect(page.getByLabel("CPU request, web-frontend")).toHaveValue("250m");
  await expect(page.getByLabel("Memory request, web-frontend")).toHaveValue("512Mi");

  await page.getByRole("button", { name: "Add a workload" }).click();
  await page.getByLabel("Replicas, workload").fill("12");
  await page.getByLabel("CPU request, workload").fill("250m");
  const memory = page.getByLabel("Memory request, workload");
  await memory.fill("1Gi");
  await expect(nodesOf(page, "general")).toHaveText("5 (4 on-demand, 1 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$814.15");

  // A bare number is MiB, shown in the largest unit that holds it whole once the field is left.
  await memory.fill("1024");
  await memory.blur();
  await expect(memory).toHaveValue("1Gi");

  const cpu = page.getByLabel("CPU request, workload");
  await cpu.fill("1");
  await cpu.blur();
  await expect(page.getByTestId("total")).toHaveText("$1,073.69");
  await expect(nodesOf(page, "general")).toHaveText("8 (5 on-demand, 3 Spot)");
  await cpu.fill("0.25");
  await cpu.blur();
  await expect(cpu).toHaveValue("250m");
  await expect(page.getByTestId("total")).toHaveText("$814.15");

  // A value that is not a quantity says how to write one, stays as typed, and the plan stays.
  await cpu.fill("12x");
  await cpu.blur();
  await expect(cpu).toHaveValue("12x");
  await expect(cpu).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter CPU like 500m, 0.5 or 2", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("status").getByText("CPU request of workload “workload”", { exact: false }),
  ).toBeVisible();
  await expect(page.getByTestId("total")).toHaveText("$814.15");
  expect(errors).toEqual([]);
});

test("the instance type combobox suggests types with their figures and takes one from the keyboard", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const input = page.getByRole("combobox", { name: "Instance type 1 of general" });
  await input.fill("");
  await input.pressSequentially("m7i-flex.1");
  const list = page.getByRole("listbox", { name: "Instance type 1 of general" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("option")).toHaveText([
    "m7i-flex.12xlarge48 vCPU · 192 GiB · $2.2982/hour · max 234 pods",
    "m7i-flex.16xlarge64 vCPU · 256 GiB · $3.0643/hour · max 250 pods",
  ]);
  await input.press("ArrowDown");
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  // The open list, an option in focus and the invalid text typed so far included.
  await expectNoSeriousViolations(page, "the planner with the instance type suggestions open");
  await input.press("Enter");
  await expect(input).toHaveValue("m7i-flex.12xlarge");
  await expect(list).toBeHidden();

  // The longest name in the dataset is never cut.
  await input.fill("u7in-16tb.224xlarge");
  await input.press("Escape");
  const fits = await input.evaluate((element: HTMLInputElement) => element.scrollWidth <= element.clientWidth);
  expect(fits).toBe(true);
  expect(errors).toEqual([]);
});

test("regions are chosen by name and code, in English and Korean", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const region = page.getByLabel("Region", { exact: true });
  await expect(region.locator("option:checked")).toHaveText("US East (N. Virginia), us-east-1");
  await region.selectOption({ label: "Asia Pacific (Seoul), ap-northeast-2" });
  await expect(
    page.getByRole("heading", { name: "Plan and monthly cost in Asia Pacific (Seoul), ap-northeast-2" }),
  ).toBeVisible();
  await page.getByLabel("Language", { exact: true }).selectOption("ko");
  await expect(page.getByLabel("리전", { exact: true }).locator("option:checked")).toHaveText(
    "아시아 태평양(서울), ap-northeast-2",
  );
  await expect(
    page.getByRole("heading", { name: "계획과 월 비용: 아시아 태평양(서울), ap-northeast-2" }),
  ).toBeVisible();
});

test("on a phone the suggestions stay on the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const input = page.getByRole("combobox", { name: "Instance type 1 of general" });
  await input.scrollIntoViewIfNeeded();
  await input.fill("");
  await input.pressSequentially("m7i");
  const list = page.getByRole("listbox", { name: "Instance type 1 of general" });
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const sizes = await page.evaluate(() => ({
    pageScroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.pageScroll).toBeLessThanOrEqual(sizes.viewport);
  await list.screenshot({ path: "/tmp/inputs-combobox-phone.png" });
});
