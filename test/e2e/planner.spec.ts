import { expect, test } from "@playwright/test";
import { nodesOf } from "./site.js";
import { offMachine, watch } from "./watch.js";

/**
 * The planner in Chromium on the built site: it opens on the default scenario, an edit to a
 * workload changes the plan and the cost chart, an invalid value keeps the last valid plan, and
 * nothing leaves 127.0.0.1. Also writes the screenshots /tmp/planner-desktop.png and
 * /tmp/planner-phone.png for a look.
 */

test("editing a workload's replicas changes the plan's node count and the cost chart", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Planner" })).toHaveAttribute("aria-current", "page");
  await expect(nodesOf(page, "general")).toHaveText("4 (3 on-demand, 1 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$686.40");

  const chart = page.getByTestId("cost-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /As configured: \$686\.40/);
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

test("a workload's spread: one pod per node adds a node in the summary; a required zone spread plans each zone", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.goto("/");
  const band = page.getByRole("region", { name: "Estimate" });
  await expect(band.getByTestId("summary-nodes")).toHaveText("general: 4 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
  // web-frontend's 6 replicas at most 1 per node: general needs 6 nodes.
  await page.getByLabel("Max per node, web-frontend").fill("1");
  await expect(band.getByTestId("summary-nodes")).toHaveText("general: 6 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
  await expect(band.getByTestId("summary-change")).toHaveText(/^Last edit: \+2 nodes, /);
  // Spread over general's 3 zones (required), its nodes are planned zone by zone.
  await page.getByLabel("Zone spread, web-frontend").selectOption("DoNotSchedule");
  await expect(page.getByLabel("Max skew, web-frontend")).toHaveValue("1");
  const general = page.getByRole("article", { name: /^general:/ });
  await expect(general.locator("dt", { hasText: "Nodes per zone" }).locator("+ dd")).toHaveText(
    "Zone 1: 2, Zone 2: 2, Zone 3: 2",
  );
  expect(errors).toEqual([]);
});

test("the summary stays in view while editing and says what the last edit changed", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  const band = page.getByRole("region", { name: "Estimate" });
  await expect(band.getByTestId("summary-total")).toHaveText("$686.40");

  // Far down the editors: the band is still on screen, at the top.
  const replicas = page.getByLabel("Replicas, email-worker");
  await page.getByRole("button", { name: "Add a node group" }).scrollIntoViewIfNeeded();
  await expect(band).toBeInViewport();
  await replicas.fill("12");
  await expect(band.getByTestId("summary-pods")).toHaveText("46 (12 on Fargate)");
  // 10 more Fargate pods of 0.25 vCPU and 1 GB: 10 × (0.25 × $0.04048 + 1 × $0.004445) × 730 h = $106.3245,
  // shown as the difference of the two totals as shown, $792.73 − $686.40.
  await expect(band.getByTestId("summary-change")).toHaveText("Last edit: +$106.33/month, +10 pods");
  expect(await band.evaluate((element) => element.getBoundingClientRect().top)).toBe(0);

  // The total leads to the bill.
  await band.getByRole("link", { name: /^\$/ }).first().click();
  await expect(page.getByRole("heading", { name: /^Monthly cost as configured/ })).toBeFocused();

  // On a phone it is at the top too, with the total, the nodes and the pods.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Add a workload" }).scrollIntoViewIfNeeded();
  await expect(band.getByTestId("summary-total")).toBeInViewport();
  await expect(band.getByTestId("summary-nodes")).toBeInViewport();
  await expect(band.getByTestId("summary-per-pod")).toBeHidden();
  expect(errors).toEqual([]);
});

test("the charts have axis titles with units and whole-currency ticks, and say when there is nothing to draw", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.goto("/");
  const cost = page.getByTestId("cost-chart");
  await cost.scrollIntoViewIfNeeded();
  await expect(cost.getByText("Cost per month ($)")).toBeVisible();
  await expect(cost.getByText("Strategy", { exact: true })).toBeVisible();
  const ticks = await cost.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
  expect(ticks).toEqual(["$0", "$300", "$600", "$900", "$1,200"]);
  // No two X labels overlap.
  const boxes = await cost
    .locator(".recharts-xAxis-tick-labels .recharts-text")
    .evaluateAll((labels) =>
      labels.map((label) => label.getBoundingClientRect()).map(({ left, right }) => ({ left, right })),
    );
  expect(boxes).toHaveLength(4);
  boxes.slice(1).forEach((box, index) => {
    expect(box.left).toBeGreaterThan(boxes[index]?.right ?? Infinity);
  });

  // Without node groups the utilisation chart says so rather than draw an empty frame.
  await page.getByRole("button", { name: "Remove node group general" }).click();
  await page.getByRole("button", { name: "Remove node group batch-spot" }).click();
  await expect(page.getByText("No node group has nodes: nothing to chart.")).toBeVisible();
  expect(errors).toEqual([]);
});

test("the page frame is in the HTML itself, so the screen is never white while the script loads", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator(".boot-brand")).toHaveText("eksize");
  await expect(page.locator(".boot-band")).toBeVisible();
  await expect(page.locator(".noscript-note")).toHaveText(
    "eksize needs JavaScript: every figure is computed in your browser.",
  );
  await context.close();
});

