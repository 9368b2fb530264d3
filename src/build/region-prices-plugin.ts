/**
 * A Vite plugin that lets the site load one region's prices at a time instead of all 36 regions
 * in its first script (all of `data/prices.json` is about 218 kB gzipped; one region about 15 kB).
 *
 * `virtual:eksize/region-prices` exports `regionCodes` (sorted), `regionSources` (each region's
 * price source ids, for the freshness notes), `bootData` (the `boot` instance types of
 * `data/instance-types.json` and their prices in the `boot` region: what the default scenario's plan
 * reads, in the first script) and `loadRegionPricing` (a code → loader map; each loader imports that
 * region's own chunk). Each chunk turns the region's rows of `data/prices.json` into the core's
 * `RegionPricing` with `regionPricingOf`, the same function `eksize/data` uses.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { PriceFile, RegionPriceRows } from "../data/price-rows.js";

const INDEX_ID = "virtual:eksize/region-prices";
const REGION_PREFIX = `${INDEX_ID}/`;
const PRICES_PATH = fileURLToPath(new URL("../../data/prices.json", import.meta.url));
const PRICE_ROWS_PATH = fileURLToPath(new URL("../data/price-rows.ts", import.meta.url));
const INSTANCE_TYPES_PATH = fileURLToPath(new URL("../../data/instance-types.json", import.meta.url));

/** The layout of `data/instance-types.json`, as far as the plugin reads it. */
interface InstanceTypeFile {
  readonly instanceTypes: readonly { readonly name: string }[];
}

/**
 * The plugin; `boot` is what the first script carries: the default scenario's region and instance
 * types; `pricesFile` is the price file to split, `data/prices.json` unless the tests give their
 * fixed one.
 */
export function regionPricesPlugin({
  boot,
  pricesFile = PRICES_PATH,
}: {
  boot: { readonly region: string; readonly instanceTypes: readonly string[] };
  pricesFile?: string;
}): Plugin {
  const readPrices = (): PriceFile => JSON.parse(readFileSync(pricesFile, "utf8")) as PriceFile;
  const regionRows = (file: PriceFile, region: string): RegionPriceRows => {
    const rows = file.regions[region];
    if (rows === undefined) throw new Error(`${pricesFile} has no region ${region}`);
    return rows;
  };
  const pricingOf = (region: string, rows: RegionPriceRows): string =>
    `regionPricingOf(${JSON.stringify(region)}, JSON.parse(${JSON.stringify(JSON.stringify(rows))}))`;
  const regionModule = (file: PriceFile, region: string): string =>
    [
      `import { regionPricingOf } from ${JSON.stringify(PRICE_ROWS_PATH)};`,
      `export default ${pricingOf(region, regionRows(file, region))};`,
    ].join("\n");
  // The boot types' rows, in the dataset's order; a type missing from either file is a build error.
  const bootModule = (file: PriceFile): string => {
    const types = (JSON.parse(readFileSync(INSTANCE_TYPES_PATH, "utf8")) as InstanceTypeFile).instanceTypes;
    const rows = regionRows(file, boot.region);
    const bootTypes = types.filter((type) => boot.instanceTypes.includes(type.name));
    const bootRows = Object.fromEntries(
      Object.entries(rows.instances).filter(([name]) => boot.instanceTypes.includes(name)),
    );
    const missing = boot.instanceTypes.filter(
      (name) => !bootTypes.some((type) => type.name === name) || !(name in bootRows),
    );
    if (missing.length > 0) throw new Error(`No data for ${missing.join(", ")} in ${boot.region}`);
    return [
      `import { regionPricingOf } from ${JSON.stringify(PRICE_ROWS_PATH)};`,
      `export const bootData = {`,
      `  instanceTypes: JSON.parse(${JSON.stringify(JSON.stringify(bootTypes))}),`,
      `  pricing: ${pricingOf(boot.region, { ...rows, instances: bootRows })},`,
      `};`,
    ].join("\n");
  };
  const indexModule = (file: PriceFile): string => {
    const codes = Object.keys(file.regions).sort();
    const sources = Object.fromEntries(
      codes.map((code) => [
        code,
        {
          onDemandSources: file.regions[code]?.onDemandSources,
          spotSources: file.regions[code]?.spotSources,
          autoModeFeeSources: file.regions[code]?.autoModeFeeSources,
        },
      ]),
    );
    const loaders = codes.map(
      (code) =>
        `  ${JSON.stringify(code)}: () => import(${JSON.stringify(REGION_PREFIX + code)}).then((module) => module.default),`,
    );
    return [
      bootModule(file),
      `export const regionCodes = ${JSON.stringify(codes)};`,
      `export const regionSources = ${JSON.stringify(sources)};`,
      `export const loadRegionPricing = {`,
      ...loaders,
      `};`,
    ].join("\n");
  };

  return {
    name: "eksize-region-prices",
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(REGION_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${INDEX_ID}`)) return undefined;
      this.addWatchFile(pricesFile);
      this.addWatchFile(INSTANCE_TYPES_PATH);
      const file = readPrices();
      return id === `\0${INDEX_ID}` ? indexModule(file) : regionModule(file, id.slice(`\0${REGION_PREFIX}`.length));
    },
  };
}
