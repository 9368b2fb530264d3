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
 * What one pod slot of a node costs: the node's cost divided by its max pods, in the unit of
 * `nodeCost` (USD per month for a monthly cost). `null` for a node without pod slots.
 *
 * @example costPerPodSlot(70.08, 29) // 2.4166 (m5.large, USD per month)
 */
export function costPerPodSlot(nodeCost: number, pods: number): number | null {
  return pods > 0 ? nodeCost / pods : null;
}
