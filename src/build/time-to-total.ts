/**
 * How fast the built site answers: loads the planner in Debian's Chromium `runs` times (fresh context,
 * empty cache each time) and prints, per run and as medians, when the page frame was first painted
 * (First Contentful Paint), when the plan's total entered the DOM and when it was painted, in ms from navigation, and the bytes
 * transferred until then and in all (HTTP bodies and headers, as Resource Timing counts them).
 *
 *   npm run build:app && npm run measure:first-load [-- runs]
 *
 * The total counts as painted when the first animation frame after it entered the DOM starts, not
 * when it entered the DOM: a long task right after the render (the ranking) delays that frame, and
 * the paint with it. (Chromium's Element Timing reports no text added after the first paint.) It serves dist/app with Vite's
 * preview server (gzip, as a static host serves it) on a free port and closes it after. Figures
 * depend on the machine and its load: quote them with `uptime`'s load average.
 */
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { median } from "./median.js";

const runs = Number(process.argv[2] ?? 9);

/** One load's figures: ms from navigation, bytes transferred. */
interface Load {
  readonly paint: number;
  readonly inDom: number;
  readonly total: number;
  readonly bytesToTotal: number;
  readonly bytes: number;
}

// Port 0: the system picks a free one.
const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: true } });
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const loads: Load[] = [];
try {
  if (url === undefined) throw new Error("vite preview gave no address");
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Notes when the frame that paints the total starts: the first animation frame after the total
    // enters the DOM (a long task in between, such as the ranking, delays that frame and so the paint).
    // A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
    await context.addInitScript(`
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="total"]') !== null) {
          observer.disconnect();
          window.eksizeTotalInDom = performance.now();
          requestAnimationFrame(() => {
            window.eksizeTotalPaint = performance.now();
          });
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    `);
    const page = await context.newPage();
    await page.goto(url);
    // A function, not a string: the site's Content-Security-Policy forbids the eval a string predicate needs.
    await page.waitForFunction(() => "eksizeTotalPaint" in window);
    await page.waitForLoadState("networkidle");
    const load = await page.evaluate<Load>(`(() => {
      const total = window.eksizeTotalPaint;
      const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
      const sum = (list) => list.reduce((bytes, entry) => bytes + entry.transferSize, 0);
      return {
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        inDom: window.eksizeTotalInDom,
        total,
        bytesToTotal: sum(entries.filter((entry) => entry.responseEnd <= total)),
        bytes: sum(entries),
      };
    })()`);
    loads.push(load);
    console.log(
      `run ${run + 1}: frame painted ${Math.round(load.paint)} ms, total in the DOM ${Math.round(load.inDom)} ms, painted ${Math.round(load.total)} ms, ` +
        `${(load.bytesToTotal / 1000).toFixed(1)} kB transferred by then, ${(load.bytes / 1000).toFixed(1)} kB in all`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const kB = (values: number[]): string => (median(values) / 1000).toFixed(1);
console.log(
  `median of ${runs}: frame painted ${Math.round(median(loads.map((load) => load.paint)))} ms, ` +
    `total in the DOM ${Math.round(median(loads.map((load) => load.inDom)))} ms, ` +
    `painted ${Math.round(median(loads.map((load) => load.total)))} ms, ` +
    `${kB(loads.map((load) => load.bytesToTotal))} kB transferred by then, ${kB(loads.map((load) => load.bytes))} kB in all`,
);
