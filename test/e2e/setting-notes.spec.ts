import { expect, test } from "@playwright/test";
import { watch } from "./watch.js";

/**
 * Turning on a node group's prefix delegation in the planner, in Chromium on the built site: in the
 * default scenario CPU fills general's m6a.xlarge nodes first, so the plan and its bill stay as they
 * were, and the note beside the check box says why, with the max pods behind it.
 */
test("prefix delegation that changes nothing says why beside its check box", async ({ page }) => {
  const { errors } = watch(page);
  await page.goto("/");
  const total = page.getByTestId("total");
  await expect(total).toHaveText("$814.15");
  const general = page.getByRole("group", { name: "general", exact: true });
  const note = general.getByRole("status");
  await expect(note).toHaveText("");

  await general.getByRole("checkbox", { name: "Prefix delegation" }).check();
  await expect(note).toHaveText(
    "Prefix delegation changes nothing in this plan: CPU, not pod slots, limits these nodes (m6a.xlarge: 58 pods by IP addresses, 110 with prefixes; the busiest node runs 16).",
  );
  await expect(total).toHaveText("$814.15");
  await expect(note).toBeInViewport();

  await general.getByRole("checkbox", { name: "Prefix delegation" }).uncheck();
  await expect(note).toHaveText("");
  expect(errors).toEqual([]);
});
