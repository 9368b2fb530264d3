import { defineConfig, type UserConfig } from "tsdown";

// The published library: `eksize` (the pure core) and `eksize/data` (the dataset), and the command line.
// The dataset imports the core by its package name, so both entries share one copy of it; its JSON is minified.
const shared = {
  outDir: "dist/lib",
  format: "esm",
  platform: "neutral",
  target: "es2022",
  dts: true,
  clean: false,
  tsconfig: "tsconfig.lib.json",
} satisfies UserConfig;

export default defineConfig([
  { ...shared, entry: { index: "src/core/index.ts" } },
  { ...shared, entry: { data: "src/data/index.ts" }, deps: { neverBundle: ["eksize"] }, minify: true },
  // The `eksize` executable (package.json "bin"): Node only, no types. Its entry holds only the dispatch;
  // each command is a chunk (dist/lib/cli/) loaded when it runs, with the parts of the core it uses
  // bundled from source, so that `eksize max-pods` loads neither the whole core (its share links,
  // planner and exports) nor the prices. It imports the dataset by the package's own name.
  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    platform: "node",
    target: "node20",
    dts: false,
    fixedExtension: false,
    deps: { neverBundle: [/^eksize\/data(\/|$)/] },
    inputOptions: { resolve: { conditionNames: ["@eksize/source", "import", "default"] } },
    outputOptions: { chunkFileNames: "cli/[name].js" },
    // Last, so that publint sees every file package.json names.
    publint: true,
  },
]);
