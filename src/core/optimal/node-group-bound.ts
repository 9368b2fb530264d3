import type { Catalog, InstancePrice } from "../catalog/catalog.js";
import { spotHourlyPrice } from "../cost/cost.js";
import { daemonSetOverhead, podGroupsOf, typeCapacity } from "../nodes/node-sizing.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import { autoModeNodeSettings } from "../plan/auto-mode-rules.js";
import type { PodGroup } from "../plan/bin-pack.js";
import { nodeGroupWorkloads, typesByName, type ClusterPlan, type NodeGroupPlan } from "../plan/plan.js";
import { evenShares } from "../plan/zone-split.js";
import type { Scenario } from "../scenario/scenario.js";
import { costLowerBound, type BoundOption, type CostBoundSettings } from "./cost-lower-bound.js";
import type { LinearProgramSolver } from "./linear-program.js";

/** How far a node group's plan stands above the cheapest possible, or why that cannot be said. */
export type NodeGroupCostBound =
  | {
      readonly kind: "bound";
      readonly nodeGroup: string;
      /** The plan's nodes at their on-demand and Spot prices, USD per hour. */
      readonly planUsdPerHour: number;
      /** No nodes of the group's types that hold its pods cost less, USD per hour ({@link costLowerBound}). */
      readonly boundUsdPerHour: number;
    }
  | {
      readonly kind: "none";
      readonly nodeGroup: string;
      /**
       * `pods-pending`: the plan leaves pods pending at its node limit, so it is not a plan for all of them;
       * `no-price`: a type of the group has no price in the region; `unsolved`: the solver found no optimum within its limits.
       */
      readonly reason: "pods-pending" | "no-price" | "unsolved";
    };

/**
 * The cost of a node group's plan (in `clusterPlan`, `planCluster`'s plan of the scenario) beside a
 * lower bound on any plan of the same pods on the same instance types ({@link costLowerBound}): how
 * far the plan is from the cheapest possible. Null when the scenario has no group of that name.
 *
 * - The same pods: the group's workloads (`nodeGroupWorkloads`), DaemonSets on every node, each type
 *   sized with the group's settings as the plan sizes it (EKS Auto Mode's node settings on Auto
 *   Mode), pods too large for every type left out of both.
 * - The same rules: at least the group's `minNodes` (none for a Karpenter or Auto Mode NodePool,
 *   which keeps no idle node), `maxPodsPerNode`, and when the plan went zone by zone (`zones`), each
 *   zone's even share of every workload and of `minNodes`, bounded zone by zone and summed.
 * - Prices: on-demand and Spot nodes as the group's capacity mix splits them (a type without a
 *   Spot price counts its on-demand price for Spot nodes, as the plan's cost does). Fees on top of
 *   instances (EKS Auto Mode's) and volumes are left out of both figures.
 *
 * @example
 * nodeGroupCostBound(defaultScenario, catalog, planCluster(defaultScenario, catalog), "batch-spot", solve)
 * // { kind: "bound", nodeGroup: "batch-spot", planUsdPerHour: 0.13252, boundUsdPerHour: 0.132519 }:
 * // 2 × c6a.xlarge on Spot, and no plan of its types below it.
 */
export function nodeGroupCostBound(
  scenario: Scenario,
  catalog: Catalog,
  clusterPlan: ClusterPlan,
  nodeGroup: string,
  solve: LinearProgramSolver,
): NodeGroupCostBound | null {
  const inputs = nodeGroupProblem(scenario, catalog, clusterPlan, nodeGroup);
  if (inputs === null || inputs.kind === "none") return inputs;
  const result = costLowerBound(inputs.groups, inputs.options, solve, inputs.settings);
  if (result === null) return { kind: "none", nodeGroup, reason: "unsolved" };
  return { kind: "bound", nodeGroup, planUsdPerHour: inputs.planUsdPerHour, boundUsdPerHour: result.usdPerHour };
}

