import type { InstancePrice, RegionPricing, SpotInterruptionBucket } from "eksize";

/**
 * One instance type's prices in `data/prices.json`: on-demand USD/hour, Spot USD/hour, Spot
 * Instance Advisor saving (%) and interruption bucket, each `null` when unknown.
 */
export type PriceRow = [number | null, number | null, number | null, number | null];

/** One region of `data/prices.json` (written by `src/importer/write-dataset.ts`). */
export interface RegionPriceRows {
  readonly onDemandSources: string[];
  readonly spotSources: string[];
  readonly instances: Record<string, PriceRow>;
}

/** The layout of `data/prices.json`. */
export interface PriceFile {
  readonly regions: Record<string, RegionPriceRows>;
}

function toPrice(row: PriceRow): InstancePrice {
  return {
    onDemandUsdPerHour: row[0],
    spotUsdPerHour: row[1],
    spotSavingsPercent: row[2],
    spotInterruption: row[3] as SpotInterruptionBucket | null,
  };
}

/**
 * A region's rows of `data/prices.json` as the core's {@link RegionPricing}. The site loads each
 * region's rows on its own and reads them with this too.
 *
 * @example regionPricingOf("us-east-1", { onDemandSources: [], spotSources: [], instances: { "m5.large": [0.096, null, null, null] } }).instances["m5.large"]?.onDemandUsdPerHour // 0.096
 */
export function regionPricingOf(region: string, rows: RegionPriceRows): RegionPricing {
  return {
    region,
    onDemandSources: rows.onDemandSources,
    spotSources: rows.spotSources,
    instances: Object.fromEntries(Object.entries(rows.instances).map(([name, row]) => [name, toPrice(row)])),
  };
}
