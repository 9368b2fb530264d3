import type { DisruptionBudget } from "../scenario/scenario.js";
import { zonesToPlan } from "../plan/zone-split.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * The pods a PodDisruptionBudget lets the eviction API take at once from a workload of `replicas`
 * healthy pods, as the disruption controller computes it (`disruptionsAllowed` = healthy − desired
 * healthy): with `minAvailable`, replicas less the minimum; with `maxUnavailable`, the maximum. A
 * percent is of the replicas and rounds up, for both fields (Kubernetes, "Specifying a Disruption
 * Budget for your Application", rounding logic: `minAvailable: 50%` of 7 pods keeps 4, and
 * `maxUnavailable: 50%` of 7 lets 4 go).
 *
 * @returns pods, 0 to `replicas`.
 * @example allowedDisruptions({ minAvailable: "50%" }, 7) // 3
 * @example allowedDisruptions({ maxUnavailable: "50%" }, 7) // 4
 * @example allowedDisruptions({ minAvailable: 3 }, 3) // 0: every drain waits
 */
export function allowedDisruptions(budget: DisruptionBudget, replicas: number): number {
  const pods = (value: number | `${number}%`): number =>
    typeof value === "number" ? value : Math.ceil((Number(value.slice(0, -1)) * replicas) / 100);
  const allowed = "minAvailable" in budget ? replicas - pods(budget.minAvailable) : pods(budget.maxUnavailable);
  return Math.max(0, Math.min(replicas, allowed));
}

/**
 * Availability findings, in the order of `ADVICE_CODES`:
 *
 * - `advice-zone-spread-one-zone`, per workload with 2 or more replicas and a `DoNotSchedule` zone
 *   spread, planned on a node group with nodes in one zone only (`availabilityZones` 1, or `maxNodes`
 *   1): the spread is met by putting every pod in that zone, and that zone's outage stops them all.
 * - `advice-pdb-blocks-drain`, per workload with replicas whose disruption budget allows no eviction
 *   ({@link allowedDisruptions} is 0: `maxUnavailable` 0 or 0%, or `minAvailable` of every replica).
 *   Drains evict through the eviction API, which refuses while a budget allows 0 disruptions: a
 *   managed node group's update fails after its 15-minute drain timeout unless forced (EKS,
 *   "Managed node update behavior"), and Cluster Autoscaler and Karpenter never scale such a node in.
 */
export function availabilityFindings(input: AdviceInput): Finding[] {
  const { scenario, plan } = input;
  const groupOf = new Map<string, number>();
  plan.nodeGroups.forEach((group, index) => {
    for (const workload of group.workloads) groupOf.set(workload, index);
  });
  const oneZone = scenario.workloads.flatMap((workload) => {
    const group = scenario.nodeGroups[groupOf.get(workload.name) ?? -1];
    const mustSpread = workload.zoneSpread?.whenUnsatisfiable === "DoNotSchedule" && workload.replicas > 1;
    if (group === undefined || !mustSpread || zonesToPlan(group, [{ count: 2, mustSpread: true }]) > 1) return [];
    return [finding("advice-zone-spread-one-zone", "warning", workload.name, { nodeGroup: group.name })];
  });
  const blocking = scenario.workloads.flatMap((workload) => {
    const budget = workload.disruptionBudget;
    if (budget === null || workload.replicas === 0 || allowedDisruptions(budget, workload.replicas) > 0) return [];
    const [field, value] =
      "minAvailable" in budget
        ? (["minAvailable", budget.minAvailable] as const)
        : (["maxUnavailable", budget.maxUnavailable] as const);
    return [
      finding("advice-pdb-blocks-drain", "warning", workload.name, {
        field,
        value: String(value),
        replicas: workload.replicas,
      }),
    ];
  });
  return [...oneZone, ...blocking];
}
