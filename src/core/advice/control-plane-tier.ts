import type { Catalog } from "../catalog/catalog.js";
import {
  CONTROL_PLANE_TIERS,
  schedulesBefore130,
  tierPodsPerSecond,
  type ControlPlaneTier,
} from "../catalog/control-plane-tiers.js";
import { monthlyCost } from "../cost/cost.js";
import type { ClusterSettings } from "../scenario/scenario.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * The smallest Provisioned Control Plane tier whose published (or estimated) limits hold the peak
 * API concurrency (APF seats) and the peak pod scheduling rate (pods/s, at the rate of the cluster's
 * Kubernetes version), each only when given; null when no tier holds them. Standard is never the
 * answer: it scales with the load and guarantees no figure (EKS user guide).
 *
 * @example neededControlPlaneTier(catalog, { peakApiSeats: 3000, peakPodsPerSecond: null, kubernetesVersion: "1.33" }) // "tier-2xl"
 */
export function neededControlPlaneTier(
  catalog: Catalog,
  cluster: Pick<ClusterSettings, "peakApiSeats" | "peakPodsPerSecond" | "kubernetesVersion">,
): ControlPlaneTier | null {
  const { tiers } = catalog.services.eksControlPlane;
  const holds = (limit: number | null, peak: number | null) => peak === null || (limit !== null && limit >= peak);
  return (
    CONTROL_PLANE_TIERS.find(
      (tier) =>
        tier !== "standard" &&
        holds(tiers[tier].apiSeats, cluster.peakApiSeats) &&
        holds(tierPodsPerSecond(tiers[tier], cluster.kubernetesVersion), cluster.peakPodsPerSecond),
    ) ?? null
  );
}

/**
 * The control plane tier against the peaks the scenario gives (the rule of the EKS user guide's
 * limits, `eks-provisioned-control-plane`; sized to at least the peak, as AWS's own guidance asks:
 * "bias to a safer option", aws/agent-toolkit-for-aws `eks-control-plane.md`):
 *
 * - `advice-control-plane-tier-too-small`: the tier guarantees less than a peak; a warning, or a note
 *   when the tier is Standard and XL would hold the peaks (Standard may scale that far, without a guarantee);
 * - `advice-control-plane-tier-larger`: a smaller tier holds the peaks; the saving is the tiers'
 *   price difference over `hoursPerMonth`;
 * - `advice-control-plane-tier-unchecked`: a Provisioned tier without a peak to size it by: what it
 *   costs, and the metrics that would tell.
 */
export function controlPlaneTierFindings(input: AdviceInput): Finding[] {
  const { cluster, hoursPerMonth } = input.scenario;
  const { tiers } = input.catalog.services.eksControlPlane;
  const tier = cluster.controlPlaneTier;
  const rates = tiers[tier];
  const cost = (of: ControlPlaneTier) => {
    const usd = tiers[of].usdPerHour;
    return usd === null ? null : monthlyCost(usd, hoursPerMonth);
  };
  const estimate = (...of: ControlPlaneTier[]) => of.some((name) => tiers[name].price.confidence === "estimate");
  if (cluster.peakApiSeats === null && cluster.peakPodsPerSecond === null) {
    return tier === "standard"
      ? []
      : [
          finding("advice-control-plane-tier-unchecked", "info", null, {
            tier,
            costUsdPerMonth: cost(tier),
            estimate: estimate(tier),
          }),
        ];
  }
  const needed = neededControlPlaneTier(input.catalog, cluster);
  const rank = (of: ControlPlaneTier | null) =>
    of === null ? CONTROL_PLANE_TIERS.length : CONTROL_PLANE_TIERS.indexOf(of);
  if (rank(needed) > rank(tier)) {
    return [
      finding(
        "advice-control-plane-tier-too-small",
        tier === "standard" && needed === "tier-xl" ? "info" : "warning",
        null,
        {
          tier,
          neededTier: needed,
          peakApiSeats: cluster.peakApiSeats,
          peakPodsPerSecond: cluster.peakPodsPerSecond,
          apiSeats: rates.apiSeats,
          podsPerSecond: tierPodsPerSecond(rates, cluster.kubernetesVersion),
          before130: schedulesBefore130(cluster.kubernetesVersion),
          limitsEstimate: needed !== null && tiers[needed].limits.confidence === "estimate",
        },
      ),
    ];
  }
  if (needed === null || rank(needed) === rank(tier)) return [];
  const now = cost(tier);
  const then = cost(needed);
  return [
    finding("advice-control-plane-tier-larger", "saving", null, {
      tier,
      neededTier: needed,
      savingUsdPerMonth: now === null || then === null ? null : now - then,
      estimate: estimate(tier, needed),
    }),
  ];
}
