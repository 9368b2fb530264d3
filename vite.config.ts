import react from "@vitejs/plugin-react";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";
import { defaultScenario } from "./src/core/scenario/default-scenario.js";
import { regionPricesPlugin } from "./src/build/region-prices-plugin.js";
import { siteUrlPlugin } from "./src/build/site-url-plugin.js";

/**
 * The tests' fixed price catalogue: a frozen copy of seven regions' rows of `data/prices.json` and of
 * `data/services.json` as of 2026-12, so the worked examples keep their figures when `data/` is
 * refreshed. `eksize/data` and the site's region chunks read it under vitest and in the site built for
 * the Chromium tests (`--mode e2e`, into dist/e2e); the dataset's own tests read `data/` as files.
 */
const TEST_PRICES = fileURLToPath(new URL("test/fixtures/prices.json", import.meta.url));
const TEST_SERVICES = fileURLToPath(new URL("test/fixtures/services.json", import.meta.url));

// The app and the tests import the library by its public name ("eksize", "eksize/data"); the
// "@eksize/source" export condition resolves those to src/ so nothing needs building first.
export default defineConfig(({ mode }) => {
  const fixedPrices = process.env.VITEST !== undefined || mode === "e2e";
  return {
    // Assets load relative to index.html, so the built site works from any path of any static host
    // (https://example.com/, https://example.com/tools/eksize/): every page is in the URL's hash.
    base: "./",
    // Each region's prices are their own chunk; the first script carries the default scenario's
    // instance types and their prices in its region, which plan it.
    plugins: [
      react(),
      regionPricesPlugin({
        boot: {
          region: defaultScenario.region,
          instanceTypes: [...new Set(defaultScenario.nodeGroups.flatMap((group) => group.instanceTypes))],
        },
        ...(fixedPrices ? { pricesFile: TEST_PRICES } : {}),
      }),
      // The link preview's image and address, absolute when the site's public URL is given.
      siteUrlPlugin(process.env["EKSIZE_SITE_URL"]),
    ],
    resolve: {
      conditions: ["@eksize/source", ...defaultClientConditions],
      alias: fixedPrices
        ? [
            { find: /^(?:\.\.\/)+data\/prices\.json$/, replacement: TEST_PRICES },
            { find: /^(?:\.\.\/)+data\/services\.json$/, replacement: TEST_SERVICES },
          ]
        : [],
    },
    ssr: { resolve: { conditions: ["@eksize/source"] } },
    // Workers are ES modules (both are made with `type: "module"`): the optimal mix's worker loads the
    // solver's glue as a chunk of its own, and HiGHS's WebAssembly as an asset, on its first search.
    worker: { format: "es" },
    json: { stringify: true },
    build: {
      outDir: mode === "e2e" ? "dist/e2e" : "dist/app",
      chunkSizeWarningLimit: 1500,
      // The instance dataset in a chunk named for it, loaded after the first paint (left to itself,
      // Rolldown put its helpers in that chunk, which the first script then had to load too).
      rolldownOptions: {
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [{ name: "instance-types", test: /data[\\/]instance-types\.(json|ts)$/ }],
          },
        },
      },
    },
    test: {
      // Every core: vitest's default leaves one free, which on a 2-core machine runs the files one by one.
      maxWorkers: availableParallelism(),
      // A generous bound for a test that hangs, never a speed check: property tests of thousands of runs
      // take seconds on a busy 2-core machine, and speed is measured by \`npm run bench\`.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      projects: [
        {
          extends: true,
          // Pure logic, no module state between files: one module graph per worker, not one per file.
          test: {
            name: "node",
            include: ["test/{core,data,cli,export,present,lint,build,optimal}/**/*.test.ts"],
            // `npm run bench` ends with the table of issue 16's targets; it does nothing for tests.
            globalSetup: ["test/bench/targets-setup.ts"],
            environment: "node",
            isolate: false,
          },
        },
        // Builds, packs and installs the package: a step of its own (`npm run test:package`), not in `npm test`.
        {
          extends: true,
          test: { name: "package", include: ["test/package/**/*.test.ts"], environment: "node" },
        },
        {
          extends: true,
          test: {
            name: "app",
            include: ["test/app/**/*.test.tsx"],
            environment: "jsdom",
            setupFiles: ["test/app/setup.ts"],
            // The files share one module graph per worker: creating it and a jsdom for each of the 23 files cost
            // about 35 s. The setup file resets every store, localStorage and the hash before each test and
            // restores spies after it; a module mock reaches only modules imported after it (chart-error.test.tsx
            // shows how a file mocks one).
            isolate: false,
          },
        },
      ],
      benchmark: { include: ["test/bench/**/*.bench.ts"] },
    },
  };
});
