/**
 * Which sources feed which figures, for "how old is this data". Pure: reads the dataset's source
 * list and the ids that prices and service rates refer to.
 */
import type { DataSource, InstancePrice, RegionPricing, ServiceRates } from "eksize";

/** The sources behind the page, grouped as the page shows them. */
export interface SourceGroups {
  /** On-demand prices of the region, the preferred source first. */
  readonly onDemand: readonly DataSource[];
  /** Spot prices, savings and interruption buckets of the region. */
  readonly spot: readonly DataSource[];
  /** EKS Auto Mode fees of the region: the published ones, or the estimate. */
  readonly autoMode: readonly DataSource[];
  /** Instance limits and specifications: every source that neither prices nor service rates cite. */
  readonly instances: readonly DataSource[];
}

/** The price source ids of a region (all `groupSources` reads of its prices). */
export type RegionSourceIds = Pick<RegionPricing, "onDemandSources" | "spotSources" | "autoModeFeeSources">;

function serviceSourceIds(services: ServiceRates): Set<string> {
  return new Set([
    services.eksControlPlane.source,
    ...Object.values(services.eksControlPlane.tiers).flatMap((tier) => [tier.price.source, tier.limits.source]),
    ...Object.values(services.fargate.regions).map((rate) => rate.source),
    ...Object.values(services.loadBalancers).map((rate) => rate.source),
    ...Object.values(services.ebs).map((rate) => rate.source),
  ]);
}

/**
 * Groups the sources for one region's page. Ids that name no source are skipped.
 *
 * @example groupSources(sources, getRegionPricing("us-east-1"), allPricing, services).onDemand[0].id // "karpenterOnDemand"
 */
export function groupSources(
  sources: readonly DataSource[],
  pricing: RegionSourceIds | undefined,
  allPricing: readonly RegionSourceIds[],
  services: ServiceRates,
): SourceGroups {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const pick = (ids: readonly string[]): DataSource[] =>
    ids.map((id) => byId.get(id)).filter((source): source is DataSource => source !== undefined);
  const cited = serviceSourceIds(services);
  for (const region of allPricing) {
    for (const id of [...region.onDemandSources, ...region.spotSources, ...region.autoModeFeeSources]) cited.add(id);
  }
  return {
    onDemand: pick(pricing?.onDemandSources ?? []),
    spot: pick(pricing?.spotSources ?? []),
    autoMode: pick(pricing?.autoModeFeeSources ?? []),
    instances: sources.filter((source) => !cited.has(source.id)),
  };
}

/** What the Spot sources of a region give: the Spot prices and the Spot Instance Advisor's figures. */
export interface SpotSourceRoles {
  /** Sources of `spotUsdPerHour` (the breakdown's Spot price). */
  readonly prices: readonly DataSource[];
  /** Sources of `spotSavingsPercent` or `spotInterruption` (the table's Spot columns). */
  readonly advisor: readonly DataSource[];
}

/** Whether a source lists a dataset field among what it `provides`. */
function providesField(source: DataSource, field: keyof InstancePrice): boolean {
  return new RegExp(`\\b${field}\\b`).test(source.provides);
}

/**
 * Splits a region's Spot sources by the figures they give, read from each source's `provides`; a
 * source that gives both is in both lists.
 *
 * @example spotSourceRoles(groups.spot).advisor[0].id // "spotAdvisor"
 */
export function spotSourceRoles(spot: readonly DataSource[]): SpotSourceRoles {
  return {
    prices: spot.filter((source) => providesField(source, "spotUsdPerHour")),
    advisor: spot.filter(
      (source) => providesField(source, "spotSavingsPercent") || providesField(source, "spotInterruption"),
    ),
  };
}

/**
 * The oldest and newest `asOf` of some sources (ISO dates sort as text), or null for none.
 *
 * @example dateSpan([{ asOf: "2026-08-11" }, { asOf: "2021-10-20" }]) // { oldest: "2021-10-20", newest: "2026-08-11" }
 */
export function dateSpan(sources: readonly Pick<DataSource, "asOf">[]): { oldest: string; newest: string } | null {
  if (sources.length === 0) return null;
  const dates = sources.map((source) => source.asOf).sort();
  return { oldest: dates[0]!, newest: dates[dates.length - 1]! };
}
