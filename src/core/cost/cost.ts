import type { InstancePrice } from "../catalog/catalog.js";

/**
 * Hours in a month as AWS bills and quotes monthly figures (365 × 24 ÷ 12 = 730; the AWS Pricing
 * Calculator uses the same).
 */
export const HOURS_PER_MONTH = 730;

/**
 * A monthly cost from an hourly rate, USD.
 *
 * @param usdPerHour price per hour (e.g. an instance's on-demand rate).
 * @param hoursPerMonth hours the resource runs in a month; default {@link HOURS_PER_MONTH}.
 * @example monthlyCost(0.096) // 70.08 (m5.large on-demand in us-east-1)
 */
export function monthlyCost(usdPerHour: number, hoursPerMonth: number = HOURS_PER_MONTH): number {
  return usdPerHour * hoursPerMonth;
}

/**
 * The GB-months a volume is billed for when it exists `hours` of a month: EBS bills storage per
 * GB-month, prorated by the hours the volume exists over the month's hours, and a volume that exists
 * all month pays one GB-month per GB whatever the month's length (Amazon EBS pricing, "Provisioned
 * storage"). Months are taken as {@link HOURS_PER_MONTH} hours, as AWS quotes them.
 *
 * @param hours hours the volume exists in the month, ≥ 0 (a scenario's `hoursPerMonth`).
 * @example gbMonths(744) // 1 (a whole 31-day month)
 * @example gbMonths(200) // 0.27397 (200 / 730)
 */
export function gbMonths(hours: number): number {
  return Math.min(hours, HOURS_PER_MONTH) / HOURS_PER_MONTH;
}

/**
 * What one pod slot of a node costs: the node's cost divided by its max pods, in the unit of
 * `nodeCost` (USD per month for a monthly cost). `null` for a node without pod slots.
 *
 * @example costPerPodSlot(70.08, 29) // 2.4166 (m5.large, USD per month)
 */
export function costPerPodSlot(nodeCost: number, pods: number): number | null {
  return pods > 0 ? nodeCost / pods : null;
}

/**
 * The Spot price of an instance type, USD per hour: the captured Spot average when the region has
 * one, else the on-demand price less the Spot Instance Advisor's typical saving; never above the
 * on-demand price, since a Spot request's default maximum price is the On-Demand price (EC2 user
 * guide, "Spot Instance pricing"). Null when neither figure is known. Spot prices move daily, so
 * this is an estimate.
 *
 * @example spotHourlyPrice({ onDemandUsdPerHour: 0.1, spotUsdPerHour: null, spotSavingsPercent: 70, spotInterruption: 1 }) // 0.03
 */
export function spotHourlyPrice(price: InstancePrice): number | null {
  const onDemand = price.onDemandUsdPerHour;
  const estimate =
    price.spotUsdPerHour ??
    (onDemand === null || price.spotSavingsPercent === null ? null : onDemand * (1 - price.spotSavingsPercent / 100));
  return estimate === null || onDemand === null ? estimate : Math.min(estimate, onDemand);
}

/**
 * The Spot saving of an instance type in a region, percent: how far below on-demand the Spot price
 * the bill uses ({@link spotHourlyPrice}: the captured Spot average, else the Advisor's estimate) is,
 * `(1 − spot / on-demand) × 100`, never below 0. This is the one saving eksize shows; the Spot
 * Instance Advisor's own figure (`spotSavingsPercent` of the price record, a typical saving over its
 * last month) can differ and is shown labelled as the Advisor's. Null when either price is unknown.
 *
 * @example spotSavingsPercent({ onDemandUsdPerHour: 0.096, spotUsdPerHour: 0.0372, spotSavingsPercent: 66, spotInterruption: 3 }) // 61.25
 */
export function spotSavingsPercent(price: InstancePrice): number | null {
  const onDemand = price.onDemandUsdPerHour;
  const spot = spotHourlyPrice(price);
  if (onDemand === null || spot === null || onDemand <= 0) return null;
  return (1 - spot / onDemand) * 100;
}
