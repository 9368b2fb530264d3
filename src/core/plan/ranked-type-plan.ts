import { bindingResource, type Resource } from "./bin-pack.js";
import type { Catalog } from "../catalog/catalog.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { runsOnOneNode } from "../advice/single-node.js";
import {
  sizeWithType,
  utilisationOf,
  type DaemonSetOverhead,
  type SizedNodeGroup,
  type TypeCapacity,
  type Utilisation,
  type WorkloadPods,
} from "../nodes/node-sizing.js";
import type { NodeGroup, Scenario } from "../scenario/scenario.js";
import { withInstanceType } from "./instance-type-choice.js";
import { planWithMemo, splitCapacity, unschedulablePodCount, type ClusterPlan, type GroupPlanMemo } from "./plan.js";

/** What the ranking reads of the scenario planned with the ranked group on one type. */
export interface RankedTypePlan {
  /** The scenario with the group on the type (`withInstanceType`). */
  readonly variant: Scenario;
  /**
   * Its plan, to bill (`costCluster`): after the first type of a set of workloads, the group's plan
   * has no fills (the bill's lines and total do not read them, only its sharing out over workloads).
   */
  readonly plan: ClusterPlan;
  /** The group's nodes, and of those on-demand and Spot. */
  readonly nodes: number;
  readonly onDemandNodes: number;
  readonly spotNodes: number;
  readonly utilisation: Utilisation;
  readonly bindingResource: Resource | null;
  /** `runsOnOneNode` of the group's plan. */
  readonly singleNode: boolean;
  /** Pods no node or Fargate can take, in the whole cluster. */
  readonly unschedulablePods: number;
}

/** The ranked group's type: the type, the group's workloads with it as pod groups, and their names. */
export interface RankedType {
  readonly type: InstanceType;
  /** One array per set of workloads: the planner keeps packings by it. */
  readonly podGroups: readonly WorkloadPods[];
  /** `typeCapacity` of the type with the group's settings and these pod groups. */
  readonly fit: TypeCapacity;
  /** The names of the group's workloads: types with the same leave the rest of the cluster planned alike. */
  readonly workloads: string;
}

/**
 * Plans the scenario with the ranked group on one type after another, each exactly as
 * `planCluster(withInstanceType(scenario, …))` would (not part of the public index). The first type
 * of each set of the group's workloads is planned whole (`planWithMemo`, the other groups once); after
 * it, for a managed node group, the rest of the cluster (other groups, Fargate, pods no group takes)
 * stays that plan's, since assigning the workloads depends on the type only through the group's
 * workloads, and only the group is sized (`sizeWithType`), types that offer its pods the same capacity
 * sharing one packing. Karpenter and Auto Mode NodePools are planned whole every time.
 *
 * @returns for each type, its plan; null when the group would have no node.
 */
export function rankedTypePlanner(
  scenario: Scenario,
  catalog: Catalog,
  nodeGroup: string,
  group: NodeGroup,
  overhead: DaemonSetOverhead,
): (ranked: RankedType) => RankedTypePlan | null {
  const { autoscaler } = scenario.cluster;
  const managed = autoscaler !== "karpenter" && autoscaler !== "auto-mode";
  const memo: GroupPlanMemo = new WeakMap();
  // Packings made, by pod groups and then by what else a packing reads (packingKey).
  const packings = new Map<readonly WorkloadPods[], Map<string, SizedNodeGroup>>();
  /** The first plan of each set of the group's workloads, the group's place in it, and the pods the rest cannot schedule. */
  const rests = new Map<string, { plan: ClusterPlan; index: number; unschedulablePods: number }>();
  return ({ type, podGroups, fit, workloads }) => {
    const variant = withInstanceType(scenario, { nodeGroup, instanceType: type.name });
    const rest = managed ? rests.get(workloads) : undefined;
    if (rest === undefined) {
      const plan = planWithMemo(variant, catalog, memo);
      const index = plan.nodeGroups.findIndex((planned) => planned.name === nodeGroup);
      const planned = plan.nodeGroups[index];
      if (planned === undefined || planned.nodes === 0) return null;
      // Once the group has a node, it can be sized: only its own pods are unschedulable with its name.
      const elsewhere = plan.unschedulable.filter((entry) => entry.nodeGroup !== nodeGroup);
      if (managed)
        rests.set(workloads, { plan, index, unschedulablePods: unschedulablePodCount({ unschedulable: elsewhere }) });
      return {
        variant,
        plan,
        nodes: planned.nodes,
        onDemandNodes: planned.onDemandNodes,
        spotNodes: planned.spotNodes,
        utilisation: planned.utilisation,
        bindingResource: planned.bindingResource,
        singleNode: runsOnOneNode(planned),
        unschedulablePods: unschedulablePodCount(plan),
      };
    }
    let known = packings.get(podGroups);
    if (known === undefined) packings.set(podGroups, (known = new Map<string, SizedNodeGroup>()));
    const key = packingKey(fit);
    let packed = known.get(key);
    if (packed === undefined) {
      // The fit was made with the same group and pod groups: sizeWithType makes it again, then packs.
      const sized = sizeWithType(type, group, overhead, podGroups);
      if (sized === null) return null;
      known.set(key, (packed = sized));
    }
    // The packing of a type that offers the same capacity: this type's own node and name.
    const sized: SizedNodeGroup = { ...packed, type, node: fit.node, capacity: fit.capacity };
    if (sized.packing.nodes === 0) return null;
    const { packing, node, capacity } = sized;
    const { nodes } = packing;
    const split = splitCapacity(group, nodes);
    const counts = { nodes, onDemandNodes: split.onDemand, spotNodes: split.spot };
    const utilisation = utilisationOf(sized, overhead);
    const binding = bindingResource(packing, capacity);
    const nodeGroups = [...rest.plan.nodeGroups];
    // The group's plan as planNodeGroup makes it, but for its options, workloads and fills.
    nodeGroups[rest.index] = {
      name: nodeGroup,
      provisioning: "managed-node-group",
      instanceType: type.name,
      byType: [{ instanceType: type.name, ...counts, allocatable: node, workloadCapacity: capacity }],
      consolidation: null,
      options: [],
      ...counts,
      allocatable: node,
      daemonSetOverhead: overhead,
      workloadCapacity: capacity,
      workloads: [],
      fills: [],
      zones: sized.patternZones === null ? null : sized.zones,
      utilisation,
      bindingResource: binding,
    };
    return {
      variant,
      plan: { ...rest.plan, nodeGroups },
      ...counts,
      utilisation,
      bindingResource: binding,
      // What runsOnOneNode reads of the plan's fills: one node, holding pods.
      singleNode: nodes === 1 && packing.patterns.some((pattern) => pattern.podSlots > 0),
      unschedulablePods: rest.unschedulablePods + sized.unplacedPods,
    };
  };
}

/**
 * What a packing of the planner's group reads besides its pod groups and settings (which are the same
 * for every type of one planner), as a string: the node's capacity and the pod groups' accelerators in
 * the type's units. Types with equal keys pack alike (`packPods` reads nothing else).
 */
function packingKey({ capacity, pods }: TypeCapacity): string {
  let key = `${capacity.cpuMillicores} ${capacity.memoryMiB} ${capacity.pods} ${capacity.gpus ?? 0}`;
  pods.forEach((group, index) => {
    if ((group.gpus ?? 0) > 0) key += ` ${index}:${group.gpus}`;
  });
  return key;
}
