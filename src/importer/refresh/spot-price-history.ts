import { paginateDescribeSpotPriceHistory, type EC2Client, type SpotPrice } from "@aws-sdk/client-ec2";
import { compareNames } from "../build-dataset.js";
import { callAws } from "./aws-errors.js";

/** The Spot product description of Linux instances, the only one the dataset prices. */
const LINUX = "Linux/UNIX";

/**
 * Linux Spot prices in the client's region as they stand at `at`, in USD per hour, by instance type:
 * `DescribeSpotPriceHistory` from `at` (which answers the price in effect then, per type and AZ; all
 * pages, 1,000 records a page), averaged as in {@link averageSpotPrices}. Needs
 * `ec2:DescribeSpotPriceHistory`.
 */
export async function spotPrices(client: EC2Client, region: string, at: Date): Promise<Record<string, number>> {
  return callAws("ec2:DescribeSpotPriceHistory", region, async () => {
    const history: SpotPrice[] = [];
    const pages = paginateDescribeSpotPriceHistory(
      { client, pageSize: 1000 },
      { ProductDescriptions: [LINUX], StartTime: at },
    );
    for await (const page of pages) history.push(...(page.SpotPriceHistory ?? []));
    return averageSpotPrices(history);
  });
}

/**
 * The average over Availability Zones of each type's latest Linux Spot price: the meaning of the
 * dataset's `spotUsdPerHour` (ec2instances.info's `spot_avg`). Rounded to 6 decimals, the precision
 * AWS quotes Spot prices in. Records of other products, or without a positive price, are ignored;
 * the result does not depend on the records' order (AZs are summed in name order, and of two
 * records with the same time the lower price is kept).
 */
export function averageSpotPrices(history: readonly SpotPrice[]): Record<string, number> {
  const latest = new Map<string, Map<string, { time: number; price: number }>>();
  for (const record of history) {
    const price = Number(record.SpotPrice);
    const { InstanceType: type, AvailabilityZone: zone, Timestamp: timestamp } = record;
    if (record.ProductDescription !== LINUX || type === undefined || zone === undefined || timestamp === undefined)
      continue;
    if (!Number.isFinite(price) || price <= 0) continue;
    const zones = latest.get(type) ?? new Map<string, { time: number; price: number }>();
    latest.set(type, zones);
    const time = timestamp.getTime();
    const known = zones.get(zone);
    if (known === undefined || time > known.time || (time === known.time && price < known.price))
      zones.set(zone, { time, price });
  }
  const averages: Record<string, number> = {};
  for (const [type, zones] of latest) {
    const prices = [...zones].sort(([a], [b]) => compareNames(a, b)).map(([, quote]) => quote.price);
    averages[type] = Math.round((prices.reduce((total, price) => total + price, 0) / prices.length) * 1e6) / 1e6;
  }
  return averages;
}