test("the frame gives way to the planner once it has planned the scenario", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("summary-total")).toHaveText("$686.40");
  await expect(page.locator(".boot-band")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("printed, the planner is a report: the answer, the plan, the bill and the advice, with the link", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  // The advice loads in a chunk of its own beside the first plan.
  await expect(page.locator(".advice-list")).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Online shop, production" })).toBeVisible();
  await expect(page.getByText(/^Open this plan: http:\/\/127\.0\.0\.1:\d+\/#s=2\./)).toBeVisible();
  await expect(page.getByRole("region", { name: "Scenario" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
  await expect(page.getByTestId("summary-total")).toHaveText("$686.40");
  await expect(page.getByTestId("summary-per-pod")).toBeVisible();
  // The bill's explanations and the advice print open.
  await expect(page.getByText("The sum of the six lines = $686.40", { exact: true })).toBeVisible();
  await expect(
    page.getByText(/^Each instance type in each Availability Zone is its own Spot capacity pool/).first(),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test("on a phone-size screen the planner fits the width and its tables scroll inside their regions", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expect(page.getByTestId("cost-chart").locator("svg.recharts-surface").first()).toBeVisible();
  const sizes = await page.evaluate(() => ({
    pageScroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.pageScroll).toBeLessThanOrEqual(sizes.viewport);
  await page.screenshot({ path: "/tmp/planner-phone.png", fullPage: true });
  expect(errors).toEqual([]);
});

test("a control plane tier: its price and limits in the editor, its estimated rate on the bill", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const tier = page.getByRole("combobox", { name: "Control plane tier" });
  await tier.selectOption({ label: "XL, +$1.65/h (estimate)" });
  await expect(tier).toHaveAccessibleDescription("1,700 seats, 167 pods/s, 16 GB etcd");
  // $686.40 + XL's $1.65 × 730 h = $1,890.90.
  await expect(page.getByTestId("total")).toHaveText("$1,890.90");
  const line = page.locator("details.traced", { hasText: "Control plane (estimate)" });
  await expect(line.locator(".figure")).toHaveText("$1,277.50");
  await expect(page.getByText(/^The XL control plane tier costs \$1,204\.50 a month \(estimate\)/)).toBeVisible();
  await page.getByRole("textbox", { name: "Peak API concurrency" }).fill("2000");
  await expect(page.getByText(/2XL is the smallest tier that holds it\.$/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("the compute modes compared: the same workloads on managed node groups, Karpenter, Auto Mode and Fargate", async ({
  page,
}) => {
  await page.goto("/");
  const modes = page.getByRole("table", { name: "Monthly cost, nodes and what each way cannot run" });
  await expect(modes.locator('tr[data-mode="managed-node-groups"] [data-column="total"]')).toHaveText(
    "$686.40 cheapest",
  );
  await expect(modes.locator('tr[data-mode="karpenter"] [data-column="total"]')).toHaveText("$753.56");
  await expect(modes.locator('tr[data-mode="karpenter"] [data-column="nodes"]')).toHaveText(
    "1 × c5.2xlarge, 1 × m6a.4xlarge",
  );
  await expect(modes.locator('tr[data-mode="auto-mode"] [data-part="fee"]')).toHaveText(
    "incl. $90.33 Auto Mode fee (estimate)",
  );
  await expect(modes.locator('tr[data-mode="fargate"] [data-column="cannot-run"]')).toHaveText("5 DaemonSets");
  await expect(page.locator('.modes-cannot-run [data-mode="fargate"]')).toContainText("DaemonSets Fargate cannot run");
  // An edit reaches the comparison too: with 30 web-frontend replicas, managed node groups cost $880.05.
  await page.getByLabel("Replicas, web-frontend").fill("30");
  await expect(modes.locator('tr[data-mode="managed-node-groups"] [data-column="total"]')).toHaveText(/^\$880\.05/);
});
