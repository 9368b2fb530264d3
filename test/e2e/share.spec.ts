import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { defaultScenario } from "../../src/core/index.js";
import { nodesOf } from "./site.js";
import { offMachine, watch } from "./watch.js";

/**
 * Share links in Chromium on the built site: an edit is written to the URL hash, so a reload opens
 * the same plan; a broken link shows its banner over the default plan. Nothing leaves 127.0.0.1 and
 * nothing is logged as an error.
 */

test("an edited scenario survives a reload through the link in the hash", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  const entries = await page.evaluate(() => history.length);

  await page.getByLabel("Replicas, web-frontend").fill("30");
  await expect(nodesOf(page, "general")).toHaveText("6 (4 on-demand, 2 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=2\.[\w-]+$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.reload();
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("30");
  await expect(nodesOf(page, "general")).toHaveText("6 (4 on-demand, 2 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
  await expect(page.getByRole("alert")).toHaveCount(0);

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a link of format 1, as eksize 0.1.0 and 0.2.0 made them, opens; the next edit writes format 2", async ({
  page,
}) => {
  const { requests, errors } = watch(page);
  const scenario = {
    ...defaultScenario,
    workloads: defaultScenario.workloads.map((workload) =>
      workload.name === "web-frontend" ? { ...workload, replicas: 30 } : workload,
    ),
  };
  // Format 1: zlib (RFC 1950) of the JSON payload, base64url (src/core/scenario/share.ts).
  const token = `1.${deflateSync(JSON.stringify({ s: scenario }), { level: 9 }).toString("base64url")}`;
  await page.goto(`/#s=${token}`);
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("30");
  await expect(page.getByTestId("total")).toHaveText("$880.05");
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.getByLabel("Replicas, web-frontend").fill("6");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=2\.[\w-]+$/);
  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a broken link shows its banner and the default plan", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/#s=1.broken");
  const banner = page.getByRole("alert");
  await expect(banner).toContainText("This link could not be opened. Your own scenario was kept.");
  await expect(banner.getByRole("listitem")).toHaveText(["The link is damaged: it may have been cut short or changed"]);
  await expect(page.getByLabel("Replicas, web-frontend")).toHaveValue("6");
  await expect(nodesOf(page, "general")).toHaveText("4 (3 on-demand, 1 Spot)");
  await expect(page.getByTestId("total")).toHaveText("$686.40");
  expect(await page.evaluate(() => location.hash)).toBe("#s=1.broken");

  expect(offMachine(requests)).toEqual([]);
  expect(errors).toEqual([]);
});
