import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "./page-checks.js";
import { watch } from "./watch.js";

/**
 * Every wide table on a 390 px phone, in Chromium on the built site: it scrolls inside its own region
 * (never the page) with a scrollbar that takes room (not an overlay that hides), a cue at the right
 * edge while more of it is hidden, its last column reachable by scrolling, and its first column (and
 * its caption) kept in view, painted opaque in the light and the dark theme so no scrolled cell shows
 * through.
 *
 * Playwright starts Chromium with --hide-scrollbars; these tests start it without, so that the
 * scrollbar the site draws is there to measure.
 */
const test = base.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, ignoreDefaultArgs: ["--hide-scrollbars"] });
    },
    { scope: "worker" },
  ],
});

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const KUBE = "test/core/fixtures/kube";

/**
 * The scrolling region of the table `name` labels (an editor's section has the same name: the region
 * that scrolls is the one), and the frame that carries its edge cues.
 */
function tableRegion(page: Page, name: string): { region: Locator; frame: Locator } {
  const region = page.getByRole("region", { name, exact: true }).and(page.locator(".table-fit-scroll"));
  return { region, frame: region.locator("xpath=..") };
}

/**
 * Checks a table wider than the phone: a scrollbar that takes room, the right-edge cue, then, scrolled
 * to its end, its last column in view, the cue gone, and its first column where it was, opaque.
 */
async function expectScrollsWithFirstColumnKept(page: Page, name: string): Promise<void> {
  const { region, frame } = tableRegion(page, name);
  await region.scrollIntoViewIfNeeded();
  const header = region.locator("tr").first();
  const first = header.locator("th, td").first();
  const last = header.locator("th, td").last();
  const firstBodyCell = region.locator("tbody tr").first().locator("th, td").first();

  const sizes = await region.evaluate((box: HTMLElement) => ({
    hidden: box.scrollWidth - box.clientWidth,
    scrollbar: box.offsetHeight - box.clientHeight,
  }));
  expect(sizes.hidden, `${name}: wider than the phone`).toBeGreaterThan(0);
  expect(sizes.scrollbar, `${name}: a scrollbar that takes room`).toBeGreaterThanOrEqual(8);
  await expect(frame).toHaveAttribute("data-more-end", "");
  await expect(frame).not.toHaveAttribute("data-more-start");
  await expect(last).not.toBeInViewport({ ratio: 1 });
  const before = await first.boundingBox();

  await region.evaluate((box) => {
    box.scrollLeft = box.scrollWidth;
  });
  await expect(frame).not.toHaveAttribute("data-more-end");
  await expect(frame).toHaveAttribute("data-more-start", "");
  // Whole, but for the fraction of a pixel that cell widths round away.
  await expect(last).toBeInViewport({ ratio: 0.95 });
  await expect(first).toBeInViewport({ ratio: 0.95 });
  expect((await first.boundingBox())?.x, `${name}: the first column stays where it was`).toBe(before?.x);
  // A visible caption's words stay in view too.
  for (const caption of await region.locator("caption > span").all()) await expect(caption).toBeInViewport();
  // Opaque: rgb(…), never rgba(…, 0.x) or transparent.
  expect(await firstBodyCell.evaluate((cell) => getComputedStyle(cell).backgroundColor)).toMatch(/^rgb\(/);
}

/** Checks a table as narrow as the phone: no scrolling and no cue. */
async function expectFits(page: Page, name: string): Promise<void> {
  const { region, frame } = tableRegion(page, name);
  await region.scrollIntoViewIfNeeded();
  expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);
  await expect(frame).not.toHaveAttribute("data-more-end");
}

