import { screen } from "@testing-library/react";
import axe from "axe-core";
import { expect, test } from "vitest";
// The whole site on the explorer: its header and landmarks are part of what axe checks.
import { filterByName, renderSiteOnExplorer } from "./helpers.js";

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    // jsdom does no layout or painting: contrast and target size cannot be measured here.
    rules: { "color-contrast": { enabled: false }, "target-size": { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("every input and select has a label", async () => {
  await renderSiteOnExplorer();
  const fields = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")];
  // Region, profile, currency, three CNI toggles, language, theme, seven filters and the column
  // picker's 14 checkboxes, each labelled.
  expect(fields.length).toBe(29);
  for (const field of fields) expect(field.labels?.length ?? 0, field.id).toBeGreaterThan(0);
});

test("the page and an open breakdown have no axe violations", async () => {
  const { user } = await renderSiteOnExplorer();
  expect(await violations()).toEqual([]);
  await filterByName(user, "m5.large");
  await user.click(screen.getByRole("button", { name: "m5.large" }));
  await user.type(screen.getByLabelText("Minimum vCPU"), "abc");
  expect(await violations()).toEqual([]);
});
