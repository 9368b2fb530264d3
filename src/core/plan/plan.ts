import type { Allocatable } from "../nodes/allocatable.js";
import { bindingResource, type NodeCapacity, type PodsLeft, type Resource, type Unplaced } from "./bin-pack.js";
import { podsOverCap } from "./zone-split.js";
import { acceleratorUnits, nodeAcceleratorUnits, type AcceleratorResource } from "../catalog/accelerators.js";
import type { Catalog, InstancePrice } from "../catalog/catalog.js";
import type { CoreIssue } from "../errors.js";
import { fargateIneligibility, fargatePodSize, type FargateIneligibility, type FargatePodSize } from "./fargate.js";
import type { InstanceType } from "../catalog/instance-type.js";
import {
  daemonSetOverhead,
  podGroupsOf,
  sizeWithType,
  utilisationOf,
  type DaemonSetOverhead,
  type SizedNodeGroup,
  type Utilisation,
} from "../nodes/node-sizing.js";
import type { NodeGroup, Scenario, Workload } from "../scenario/scenario.js";
import { unknownInstanceType } from "../catalog/suggest.js";
import { addedNodeDaemonSets, nodeDaemonSets } from "../nodes/system-daemonsets.js";
import { daemonSetsOverNodes } from "./daemonset-fit.js";
import { planNodePool } from "./node-pool-plan.js";
import { autoModeIssues } from "./auto-mode-rules.js";

/** Why pods of a workload cannot be scheduled. */
export type UnschedulableReason =
  /** A pod is bigger than an empty node of every type in its node group in `resource`: CPU, memory, or pod slots (`pods`: max pods is used up by DaemonSets). */
  | { readonly kind: "exceeds-node"; readonly resource: Exclude<Resource, "gpus"> }
  /** A pod needs `devices` of `accelerator` (the workload's `gpus` and `accelerator`), more than a node of any type in its group has (none, for a type without that device). */
  | {
      readonly kind: "exceeds-node";
      readonly resource: "gpus";
      readonly accelerator: AcceleratorResource;
      readonly devices: number;
    }
  /** No node group takes it: its pinned group has no usable instance type, or no group has its architecture. */
  | { readonly kind: "no-node-group" }
  /** Its node group is at its `maxNodes` (an Auto Scaling group's `maxSize`): the nodes that would hold these pods are never launched. */
  | { readonly kind: "max-nodes"; readonly maxNodes: number }
  /**
   * More pods than its `maxPodsPerNode` allows on the `maxNodes` nodes of its node group (each zone's
   * share of them, when the group is planned zone by zone), however small the pods are.
   */
  | { readonly kind: "max-pods-per-node"; readonly maxPodsPerNode: number; readonly maxNodes: number }
  /** It is in a Fargate profile, but EKS Fargate cannot run it. */
  | { readonly kind: "fargate"; readonly ineligibility: FargateIneligibility };

/** Pods of one workload that no node or Fargate can take. */
export interface UnschedulablePods {
  readonly workload: string;
  readonly pods: number;
  /** The node group it was meant for, when there was one. */
  readonly nodeGroup: string | null;
  readonly reason: UnschedulableReason;
}

/** `count` identical nodes, each running `pods[workload]` pods of each workload. */
export interface NodeFill {
  readonly count: number;
  /** Their instance type. */
  readonly instanceType: string;
  /** Workload pods per node by workload name (workloads with none are left out). */
  readonly pods: Readonly<Record<string, number>>;
  /** The zone of these nodes, 0 to the group's `zones` − 1; null when the group was planned as one pool. */
  readonly zone: number | null;
}

/** What one instance type of a node group would need for the group's workloads. */
export interface InstanceTypeOption {
  readonly instanceType: string;
  readonly nodes: number;
  /** Pods it could not place. */
  readonly unplacedPods: number;
  /** On-demand USD per hour for all its nodes; null when the region has no price for the type. */
  readonly onDemandUsdPerHour: number | null;
}

/** The nodes of one instance type in a node group's plan. */
export interface PlannedTypeNodes {
  readonly instanceType: string;
  readonly nodes: number;
  readonly onDemandNodes: number;
  readonly spotNodes: number;
  /** Allocatable of one node (with the group's profile, CNI and max pods). */
  readonly allocatable: Allocatable;
  /** What one node offers the workloads: allocatable × target utilisation − DaemonSets. */
  readonly workloadCapacity: NodeCapacity;
}

