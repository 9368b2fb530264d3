/**
 * A Vite plugin that lets the site load one region's prices at a time instead of all 36 regions
 * in its first script (all of `data/prices.json` is about 218 kB gzipped; one region about 15 kB).
 *
 * `virtual:eksize/region-prices` exports `regionCodes` (sorted), `regionSources` (each region's
 * price source ids, for the freshness notes), `preloadedPricing` (the `preload` region's prices,
 * in the first script) and `loadRegionPricing` (a code → loader map; each loader imports that
 * region's own chunk). Each chunk turns the region's rows of `data/prices.json` into the core's
 * `RegionPricing` with `regionPricingOf`, the same function `eksize/data` uses.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { PriceFile } from "../data/price-rows.js";

const INDEX_ID = "virtual:eksize/region-prices";
const REGION_PREFIX = `${INDEX_ID}/`;
const PRICES_PATH = fileURLToPath(new URL("../../data/prices.json", import.meta.url));
const PRICE_ROWS_PATH = fileURLToPath(new URL("../data/price-rows.ts", import.meta.url));

/**
 * The plugin; `preload` is the region whose prices come with the first script (the default
 * scenario's); `pricesFile` is the price file to split, `data/prices.json` unless the tests give
 * their fixed one.
 */
export function regionPricesPlugin({
  preload,
  pricesFile = PRICES_PATH,
}: {
  preload: string;
  pricesFile?: string;
}): Plugin {
  const readPrices = (): PriceFile => JSON.parse(readFileSync(pricesFile, "utf8")) as PriceFile;
  const regionModule = (file: PriceFile, region: string): string => {
    const rows = file.regions[region];
    if (rows === undefined) throw new Error(`${pricesFile} has no region ${region}`);
    return [
      `import { regionPricingOf } from ${JSON.stringify(PRICE_ROWS_PATH)};`,
      `export default regionPricingOf(${JSON.stringify(region)}, JSON.parse(${JSON.stringify(JSON.stringify(rows))}));`,
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
    const loaders = codes.map((code) =>
      code === preload
        ? `  ${JSON.stringify(code)}: () => Promise.resolve(preloaded),`
        : `  ${JSON.stringify(code)}: () => import(${JSON.stringify(REGION_PREFIX + code)}).then((module) => module.default),`,
    );
    return [
      `import preloaded from ${JSON.stringify(REGION_PREFIX + preload)};`,
      `export const regionCodes = ${JSON.stringify(codes)};`,
      `export const regionSources = ${JSON.stringify(sources)};`,
      `export const preloadedPricing = preloaded;`,
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
      const file = readPrices();
      return id === `\0${INDEX_ID}` ? indexModule(file) : regionModule(file, id.slice(`\0${REGION_PREFIX}`.length));
    },
  };
}
