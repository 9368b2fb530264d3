import type { InstancePrice } from "../catalog/catalog.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { spotHourlyPrice } from "../cost/cost.js";
import { daemonSetOverhead, podGroupsOf, typeCapacity, type TypeCapacity } from "../nodes/node-sizing.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import type { NodeGroup, Scenario, Workload } from "../scenario/scenario.js";
import { bindingResource, type Packing, type PodGroup, type Resource } from "./bin-pack.js";
import { autoModeSupport } from "../catalog/auto-mode-types.js";
import { autoModeNodeSettings } from "./auto-mode-rules.js";
import { consolidate, type ConsolidationStep } from "./karpenter-consolidation.js";
import { launchNodeClaims, type LaunchedNodes, type LaunchOption } from "./karpenter-launch.js";
import { evenShares, zonesToPlan } from "./zone-split.js";
import {
  beyondMaxNodes,
  exceedsNode,
  splitCapacity,
  type GroupPlanResult,
  type InstanceTypeOption,
  type NodeFill,
  type PlannedTypeNodes,
  type UnschedulablePods,
  withoutUsableType,
} from "./plan.js";

/**
 * Plans a node group as a Karpenter NodePool, or as an EKS Auto Mode NodePool (Karpenter run by AWS:
 * only the types Auto Mode launches, `autoModeSupport`, each node with `autoModeNodeSettings`). Not
 * part of the public index: `planCluster` calls it when the cluster's autoscaler is one of them.
 *
 * - The pods are launched as Karpenter launches them (`launchNodeClaims`): claims grow while
 *   `minValues` of the group's types can hold their pods, each launched as the cheapest of those
 *   types at the capacity type's price (Spot prices for an all-Spot group, on-demand otherwise).
 * - Then they are consolidated as `consolidationPolicy` allows (`consolidate`; `WhenEmpty` removes
 *   only empty nodes, and a launch leaves none).
 * - A workload's `maxPodsPerNode` caps its pods on every node, in the launch and in consolidation.
 *   When pods must spread over zones (a `DoNotSchedule` zone spread, `zonesToPlan`), the pool is
 *   launched and consolidated zone by zone (`launchByZone`).
 * - The group's `maxNodes` is the NodePool's `limits.nodes`; `minNodes` keeps nothing (Karpenter keeps
 *   no idle nodes). Types without a price in the region are not offered there and are left out
 *   (unless none has one).
 * - Nodes split into on-demand and Spot by the group's capacity mix, in launch order (as two
 *   NodePools, on-demand and Spot, would be weighted).
 */
export function planNodePool(
  group: NodeGroup,
  candidates: readonly InstanceType[],
  workloads: readonly Workload[],
  scenario: Scenario,
  prices: Readonly<Record<string, InstancePrice>>,
  provisioning: "karpenter" | "auto-mode",
): GroupPlanResult {
  const overhead = daemonSetOverhead(nodeDaemonSets(scenario));
  const podGroups = podGroupsOf(workloads);
  const names = workloads.map((workload) => workload.name);
  const settings = { ...group, minNodes: 0 };
  const autoMode = provisioning === "auto-mode";
  const launchable = autoMode ? candidates.filter((type) => autoModeSupport(type) === "supported") : candidates;
  const sizable = launchable.flatMap((type) => {
    const fit = typeCapacity(type, autoMode ? autoModeNodeSettings(settings, type) : settings, overhead, podGroups);
    return fit === null ? [] : [{ type, fit, usdPerHour: launchPrice(prices[type.name], group) }];
  });
  // Karpenter launches only types offered in the region; without any price, every type stands at 0.
  const priced = sizable.filter((entry) => entry.usdPerHour !== null);
  const sized = priced.length > 0 ? priced : sizable;
  const options: LaunchOption[] = sized.map(({ type, fit, usdPerHour }) => ({
    name: type.name,
    capacity: fit.capacity,
    pods: fit.pods,
    usdPerHour: usdPerHour ?? 0,
  }));
  const typeOptions: InstanceTypeOption[] = sized.map(({ type }) => ({
    instanceType: type.name,
    nodes: 0,
    unplacedPods: 0,
    onDemandUsdPerHour: prices[type.name]?.onDemandUsdPerHour ?? null,
  }));
  if (options.length === 0) return withoutUsableType(group, provisioning, typeOptions, overhead, workloads);

  const zones = zonesToPlan(group, podGroups);
  const launch = launchByZone(podGroups, options, group, zones);
  const nodes = launch.nodes;
  const total = nodes.reduce((sum, node) => sum + node.count, 0);
  const split = splitCapacity(group, total);
  const byType = typesOf(nodes, sized, split.onDemand);
  const main = byType[0];
  const fills: NodeFill[] = nodes.map((node) => ({
    count: node.count,
    instanceType: options[node.option]!.name,
    zone: node.zone,
    pods: Object.fromEntries(node.pods.flatMap((count, index) => (count > 0 ? [[podGroups[index]!.key, count]] : []))),
  }));
  const priceOf = (list: readonly LaunchedNodes[]) =>
    list.reduce((sum, node) => sum + node.count * options[node.option]!.usdPerHour, 0);

  return {
    plan: {
      name: group.name,
      provisioning,
      instanceType: main?.instanceType ?? null,
      byType,
      consolidation: {
        launchedNodes: launch.launched.reduce((sum, node) => sum + node.count, 0),
        launchedUsdPerHour: priced.length > 0 ? priceOf(launch.launched) : null,
        steps: launch.steps.map((step) => ({
          kind: step.kind,
          removed: step.removed.map((option) => options[option]!.name),
          launched: step.launched === null ? null : options[step.launched]!.name,
          usdPerHour: step.usdPerHour,
        })),
      },
      options: typeOptions,
      nodes: total,
      onDemandNodes: split.onDemand,
      spotNodes: split.spot,
      allocatable: main?.allocatable ?? null,
      daemonSetOverhead: overhead,
      workloadCapacity: main?.workloadCapacity ?? null,
      workloads: names,
      fills,
      zones: zones === 1 ? null : zones,
      utilisation: utilisationOfNodes(nodes, sized, overhead),
      bindingResource: bindingOfNodes(nodes, sized),
    },
    unschedulable: unschedulableOf(launch, workloads, group, sized, zones),
  };
}

