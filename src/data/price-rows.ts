import { estimatedAutoModeFee, type InstancePrice, type RegionPricing, type SpotInterruptionBucket } from "eksize";

/**
 * How `data/prices.json` writes a type's EKS Auto Mode fee: the published fee in USD per
 * instance-hour; `true` for the documented estimate (`estimatedAutoModeFee` of the row's on-demand
 * price, which keeps the file, and the site's first load, from repeating a figure it can compute);
 * `null` where Auto Mode has no fee for the type (it does not launch it, or the type has no on-demand
 * price there).
 */
export type AutoModeFeeCell = number | true | null;

/**
 * One instance type's prices in `data/prices.json`: on-demand USD/hour, Spot USD/hour, Spot
 * Instance Advisor saving (%) and interruption bucket, each `null` when unknown, and the EKS Auto
 * Mode fee ({@link AutoModeFeeCell}).
 */
export type PriceRow = [number | null, number | null, number | null, number | null, AutoModeFeeCell];

/** One region of `data/prices.json` (written by `src/importer/write-dataset.ts`). */
export interface RegionPriceRows {
  readonly onDemandSources: string[];
  readonly spotSources: string[];
  readonly autoModeFeeSources: string[];
  readonly instances: Record<string, PriceRow>;
}

/** The layout of `data/prices.json`. */
export interface PriceFile {
  readonly regions: Record<string, RegionPriceRows>;
}

/** The Auto Mode fee of a row: the published figure, the estimate from its on-demand price, or none. */
function autoModeFee(cell: AutoModeFeeCell, onDemandUsdPerHour: number | null): InstancePrice["autoModeFee"] {
  if (cell === null) return null;
  if (cell === true) {
    return onDemandUsdPerHour === null
      ? null
      : { usdPerHour: estimatedAutoModeFee(onDemandUsdPerHour), estimate: true };
  }
  return { usdPerHour: cell, estimate: false };
}

function toPrice(row: PriceRow): InstancePrice {
  return {
    onDemandUsdPerHour: row[0],
    spotUsdPerHour: row[1],
    spotSavingsPercent: row[2],
    spotInterruption: row[3] as SpotInterruptionBucket | null,
    autoModeFee: autoModeFee(row[4], row[0]),
  };
}

/**
 * A region's rows of `data/prices.json` as the core's {@link RegionPricing}. The site loads each
 * region's rows on its own and reads them with this too.
 *
 * @example regionPricingOf("us-east-1", { onDemandSources: [], spotSources: [], autoModeFeeSources: [], instances: { "m5.large": [0.096, null, null, null, true] } }).instances["m5.large"]?.autoModeFee // { usdPerHour: 0.01152, estimate: true }
 */
export function regionPricingOf(region: string, rows: RegionPriceRows): RegionPricing {
  return {
    region,
    onDemandSources: rows.onDemandSources,
    spotSources: rows.spotSources,
    autoModeFeeSources: rows.autoModeFeeSources,
    instances: Object.fromEntries(Object.entries(rows.instances).map(([name, row]) => [name, toPrice(row)])),
  };
}
