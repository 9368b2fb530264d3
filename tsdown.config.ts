import { defineConfig, type UserConfig } from "tsdown";

// The published library: `eksize` (the pure core) and `eksize/data` (the dataset). The dataset imports
// the core by its package name, so both entries share one copy of it; its JSON is minified.
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
  { ...shared, entry: { index: "src/core/index.ts" }, publint: true },
  { ...shared, entry: { data: "src/data/index.ts" }, deps: { neverBundle: ["eksize"] }, minify: true },
]);
