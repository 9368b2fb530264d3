import type { Catalog } from "../catalog/catalog.js";
import { costCluster, type ClusterCost } from "../cost/cluster-cost.js";
import { fargateIneligibility } from "./fargate.js";
import { planCluster, type ClusterPlan } from "./plan.js";
import { rankInstanceTypes, type InstanceTypeRanking } from "./rank.js";
import { defaultNodeGroup, type NodeGroup, type Scenario } from "../scenario/scenario.js";

/**
 * The strategies eksize compares on the same workloads:
 *
 * - `as-configured`: the scenario as it is, with its node groups' Spot mixes and Fargate profiles;
 * - `on-demand`: the same node groups, every node on demand;
 * - `fargate`: every workload that allows Fargate (`fargate: true`) and that EKS Fargate can run
 *   (`fargateIneligibility`) in a Fargate profile, the rest on the node groups;
 * - `cheapest-type`: one on-demand node group of the cheapest type `rankInstanceTypes` ranks that is
 *   not burstable (T families run at full CPU only on credits), Fargate profiles unchanged.
 */
export type StrategyId = "as-configured" | "on-demand" | "fargate" | "cheapest-type";

/** One strategy: the scenario it plans, the plan and its bill. */
export interface Strategy {
  readonly id: StrategyId;
  readonly scenario: Scenario;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
}

/**
 * Plans and prices the scenario under each {@link StrategyId}, in that order. `cheapest-type` is
 * left out when no single instance type can run every workload.
 *
 * @param ranking the scenario's `rankInstanceTypes` when the caller has it already (it is most of
 *   the work); computed when omitted.
 *
 * @example compareStrategies(defaultScenario, catalog).map((s) => [s.id, s.cost.totalUsdPerMonth])
 */
export function compareStrategies(
  scenario: Scenario,
  catalog: Catalog,
  ranking: readonly InstanceTypeRanking[] = rankInstanceTypes(scenario, catalog),
): Strategy[] {
  const variants: [StrategyId, Scenario][] = [
    ["as-configured", scenario],
    [
      "on-demand",
      withNodeGroups(
        scenario,
        scenario.nodeGroups.map((group) => ({ ...group, capacity: { type: "on-demand" } })),
      ),
    ],
    ["fargate", allFargate(scenario, catalog)],
  ];
  const cheapest = ranking.find((entry) => !entry.burstable);
  if (cheapest !== undefined) {
    const group = defaultNodeGroup(`${cheapest.instanceType}-only`, [cheapest.instanceType]);
    const single = withNodeGroups(scenario, [group]);
    variants.push([
      "cheapest-type",
      { ...single, workloads: single.workloads.map((workload) => ({ ...workload, nodeGroup: null })) },
    ]);
  }
  return variants.map(([id, variant]) => {
    const plan = planCluster(variant, catalog);
    return { id, scenario: variant, plan, cost: costCluster(variant, plan, catalog) };
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
