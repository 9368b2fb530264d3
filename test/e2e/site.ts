import { expect, type Locator, type Page } from "@playwright/test";
import { decodeScenario, type Scenario } from "../../src/core/index.js";

/**
 * What the browser tests read off the site the way a user does: the planner's summary band, a node
 * group's nodes, the page marked current, and the scenario the address carries.
 */

/** The page marked current in the navigation. */
export function currentPage(page: Page): Locator {
  return page.getByRole("navigation", { name: "Pages" }).locator('[aria-current="page"]');
}

/** The scenario in the page's address (null when it holds none or a broken one). */
export async function scenarioInAddress(page: Page): Promise<Scenario | null> {
  const decoded = decodeScenario(await page.evaluate(() => location.hash));
  return decoded.ok ? decoded.scenario : null;
}

/** The "Nodes" figure of a node group's plan card ("5 (4 on-demand, 1 Spot)"). */
export function nodesOf(page: Page, group: string): Locator {
  return page
    .getByRole("article", { name: new RegExp(`^${group}:`) })
    .locator("summary", { has: page.locator(".traced-label", { hasText: /^Nodes$/ }) })
    .locator(".figure");
}

/** The planner's summary band (English names). */
export function summaryBand(page: Page): Locator {
  return page.getByRole("region", { name: "Estimate" });
}

/** The summary band's figures, as the page writes them. */
export interface SummaryFigures {
  /** "$686.40". */
  readonly total: string;
  /** "general: 4 × m6a.xlarge · batch-spot: 2 × c6a.xlarge". */
  readonly nodes: string;
  /** "36 (2 on Fargate)". */
  readonly pods: string;
  /** The share of nodes on Spot, "50%" (a phone leaves it out of the band: not checked when absent). */
  readonly spot?: string;
  /** Pods that fit nowhere, "0" (not checked when absent). */
  readonly unschedulable?: string;
  /** The last edit's change, "Last edit: +1 node, +$65.90/month"; "" before the first edit (not checked when absent). */
  readonly change?: string;
}

/** Checks the summary band's figures, and that its total is on screen wherever the page is scrolled. */
export async function expectSummary(page: Page, figures: SummaryFigures): Promise<void> {
  const band = summaryBand(page);
  await expect(band.getByTestId("summary-total")).toHaveText(figures.total);
  await expect(band.getByTestId("summary-total")).toBeInViewport();
  await expect(band.getByTestId("summary-nodes")).toHaveText(figures.nodes);
  await expect(band.getByTestId("summary-pods")).toHaveText(figures.pods);
  if (figures.spot !== undefined) await expect(band.getByTestId("summary-spot")).toHaveText(figures.spot);
  if (figures.unschedulable !== undefined) {
    await expect(band.getByTestId("summary-unschedulable")).toHaveText(figures.unschedulable);
  }
  if (figures.change !== undefined) await expect(band.getByTestId("summary-change")).toHaveText(figures.change);
}