test("the planner's workloads, DaemonSets and a node group's instance types", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expectScrollsWithFirstColumnKept(page, "Workloads");
  // The columns by priority: what a workload asks for and where it runs come before the rarer needs.
  await expect(tableRegion(page, "Workloads").region.locator("thead th")).toHaveText([
    "Name",
    "Replicas",
    "CPU request",
    "Memory request",
    "Node group",
    "In Fargate profile",
    "Fargate-eligible",
    "Zone spread",
    "Max skew",
    "Max per node",
    "Architecture",
    "Host network",
    "Accelerators",
    "Accelerator kind",
    "Actions",
  ]);
  await expectScrollsWithFirstColumnKept(page, "DaemonSets (one pod per node)");
  await page.getByText("Instance types considered (3)").click();
  await expectScrollsWithFirstColumnKept(page, "Instance types considered (3)");
  await expectNoSidewaysScroll(page, "the planner");
  expect(errors).toEqual([]);
});

test("the network page's subnets, zones and node groups, the sticky cells opaque in the dark theme too", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Network" }).click();
  await page.getByRole("button", { name: "Add a subnet" }).click();
  await page.getByLabel("Availability zone, 1", { exact: true }).fill("us-east-1a");
  await page.getByLabel("CIDR, 1", { exact: true }).fill("10.0.0.0/24");
  await expect(page.getByTestId("zone-1-node").locator('[data-column="fit"]')).toHaveText("Tight");
  await expectScrollsWithFirstColumnKept(page, "Subnets");
  await expectScrollsWithFirstColumnKept(page, "Addresses per availability zone and subnet role");
  await expectScrollsWithFirstColumnKept(page, "Addresses per node group");
  await expect(tableRegion(page, "Addresses per node group").region.locator("thead th")).toHaveText([
    "Node group",
    "Planned size",
    "Rolling replacement",
    "Maximum size",
    "Nodes",
    "Extra nodes in a replacement",
    "Instance type",
    "Addresses",
  ]);
  await expectNoSidewaysScroll(page, "the network page");
  expect(errors).toEqual([]);
});

test("the saved scenarios and the comparison", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();
  await page.getByLabel("Scenario name", { exact: true }).fill("Online shop, production");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expectScrollsWithFirstColumnKept(page, "Saved in this browser");
  // Open is in view beside the name, without scrolling.
  await tableRegion(page, "Saved in this browser").region.evaluate((box) => {
    box.scrollLeft = 0;
  });
  await expect(page.getByRole("button", { name: "Open Online shop, production" })).toBeInViewport({ ratio: 1 });
  await expectFits(page, "The two plans side by side (money per month)");
  await expectNoSidewaysScroll(page, "the scenarios page");
  expect(errors).toEqual([]);
});

test("the import's preview tables", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Choose a file for Pods (required)").setInputFiles(`${KUBE}/pods.json`);
  await page.getByLabel("Choose a file for Workloads (optional)").setInputFiles(`${KUBE}/workloads.json`);
  await page.getByLabel("Choose a file for Nodes (optional)").setInputFiles(`${KUBE}/nodes.json`);
  await page.getByRole("button", { name: "Import workloads" }).click();
  await expect(page.getByRole("heading", { name: "Today's nodes: 4" })).toBeVisible();
  await expectScrollsWithFirstColumnKept(page, "2 pods without requests");
  await expectScrollsWithFirstColumnKept(page, "Today's nodes: 4");
  await expectScrollsWithFirstColumnKept(page, "Workloads");
  await expectNoSidewaysScroll(page, "the import page");
  expect(errors).toEqual([]);
});

test("the explorer keeps its sticky header and its name column", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/#/explorer");
  await expect(page.getByRole("table", { name: "Instance types" })).toBeVisible();
  await expectScrollsWithFirstColumnKept(page, "Instance types");
  // Scrolled down too, the header stays on top of its rows.
  const { region } = tableRegion(page, "Instance types");
  const header = region.locator("thead th").first();
  const top = (await header.boundingBox())?.y;
  await region.evaluate((box) => {
    box.scrollTop = 600;
  });
  await expect(header).toBeInViewport({ ratio: 1 });
  expect((await header.boundingBox())?.y).toBe(top);
  await expectNoSidewaysScroll(page, "the explorer");
  expect(errors).toEqual([]);
});