/**
 * How a node group's nodes come about: a managed node group (one instance type per plan), a
 * Karpenter NodePool (types mixed node by node, `planNodePool`), or an EKS Auto Mode NodePool (the
 * same, with Auto Mode's types and node settings, and its fee on the bill).
 */
export type Provisioning = "managed-node-group" | "karpenter" | "auto-mode";

/** What consolidation would change in a Karpenter NodePool's freshly launched nodes (`consolidate`). */
export interface ConsolidationEstimate {
  /** Nodes launched for the pending pods, before consolidation. */
  readonly launchedNodes: number;
  /** What the launched nodes cost, USD per hour, at the prices the types were chosen by; null without prices. */
  readonly launchedUsdPerHour: number | null;
  /** Each step: `delete` a node (its pods fit elsewhere) or `replace` two nodes with one cheaper one. */
  readonly steps: readonly {
    readonly kind: "delete" | "replace";
    readonly removed: readonly string[];
    readonly launched: string | null;
    /** USD per hour saved. */
    readonly usdPerHour: number;
  }[];
}

/** The plan of one node group. */
export interface NodeGroupPlan {
  readonly name: string;
  readonly provisioning: Provisioning;
  /**
   * The type the group is sized with (see {@link planCluster}); for a Karpenter NodePool, the type of
   * most of its nodes. Null when none of its types is usable.
   */
  readonly instanceType: string | null;
  /**
   * Its nodes by instance type: one entry for a managed node group; a NodePool's mix, most nodes
   * first (ties by name). Empty without nodes of a usable type.
   */
  readonly byType: readonly PlannedTypeNodes[];
  /** A Karpenter NodePool's consolidation, launched nodes to planned ones; null for a managed node group. */
  readonly consolidation: ConsolidationEstimate | null;
  /** Every usable type of the group, as the choice saw it. */
  readonly options: readonly InstanceTypeOption[];
  /** Nodes needed, at least the group's minimum and at most its maximum. */
  readonly nodes: number;
  readonly onDemandNodes: number;
  readonly spotNodes: number;
  /** Allocatable of one node of {@link instanceType} (with the group's profile, CNI and max pods). */
  readonly allocatable: Allocatable | null;
  /** What the DaemonSets take from every node. */
  readonly daemonSetOverhead: DaemonSetOverhead;
  /** What one node of {@link instanceType} offers the workloads: allocatable × target utilisation − DaemonSets. */
  readonly workloadCapacity: NodeCapacity | null;
  /** Names of the workloads planned on this group. */
  readonly workloads: readonly string[];
  /** The nodes, as patterns of identical nodes (zone by zone when the group was split). */
  readonly fills: readonly NodeFill[];
  /**
   * Availability zones planned one by one (`zonesToPlan`: its pods must spread over zones); null when
   * the group was planned as one pool of nodes.
   */
  readonly zones: number | null;
  /** Requested share of allocatable across the group's nodes, DaemonSets included. */
  readonly utilisation: Utilisation;
  /** The resource that fills first: the one with the highest utilisation; null without pods. */
  readonly bindingResource: Resource | null;
}

/** Pods of one workload on EKS Fargate. */
export interface FargateWorkloadPlan {
  readonly workload: string;
  readonly pods: number;
  /** The size Fargate provisions for each pod. */
  readonly size: FargatePodSize;
}

/** The capacity plan of a scenario. */
export interface ClusterPlan {
  readonly nodeGroups: readonly NodeGroupPlan[];
  readonly fargate: readonly FargateWorkloadPlan[];
  readonly unschedulable: readonly UnschedulablePods[];
  /**
   * Names of the system DaemonSets (`EKS_NODE_DAEMONSETS`: aws-node, kube-proxy) that every node runs
   * but the scenario does not list: the plan counts them with their EKS requests.
   */
  readonly addedDaemonSets: readonly string[];
  /**
   * Problems that did not stop the plan: instance types the catalogue lacks or cannot size, and node
   * groups whose DaemonSets ask for more than a node has (`daemonSetsOverNodes`).
   */
  readonly issues: readonly CoreIssue[];
}

/**
 * The pods of a plan that no node or Fargate can take, all workloads together.
 *
 * @example unschedulablePodCount(planCluster(defaultScenario, catalog)) // 0
 */
export function unschedulablePodCount(plan: Pick<ClusterPlan, "unschedulable">): number {
  return plan.unschedulable.reduce((sum, entry) => sum + entry.pods, 0);
}

