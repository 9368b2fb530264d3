import type { Catalog } from "../catalog/catalog.js";
import type { Resource } from "./bin-pack.js";
import { planCluster, type ClusterPlan } from "./plan.js";
import type { Scenario } from "../scenario/scenario.js";

/** A node group's VPC CNI setting that changes its nodes' max pods: prefix delegation raises it, custom networking lowers it. */
export type PodSlotSetting = "prefixDelegation" | "customNetworking";

/**
 * Why a node group's plan is the same with a setting on as with it off: same instance type, same
 * nodes on demand and on Spot, same pods left out.
 */
export interface SettingWithoutEffect {
  /** Its index in `scenario.nodeGroups`. */
  readonly nodeGroupIndex: number;
  readonly nodeGroup: string;
  readonly setting: PodSlotSetting;
  /** The instance type planned, with the setting on and off alike. */
  readonly instanceType: string;
  readonly nodes: number;
  /** Max pods of one node with the setting off and on (pod slots, the kubelet's `maxPods`). */
  readonly maxPodsOff: number;
  readonly maxPodsOn: number;
  /** Pods on the busiest node with the setting on, DaemonSets' included (each takes a pod slot, host-network or not). */
  readonly busiestNodePods: number;
  /**
   * Why nothing changed:
   * - `same-max-pods`: the setting leaves max pods as it was (the group sets `maxPods`, or its type
   *   cannot use prefixes);
   * - `cpu`, `memory`, `gpus`: the resource that fills the nodes first with the setting on (the plan's
   *   `bindingResource`), so pod slots do not decide how many nodes there are;
   * - `pods`: pod slots fill first, yet as many nodes still hold every pod (rounding, the group's
   *   minimum or maximum size);
   * - `no-pods`: no workload's pod runs on the group.
   */
  readonly limitedBy: Resource | "same-max-pods" | "no-pods";
}

/**
 * The node groups of a plan whose plan a setting left as it was, and why: each group that has the
 * setting on in `on`'s scenario and off in `off`'s, planned the same in both (instance type, on-demand
 * and Spot nodes, pods left out). Pure comparison of two plans of the same node groups.
 *
 * @param off the plan with the setting off in `groups`; `on`, with it on there; all else alike.
 * @param groups the indexes of the node groups whose setting differs between the plans.
 * @example
 * // onScenario: the default scenario with prefix delegation in both node groups
 * unchangedByPlan(planCluster(defaultScenario, catalog), planCluster(onScenario, catalog), "prefixDelegation", [0, 1])
 * // [{ nodeGroup: "general", maxPodsOff: 58, maxPodsOn: 110, limitedBy: "cpu", ... }, { nodeGroup: "batch-spot", limitedBy: "memory", ... }]
 */
export function unchangedByPlan(
  off: ClusterPlan,
  on: ClusterPlan,
  setting: PodSlotSetting,
  groups: readonly number[],
): SettingWithoutEffect[] {
  return groups.flatMap((index): SettingWithoutEffect[] => {
    const before = off.nodeGroups[index];
    const after = on.nodeGroups[index];
    if (before === undefined || after === undefined) return [];
    if (after.instanceType === null || after.allocatable === null || before.allocatable === null) return [];
    const leftOut = (plan: ClusterPlan) =>
      plan.unschedulable.filter((pods) => pods.nodeGroup === after.name).reduce((sum, pods) => sum + pods.pods, 0);
    const same =
      before.instanceType === after.instanceType &&
      before.onDemandNodes === after.onDemandNodes &&
      before.spotNodes === after.spotNodes &&
      leftOut(off) === leftOut(on);
    if (!same) return [];
    const maxPodsOff = before.allocatable.pods;
    const maxPodsOn = after.allocatable.pods;
    const workloadPods = after.fills.map((fill) => Object.values(fill.pods).reduce((sum, pods) => sum + pods, 0));
    const busiestNodePods = after.nodes === 0 ? 0 : Math.max(0, ...workloadPods) + after.daemonSetOverhead.pods;
    return [
      {
        nodeGroupIndex: index,
        nodeGroup: after.name,
        setting,
        instanceType: after.instanceType,
        nodes: after.nodes,
        maxPodsOff,
        maxPodsOn,
        busiestNodePods,
        limitedBy: maxPodsOff === maxPodsOn ? "same-max-pods" : (after.bindingResource ?? "no-pods"),
      },
    ];
  });
}

/**
 * The node groups that have `setting` on but would be planned the same with it off, and why (see
 * {@link SettingWithoutEffect}): what a site or a command line says beside a setting that changed
 * nothing. Plans the scenario once more, with the setting off in those groups.
 *
 * @param plan `planCluster(scenario, catalog)`.
 * @param catalog the catalogue the plan was made with (`catalog` from `eksize/data`).
 * @example
 * // The default scenario with prefix delegation in "general": CPU fills its m6a.xlarge nodes first.
 * settingWithoutEffect(scenario, planCluster(scenario, catalog), catalog, "prefixDelegation")
 * // [{ nodeGroup: "general", instanceType: "m6a.xlarge", nodes: 5, maxPodsOff: 58, maxPodsOn: 110, busiestNodePods: 16, limitedBy: "cpu", ... }]
 */
export function settingWithoutEffect(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  setting: PodSlotSetting,
): SettingWithoutEffect[] {
  const groups = scenario.nodeGroups.flatMap((group, index) => (group.network[setting] ? [index] : []));
  if (groups.length === 0) return [];
  const off: Scenario = {
    ...scenario,
    nodeGroups: scenario.nodeGroups.map((group) => ({ ...group, network: { ...group.network, [setting]: false } })),
  };
  return unchangedByPlan(planCluster(off, catalog), plan, setting, groups);
}