/** Launched nodes after consolidation, each pattern with its zone (null when the pool was not split). */
interface ZonedNodes extends LaunchedNodes {
  readonly zone: number | null;
}

/** A NodePool's launch and consolidation, over every zone it was planned in. */
interface ZonedLaunch {
  /** The nodes as launched, before consolidation, every zone's. */
  readonly launched: readonly LaunchedNodes[];
  /** The nodes after consolidation, zone by zone. */
  readonly nodes: readonly ZonedNodes[];
  readonly steps: readonly ConsolidationStep[];
  /** Pods of each group (input order) that no type can hold, summed over the zones. */
  readonly tooLarge: readonly number[];
  /** Pods of each group (input order) left pending by the node limit, summed over the zones. */
  readonly beyondMaxNodes: readonly number[];
}

/**
 * Launches and consolidates a NodePool's pods (`launchNodeClaims`, `consolidate`). When pods must
 * spread over zones (`zonesToPlan`), each zone launches its even share (`evenShares`) of every
 * workload's replicas and of the node limit, as Karpenter launches nodes in the zones a
 * `DoNotSchedule` topology spread needs, and consolidates only within a zone (moving a pod to another
 * zone would break the spread); workloads without a hard spread split the same way, as for a managed
 * node group (`sizeWithType`).
 */
function launchByZone(
  podGroups: readonly PodGroup[],
  options: readonly LaunchOption[],
  group: NodeGroup,
  zones: number,
): ZonedLaunch {
  const shares = podGroups.map((pods) => evenShares(pods.count, zones));
  const maxNodes = group.maxNodes === null ? null : evenShares(group.maxNodes, zones);
  const launched: LaunchedNodes[] = [];
  const nodes: ZonedNodes[] = [];
  const steps: ConsolidationStep[] = [];
  const tooLarge = podGroups.map(() => 0);
  const beyondMaxNodes = podGroups.map(() => 0);
  for (let zone = 0; zone < zones; zone++) {
    const groups = podGroups.map((pods, index) => ({ ...pods, count: shares[index]![zone]! }));
    const launch = launchNodeClaims(groups, options, {
      minValues: group.minValues ?? 1,
      maxNodes: maxNodes?.[zone] ?? null,
    });
    const consolidated =
      group.consolidationPolicy === "WhenEmptyOrUnderutilized"
        ? consolidate(launch.nodes, options)
        : { nodes: launch.nodes, steps: [] };
    launched.push(...launch.nodes);
    nodes.push(...consolidated.nodes.map((node) => ({ ...node, zone: zones === 1 ? null : zone })));
    steps.push(...consolidated.steps);
    launch.tooLarge.forEach((pods, index) => (tooLarge[index] = tooLarge[index]! + pods));
    launch.beyondMaxNodes.forEach((pods, index) => (beyondMaxNodes[index] = beyondMaxNodes[index]! + pods));
  }
  return { launched, nodes, steps, tooLarge, beyondMaxNodes };
}

/** What Karpenter ranks a type by: its Spot price in an all-Spot group, else on demand; null when unknown. */
function launchPrice(price: InstancePrice | undefined, group: NodeGroup): number | null {
  if (price === undefined) return null;
  return group.capacity.type === "spot" ? spotHourlyPrice(price) : price.onDemandUsdPerHour;
}

