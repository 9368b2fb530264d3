import type { Catalog } from "../catalog/catalog.js";
import { costCluster, type ClusterCost } from "../cost/cluster-cost.js";
import { autoModeSupport } from "../catalog/auto-mode-types.js";
import { instanceFamily } from "../catalog/instance-type.js";
import type { NodeGroup, Scenario } from "../scenario/scenario.js";
import { planCluster, type ClusterPlan } from "./plan.js";

/**
 * How a cluster gets its compute, for the same workloads:
 *
 * - `managed-node-groups`: the node groups as managed node groups scaled by the Cluster Autoscaler,
 *   each planned on one instance type (as configured; `none` stays fixed);
 * - `karpenter`: each node group a Karpenter NodePool that may launch every size of its types'
 *   families (`instance-family In [...]`, metal sizes left out), mixing types node by node;
 * - `auto-mode`: the same NodePools on EKS Auto Mode: only the sizes Auto Mode launches
 *   (`autoModeSupport`), Bottlerocket nodes with Auto Mode's max pods, and its fee on the bill;
 * - `fargate`: every workload on EKS Fargate, no nodes: what Fargate cannot run says why.
 */
export type ComputeMode = "managed-node-groups" | "karpenter" | "auto-mode" | "fargate";

/** The modes {@link compareModes} plans, in the order it returns them. */
export const COMPUTE_MODES: readonly ComputeMode[] = ["managed-node-groups", "karpenter", "auto-mode", "fargate"];

/** One compute mode: the scenario it plans, the plan and its bill. */
export interface ModePlan {
  readonly mode: ComputeMode;
  readonly scenario: Scenario;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
  /** Nodes by instance type over every node group, most first (ties by name). */
  readonly nodesByType: readonly { readonly instanceType: string; readonly nodes: number }[];
  /**
   * The scenario's DaemonSets this mode cannot run: all of them on Fargate, which runs no DaemonSets
   * (an agent must run as a sidecar in each pod; EKS user guide `fargate`, "Considerations"); none otherwise.
   */
  readonly daemonSetsNotRun: readonly string[];
}

/**
 * Plans and prices the scenario's workloads under each {@link ComputeMode}, in the order of
 * {@link COMPUTE_MODES}. Each plan's `unschedulable` says what that mode cannot run and why (a pod
 * larger than every type allowed, a Fargate rule such as a GPU, a privileged container or the host's
 * network).
 *
 * @example compareModes(defaultScenario, catalog).map((mode) => [mode.mode, mode.cost.totalUsdPerMonth])
 */
export function compareModes(scenario: Scenario, catalog: Catalog): ModePlan[] {
  const variants: [ComputeMode, Scenario][] = [
    ["managed-node-groups", managedNodeGroups(scenario)],
    ["karpenter", nodePools(scenario, catalog, "karpenter")],
    ["auto-mode", nodePools(scenario, catalog, "auto-mode")],
    ["fargate", allOnFargate(scenario)],
  ];
  return variants.map(([mode, variant]) => {
    const plan = planCluster(variant, catalog);
    return {
      mode,
      scenario: variant,
      plan,
      cost: costCluster(variant, plan, catalog),
      nodesByType: nodesByType(plan),
      daemonSetsNotRun: mode === "fargate" ? scenario.daemonSets.map((daemonSet) => daemonSet.name) : [],
    };
  });
}

function managedNodeGroups(scenario: Scenario): Scenario {
  const { autoscaler } = scenario.cluster;
  if (autoscaler === "cluster-autoscaler" || autoscaler === "none") return scenario;
  return { ...scenario, cluster: { ...scenario.cluster, autoscaler: "cluster-autoscaler" } };
}

function nodePools(scenario: Scenario, catalog: Catalog, autoscaler: "karpenter" | "auto-mode"): Scenario {
  const prices = catalog.regions[scenario.region]?.instances ?? {};
  const autoMode = autoscaler === "auto-mode";
  const launchable = new Set(
    catalog.instanceTypes.filter((type) => !autoMode || autoModeSupport(type) === "supported").map((type) => type.name),
  );
  const nodeGroups = scenario.nodeGroups.map((group): NodeGroup => {
    const families = new Set(group.instanceTypes.map(instanceFamily));
    const sizes = catalog.instanceTypes
      .filter(
        (type) =>
          families.has(instanceFamily(type.name)) &&
          !type.name.endsWith(".metal") &&
          !/\.metal-/.test(type.name) &&
          prices[type.name]?.onDemandUsdPerHour != null,
      )
      .map((type) => type.name);
    // The group's own types first (and any the region does not price), then the rest of their families.
    const allowed = [...new Set([...group.instanceTypes, ...sizes])].filter((name) => launchable.has(name));
    if (!autoMode) return { ...group, instanceTypes: allowed };
    // Auto Mode runs Bottlerocket with its own max pods and no custom networking.
    return {
      ...group,
      instanceTypes: allowed.length > 0 ? allowed : group.instanceTypes,
      profile: "bottlerocket",
      maxPods: null,
      network: { prefixDelegation: false, customNetworking: false },
    };
  });
  return { ...scenario, nodeGroups, cluster: { ...scenario.cluster, autoscaler } };
}

function allOnFargate(scenario: Scenario): Scenario {
  return {
    ...scenario,
    nodeGroups: [],
    fargateProfiles: [{ name: "all", workloads: scenario.workloads.map((workload) => workload.name) }],
  };
}

function nodesByType(plan: ClusterPlan): { instanceType: string; nodes: number }[] {
  const totals = new Map<string, number>();
  for (const group of plan.nodeGroups) {
    for (const nodes of group.byType)
      totals.set(nodes.instanceType, (totals.get(nodes.instanceType) ?? 0) + nodes.nodes);
  }
  return [...totals.entries()]
    .map(([instanceType, nodes]) => ({ instanceType, nodes }))
    .sort((a, b) => b.nodes - a.nodes || (a.instanceType < b.instanceType ? -1 : 1));
}
