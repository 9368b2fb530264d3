import { createRequire } from "node:module";
import { expect, type Locator, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

/**
 * Checks the browser tests run on any page: axe-core's serious violations, sideways scrolling, and
 * whether something (a wide table's last column) can be brought into view.
 */

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into the page (there is no @axe-core/playwright here). */
const AXE_PATH = require.resolve("axe-core/axe.min.js");

/** The page's serious and critical axe violations, one line per violation and per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    return axe.run(document);
  });
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? "?"}, ${violation.help}) at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`,
      ),
    );
}

/** Fails with every violation listed, naming the page and settings it was found on. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `axe on ${where}:\n${found.join("\n")}`).toEqual([]);
}

/**
 * The document's width against the screen's: nothing may stick out sideways. On a phone
 * (`isMobile`) Chromium widens the layout viewport to fit wide content, so the width is also checked
 * against the configured one.
 */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const sizes = await page.evaluate(() => {
    const viewport = window.innerWidth;
    // The elements past the right edge that no scrolling box contains, to name the culprit.
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .filter((element) => {
        for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
          const overflow = getComputedStyle(parent).overflowX;
          if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}#${element.id}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, wide };
  });
  const message = `${where}: ${sizes.scrollWidth}px wide on a ${width}px screen: ${sizes.wide.join(", ")}`;
  expect(sizes.scrollWidth, message).toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.viewport, message).toBe(width);
}

/**
 * Scrolls a control or cell into view as a user would (the page, and the table's own scrolling
 * region), then checks that nearly all of it is on the screen (a table region's scroll bar may clip
 * a pixel or two of its last column) and that nothing sits on top of it there: no sticky band,
 * sticky column or header covers its middle.
 */
export async function expectReachable(target: Locator, what: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expect(target, what).toBeInViewport({ ratio: 0.9 });
  const cover = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (hit === null || element.contains(hit) || hit.contains(element)) return null;
    return `${hit.tagName.toLowerCase()}.${hit.getAttribute("class") ?? ""}: ${hit.textContent.slice(0, 60)}`;
  });
  expect(cover, `${what} is covered by ${cover ?? ""}`).toBeNull();
}