/** Nodes by type, most first (ties by name); the first `onDemand` nodes in launch order are on-demand. */
function typesOf(
  nodes: readonly LaunchedNodes[],
  sized: readonly { type: InstanceType; fit: TypeCapacity }[],
  onDemand: number,
): PlannedTypeNodes[] {
  const byName = new Map<string, { nodes: number; onDemand: number; fit: TypeCapacity }>();
  let onDemandLeft = onDemand;
  for (const node of nodes) {
    const { type, fit } = sized[node.option]!;
    const entry = byName.get(type.name) ?? { nodes: 0, onDemand: 0, fit };
    const asOnDemand = Math.min(onDemandLeft, node.count);
    onDemandLeft -= asOnDemand;
    byName.set(type.name, { ...entry, nodes: entry.nodes + node.count, onDemand: entry.onDemand + asOnDemand });
  }
  return [...byName.entries()]
    .map(([instanceType, entry]) => ({
      instanceType,
      nodes: entry.nodes,
      onDemandNodes: entry.onDemand,
      spotNodes: entry.nodes - entry.onDemand,
      allocatable: entry.fit.node,
      workloadCapacity: entry.fit.capacity,
    }))
    .sort((a, b) => b.nodes - a.nodes || (a.instanceType < b.instanceType ? -1 : 1));
}

/** Requested share of allocatable over every node, DaemonSets included, each node in its type's units. */
function utilisationOfNodes(
  nodes: readonly LaunchedNodes[],
  sized: readonly { fit: TypeCapacity }[],
  overhead: { cpuMillicores: number; memoryMiB: number; pods: number },
) {
  let cpu = 0;
  let memory = 0;
  let pods = 0;
  let cpuTotal = 0;
  let memoryTotal = 0;
  let podsTotal = 0;
  for (const node of nodes) {
    const { fit } = sized[node.option]!;
    node.pods.forEach((count, group) => {
      const pod = fit.pods[group]!;
      cpu += node.count * count * pod.cpuMillicores;
      memory += node.count * count * pod.memoryMiB;
      pods += node.count * count;
    });
    cpu += node.count * overhead.cpuMillicores;
    memory += node.count * overhead.memoryMiB;
    pods += node.count * overhead.pods;
    cpuTotal += node.count * fit.node.cpuMillicores;
    memoryTotal += node.count * fit.node.memoryMiB;
    podsTotal += node.count * fit.node.pods;
  }
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  return { cpu: ratio(cpu, cpuTotal), memory: ratio(memory, memoryTotal), pods: ratio(pods, podsTotal) };
}

/** The resource that fills first over the mixed nodes: `bindingResource` of their summed requests and capacities. */
function bindingOfNodes(nodes: readonly LaunchedNodes[], sized: readonly { fit: TypeCapacity }[]): Resource | null {
  const total = nodes.reduce((sum, node) => sum + node.count, 0);
  if (total === 0) return null;
  // One pattern per node with its type's capacity, scaled to a common node of the summed capacity.
  const capacity = { cpuMillicores: 0, memoryMiB: 0, pods: 0, gpus: 0 };
  const used = { cpuMillicores: 0, memoryMiB: 0, podSlots: 0, gpus: 0 };
  for (const node of nodes) {
    const { fit } = sized[node.option]!;
    capacity.cpuMillicores += node.count * fit.capacity.cpuMillicores;
    capacity.memoryMiB += node.count * fit.capacity.memoryMiB;
    capacity.pods += node.count * fit.capacity.pods;
    capacity.gpus += node.count * (fit.capacity.gpus ?? 0);
    node.pods.forEach((count, group) => {
      const pod = fit.pods[group]!;
      used.cpuMillicores += node.count * count * pod.cpuMillicores;
      used.memoryMiB += node.count * count * pod.memoryMiB;
      used.gpus += node.count * count * (pod.gpus ?? 0);
      used.podSlots += node.count * count;
    });
  }
  const packing: Packing = {
    patterns: [{ count: 1, pods: [], ...used }],
    nodes: 1,
    unplaced: [],
    beyondMaxNodes: [],
  };
  return bindingResource(packing, capacity);
}

/** Pods too large for every type, and pods the node limit (or a workload's `maxPodsPerNode` under it) leaves pending. */
function unschedulableOf(
  launch: ZonedLaunch,
  workloads: readonly Workload[],
  group: NodeGroup,
  sized: readonly { type: InstanceType; fit: TypeCapacity }[],
  zones: number,
): UnschedulablePods[] {
  const roomiest = sized.reduce((best, entry) =>
    entry.fit.capacity.cpuMillicores > best.fit.capacity.cpuMillicores ? entry : best,
  );
  return workloads.flatMap((workload, index): UnschedulablePods[] => {
    const tooLarge = launch.tooLarge[index] ?? 0;
    const pending = launch.beyondMaxNodes[index] ?? 0;
    const entries: UnschedulablePods[] = [];
    if (tooLarge > 0) {
      const pod = roomiest.fit.pods[index]!;
      const capacity = roomiest.fit.capacity;
      const resource =
        pod.cpuMillicores > capacity.cpuMillicores
          ? "cpu"
          : pod.memoryMiB > capacity.memoryMiB
            ? "memory"
            : (pod.gpus ?? 0) > (capacity.gpus ?? 0)
              ? "gpus"
              : "pods";
      entries.push({
        workload: workload.name,
        pods: tooLarge,
        nodeGroup: group.name,
        reason: exceedsNode({ key: workload.name, count: tooLarge, resource }, workloads),
      });
    }
    if (pending > 0) entries.push(...beyondMaxNodes({ key: workload.name, count: pending }, group, workloads, zones));
    return entries;
  });
}
