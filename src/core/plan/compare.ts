import type { Catalog } from "../catalog/catalog.js";
import { costCluster, type ClusterCost } from "../cost/cluster-cost.js";
import { fargateIneligibility } from "./fargate.js";
import { planCluster, type ClusterPlan } from "./plan.js";
import { rankInstanceTypes, type InstanceTypeRanking } from "./rank.js";
import { withInstanceType } from "./instance-type-choice.js";
import type { NodeGroup, Scenario } from "../scenario/scenario.js";

/**
 * The strategies eksize compares on the same workloads:
 *
 * - `as-configured`: the scenario as it is, with its node groups' Spot mixes and Fargate profiles;
 * - `on-demand`: the same node groups, every node on demand;
 * - `fargate`: every workload that allows Fargate (`fargate: true`) and that EKS Fargate can run
 *   (`fargateIneligibility`) in a Fargate profile, the rest on the node groups;
 * - `cheapest-type`: the first entry of `rankInstanceTypes`: its node group on its type alone
 *   (`withInstanceType`), everything else as configured. The ranking's cost of that type is this
 *   strategy's bill's total, so "use this type" turns `as-configured` into this strategy.
 */
export type StrategyId = "as-configured" | "on-demand" | "fargate" | "cheapest-type";

/** One strategy: the scenario it plans, the plan and its bill. */
export interface Strategy {
  readonly id: StrategyId;
  readonly scenario: Scenario;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
  /** The ranking's entry the `cheapest-type` strategy is made of; null for the other strategies. */
  readonly ranked: InstanceTypeRanking | null;
}

/**
 * Plans and prices the scenario under each {@link StrategyId}, in that order. `cheapest-type` is
 * left out when the ranking is empty.
 *
 * @param ranking the scenario's `rankInstanceTypes` (for the node group the caller ranks) when the
 *   caller has it already (it is most of the work); computed for the first node group when omitted.
 *
 * @example compareStrategies(defaultScenario, catalog).map((s) => [s.id, s.cost.totalUsdPerMonth])
 */
export function compareStrategies(
  scenario: Scenario,
  catalog: Catalog,
  ranking: readonly InstanceTypeRanking[] = rankInstanceTypes(scenario, catalog, { limit: 1 }),
): Strategy[] {
  const variants: [StrategyId, Scenario, InstanceTypeRanking | null][] = [
    ["as-configured", scenario, null],
    [
      "on-demand",
      withNodeGroups(
        scenario,
        scenario.nodeGroups.map((group) => ({ ...group, capacity: { type: "on-demand" } })),
      ),
      null,
    ],
    ["fargate", allFargate(scenario, catalog), null],
  ];
  const cheapest = ranking[0];
  if (cheapest !== undefined) variants.push(["cheapest-type", withInstanceType(scenario, cheapest), cheapest]);
  return variants.map(([id, variant, ranked]) => {
    const plan = planCluster(variant, catalog);
    return { id, scenario: variant, plan, cost: costCluster(variant, plan, catalog), ranked };
  });
}

function withNodeGroups(scenario: Scenario, nodeGroups: readonly NodeGroup[]): Scenario {
  return { ...scenario, nodeGroups };
}

function allFargate(scenario: Scenario, catalog: Catalog): Scenario {
  const already = new Set(scenario.fargateProfiles.flatMap((profile) => profile.workloads));
  const moved = scenario.workloads.filter(
    (workload) =>
      workload.fargate &&
      !already.has(workload.name) &&
      fargateIneligibility(workload, catalog.services.fargate) === null,
  );
  if (moved.length === 0) return scenario;
  const names = new Set(scenario.fargateProfiles.map((profile) => profile.name));
  let name = "all-fargate";
  for (let suffix = 2; names.has(name); suffix++) name = `all-fargate-${suffix}`;
  return {
    ...scenario,
    fargateProfiles: [...scenario.fargateProfiles, { name, workloads: moved.map((workload) => workload.name) }],
  };
}
