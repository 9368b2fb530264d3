/**
 * How a node group's pods fill its nodes, as the node-fill picture draws it: for each pattern of
 * identical nodes, one bar per resource (CPU, memory, pod slots) from the instance's capacity, split
 * into what the kernel and VM keep, the kubelet's reservations, the DaemonSets, the workload pods and
 * the room left free.
 */
import type { NodeGroupPlan, Workload } from "eksize";

/** The parts of a bar, in the order they are drawn. */
export type FillPart = "vm" | "reserved" | "daemonSets" | "workloads" | "free";

/** One part of a bar: millicores for CPU, MiB for memory, pods for pod slots. */
export interface FillSegment {
  readonly part: FillPart;
  readonly amount: number;
}

/** The resources a bar can show. */
export type FillResource = "cpu" | "memory" | "pods";

/** One resource of one node: its segments add up to {@link capacity}. */
export interface FillBar {
  readonly resource: FillResource;
  /** What the instance has: vCPUs × 1000 millicores, its memory in MiB, or its max pods. */
  readonly capacity: number;
  /** Segments with an amount above 0, in {@link FillPart} order. */
  readonly segments: readonly FillSegment[];
}

/** A pattern of identical nodes and their bars. */
export interface NodeFillPicture {
  /** Nodes filled this way. */
  readonly count: number;
  /** Their instance type (a Karpenter or Auto Mode NodePool mixes types). */
  readonly instanceType: string;
  /** Their zone (0-based), when the group was planned zone by zone; else null. */
  readonly zone: number | null;
  /** Workload pods per node, by workload name. */
  readonly pods: Readonly<Record<string, number>>;
  readonly bars: readonly FillBar[];
}

function bar(resource: FillResource, capacity: number, parts: Readonly<Record<FillPart, number>>): FillBar {
  const order: readonly FillPart[] = ["vm", "reserved", "daemonSets", "workloads", "free"];
  return {
    resource,
    capacity,
    segments: order.filter((part) => parts[part] > 0).map((part) => ({ part, amount: parts[part] })),
  };
}

/**
 * The pictures of a node group's node patterns, each drawn with its own instance type's allocatable
 * (`byType`; a NodePool mixes types); none when the group has no usable type.
 *
 * CPU: capacity − kube-reserved − system-reserved = allocatable; memory: capacity − kernel and VM
 * (EC2 memory less the kubelet's MemTotal) − kube-reserved − system-reserved − eviction threshold =
 * allocatable (see `nodeAllocatable`); pod slots: the kubelet's max pods. Of the allocatable, the
 * DaemonSets take their requests on every node, the workload pods theirs (requests per pod × pods),
 * and the rest is free.
 *
 * @example nodeFillPictures(plan.nodeGroups[0], scenario.workloads)[0].bars[2]
 * // { resource: "pods", capacity: 58, segments: [{ part: "daemonSets", amount: 3 }, …] }
 */
export function nodeFillPictures(group: NodeGroupPlan, workloads: readonly Workload[]): NodeFillPicture[] {
  if (group.allocatable === null) return [];
  const byName = new Map(workloads.map((workload) => [workload.name, workload]));
  const overhead = group.daemonSetOverhead;
  const allocatableOf = new Map(group.byType.map((entry) => [entry.instanceType, entry.allocatable]));
  return group.fills.map((fill) => {
    const allocatable = allocatableOf.get(fill.instanceType) ?? group.allocatable!;
    const { capacity, vmOverhead, kubeReserved, systemReserved, eviction } = allocatable;
    /** CPU's or memory's parts: the node's own, then what the pods of this pattern request. */
    const parts = (resource: "cpuMillicores" | "memoryMiB", requested: number): Record<FillPart, number> => ({
      vm: vmOverhead[resource],
      reserved: kubeReserved[resource] + systemReserved[resource] + eviction[resource],
      daemonSets: overhead[resource],
      workloads: requested,
      free: allocatable[resource] - overhead[resource] - requested,
    });
    let cpu = 0;
    let memory = 0;
    let pods = 0;
    for (const [name, count] of Object.entries(fill.pods)) {
      const workload = byName.get(name);
      if (workload === undefined) continue;
      cpu += count * workload.cpuMillicores;
      memory += count * workload.memoryMiB;
      pods += count;
    }
    return {
      count: fill.count,
      instanceType: fill.instanceType,
      zone: fill.zone,
      pods: fill.pods,
      bars: [
        bar("cpu", capacity.cpuMillicores, parts("cpuMillicores", cpu)),
        bar("memory", capacity.memoryMiB, parts("memoryMiB", memory)),
        bar("pods", allocatable.pods, {
          vm: 0,
          reserved: 0,
          daemonSets: overhead.pods,
          workloads: pods,
          free: allocatable.pods - overhead.pods - pods,
        }),
      ],
    };
  });
}

/**
 * A node group's nodes in each zone, in zone order, when it was planned zone by zone (its pods must
 * spread over zones); null when it was planned as one pool.
 *
 * @example nodesPerZone(group) // [2, 1, 1]
 */
export function nodesPerZone(group: Pick<NodeGroupPlan, "zones" | "fills">): number[] | null {
  if (group.zones === null) return null;
  const nodes = new Array<number>(group.zones).fill(0);
  for (const fill of group.fills) nodes[fill.zone ?? 0]! += fill.count;
  return nodes;
}
