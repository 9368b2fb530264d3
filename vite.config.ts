import react from "@vitejs/plugin-react";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";
import { defaultScenario } from "./src/core/default-scenario.js";
import { regionPricesPlugin } from "./src/build/region-prices-plugin.js";

// The app and the tests import the library by its public name ("eksize", "eksize/data"); the
// "@eksize/source" export condition resolves those to src/ so nothing needs building first.
export default defineConfig({
  // Each region's prices are their own chunk; the default scenario's region comes with the first script.
  plugins: [react(), regionPricesPlugin({ preload: defaultScenario.region })],
  resolve: { conditions: ["@eksize/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@eksize/source"] } },
  json: { stringify: true },
  build: { outDir: "dist/app", chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["test/{core,data,package,cli,export}/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["test/app/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["test/app/setup.ts"],
          // The files share one jsdom and one module graph per worker: creating both for each of the 23 files
          // cost about 35 s. The setup file resets every store, localStorage and the hash before each test.
          isolate: false,
          // Generous, so a busy machine never fails a test or a hook; Testing Library's waits are set in the setup file.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
  },
});
