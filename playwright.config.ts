import { defineConfig, devices } from "@playwright/test";

/** The preview server's port: E2E_PORT for a second checkout testing beside this one (4173 otherwise). */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests against the site built with the tests' fixed prices (`vite build --mode e2e`,
 * which writes dist/e2e), served by `vite preview` on 127.0.0.1. The browser is Debian's Chromium (`apt-get install chromium`), never
 * a downloaded one; CHROMIUM_PATH points elsewhere if needed.
 */
export default defineConfig({
  testDir: "test/e2e",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  // Lazy chunks on a machine at a load of 10–15 on 2 cores took over 10 s to paint the first chart.
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1600, height: 1000 } } }],
  webServer: {
    // The site built with the tests' fixed price catalogue (vite.config.ts, mode e2e, into dist/e2e), so
    // a refresh of data/ changes none of these tests' figures.
    command:
      `npx vite build --mode e2e --logLevel warn && npx vite preview --mode e2e --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
  },
});
