/** Types of the site's per-region price chunks (made by `src/build/region-prices-plugin.ts`). */
declare module "virtual:eksize/region-prices" {
  import type { RegionPricing } from "eksize";
  /** Every region with prices, sorted. */
  export const regionCodes: readonly string[];
  /** Each region's price source ids (see `Catalog.sources`). */
  export const regionSources: Readonly<
    Record<
      string,
      {
        readonly onDemandSources: readonly string[];
        readonly spotSources: readonly string[];
        readonly autoModeFeeSources: readonly string[];
      }
    >
  >;
  /** The default scenario's region, which the first script carries. */
  export const preloadedPricing: RegionPricing;
  /** Loads one region's prices (its own chunk). */
  export const loadRegionPricing: Readonly<Record<string, () => Promise<RegionPricing>>>;
}