/**
 * Pods of a node group that its `maxNodes` leaves out (unschedulable for `max-nodes`): 0 when the
 * group is under its limit or has none.
 *
 * @example podsBeyondMaxNodes(planCluster(defaultScenario, catalog), "general") // 0
 */
export function podsBeyondMaxNodes(plan: Pick<ClusterPlan, "unschedulable">, nodeGroup: string): number {
  return plan.unschedulable
    .filter((entry) => entry.nodeGroup === nodeGroup && entry.reason.kind === "max-nodes")
    .reduce((sum, entry) => sum + entry.pods, 0);
}

/**
 * Plans the capacity of a scenario: which nodes each node group needs, which pods go to Fargate,
 * and which pods cannot run anywhere, and why.
 *
 * 1. Workloads in a Fargate profile run on Fargate when EKS Fargate can run them (`fargateIneligibility`),
 *    each pod at the size `fargatePodSize` gives; otherwise they are unschedulable.
 * 2. Every other workload goes to its pinned node group, else to the first node group whose first
 *    usable instance type has the workload's architecture and, if it needs accelerators, as many of
 *    its kind (`acceleratorUnits`; like Cluster Autoscaler, which judges a group by its first type).
 * 3. Each node group is sized with each of its instance types: one node offers its `allocatable`
 *    (the group's profile, CNI settings, max pods and root volume) times the target utilisation,
 *    less what every DaemonSet's pod takes (CPU, memory and a pod slot; aws-node and kube-proxy
 *    always, with EKS's requests when the scenario does not list them: `nodeDaemonSets`); the
 *    workloads are packed with `packPods` (first-fit decreasing, counted per workload), with at
 *    least `minNodes` nodes.
 *    Never more than `maxNodes` nodes: pods that do not fit under it are unschedulable (`max-nodes`, or
 *    `max-pods-per-node` for those its `maxPodsPerNode` keeps off every node allowed). A group whose
 *    pods must spread over zones (a `DoNotSchedule` zone spread) is planned zone by zone (`sizeWithType`).
 *    The group takes the type that places the most pods, then costs least on demand in the
 *    scenario's region, then needs the fewest nodes, then comes first in its list.
 * 4. Nodes split into on-demand and Spot by the group's capacity mix; above an on-demand base the
 *    on-demand share is rounded up, so Spot never exceeds the stated percentage.
 *
 * @param catalog `catalog` from `eksize/data`, or any catalogue of the same shape.
 * @example
 * const plan = planCluster(defaultScenario, catalog)
 * plan.nodeGroups[0].nodes // nodes of the "general" group
 */
export function planCluster(scenario: Scenario, catalog: Catalog): ClusterPlan {
  return planWithMemo(scenario, catalog, new WeakMap());
}

/**
 * Node-group plans made for one scenario's variants that differ only in their node groups (the
 * ranking plans one variant per instance type): by node group, the workloads it was planned with and
 * its plan. A group planned again with the very same workloads takes its plan from here.
 */
export type GroupPlanMemo = WeakMap<
  NodeGroup,
  { readonly workloads: readonly Workload[]; readonly result: GroupPlanResult }
>;

/** A node group's plan and the pods it cannot place. */
export interface GroupPlanResult {
  readonly plan: NodeGroupPlan;
  readonly unschedulable: readonly UnschedulablePods[];
}

/**
 * {@link planCluster}, reusing the plans of node groups that `memo` holds (not part of the public
 * index): every scenario planned with one memo must differ from the others only in `nodeGroups`.
 */
