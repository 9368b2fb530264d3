import { expect, test } from "@playwright/test";
import { currentPage, expectSummary } from "./site.js";
import { watch } from "./watch.js";

/**
 * Turning on a node group's prefix delegation in the planner, in Chromium on the built site (the
 * "turn on prefix delegation" task of issue 14's journeys): in the default scenario CPU fills
 * general's m6a.xlarge nodes first, so the plan and its bill stay as they were; the note beside the
 * check box says why, with the max pods behind it, and the summary band says the edit changed
 * nothing. What did change is on the network page: general's nodes take /28 prefixes, 15 more
 * addresses at the planned size. Back returns to the planner with the setting kept.
 */
test("prefix delegation that changes nothing says why beside its check box; the network page shows what it did change", async ({
  page,
}) => {
  const { errors } = watch(page);
  await page.goto("/");
  const total = page.getByTestId("total");
  await expect(total).toHaveText("$686.40");
  const general = page.getByRole("group", { name: "general", exact: true });
  const note = general.getByRole("status");
  await expect(note).toHaveText("");
  const example = {
    total: "$686.40",
    nodes: "general: 4 × m6a.xlarge · batch-spot: 2 × c6a.xlarge",
    pods: "36 (2 on Fargate)",
    spot: "50%",
    unschedulable: "0",
  };

  await general.getByRole("checkbox", { name: "Prefix delegation" }).check();
  const why =
    "Prefix delegation changes nothing in this plan: CPU, not pod slots, limits these nodes (m6a.xlarge: 58 pods by IP addresses, 110 with prefixes; the busiest node runs 15).";
  await expect(note).toHaveText(why);
  await expect(total).toHaveText("$686.40");
  await expect(note).toBeInViewport();
  await expectSummary(page, { ...example, change: "Last edit: No change to nodes, pods or cost" });

  // The addresses do change: general's nodes hold /28 prefixes.
  await page.getByRole("link", { name: "Network" }).click();
  await expect(page).toHaveURL(/\/#\/network\?s=2\.[\w-]+$/);
  const groups = page.getByRole("table", { name: "Addresses per node group" });
  await expect(groups.getByRole("row", { name: /^general / })).toHaveAccessibleName(
    "general 132 330 unknown (no maximum size) 4 6 m6a.xlarge /28 prefixes",
  );
  await expect(groups.getByRole("row", { name: /^batch-spot / })).toHaveAccessibleName(
    "batch-spot 60 240 unknown (no maximum size) 2 6 c6a.xlarge Secondary IPs",
  );
  await expect(page.getByRole("region", { name: "What a setting change would do" })).toContainText(
    "prefix delegation off in every node group: 12 fewer addresses at the planned size, 30 fewer addresses during a rolling replacement",
  );

  await page.goBack();
  await expect(currentPage(page)).toHaveText("Planner");
  await expect(general.getByRole("checkbox", { name: "Prefix delegation" })).toBeChecked();
  await expect(note).toHaveText(why);

  await general.getByRole("checkbox", { name: "Prefix delegation" }).uncheck();
  await expect(note).toHaveText("");
  await expectSummary(page, { ...example, change: "Last edit: No change to nodes, pods or cost" });
  expect(errors).toEqual([]);
});
