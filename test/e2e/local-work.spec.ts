import { expect, test, type Page } from "@playwright/test";
import { defaultScenario, encodeScenario, type Scenario } from "../../src/core/index.js";
import { offMachine, watch } from "./watch.js";

/**
 * The user's own work in Chromium on the built site: it is autosaved and comes back in a new tab;
 * a broken link leaves it in place; a valid link opens over it while keeping it one click away; a
 * scenario saved by name can be exported, imported again and compared with the current one.
 */

/** The default scenario with web-frontend's replicas changed. */
function withReplicas(replicas: number, name: string): Scenario {
  return {
    ...defaultScenario,
    name,
    workloads: defaultScenario.workloads.map((workload, index) => (index === 0 ? { ...workload, replicas } : workload)),
  };
}

/** Types a replica count and waits until the autosave has stored it (each test starts with empty storage). */
async function editAndAutosave(page: Page, replicas: string): Promise<void> {
  await page.getByLabel("Replicas, web-frontend").fill(replicas);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("eksize.scenario.current"))).not.toBeNull();
}

test("work is autosaved and comes back in a new tab without a link", async ({ page, context }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await page.getByLabel("Replicas, web-frontend").fill("30");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
  // The autosave has written the edit (a tab closed at once writes it on pagehide, but Chromium may
  // hand that write to another tab after the other tab has read the storage).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("eksize.scenario.current")?.length ?? 0))
    .toBeGreaterThan(0);
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await next.goto("/");
  await expect(next.getByLabel("Replicas, web-frontend")).toHaveValue("30");
  await expect(next.getByTestId("total")).toHaveText("$880.05");
  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a broken link shows what is wrong and keeps the user's own work", async ({ page }) => {
  await page.goto("/");
  await editAndAutosave(page, "30");
  await page.goto("about:blank");
  await page.goto("/#s=1.broken");
  await expect(page.getByRole("alert")).toContainText("This link could not be opened. Your own scenario was kept.");
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("30");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
});

test("a link opens over unsaved work, and the previous scenario is one click away", async ({ page }) => {
  await page.goto("/");
  await editAndAutosave(page, "30");
  await page.goto("about:blank");
  await page.goto(`/#s=${encodeScenario(withReplicas(12, "Shared plan"))}`);

  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("12");
  const notice = page.getByRole("status").filter({ hasText: "was saved in this browser" });
  await expect(notice).toContainText("Your previous scenario, “Online shop, production”, was saved in this browser");
  await notice.getByRole("button", { name: "Back to “Online shop, production”" }).click();
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("30");
  // The link's scenario is kept in turn.
  await expect(page.getByRole("button", { name: "Back to “Shared plan”" })).toBeVisible();
});

test("save by name, export, import the file again, and compare it with the current scenario", async ({
  page,
}, testInfo) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await page.getByLabel("Replicas, web-frontend").fill("30");
  await page.getByLabel("Scenario name").fill("Peak season");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as “Peak season” in this browser.")).toBeVisible();

  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();
  const saved = page.getByRole("table", { name: "Saved in this browser" });
  await expect(saved.getByRole("rowheader")).toHaveText(["Peak season"]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON of Peak season" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("peak-season.eksize.json");
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);

  // Back to the example (Peak season is saved, so nothing new is kept), then import the file.
  await page.getByRole("navigation").getByRole("link", { name: "Planner" }).click();
  await page.getByRole("button", { name: "Back to the example scenario" }).click();
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("6");
  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();
  await page.getByLabel("Import a scenario (JSON)").setInputFiles(path);
  await expect(page.getByText("Imported peak-season.eksize.json")).toBeVisible();
  await expect(saved.getByRole("rowheader")).toHaveText(["Peak season", "Peak season (2)"]);

  // Change the imported copy, then compare it with the saved original.
  await page.getByRole("navigation").getByRole("link", { name: "Planner" }).click();
  await page.getByLabel("Replicas, web-frontend").fill("12");
  await page.getByRole("navigation").getByRole("link", { name: "Scenarios" }).click();
  await page.getByLabel("Scenario A", { exact: true }).selectOption({ label: "Peak season" });
  await page.getByLabel("Scenario B", { exact: true }).selectOption({ label: "Current: Peak season (2)" });
  const inputs = page.getByRole("table", { name: "2 inputs differ" });
  await expect(inputs.getByRole("row").nth(2)).toHaveText("workloads › web-frontend › replicas changed3012");
  const figures = page.getByRole("table", { name: "The two plans side by side (money per month)" });
  await expect(figures.getByRole("row", { name: /^Nodes/ })).toHaveClass("differs");

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});
