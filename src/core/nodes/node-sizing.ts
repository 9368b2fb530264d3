import { allocatable, type Allocatable } from "./allocatable.js";
import { packPods, type NodeCapacity, type Packing, type PodGroup } from "../plan/bin-pack.js";
import { EksizeError } from "../errors.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { acceleratorUnits, nodeAcceleratorUnits, type AcceleratorResource } from "../catalog/accelerators.js";
import type { DaemonSet, NodeGroup, Workload } from "../scenario/scenario.js";

/** What the DaemonSets take from every node: their requests and one pod slot each. */
export interface DaemonSetOverhead {
  /** Millicores. */
  readonly cpuMillicores: number;
  /** MiB. */
  readonly memoryMiB: number;
  /** Pod slots: one per DaemonSet. */
  readonly pods: number;
}

/** Shares of a node group's allocatable that its pods request, DaemonSets included: 0 to 1. */
export interface Utilisation {
  readonly cpu: number;
  readonly memory: number;
  readonly pods: number;
}

/** A node group's workloads packed onto nodes of one instance type. */
export interface SizedNodeGroup {
  readonly type: InstanceType;
  /** Allocatable of one node with the group's settings. */
  readonly node: Allocatable;
  /** What one node offers the workloads: allocatable × target utilisation − DaemonSets. */
  readonly capacity: NodeCapacity;
  readonly packing: Packing;
  /** Pods that no node of the type can hold, or that the group's `maxNodes` leaves out. */
  readonly unplacedPods: number;
}

/** The node settings a sizing reads: a node group's, or the defaults of `allocatable`. */
export type NodeSettings = Pick<
  NodeGroup,
  | "profile"
  | "network"
  | "maxPods"
  | "vmMemoryOverheadPercent"
  | "rootVolume"
  | "targetUtilisationPercent"
  | "minNodes"
  | "maxNodes"
>;

/** The DaemonSets' requests per node, and one pod slot each. */
export function daemonSetOverhead(daemonSets: readonly DaemonSet[]): DaemonSetOverhead {
  return {
    cpuMillicores: sum(daemonSets.map((daemonSet) => daemonSet.cpuMillicores)),
    memoryMiB: sum(daemonSets.map((daemonSet) => daemonSet.memoryMiB)),
    pods: daemonSets.length,
  };
}

/** A workload's pods for the packer: `gpus` counts devices of `accelerator`, made node units by {@link sizeWithType}. */
export interface WorkloadPods extends PodGroup {
  readonly accelerator: AcceleratorResource;
}

/** Workloads as the packer's pod groups (keyed by workload name). */
export function podGroupsOf(workloads: readonly Workload[]): WorkloadPods[] {
  return workloads.map((workload) => ({
    key: workload.name,
    count: workload.replicas,
    cpuMillicores: workload.cpuMillicores,
    memoryMiB: workload.memoryMiB,
    gpus: workload.gpus,
    accelerator: workload.accelerator,
  }));
}

/**
 * What a pod that needs a device the type lacks asks of the packer's accelerator dimension: more than
 * any node has, so the packer reports it as exceeding a node in `gpus`.
 */
const LACKING_DEVICE = Number.MAX_SAFE_INTEGER;

/** One node of a type with a node group's settings, and the pod groups in its units: what packing reads. */
export interface TypeCapacity {
  /** Allocatable of one node. */
  readonly node: Allocatable;
  /** What one node offers the workloads: allocatable × target utilisation − DaemonSets. */
  readonly capacity: NodeCapacity;
  /** The pod groups with their accelerators in the type's units (`acceleratorUnits`). */
  readonly pods: readonly PodGroup[];
}

/**
 * What one node of the type offers pods with the given settings: its `allocatable` (profile, CNI, max
 * pods, root volume) times the target utilisation, less the DaemonSets, and its accelerators in the
 * units of `nodeAcceleratorUnits` (GPUs, or NeuronCores); the pod groups' accelerators are counted in
 * the same units (`acceleratorUnits`), and a pod whose kind the type lacks asks more than any node has.
 *
 * @returns null when the settings cannot apply to the type (unknown size, an unsupported CNI mode).
 */
export function typeCapacity(
  type: InstanceType,
  settings: NodeSettings,
  overhead: DaemonSetOverhead,
  podGroups: readonly WorkloadPods[],
): TypeCapacity | null {
  let node: Allocatable;
  try {
    node = allocatable(type, {
      profile: settings.profile,
      network: settings.network,
      ...(settings.maxPods === null ? {} : { maxPods: settings.maxPods }),
      ...(settings.vmMemoryOverheadPercent === null
        ? {}
        : { vmMemoryOverheadPercent: settings.vmMemoryOverheadPercent }),
      rootVolumeGiB: settings.rootVolume.sizeGiB,
    });
  } catch (error) {
    if (error instanceof EksizeError) return null;
    throw error;
  }
  const share = settings.targetUtilisationPercent / 100;
  const capacity: NodeCapacity = {
    cpuMillicores: Math.max(0, Math.floor(node.cpuMillicores * share) - overhead.cpuMillicores),
    memoryMiB: Math.max(0, Math.floor(node.memoryMiB * share) - overhead.memoryMiB),
    pods: Math.max(0, node.pods - overhead.pods),
    gpus: nodeAcceleratorUnits(type),
  };
  const pods = podGroups.map(({ accelerator, ...group }): PodGroup => ({
    ...group,
    gpus: acceleratorUnits(type, accelerator, group.gpus ?? 0) ?? LACKING_DEVICE,
  }));
  return { node, capacity, pods };
}

/**
 * Packs pod groups onto nodes of one type with the given settings ({@link typeCapacity}), with at
 * least `minNodes` and never more than `maxNodes` nodes.
 *
 * @returns null when the settings cannot apply to the type (unknown size, an unsupported CNI mode).
 */
export function sizeWithType(
  type: InstanceType,
  settings: NodeSettings,
  overhead: DaemonSetOverhead,
  podGroups: readonly WorkloadPods[],
): SizedNodeGroup | null {
  const fit = typeCapacity(type, settings, overhead, podGroups);
  if (fit === null) return null;
  const { node, capacity, pods } = fit;
  const packing = packPods(pods, capacity, {
    minNodes: settings.minNodes,
    ...(settings.maxNodes === null ? {} : { maxNodes: settings.maxNodes }),
  });
  const leftOut = [...packing.unplaced, ...packing.beyondMaxNodes];
  return { type, node, capacity, packing, unplacedPods: sum(leftOut.map((pods) => pods.count)) };
}

/** Requested share of allocatable over all the nodes of a sizing, DaemonSets included. */
export function utilisationOf(sized: SizedNodeGroup, overhead: DaemonSetOverhead): Utilisation {
  const { packing, node } = sized;
  const nodes = packing.nodes;
  const requested = (pick: (pattern: Packing["patterns"][number]) => number, perNode: number) =>
    sum(packing.patterns.map((pattern) => pattern.count * pick(pattern))) + perNode * nodes;
  return {
    cpu: ratio(
      requested((pattern) => pattern.cpuMillicores, overhead.cpuMillicores),
      node.cpuMillicores * nodes,
    ),
    memory: ratio(
      requested((pattern) => pattern.memoryMiB, overhead.memoryMiB),
      node.memoryMiB * nodes,
    ),
    pods: ratio(
      requested((pattern) => pattern.podSlots, overhead.pods),
      node.pods * nodes,
    ),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
