/**
 * `eksize/data`: the instance-type dataset, prices and service rates that ship with eksize, built from
 * AWS's public data (see `data/SOURCES.md` for every source and its date).
 */
import type {
  Catalog,
  DataSource,
  InstancePrice,
  InstanceType,
  RegionPricing,
  Result,
  ServiceRates,
  SpotInterruptionBucket,
} from "eksize";
import { suggestNames } from "eksize";
import instanceTypeFile from "../../data/instance-types.json" with { type: "json" };
import priceFile from "../../data/prices.json" with { type: "json" };
import serviceFile from "../../data/services.json" with { type: "json" };
import sourceFile from "../../data/sources.json" with { type: "json" };

type PriceRow = [number | null, number | null, number | null, number | null];

/** The layout of `data/prices.json` (written by `src/importer/write-dataset.ts`). */
interface PriceFile {
  regions: Record<string, { onDemandSources: string[]; spotSources: string[]; instances: Record<string, PriceRow> }>;
}

/**
 * Every instance type in the dataset (AWS's VPC CNI and Karpenter network-limit data), sorted by name.
 *
 * @example instanceTypes.filter((type) => type.architecture === "arm64").length
 */
export const instanceTypes: readonly InstanceType[] = instanceTypeFile.instanceTypes as unknown as InstanceType[];

const byName = new Map(instanceTypes.map((type) => [type.name, type]));

/**
 * One instance type by its EC2 name, or `undefined` when the dataset has no such type.
 *
 * @example getInstanceType("m5.large")?.vcpu // 2
 */
export function getInstanceType(name: string): InstanceType | undefined {
  return byName.get(name);
}

/**
 * Like {@link getInstanceType}, but an unknown name gives the issue `unknown-instance-type` with the
 * nearest names as suggestions (`m5.lage` → `m5.large`).
 *
 * @example lookupInstanceType("m5.lage") // { ok: false, issues: [{ code: "unknown-instance-type", params: { instanceType: "m5.lage", suggestions: ["m5.large", ...] } }] }
 */
export function lookupInstanceType(name: string): Result<InstanceType> {
  const found = byName.get(name.trim());
  if (found) return { ok: true, value: found };
  const suggestions = suggestNames(name, instanceTypes.map((type) => type.name));
  return { ok: false, issues: [{ code: "unknown-instance-type", params: { instanceType: name, suggestions } }] };
}

function toPrice(row: PriceRow): InstancePrice {
  return {
    onDemandUsdPerHour: row[0],
    spotUsdPerHour: row[1],
    spotSavingsPercent: row[2],
    spotInterruption: row[3] as SpotInterruptionBucket | null,
  };
}

const regionPricing: Readonly<Record<string, RegionPricing>> = Object.fromEntries(
  Object.entries((priceFile as unknown as PriceFile).regions).map(([region, entry]) => [
    region,
    {
      region,
      onDemandSources: entry.onDemandSources,
      spotSources: entry.spotSources,
      instances: Object.fromEntries(
        Object.entries(entry.instances).map(([name, row]) => [name, toPrice(row)]),
      ),
    },
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

/** EKS control plane, Fargate and load balancer rates (USD). */
export const services: ServiceRates = serviceFile;

/** Every source of the dataset with its date and licence. */
export const sources: readonly DataSource[] = sourceFile.sources;

/**
 * The whole dataset as one {@link Catalog}, the input of eksize's planning functions.
 *
 * @example catalog.regions["eu-west-1"]?.instances["m6g.large"]?.onDemandUsdPerHour
 */
export const catalog: Catalog = { instanceTypes, regions: regionPricing, services, sources };
