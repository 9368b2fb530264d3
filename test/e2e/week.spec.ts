import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, expectNoSidewaysScroll } from "./page-checks.js";
import { scenarioInAddress } from "./site.js";
import { watch } from "./watch.js";

/**
 * The planner's week in Chromium: the default scenario's web front end scales 3–12 on office hours
 * and its batch workers 0–8 at night, so the week costs less than provisioned for the peak; a
 * discount sizes the commitment and the advice; a custom profile drawn with the mouse is the
 * scenario's (the share link carries it); on a phone nothing scrolls sideways; axe finds nothing
 * serious in either language.
 */

/** The week's panel. */
function weekPanel(page: Page) {
  return page.getByRole("region", { name: "The week, hour by hour" });
}

test.describe("the week, hour by hour", () => {
  // The axe script is injected inline, which the site's CSP rightly refuses.
  test.use({ bypassCSP: true });

  test("shows the week against the peak, sizes the commitment, and takes a profile drawn with the mouse", async ({
    page,
  }) => {
    const { errors } = watch(page);
    await page.goto("/");
    const panel = weekPanel(page);
    await expect(panel.getByRole("term").filter({ hasText: /^With autoscaling$/ })).toBeVisible();
    await expect(panel.getByRole("img", { name: /^Nodes over the week: / })).toBeVisible();
    await expect(panel.getByRole("table", { name: /^The commitment at a few discounts$/ })).toBeVisible();

    await page.getByRole("textbox", { name: "Savings Plan discount" }).fill("28");
    await expect(panel.getByText(/^Advice: commit \$[\d.]+ an hour \(Compute Savings Plan\)/)).toBeVisible();
    await expect(panel.getByRole("img", { name: /The commitment covers \$[\d.]+ an hour of it\.$/ })).toBeVisible();
    await expectNoSeriousViolations(page, "the week with a commitment");

    // Draw the web front end's week: a drag across the top of Monday's first hours sets them to 100%.
    await page.getByLabel("Load profile, web-frontend").selectOption("custom");
    const drawing = page.getByRole("img", { name: "Draw web-frontend's week: drag across the hours" });
    await drawing.scrollIntoViewIfNeeded();
    const box = (await drawing.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 2);
    await page.mouse.down();
    await page.mouse.move(box.x + (box.width * 5.5) / 168, box.y + 2, { steps: 6 });
    await page.mouse.up();
    const levels = page.getByRole("textbox", { name: /^web-frontend: 168 hourly levels/ });
    await expect(levels).toHaveValue(/^100 100 100 100 100 100 20 20 /);
    await expect
      .poll(async () => {
        const scenario = await scenarioInAddress(page);
        const profile = scenario?.workloads.find((workload) => workload.name === "web-frontend")?.autoscaling?.profile;
        return Array.isArray(profile) ? profile.slice(0, 7) : profile;
      })
      .toEqual([100, 100, 100, 100, 100, 100, 20]);

    // A pasted week that is not 168 levels is kept and explained; the drawn one stays the scenario's.
    await levels.fill("1 2 3");
    await expect(
      page.getByText("3 numbers found: the week needs 168. The profile keeps its last valid levels."),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("on a phone, in Korean, nothing scrolls sideways and axe finds nothing serious", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      localStorage.setItem("eksize.locale", "ko");
    });
    await page.goto("/");
    const panel = page.getByRole("region", { name: "한 주, 시간별" });
    await expect(panel.getByRole("term").filter({ hasText: /^오토스케일링 적용$/ })).toBeVisible();
    await page.getByRole("textbox", { name: "Savings Plans 할인율" }).fill("28");
    await expect(panel.getByText(/^권장: /)).toBeVisible();
    await page.getByLabel("부하 프로필, web-frontend").selectOption("custom");
    await expectNoSidewaysScroll(page, "the week on a phone");
    await expectNoSeriousViolations(page, "the week in Korean on a phone");
  });
});
