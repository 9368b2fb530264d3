/**
 * The control plane tiers' prices from the AWS Price List API: the AmazonEKS products of operation
 * `ProvisionedControlPlaneUsage`, one per tier (`tiertype` `HAProvisionedXL`, `HAProvisioned2XL`,
 * `HAProvisioned4XL`, `HAProvisioned8XL`; the attribute names as third-party Price List readers use
 * them, to be confirmed by the first live refresh). A price read there is published: it replaces the
 * dataset's estimate.
 */
import { paginateGetProducts, type PricingClient } from "@aws-sdk/client-pricing";
import type { DataSource, ServiceRates } from "../../core/catalog/catalog.js";
import type { ControlPlaneTier } from "../../core/catalog/control-plane-tiers.js";
import { PRICING_ENDPOINT_REGION } from "./aws-clients.js";
import { callAws } from "./aws-errors.js";

/** The Price List's `tiertype` of each Provisioned Control Plane tier. */
export const TIER_TYPES: Readonly<Record<string, ControlPlaneTier>> = {
  HAProvisionedXL: "tier-xl",
  HAProvisioned2XL: "tier-2xl",
  HAProvisioned4XL: "tier-4xl",
  HAProvisioned8XL: "tier-8xl",
};

/** The region whose tier prices the dataset holds (it has one control plane rate for every region). */
export const TIER_PRICE_REGION = "us-east-1";

/** USD per cluster-hour of each tier the Price List prices (on top of the support rate). */
export type TierPrices = Partial<Record<ControlPlaneTier, number>>;

/** The parts of an AmazonEKS Price List entry that hold a tier's price. */
interface TierProduct {
  product?: { attributes?: { operation?: string; tiertype?: string } };
  terms?: {
    OnDemand?: Record<string, { priceDimensions?: Record<string, { unit?: string; pricePerUnit?: { USD?: string } }> }>;
  };
}

/**
 * The tier and hourly USD price of one `PriceList` entry (a JSON string, or the SDK's lazy JSON
 * string): its `tiertype`, and the lowest positive hourly `pricePerUnit.USD` (unit `Hrs`, `Hours` or
 * `hours`). Undefined for another operation, an unknown tier type, or no such price.
 */
export function tierPrice(item: unknown): { tier: ControlPlaneTier; usdPerHour: number } | undefined {
  const entry = (typeof item === "string" || item instanceof String ? JSON.parse(item.toString()) : item) as
    TierProduct | undefined;
  const attributes = entry?.product?.attributes;
  const tier = TIER_TYPES[attributes?.tiertype ?? ""];
  if (tier === undefined || attributes?.operation !== "ProvisionedControlPlaneUsage") return undefined;
  const prices = Object.values(entry?.terms?.OnDemand ?? {})
    .flatMap((offer) => Object.values(offer.priceDimensions ?? {}))
    .filter((dimension) => /^(hrs|hours?)$/i.test(dimension.unit ?? ""))
    .map((dimension) => Number(dimension.pricePerUnit?.USD))
    .filter((price) => Number.isFinite(price) && price > 0);
  return prices.length === 0 ? undefined : { tier, usdPerHour: Math.min(...prices) };
}

/**
 * The tiers' prices in {@link TIER_PRICE_REGION} from `GetProducts` (service `AmazonEKS`, all pages).
 * Needs `pricing:GetProducts`.
 */
export async function controlPlaneTierPrices(client: PricingClient): Promise<TierPrices> {
  return callAws("pricing:GetProducts", TIER_PRICE_REGION, async () => {
    const prices: TierPrices = {};
    const pages = paginateGetProducts(
      { client, pageSize: 100 },
      {
        ServiceCode: "AmazonEKS",
        Filters: [
          { Type: "TERM_MATCH", Field: "regionCode", Value: TIER_PRICE_REGION },
          { Type: "TERM_MATCH", Field: "operation", Value: "ProvisionedControlPlaneUsage" },
        ],
      },
    );
    for await (const page of pages) {
      const items: unknown = page.PriceList;
      for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
        const found = tierPrice(item);
        if (found === undefined) continue;
        const known = prices[found.tier];
        prices[found.tier] = known === undefined ? found.usdPerHour : Math.min(known, found.usdPerHour);
      }
    }
    return prices;
  });
}

/** The id of the tier prices a refresh on `date` (`YYYY-MM-DD`) read. */
export function tierPriceSourceId(date: string): string {
  return `eksTierPriceList@${date}`;
}

/** Whether a source id is one a refresh gave the tier prices. */
const isTierPriceSource = (id: string): boolean => /^eksTierPriceList@\d{4}-\d{2}-\d{2}$/.test(id);

/**
 * The service rates with `prices` taken over the tiers they name, each now published by
 * {@link tierPriceSourceId}; the other tiers keep theirs.
 */
export function withTierPrices(services: ServiceRates, prices: TierPrices, date: string): ServiceRates {
  const source = tierPriceSourceId(date);
  const tiers = { ...services.eksControlPlane.tiers };
  for (const [tier, usdPerHour] of Object.entries(prices) as [ControlPlaneTier, number][]) {
    tiers[tier] = { ...tiers[tier], usdPerHour, price: { confidence: "published", source } };
  }
  return { ...services, eksControlPlane: { ...services.eksControlPlane, tiers } };
}

/**
 * The sources after the tier prices were refreshed: an earlier refresh's tier price source goes when
 * no tier cites it any more, and this date's comes last when a tier cites it.
 */
export function withTierPriceSources(
  sources: readonly DataSource[],
  services: ServiceRates,
  date: string,
): DataSource[] {
  const cited = new Set(Object.values(services.eksControlPlane.tiers).map((rates) => rates.price.source));
  const kept = sources.filter((source) => !isTierPriceSource(source.id) || cited.has(source.id));
  const id = tierPriceSourceId(date);
  if (!cited.has(id) || kept.some((source) => source.id === id)) return kept;
  return [
    ...kept,
    {
      id,
      title: "EKS control plane tier prices from the AWS Price List API (GetProducts)",
      origin: `AWS Price List API GetProducts at the ${PRICING_ENDPOINT_REGION} endpoint: AmazonEKS, operation ProvisionedControlPlaneUsage, region ${TIER_PRICE_REGION}`,
      asOf: date,
      license: "AWS public pricing",
      provides: "eksControlPlane.tiers: usdPerHour of the tiers it prices",
    },
  ];
}
