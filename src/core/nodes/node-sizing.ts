import { allocatable, type Allocatable } from "./allocatable.js";
import { packPods, type NodeCapacity, type Packing, type PodGroup, type PodsLeft } from "../plan/bin-pack.js";
import { evenShares, zonesToPlan } from "../plan/zone-split.js";
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
  /** The packing; when the group was planned zone by zone, the zones' packings one after another. */
  readonly packing: Packing;
  /** Zones planned one by one ({@link zonesToPlan}); 1 when the group was planned as one pool. */
  readonly zones: number;
  /** The zone (0 to zones − 1) of each of the packing's patterns; null when the group was not split. */
  readonly patternZones: readonly number[] | null;
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
  | "availabilityZones"
>;

/** The DaemonSets' requests per node, and one pod slot each. */
export function daemonSetOverhead(daemonSets: readonly DaemonSet[]): DaemonSetOverhead {
  return {
    cpuMillicores: sum(daemonSets.map((daemonSet) => daemonSet.cpuMillicores)),
    memoryMiB: sum(daemonSets.map((daemonSet) => daemonSet.memoryMiB)),
    pods: daemonSets.length,
  };
}

/**
 * A workload's pods for the packer: `gpus` counts devices of `accelerator`, made node units by
 * {@link sizeWithType}; `mustSpread` is a `DoNotSchedule` zone spread.
 */
export interface WorkloadPods extends PodGroup {
  readonly accelerator: AcceleratorResource;
  readonly mustSpread: boolean;
}

/** Workloads as the packer's pod groups (keyed by workload name, `maxPerNode` from `maxPodsPerNode`). */
export function podGroupsOf(workloads: readonly Workload[]): WorkloadPods[] {
  return workloads.map((workload) => ({
    key: workload.name,
    count: workload.replicas,
    cpuMillicores: workload.cpuMillicores,
    memoryMiB: workload.memoryMiB,
    gpus: workload.gpus,
    accelerator: workload.accelerator,
    mustSpread: workload.zoneSpread?.whenUnsatisfiable === "DoNotSchedule",
    ...(workload.maxPodsPerNode === null ? {} : { maxPerNode: workload.maxPodsPerNode }),
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
  // Most pods ask no accelerator: their group serves as it is (the ranking sizes every type).
  const pods = podGroups.map((group): PodGroup => {
    const gpus = acceleratorUnits(type, group.accelerator, group.gpus ?? 0) ?? LACKING_DEVICE;
    return gpus === (group.gpus ?? 0) ? group : { ...group, gpus };
  });
  return { node, capacity, pods };
}

/**
 * No less than {@link typeCapacity}'s capacity in any dimension, found without `allocatable` (the
 * ranking bounds every type with it, and sizes only those it may plan): the catalogue's vCPUs and
 * memory times the target utilisation, less the DaemonSets, since allocatable only takes reservations,
 * eviction thresholds and VM overhead (each ≥ 0) off them; pod slots and accelerators unbounded.
 * A test checks it against `typeCapacity` for every catalogue type and several settings.
 *
 * @returns millicores, MiB, pod slots and accelerator units; null when the type's vCPUs or memory are
 *   unknown (its `typeCapacity` is null too).
 */
export function typeCapacityCeiling(
  type: InstanceType,
  settings: NodeSettings,
  overhead: DaemonSetOverhead,
): NodeCapacity | null {
  if (type.vcpu === null || type.memoryMiB === null) return null;
  const share = settings.targetUtilisationPercent / 100;
  return {
    cpuMillicores: Math.max(0, Math.floor(type.vcpu * 1000 * share) - overhead.cpuMillicores),
    memoryMiB: Math.max(0, Math.floor(type.memoryMiB * share) - overhead.memoryMiB),
    pods: Number.MAX_SAFE_INTEGER,
    gpus: Number.MAX_SAFE_INTEGER,
  };
}

/**
 * Packs pod groups onto nodes of one type with the given settings ({@link typeCapacity}), with at
 * least `minNodes` and never more than `maxNodes` nodes.
 *
 * When pods must spread over zones ({@link zonesToPlan}), the group is planned zone by zone: each zone
 * packs its even share ({@link evenShares}: the first `replicas mod zones` zones one more) of every
 * workload's replicas, and of `minNodes` and `maxNodes`. Workloads without a hard spread are split
 * the same way, as kube-scheduler's default spreading (a soft zone spread on every workload) and an
 * Auto Scaling group's balancing of its zones place them. A `maxSkew` above 1 would allow a less even
 * placement, which can need fewer nodes: the even split is then an estimate from above.
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
  const zones = zonesToPlan(settings, podGroups);
  const packing = zones === 1 ? packPods(pods, capacity, limits(settings.minNodes, settings.maxNodes)) : null;
  const split = packing === null ? packZones(pods, capacity, settings, zones) : null;
  const packed = packing ?? split!.packing;
  const leftOut = [...packed.unplaced, ...packed.beyondMaxNodes];
  return {
    type,
    node,
    capacity,
    packing: packed,
    zones,
    patternZones: split?.patternZones ?? null,
    unplacedPods: sum(leftOut.map((left) => left.count)),
  };
}

/** `packPods`' node limits. */
function limits(minNodes: number, maxNodes: number | null | undefined) {
  return { minNodes, ...(maxNodes === null || maxNodes === undefined ? {} : { maxNodes }) };
}

/** The pods packed zone by zone (see {@link sizeWithType}): one packing of the zones' patterns in zone order. */
function packZones(
  pods: readonly PodGroup[],
  capacity: NodeCapacity,
  settings: NodeSettings,
  zones: number,
): { packing: Packing; patternZones: number[] } {
  const shares = pods.map((group) => evenShares(group.count, zones));
  const minNodes = evenShares(settings.minNodes, zones);
  const maxNodes = settings.maxNodes === null ? null : evenShares(settings.maxNodes, zones);
  const patterns: Packing["patterns"][number][] = [];
  const patternZones: number[] = [];
  const unplaced = new Map<string, Packing["unplaced"][number]>();
  const beyond = new Map<string, number>();
  let nodes = 0;
  let last: { key: string; packing: Packing } | null = null;
  for (let zone = 0; zone < zones; zone++) {
    const counts = shares.map((share) => share[zone]!);
    const key = `${counts.join()}/${minNodes[zone]}/${maxNodes?.[zone]}`;
    // Zones with the same shares and limits pack alike: most of them, as the shares differ by one at most.
    const packing: Packing =
      last?.key === key
        ? last.packing
        : packPods(
            pods.map((group, index) => ({ ...group, count: counts[index]! })),
            capacity,
            limits(minNodes[zone]!, maxNodes?.[zone]),
          );
    last = { key, packing };
    for (const pattern of packing.patterns) {
      patterns.push(pattern);
      patternZones.push(zone);
    }
    nodes += packing.nodes;
    for (const group of packing.unplaced) {
      unplaced.set(group.key, { ...group, count: (unplaced.get(group.key)?.count ?? 0) + group.count });
    }
    for (const left of packing.beyondMaxNodes) beyond.set(left.key, (beyond.get(left.key) ?? 0) + left.count);
  }
  // In input order, as packPods gives them.
  const inOrder = <T extends { key: string }>(found: ReadonlyMap<string, T>): T[] =>
    pods.flatMap((group) => found.get(group.key) ?? []);
  const beyondMaxNodes = inOrder(new Map([...beyond].map(([key, count]): [string, PodsLeft] => [key, { key, count }])));
  return { packing: { patterns, nodes, unplaced: inOrder(unplaced), beyondMaxNodes }, patternZones };
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
