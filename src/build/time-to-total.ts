/**
 * How fast the built site answers: loads the planner in Debian's Chromium `runs` times (fresh context,
 * empty cache each time) and prints, per run and as medians, when the page frame was first painted
 * (First Contentful Paint) and when the plan's total was on the page, in ms from navigation.
 *
 *   npm run build:app && npm run measure:first-load [-- runs]
 *
 * It serves dist/app with `vite preview` on a free port and stops it after. Figures depend on the
 * machine and its load: quote them with `uptime`'s load average.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import { median } from "./median.js";

const runs = Number(process.argv[2] ?? 9);

/** A TCP port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") reject(new Error("no port"));
        else resolve(address.port);
      });
    });
  });
}

const port = await freePort();
const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve) => {
  server.stdout.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes(String(port))) resolve();
  });
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const paints: number[] = [];
const totals: number[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Notes the moment the total is in the DOM (the next frame paints it). A string, not a function:
    // tsx would wrap a function's inner names in a helper the page does not have.
    await context.addInitScript(`
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="total"]') !== null) {
          window.eksizeTotalAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    `);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction("window.eksizeTotalAt !== undefined");
    const { paint, total } = await page.evaluate<{ paint: number; total: number }>(`({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      total: window.eksizeTotalAt,
    })`);
    paints.push(paint);
    totals.push(total);
    console.log(`run ${run + 1}: frame painted ${Math.round(paint)} ms, total on the page ${Math.round(total)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(
  `median of ${runs}: frame painted ${Math.round(median(paints))} ms, total ${Math.round(median(totals))} ms`,
);
