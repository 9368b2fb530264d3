import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { expectNoSeriousViolations } from "./page-checks.js";
import { summaryBand } from "./site.js";
import { watch } from "./watch.js";

/**
 * The planner's optimal mix in Chromium: a click loads the worker and HiGHS (WebAssembly), which
 * search the default scenario's node groups on the fixed test prices; on Karpenter, the NodePool
 * limited to the mix's type saves money, Apply makes that an edit of the scenario, the plan's total
 * follows, and Undo goes back. Then the same site served by a tiny server that sends
 * the Content-Security-Policy of README's "Deploying the site" as an HTTP header (which the worker
 * obeys, unlike the page's meta tag): the search runs under it, and under the same header without
 * 'wasm-unsafe-eval' the panel says the solver could not start and the plan stays.
 */

const FIND = "Find the cheapest mix";

/** The optimal mix's panel. */
function mixPanel(page: Page) {
  return page.getByRole("region", { name: "Cheapest mix of instance types" });
}

/** One node group's results in the panel. */
function groupResult(page: Page, nodeGroup: string) {
  return mixPanel(page).getByRole("region", { name: nodeGroup, exact: true });
}

/** Clicks the button and waits for the search's results (or its failure). */
async function findMix(page: Page): Promise<void> {
  await page.getByRole("button", { name: FIND }).click();
  const panel = mixPanel(page);
  // HiGHS loads once (3.5 MB) and each group searches for up to 2 seconds, on a busy machine.
  await expect(panel.locator(".mix-results, [role=alert]")).toBeVisible({ timeout: 60_000 });
}

/** batch-spot's results on the fixed test prices, on managed node groups and on Karpenter alike: already the cheapest. */
async function expectBatchResults(page: Page): Promise<void> {
  const batch = groupResult(page, "batch-spot");
  await expect(batch).toContainText("No mix of its instance types found costs less than the plan's own nodes.");
  await expect(batch).toContainText(
    "batch-spot: its nodes cost $96.74 a month, and no nodes of its instance types that hold its pods cost less: the plan is the cheapest possible.",
  );
  await expect(batch.getByRole("button")).toHaveCount(0);
}

test.describe("the optimal mix", () => {
  // The axe script is injected inline, which the site's CSP rightly refuses (the CSP's own tests are below).
  test.use({ bypassCSP: true });

  test("finds the default scenario's cheapest mix; on Karpenter, Apply limits the NodePool and the total follows", async ({
    page,
  }) => {
    const { errors, requests } = watch(page);
    await page.goto("/");
    const total = summaryBand(page).getByTestId("summary-total");
    await expect(total).toHaveText("$686.40");
    const panel = mixPanel(page);
    await expect(panel.getByRole("button", { name: FIND })).toBeVisible();
    // Nothing of the search loads before the click.
    expect(requests.filter((url) => /optimal-mix|highs/.test(url))).toEqual([]);

    await findMix(page);
    expect(requests.some((url) => /highs-[\w-]+\.wasm$/.test(url))).toBe(true);
    await expectBatchResults(page);
    const general = groupResult(page, "general");
    // The plan's own nodes are the cheapest mix found, at most 3.1% above the bound: nothing to apply.
    await expect(general).toContainText("No mix of its instance types found costs less than the plan's own nodes.");
    await expect(general).toContainText(
      "general: its nodes cost $442.73 a month; no nodes of its instance types that hold its pods cost less than $429.43, so the plan is at most 3.1% above the cheapest possible.",
    );
    await expect(general.getByRole("button")).toHaveCount(0);
    await expectNoSeriousViolations(page, "the optimal mix's results");

    // An edit hides the results of the scenario before; the button searches the edited one.
    await page.getByLabel("Node autoscaler", { exact: true }).selectOption("karpenter");
    await expect(total).toHaveText("$842.18");
    await expect(general).toHaveCount(0);
    await findMix(page);
    await expectBatchResults(page);
    await expect(general).toContainText("Optimal mix: −$28.03/month, the same number of nodes");
    await expect(general).toContainText("Limiting general to m6a.xlarge saves $28.03 a month, re-planned.");
    await expect(general).toContainText(
      "The cheapest mix found, 4 × m6a.xlarge (3 on demand, 1 Spot), costs $442.73 a month: $154.18 less than the plan, on 4 nodes instead of 5. Karpenter's launch is 34.9% above it.",
    );
    await expect(general).toContainText(
      "general: its nodes cost $596.91 a month; no nodes of its instance types that hold its pods cost less than $429.43, so the plan is at most 39% above the cheapest possible.",
    );
    await expectNoSeriousViolations(page, "the optimal mix's change");

    await general.getByRole("button", { name: "Apply the optimal mix to general" }).click();
    await expect(total).toHaveText("$814.15");
    await expect(summaryBand(page).getByTestId("summary-change")).toHaveText("Last edit: −$28.03/month");
    await expect(panel).toContainText("Applied to general: the plan and the bill above are the new scenario's.");
    await panel.getByRole("button", { name: "Undo" }).click();
    await expect(total).toHaveText("$842.18");
    await expect(general).toContainText("Optimal mix: −$28.03/month, the same number of nodes");
    expect(errors).toEqual([]);
  });
});

test.describe("under the Content-Security-Policy sent as an HTTP header", () => {
  /** README's header, as a host sends it. */
  const readmePolicy = /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync("README.md", "utf8"))?.[1] ?? "";
  let server: Server;
  let origin = "";
  let policy = readmePolicy;

  const TYPES: Readonly<Record<string, string>> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain",
  };

  test.beforeAll(async () => {
    const root = normalize("dist/e2e");
    server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
      try {
        if (!file.startsWith(root)) throw new Error("outside the site");
        const body = readFileSync(file);
        response.writeHead(200, {
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
          "Content-Security-Policy": `${policy}; frame-ancestors 'none'`,
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test("README's header is the page's meta policy, and the search runs under it", async ({ page }) => {
    const { errors } = watch(page);
    policy = readmePolicy;
    await page.goto(`${origin}/`);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(readmePolicy).toBe(meta);
    expect(readmePolicy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    await findMix(page);
    await expectBatchResults(page);
    expect(errors).toEqual([]);
  });

  test("without 'wasm-unsafe-eval' the panel says the solver could not start, and the plan stays", async ({ page }) => {
    policy = readmePolicy.replace(" 'wasm-unsafe-eval'", "");
    await page.goto(`${origin}/`);
    const total = summaryBand(page).getByTestId("summary-total");
    await expect(total).toHaveText("$686.40");
    await findMix(page);
    await expect(page.getByRole("alert")).toHaveText(
      /^The solver could not start: .*WebAssembly.*\. The browser refused its WebAssembly \(a Content-Security-Policy without 'wasm-unsafe-eval'\) or ran out of memory\. The plan above is unchanged\.$/,
    );
    await expect(total).toHaveText("$686.40");
  });
});