/** A node group's pods, types and rules as {@link costLowerBound} and `cheapestMix` read them, and its plan's cost. */
export interface NodeGroupProblem {
  readonly kind: "problem";
  readonly groups: readonly PodGroup[];
  /** The plan's usable types of the group, in the plan's order. */
  readonly options: readonly BoundOption[];
  readonly settings: CostBoundSettings;
  /** The group's plan in `clusterPlan`. */
  readonly plan: NodeGroupPlan;
  /** The plan's nodes at their on-demand and Spot prices, USD per hour. */
  readonly planUsdPerHour: number;
}

/**
 * A node group's problem as {@link nodeGroupCostBound} states it (the same pods, rules and prices as
 * its plan), or why there is none; null when the scenario has no group of that name.
 */
export function nodeGroupProblem(
  scenario: Scenario,
  catalog: Catalog,
  clusterPlan: ClusterPlan,
  nodeGroup: string,
): NodeGroupProblem | Extract<NodeGroupCostBound, { kind: "none" }> | null {
  const groupIndex = scenario.nodeGroups.findIndex((candidate) => candidate.name === nodeGroup);
  const group = scenario.nodeGroups[groupIndex];
  const plan = clusterPlan.nodeGroups[groupIndex];
  if (group === undefined || plan === undefined) return null;
  const pending = clusterPlan.unschedulable.some(
    (entry) =>
      entry.nodeGroup === nodeGroup && (entry.reason.kind === "max-nodes" || entry.reason.kind === "max-pods-per-node"),
  );
  if (pending) return { kind: "none", nodeGroup, reason: "pods-pending" };
  const prices = catalog.regions[scenario.region]?.instances ?? {};
  const byName = typesByName(catalog);
  const types = plan.options.flatMap((option) => byName.get(option.instanceType) ?? []);
  const mix = group.capacity;
  const unpriced = types.some((type) => {
    const price = prices[type.name];
    return (mix.type !== "spot" && price?.onDemandUsdPerHour == null) || (mix.type === "spot" && price === undefined);
  });
  if (unpriced) return { kind: "none", nodeGroup, reason: "no-price" };

  const workloads = nodeGroupWorkloads(scenario, catalog, nodeGroup);
  const overhead = daemonSetOverhead(nodeDaemonSets(scenario));
  const podGroups = podGroupsOf(workloads);
  const autoMode = plan.provisioning === "auto-mode";
  const options = types.flatMap((type): BoundOption[] => {
    const fit = typeCapacity(type, autoMode ? autoModeNodeSettings(group, type) : group, overhead, podGroups);
    if (fit === null) return [];
    const price = prices[type.name]!;
    return [
      {
        name: type.name,
        capacity: fit.capacity,
        pods: fit.pods,
        onDemandUsdPerHour: price.onDemandUsdPerHour,
        spotUsdPerHour: spotRate(price),
      },
    ];
  });
  const zones = plan.zones ?? 1;
  const shares = podGroups.map((pods) => evenShares(pods.count, zones));
  const planUsdPerHour = plan.byType.reduce((sum, entry) => {
    const price = prices[entry.instanceType]!;
    return sum + entry.onDemandNodes * (price.onDemandUsdPerHour ?? 0) + entry.spotNodes * (spotRate(price) ?? 0);
  }, 0);
  return {
    kind: "problem",
    groups: podGroups,
    options,
    settings: {
      // A NodePool keeps no idle node (`planNodePool`).
      minNodes: plan.provisioning === "managed-node-group" ? group.minNodes : 0,
      zones: Array.from({ length: zones }, (_, zone) => shares.map((share) => share[zone]!)),
      capacity: mix,
    },
    plan,
    planUsdPerHour,
  };
}

/** A Spot node's price per hour: the Spot price, or on-demand where the region has none. */
function spotRate(price: InstancePrice): number | null {
  return spotHourlyPrice(price) ?? price.onDemandUsdPerHour;
}