export function planWithMemo(scenario: Scenario, catalog: Catalog, memo: GroupPlanMemo): ClusterPlan {
  const issues: CoreIssue[] = [];
  const unschedulable: UnschedulablePods[] = [];
  const types = typesByName(catalog);
  const prices = catalog.regions[scenario.region]?.instances ?? {};

  const onFargate = new Set(scenario.fargateProfiles.flatMap((profile) => profile.workloads));
  const fargate: FargateWorkloadPlan[] = [];
  for (const workload of scenario.workloads.filter((candidate) => onFargate.has(candidate.name))) {
    const ineligibility = fargateIneligibility(workload, catalog.services.fargate);
    if (ineligibility === null) {
      fargate.push({
        workload: workload.name,
        pods: workload.replicas,
        size: fargatePodSize(workload, catalog.services.fargate),
      });
    } else if (workload.replicas > 0) {
      unschedulable.push({
        workload: workload.name,
        pods: workload.replicas,
        nodeGroup: null,
        reason: { kind: "fargate", ineligibility },
      });
    }
  }

  const { usableTypes, assigned, unassigned } = assignWorkloads(scenario, types, onFargate, issues);
  for (const workload of unassigned) {
    if (workload.replicas > 0) {
      unschedulable.push({
        workload: workload.name,
        pods: workload.replicas,
        nodeGroup: workload.nodeGroup,
        reason: { kind: "no-node-group" },
      });
    }
  }

  const nodeGroups = scenario.nodeGroups.map((group, index) => {
    const workloads = assigned.get(group.name) ?? [];
    const known = memo.get(group);
    const same = known?.workloads.length === workloads.length && workloads.every((w, at) => known.workloads[at] === w);
    const types = usableTypes[index] ?? [];
    const { autoscaler } = scenario.cluster;
    const plan = same
      ? known.result
      : autoscaler === "karpenter" || autoscaler === "auto-mode"
        ? planNodePool(group, types, workloads, scenario, prices, autoscaler)
        : planNodeGroup(group, types, workloads, scenario, prices);
    if (!same) memo.set(group, { workloads, result: plan });
    unschedulable.push(...plan.unschedulable);
    return plan.plan;
  });
  const addedDaemonSets = addedNodeDaemonSets(scenario).map((daemonSet) => daemonSet.name);
  return {
    nodeGroups,
    fargate,
    unschedulable,
    addedDaemonSets,
    issues: [
      ...issues,
      ...(scenario.cluster.autoscaler === "auto-mode" ? autoModeIssues(scenario, typesByName(catalog)) : []),
      ...daemonSetsOverNodes(nodeGroups),
    ],
  };
}

/** Where the workloads on nodes go: step 2 of {@link planCluster}. */
interface Assignment {
  /** Each node group's usable instance types (`usableInstanceTypes`), in the scenario's order. */
  readonly usableTypes: readonly InstanceType[][];
  /** Each node group's workloads, by its name, in the scenario's order. */
  readonly assigned: ReadonlyMap<string, Workload[]>;
  /** Workloads no node group takes (`no-node-group`). */
  readonly unassigned: readonly Workload[];
}

function assignWorkloads(
  scenario: Scenario,
  types: ReadonlyMap<string, InstanceType>,
  onFargate: ReadonlySet<string>,
  issues: CoreIssue[],
): Assignment {
  const usableTypes = scenario.nodeGroups.map((group, index) => usableInstanceTypes(group, index, types, issues));
  const assigned = new Map<string, Workload[]>(scenario.nodeGroups.map((group) => [group.name, []]));
  const unassigned: Workload[] = [];
  for (const workload of scenario.workloads) {
    if (onFargate.has(workload.name)) continue;
    const groupIndex =
      workload.nodeGroup !== null
        ? scenario.nodeGroups.findIndex(
            (group, index) => group.name === workload.nodeGroup && (usableTypes[index]?.length ?? 0) > 0,
          )
        : firstAccepting(usableTypes, workload);
    const group = scenario.nodeGroups[groupIndex];
    if (group === undefined) unassigned.push(workload);
    else assigned.get(group.name)?.push(workload);
  }
  return { usableTypes, assigned, unassigned };
}

/**
 * The workloads {@link planCluster} puts on a node group (step 2: pinned, else the first group whose
 * first usable type has their architecture and accelerators; Fargate's are left out), in the
 * scenario's order, without planning it (the ranking bounds each type's nodes from them).
 */
export function nodeGroupWorkloads(scenario: Scenario, catalog: Catalog, nodeGroup: string): readonly Workload[] {
  const onFargate = new Set(scenario.fargateProfiles.flatMap((profile) => profile.workloads));
  return assignWorkloads(scenario, typesByName(catalog), onFargate, []).assigned.get(nodeGroup) ?? [];
}

/** Each catalogue's instance types by name, made once per catalogue (a ranking plans a scenario per type). */
const typeMaps = new WeakMap<Catalog["instanceTypes"], ReadonlyMap<string, InstanceType>>();

export function typesByName(catalog: Catalog): ReadonlyMap<string, InstanceType> {
  let types = typeMaps.get(catalog.instanceTypes);
  if (types === undefined) {
    types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));
    typeMaps.set(catalog.instanceTypes, types);
  }
  return types;
}

