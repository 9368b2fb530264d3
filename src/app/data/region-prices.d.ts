/** Types of the site's per-region price chunks (made by `src/build/region-prices-plugin.ts`). */
declare module "virtual:eksize/region-prices" {
  import type { InstanceType, RegionPricing } from "eksize";
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
  /**
   * What the first script carries: the default scenario's instance types and their prices in its
   * region (`pricing` holds those types only).
   */
  export const bootData: { readonly instanceTypes: readonly InstanceType[]; readonly pricing: RegionPricing };
  /** Loads one region's prices (its own chunk). */
  export const loadRegionPricing: Readonly<Record<string, () => Promise<RegionPricing>>>;
}
