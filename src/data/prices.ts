import type { InstancePrice, RegionPricing } from "eksize";
import priceFile from "../../data/prices.json" with { type: "json" };
import { regionPricingOf, type PriceFile } from "./price-rows.js";

/** Every region's prices, by region code. */
export const regionPricing: Readonly<Record<string, RegionPricing>> = Object.fromEntries(
  Object.entries((priceFile as unknown as PriceFile).regions).map(([region, rows]) => [
    region,
    regionPricingOf(region, rows),
  ]),
);

/**
 * Region codes with prices, sorted.
 *
 * @example regions.includes("ap-northeast-2") // true
 */
export const regions: readonly string[] = Object.keys(regionPricing);

/**
 * Prices of every instance type sold in a region (USD per hour), or `undefined` for a region
 * without data.
 *
 * @example getRegionPricing("us-east-1")?.instances["m5.large"]?.onDemandUsdPerHour // 0.096
 */
export function getRegionPricing(region: string): RegionPricing | undefined {
  return regionPricing[region];
}

/**
 * Prices of one type in one region, or `undefined` when unknown there.
 *
 * @example getInstancePrice("us-east-1", "m5.large")?.spotInterruption // a 0–4 bucket
 */
export function getInstancePrice(region: string, instanceType: string): InstancePrice | undefined {
  return regionPricing[region]?.instances[instanceType];
}