/** The group's instance types that the catalogue has and can size; the others become issues. */
function usableInstanceTypes(
  group: NodeGroup,
  groupIndex: number,
  types: ReadonlyMap<string, InstanceType>,
  issues: CoreIssue[],
): InstanceType[] {
  return group.instanceTypes.flatMap((name, index) => {
    const type = types.get(name);
    if (type !== undefined && type.vcpu !== null && type.memoryMiB !== null) return [type];
    const path = `nodeGroups.${groupIndex}.instanceTypes.${index}`;
    if (type === undefined) {
      issues.push({ ...unknownInstanceType(name, [...types.keys()]), path });
      return [];
    }
    if (type.vcpu === null) {
      issues.push({ code: "vcpu-unknown", path, params: { instanceType: name } });
      return [];
    }
    issues.push({ code: "memory-unknown", path, params: { instanceType: name } });
    return [];
  });
}

/**
 * The first node group whose first usable type has the workload's architecture and, if it needs
 * them, enough accelerators of its kind; failing that, the first with the architecture (where packing
 * then reports the missing accelerators); -1 when none has the architecture.
 */
function firstAccepting(usableTypes: readonly (readonly InstanceType[])[], workload: Workload): number {
  const architectureFits = (type: InstanceType | undefined): type is InstanceType =>
    type !== undefined && (workload.architecture === null || workload.architecture === type.architecture);
  const withGpus = usableTypes.findIndex((types) => {
    const type = types[0];
    const units = architectureFits(type) ? acceleratorUnits(type, workload.accelerator, workload.gpus) : null;
    return type !== undefined && units !== null && units <= nodeAcceleratorUnits(type);
  });
  return withGpus >= 0 ? withGpus : usableTypes.findIndex((types) => architectureFits(types[0]));
}

interface Evaluated extends SizedNodeGroup {
  readonly onDemandUsdPerHour: number | null;
}

function planNodeGroup(
  group: NodeGroup,
  candidates: readonly InstanceType[],
  workloads: readonly Workload[],
  scenario: Scenario,
  prices: Readonly<Record<string, InstancePrice>>,
): GroupPlanResult {
  const overhead = daemonSetOverhead(nodeDaemonSets(scenario));
  const podGroups = podGroupsOf(workloads);
  const evaluated = candidates.flatMap((type): Evaluated[] => {
    const sized = sizeWithType(type, group, overhead, podGroups);
    if (sized === null) return [];
    const price = prices[type.name]?.onDemandUsdPerHour ?? null;
    return [{ ...sized, onDemandUsdPerHour: price === null ? null : price * sized.packing.nodes }];
  });
  const chosen = [...evaluated].sort(
    (a, b) =>
      a.unplacedPods - b.unplacedPods ||
      (a.onDemandUsdPerHour ?? Number.POSITIVE_INFINITY) - (b.onDemandUsdPerHour ?? Number.POSITIVE_INFINITY) ||
      a.packing.nodes - b.packing.nodes,
  )[0];

  const options = evaluated.map((option) => ({
    instanceType: option.type.name,
    nodes: option.packing.nodes,
    unplacedPods: option.unplacedPods,
    onDemandUsdPerHour: option.onDemandUsdPerHour,
  }));
  const names = workloads.map((workload) => workload.name);
  if (chosen === undefined) {
    return withoutUsableType(group, "managed-node-group", options, overhead, workloads);
  }

  const { packing, node, capacity, patternZones } = chosen;
  const nodes = packing.nodes;
  const fills = packing.patterns.map((pattern, at) => {
    const pods: Record<string, number> = {};
    pattern.pods.forEach((count, index) => {
      if (count > 0) pods[podGroups[index]?.key ?? ""] = count;
    });
    return { count: pattern.count, instanceType: chosen.type.name, pods, zone: patternZones?.[at] ?? null };
  });
  const utilisation = utilisationOf(chosen, overhead);
  const split = splitCapacity(group, nodes);
  return {
    plan: {
      name: group.name,
      provisioning: "managed-node-group",
      instanceType: chosen.type.name,
      byType:
        nodes === 0
          ? []
          : [
              {
                instanceType: chosen.type.name,
                nodes,
                onDemandNodes: split.onDemand,
                spotNodes: split.spot,
                allocatable: node,
                workloadCapacity: capacity,
              },
            ],
      consolidation: null,
      options,
      nodes,
      onDemandNodes: split.onDemand,
      spotNodes: split.spot,
      allocatable: node,
      daemonSetOverhead: overhead,
      workloadCapacity: capacity,
      workloads: names,
      fills,
      zones: patternZones === null ? null : chosen.zones,
      utilisation,
      bindingResource: bindingResource(packing, capacity),
    },
    unschedulable: [
      ...packing.unplaced.map((unplaced) => ({
        workload: unplaced.key,
        pods: unplaced.count,
        nodeGroup: group.name,
        reason: exceedsNode(unplaced, workloads),
      })),
      ...packing.beyondMaxNodes.flatMap((left) => beyondMaxNodes(left, group, workloads, chosen.zones)),
    ],
  };
}

