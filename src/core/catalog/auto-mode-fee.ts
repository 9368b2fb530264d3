/**
 * The share of a type's on-demand price that eksize takes as its EKS Auto Mode management fee where
 * no published fee is at hand: 12%. AWS publishes the fee per instance type and region in the
 * AmazonEKS Price List offer (`eksproducttype` `AutoMode`); no copy of it was at hand when the dataset
 * was built, so the 12% comes from secondary sources: awslabs/eks-node-viewer issue #368 (2025-01-21,
 * "a 12% increase in price per node") and PR #391 (2025-03-21), and factualminds.com "Amazon EKS
 * Pricing" (2026-06-13, "a ~12% markup"). Reductions for GPU families reported for 2026-07 are left
 * out: no source for them was found.
 */
export const AUTO_MODE_FEE_ESTIMATE_SHARE = 0.12;

/**
 * The estimated EKS Auto Mode fee of a type, USD per instance-hour: {@link AUTO_MODE_FEE_ESTIMATE_SHARE}
 * of its on-demand price in the region, rounded to the nearest millionth of a dollar (the precision
 * of Spot prices; 12% of a price quoted to 4 decimals is exact at 6).
 *
 * @param onDemandUsdPerHour the type's Linux on-demand price in the region, USD per hour.
 * @example estimatedAutoModeFee(0.096) // 0.01152 (m5.large in us-east-1)
 */
export function estimatedAutoModeFee(onDemandUsdPerHour: number): number {
  return Math.round(onDemandUsdPerHour * AUTO_MODE_FEE_ESTIMATE_SHARE * 1e6) / 1e6;
}
