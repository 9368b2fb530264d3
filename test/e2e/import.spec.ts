import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { largeClusterPodsJson } from "../support/large-cluster.js";
import { expectNoSeriousViolations, expectNoSidewaysScroll } from "./page-checks.js";
import { offMachine, watch } from "./watch.js";

/**
 * The kubectl import in Chromium on the built site: the fixture cluster (test/core/fixtures/kube)
 * imported from files, planned, and its eksctl file downloaded; 50,000 generated pods (46.5 MB)
 * read in a Web Worker, cancelled, then imported.
 */

const KUBE = "test/core/fixtures/kube";

// axe-core is injected as a script tag, which the site's own CSP would refuse.
test.use({ bypassCSP: true });

test("imports the fixture cluster, plans it, and downloads the eksctl file", async ({ page }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Choose a file for Pods (required)").setInputFiles(`${KUBE}/pods.json`);
  await page.getByLabel("Choose a file for Workloads (optional)").setInputFiles(`${KUBE}/workloads.json`);
  await page.getByLabel("Choose a file for Nodes (optional)").setInputFiles(`${KUBE}/nodes.json`);
  await page.getByRole("button", { name: "Import workloads" }).click();

  await expect(page.getByText(/^9 workloads and 2 DaemonSets from 15 running or pending pods\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Today's nodes: 4" })).toBeVisible();
  await expectNoSeriousViolations(page, "the import page with its results");
  await page.getByRole("button", { name: "Plan these workloads" }).click();

  await expect(page.getByRole("link", { name: "Planner" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("Name, 8", { exact: true })).toHaveValue("shop/web");
  const general = page.getByRole("article", { name: /^general:/ });
  await expect(general).toBeVisible();

  // The arm64 database and the GPU trainer have no node group in the example's groups: the plan and
  // the export say so.
  await expect(page.getByText(/^\d+ pods cannot be scheduled: the files hold only the nodes/)).toBeVisible();
  // The file opens in a preview first; Download saves what it shows.
  await page.getByRole("button", { name: "eksctl ClusterConfig (YAML)" }).click();
  const preview = page.getByLabel(/^Preview of imported-cluster-\d{4}-\d{2}-\d{2}\.eksctl\.yaml$/);
  await expect(preview).toContainText("kind: ClusterConfig");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^imported-cluster-\d{4}-\d{2}-\d{2}\.eksctl\.yaml$/);
  const config = parse(await readFile(await download.path(), "utf8")) as {
    apiVersion: string;
    kind: string;
    metadata: { region: string };
    managedNodeGroups: { name: string; desiredCapacity: number; maxPodsPerNode: number }[];
  };
  expect([config.apiVersion, config.kind, config.metadata.region]).toEqual([
    "eksctl.io/v1alpha5",
    "ClusterConfig",
    "us-east-1",
  ]);
  expect(config.managedNodeGroups.map((group) => group.name)).toEqual([
    "general-on-demand",
    "general-spot",
    "batch-spot",
  ]);
  // The planner's node count for "general" is the sum of its two managed node groups.
  const nodes = config.managedNodeGroups.slice(0, 2).reduce((sum, group) => sum + group.desiredCapacity, 0);
  await expect(general).toContainText(new RegExp(`Nodes\\s*${nodes} \\(`));

  expect(errors).toEqual([]);
  expect(offMachine(requests)).toEqual([]);
});

test("50,000 pods are read in a worker, can be cancelled, and import", async ({ page }) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Import" }).click();
  const pods = { name: "pods.json", mimeType: "application/json", buffer: Buffer.from(largeClusterPodsJson(50_000)) };
  await page.getByLabel("Choose a file for Pods (required)").setInputFiles(pods);
  await expect(page.getByText("pods.json, 46.5 MB")).toBeVisible();

  await page.getByRole("button", { name: "Import workloads" }).click();
  await expect(page.getByText("Reading 46.5 MB…")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Nothing imported yet.")).toBeVisible();

  // 1,000 Deployment-namespace pairs of 50 pods; the 20 pairs whose pods all completed make no workload.
  const started = Date.now();
  await page.getByRole("button", { name: "Import workloads" }).click();
  await expect(page.getByText(/^980 workloads and 0 DaemonSets from 49,000 running or pending pods\./)).toBeVisible({
    timeout: 60_000,
  });
  // Reported, not asserted: speed is for benchmarks.
  console.log(`50,000 pods imported in the browser in ${Date.now() - started} ms (click to summary)`);
  expect(workers).toHaveLength(2);
  expect(workers.every((url) => /\/assets\/import-worker-[\w-]+\.js$/.test(url))).toBe(true);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("the import page and its results fit the width", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "Import" }).tap();
    await expectNoSidewaysScroll(page, "the import page");
    await page.getByLabel("Choose a file for Pods (required)").setInputFiles(`${KUBE}/pods.json`);
    await page.getByLabel("Choose a file for Nodes (optional)").setInputFiles(`${KUBE}/nodes.json`);
    await page.getByRole("button", { name: "Import workloads" }).tap();
    await expect(page.getByRole("heading", { name: "Today's nodes: 4" })).toBeVisible();
    await expectNoSidewaysScroll(page, "the import page with its results");
  });
});
