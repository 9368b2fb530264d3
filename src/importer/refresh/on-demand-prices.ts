import { paginateGetProducts, type Filter, type PricingClient } from "@aws-sdk/client-pricing";
import { callAws } from "./aws-errors.js";

/** A `TERM_MATCH` filter of the Price List API. */
function term(field: string, value: string): Filter {
  return { Type: "TERM_MATCH", Field: field, Value: value };
}

/** The products whose price is the dataset's `onDemandUsdPerHour` in `region`: Linux, no software, on-demand. */
function linuxOnDemand(region: string): Filter[] {
  return [
    term("regionCode", region),
    term("operatingSystem", "Linux"),
    term("preInstalledSw", "NA"),
    term("capacitystatus", "Used"),
    term("marketoption", "OnDemand"),
  ];
}

/** Virtualized instances, shared tenancy. */
const SHARED = [term("tenancy", "Shared"), term("productFamily", "Compute Instance")];

/** Bare-metal instances, which the Price List API lists as dedicated (as Karpenter reads them). */
const BARE_METAL = [term("tenancy", "Dedicated"), term("productFamily", "Compute Instance (bare metal)")];

/**
 * Linux on-demand prices in `region`, USD per hour, by instance type, from the Price List API's
 * `GetProducts` (service `AmazonEC2`, all pages, 100 products a page): shared-tenancy instances, with
 * the bare-metal products' price taking over where a type has one, as in the dataset's us-east-1
 * figures (Karpenter's). Needs `pricing:GetProducts`.
 */
export async function onDemandPrices(client: PricingClient, region: string): Promise<Record<string, number>> {
  return callAws("pricing:GetProducts", region, async () => {
    const shared = await productPrices(client, [...linuxOnDemand(region), ...SHARED]);
    const bareMetal = await productPrices(client, [...linuxOnDemand(region), ...BARE_METAL]);
    return { ...shared, ...bareMetal };
  });
}

async function productPrices(client: PricingClient, filters: Filter[]): Promise<Record<string, number>> {
  const prices: Record<string, number> = {};
  const pages = paginateGetProducts({ client, pageSize: 100 }, { ServiceCode: "AmazonEC2", Filters: filters });
  for await (const page of pages) {
    const items: unknown = page.PriceList;
    for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
      const product = hourlyPrice(item);
      if (product === undefined) continue;
      const known = prices[product.instanceType];
      prices[product.instanceType] = known === undefined ? product.usdPerHour : Math.min(known, product.usdPerHour);
    }
  }
  return prices;
}

/** The parts of one Price List product (one `PriceList` entry, a JSON document) that hold the price. */
interface PriceListProduct {
  product?: { attributes?: { instanceType?: string } };
  terms?: {
    OnDemand?: Record<string, { priceDimensions?: Record<string, { unit?: string; pricePerUnit?: { USD?: string } }> }>;
  };
}

/**
 * The instance type and hourly USD price of one `PriceList` entry (a JSON string, or the SDK's lazy
 * JSON string): the lowest positive `terms.OnDemand.*.priceDimensions.*.pricePerUnit.USD` billed in
 * hours. Undefined for an entry without an instance type or such a price.
 */
export function hourlyPrice(item: unknown): { instanceType: string; usdPerHour: number } | undefined {
  const product = (typeof item === "string" || item instanceof String ? JSON.parse(item.toString()) : item) as
    PriceListProduct | undefined;
  const instanceType = product?.product?.attributes?.instanceType;
  const prices = Object.values(product?.terms?.OnDemand ?? {})
    .flatMap((offer) => Object.values(offer.priceDimensions ?? {}))
    .filter((dimension) => dimension.unit === "Hrs")
    .map((dimension) => Number(dimension.pricePerUnit?.USD))
    .filter((price) => Number.isFinite(price) && price > 0);
  if (instanceType === undefined || prices.length === 0) return undefined;
  return { instanceType, usdPerHour: Math.min(...prices) };
}
