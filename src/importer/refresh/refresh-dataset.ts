import type { RegionPricing } from "../../core/catalog/catalog.js";
import { autoModeTypeNames, buildRegionPricing, compareNames, type Dataset } from "../build-dataset.js";
import { AUTO_MODE_FEE_ESTIMATE_SOURCE } from "../sources.js";
import type { Ec2InstanceTypeInfo, SpotAdvisorFeed } from "../upstream.js";
import type { AutoModeFeeOffer } from "./auto-mode-fees.js";
import { withTierPrices, withTierPriceSources, type TierPrices } from "./control-plane-tier-prices.js";
import { mergeInstanceTypes } from "./merge-instance-types.js";
import { autoModeFeeSourceId, REFRESH_NOTE, refreshedSources, refreshSourceIds } from "./refresh-sources.js";

/** What AWS answered about one region. */
export interface RegionAnswers {
  readonly region: string;
  /** DescribeInstanceTypes records. */
  readonly instanceTypes: readonly Ec2InstanceTypeInfo[];
  /** Linux on-demand USD per hour by type (Price List API). */
  readonly onDemand: Readonly<Record<string, number>>;
  /** Linux Spot USD per hour by type, averaged over AZs (DescribeSpotPriceHistory). */
  readonly spot: Readonly<Record<string, number>>;
  /** EKS Auto Mode's published fees (the region's AmazonEKS offer); null where the offer index lists no file for the region. */
  readonly autoModeFees: AutoModeFeeOffer | null;
}

/** A refreshed dataset, and the new types it had to leave out (see {@link mergeInstanceTypes}). */
export interface RefreshedDataset {
  readonly dataset: Dataset;
  readonly incomplete: readonly string[];
}

/**
 * The current dataset with AWS's answers about some regions taken over it. Pure and deterministic:
 * the result depends on the answers, not on their order (regions, and the records within each, are
 * sorted; a type several regions describe takes its facts from the first region by name).
 * - instance types: {@link mergeInstanceTypes};
 * - each answered region's prices are replaced: on-demand, Spot, the advisor feed's Linux figures
 *   for that region, and the EKS Auto Mode fees: AWS's published ones where the region has an
 *   AmazonEKS offer (a type it does not list has no fee), else the estimate from the new on-demand
 *   prices; other regions keep theirs;
 * - sources: {@link refreshedSources}; services stay as they are, but for the control plane tiers
 *   `tierPrices` prices ({@link withTierPrices}, {@link withTierPriceSources}).
 *
 * @param date the refresh date, `YYYY-MM-DD` (UTC).
 * @param tierPrices the control plane tiers' prices the Price List gave; none by default.
 */
export function refreshDataset(
  current: Dataset,
  answers: readonly RegionAnswers[],
  feed: SpotAdvisorFeed,
  date: string,
  tierPrices: TierPrices = {},
): RefreshedDataset {
  const sorted = [...answers].sort((a, b) => compareNames(a.region, b.region));
  const described = new Map<string, Ec2InstanceTypeInfo>();
  for (const answer of sorted) {
    for (const info of answer.instanceTypes) {
      if (!described.has(info.InstanceType)) described.set(info.InstanceType, info);
    }
  }
  const { instanceTypes, incomplete } = mergeInstanceTypes(current.instanceTypes, described);
  const known = new Set(instanceTypes.map((type) => type.name));
  const autoModeTypes = autoModeTypeNames(instanceTypes);
  const ids = refreshSourceIds(date);
  const refreshed = new Map<string, RegionPricing>(
    sorted.map((answer) => [
      answer.region,
      buildRegionPricing(answer.region, known, {
        onDemand: [{ source: ids.onDemand, prices: answer.onDemand }],
        spot: { source: ids.spot, prices: answer.spot },
        advisor: { source: ids.advisor, entries: feed.spot_advisor[answer.region]?.Linux ?? {} },
        autoMode:
          answer.autoModeFees === null
            ? { estimated: { source: AUTO_MODE_FEE_ESTIMATE_SOURCE, types: autoModeTypes } }
            : {
                published: {
                  source: autoModeFeeSourceId(answer.autoModeFees.publicationDate),
                  prices: answer.autoModeFees.fees,
                },
                estimated: { source: AUTO_MODE_FEE_ESTIMATE_SOURCE, types: new Set() },
              },
      }),
    ]),
  );
  const currentRegions = new Map(current.regions.map((region) => [region.region, region]));
  const regions = [...new Set([...currentRegions.keys(), ...refreshed.keys()])]
    .sort(compareNames)
    .map((code) => (refreshed.get(code) ?? currentRegions.get(code))!);
  const services = withTierPrices(current.services, tierPrices, date);
  const sources = withTierPriceSources(
    refreshedSources(
      current.sources,
      regions,
      date,
      sorted.map((answer) => answer.region),
    ),
    services,
    date,
  );
  return { dataset: { ...current, instanceTypes, regions, services, sources, notes: [REFRESH_NOTE] }, incomplete };
}