/**
 * Pods a node group's `maxNodes` leaves out, by reason: those the workload's `maxPodsPerNode` keeps
 * off every node allowed (`podsOverCap`), then the others (not part of the public index).
 */
export function beyondMaxNodes(
  left: PodsLeft,
  group: NodeGroup,
  workloads: readonly Workload[],
  zones: number,
): UnschedulablePods[] {
  const maxNodes = group.maxNodes ?? 0;
  // Pod groups are keyed by workload name (`podGroupsOf`), so the workload is always there.
  const { replicas, maxPodsPerNode } = workloads.find((candidate) => candidate.name === left.key)!;
  const overCap =
    maxPodsPerNode === null ? 0 : Math.min(left.count, podsOverCap(replicas, maxPodsPerNode, maxNodes, zones));
  const entry = (pods: number, reason: UnschedulableReason): UnschedulablePods[] =>
    pods > 0 ? [{ workload: left.key, pods, nodeGroup: group.name, reason }] : [];
  return [
    ...entry(overCap, { kind: "max-pods-per-node", maxPodsPerNode: maxPodsPerNode ?? 0, maxNodes }),
    ...entry(left.count - overCap, { kind: "max-nodes", maxNodes }),
  ];
}

/**
 * Why unplaced pods exceed a node: the resource, and for accelerators the workload's kind and count
 * (not part of the public index).
 */
export function exceedsNode(unplaced: Unplaced, workloads: readonly Workload[]): UnschedulableReason {
  if (unplaced.resource !== "gpus") return { kind: "exceeds-node", resource: unplaced.resource };
  // Pod groups are keyed by workload name (`podGroupsOf`), so the workload is always there.
  const workload = workloads.find((candidate) => candidate.name === unplaced.key)!;
  return { kind: "exceeds-node", resource: "gpus", accelerator: workload.accelerator, devices: workload.gpus };
}

/**
 * On-demand and Spot nodes of a group of `nodes`: all one kind, or the on-demand base first and then
 * the Spot percentage of the rest, with the on-demand part rounded up. The exports split a group's
 * minimum and maximum with it too (not part of the public index).
 */
export function splitCapacity(group: Pick<NodeGroup, "capacity">, nodes: number): { onDemand: number; spot: number } {
  const mix = group.capacity;
  if (mix.type === "on-demand") return { onDemand: nodes, spot: 0 };
  if (mix.type === "spot") return { onDemand: 0, spot: nodes };
  const base = Math.min(nodes, mix.onDemandBase);
  const above = nodes - base;
  const onDemandAbove = Math.ceil((above * (100 - mix.spotPercentAboveBase)) / 100);
  return { onDemand: base + onDemandAbove, spot: above - onDemandAbove };
}

/**
 * A node group without a usable instance type: no nodes, and every pod of its workloads unschedulable
 * for `no-node-group` (not part of the public index).
 */
export function withoutUsableType(
  group: NodeGroup,
  provisioning: Provisioning,
  options: readonly InstanceTypeOption[],
  overhead: DaemonSetOverhead,
  workloads: readonly Workload[],
): GroupPlanResult {
  return {
    plan: emptyGroupPlan(
      group,
      provisioning,
      options,
      overhead,
      workloads.map((workload) => workload.name),
    ),
    unschedulable: workloads
      .filter((workload) => workload.replicas > 0)
      .map((workload) => ({
        workload: workload.name,
        pods: workload.replicas,
        nodeGroup: group.name,
        reason: { kind: "no-node-group" } as const,
      })),
  };
}

function emptyGroupPlan(
  group: NodeGroup,
  provisioning: Provisioning,
  options: readonly InstanceTypeOption[],
  overhead: DaemonSetOverhead,
  workloads: readonly string[],
): NodeGroupPlan {
  return {
    name: group.name,
    provisioning,
    instanceType: null,
    byType: [],
    consolidation: null,
    options,
    nodes: 0,
    onDemandNodes: 0,
    spotNodes: 0,
    allocatable: null,
    daemonSetOverhead: overhead,
    workloadCapacity: null,
    workloads,
    fills: [],
    zones: null,
    utilisation: { cpu: 0, memory: 0, pods: 0 },
    bindingResource: null,
  };
}
