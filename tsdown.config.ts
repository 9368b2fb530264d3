import { readFileSync } from "node:fs";
import { defineConfig, type UserConfig } from "tsdown";
import type { Plugin } from "rolldown";
import { maxPodsDatasetModule } from "./src/cli/max-pods-columns.js";
import type { InstanceType } from "eksize";

/**
 * The dataset's JSON files as `JSON.parse('…')`, not as object literals: V8 reads a JSON string much
 * faster than it compiles the same data as JavaScript (0.65 MB of instance types: about 10 ms against
 * 40 ms), which is most of `eksize max-pods`'s time.
 */
const jsonAsParse: Plugin = {
  name: "eksize:json-as-parse",
  transform: {
    filter: { id: /\.json$/ },
    handler(code) {
      const json = JSON.stringify(JSON.parse(code));
      const quoted = json
        .replace(/\\/g, "\\\\")
        .replace(/'/g, "\\'")
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
      return { code: `export default JSON.parse('${quoted}');`, moduleType: "js" };
    },
  },
};

/** The module {@link maxPodsDataset} writes. */
const MAX_PODS_DATASET = /\/src\/cli\/max-pods-dataset\.ts$/;

/**
 * The CLI's max-pods dataset: `src/cli/max-pods-dataset.ts` written out at build time, its text (every
 * instance type with only the columns max pods reads, `MAX_PODS_COLUMNS`) made here from
 * `data/instance-types.json`, the one dataset, rather than from the whole catalogue when the command
 * runs. `eksize max-pods` then reads 90 kB of text and nothing else of the dataset;
 * `test/cli/max-pods-dataset.test.ts` checks that it agrees with the catalogue.
 */
const maxPodsDataset: Plugin = {
  name: "eksize:max-pods-dataset",
  load: {
    filter: { id: MAX_PODS_DATASET },
    handler() {
      const file = JSON.parse(readFileSync("data/instance-types.json", "utf8")) as { instanceTypes: InstanceType[] };
      return { code: maxPodsDatasetModule(file.instanceTypes), moduleType: "js" };
    },
  },
};

// The published library: `eksize` (the pure core), `eksize/data` (the dataset) and `eksize/data/instance-types`
// (its instance types alone), and the command line.
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
  // `eksize/data/instance-types`: the instance types alone, without the prices, for `eksize max-pods` and
  // any consumer that needs no price. It bundles the one core function it calls (suggestNames, 1 kB)
  // so that loading it does not load the whole core; its types still come from `eksize`.
  {
    ...shared,
    entry: { "instance-types": "src/data/instance-types.ts" },
    plugins: [jsonAsParse],
    // The core bundled for the code, not for the types: those stay imports from "eksize".
    deps: {
      neverBundle: (id, importer) => id === "eksize" && importer !== undefined && /\.d\.[cm]?ts$/.test(importer),
    },
    minify: true,
    inputOptions: { resolve: { conditionNames: ["@eksize/source", "import", "default"] } },
  },
  // `eksize/optimal`: the HiGHS solver for the cost bounds. `highs` (3.5 MB of WebAssembly) is an optional
  // peer dependency, imported only when a solver is loaded; the core comes from "eksize".
  {
    ...shared,
    entry: { optimal: "src/optimal/index.ts" },
    deps: { neverBundle: ["eksize", "highs"] },
  },
  {
    ...shared,
    entry: { data: "src/data/index.ts" },
    plugins: [jsonAsParse],
    deps: { neverBundle: ["eksize", "eksize/data/instance-types"] },
    minify: true,
  },
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
    plugins: [maxPodsDataset],
    // The dataset by the package's name; HiGHS only when `eksize plan --optimal` loads it (an optional peer).
    deps: { neverBundle: [/^eksize\/data(\/|$)/, "highs"] },
    inputOptions: { resolve: { conditionNames: ["@eksize/source", "import", "default"] } },
    outputOptions: {
      chunkFileNames: "cli/[name].js",
      // The max-pods dataset in a chunk of its own (cli/max-pods-dataset.js), which only that command loads.
      codeSplitting: { groups: [{ name: "max-pods-dataset", test: MAX_PODS_DATASET }] },
    },
    // Last, so that publint sees every file package.json names.
    publint: true,
  },
]);
