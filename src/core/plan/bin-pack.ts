import { fail } from "../errors.js";
import { bigPodPairBound, groupApartBound } from "./big-pod-bounds.js";
import {
  firstFitFill,
  minimumSlackFill,
  nodePatterns,
  share,
  type Fill,
  type FillCapacity,
  type FillItems,
} from "./node-fill.js";

/**
 * Identical pods: one workload's replicas. Requests per pod.
 *
 * Amounts are compared exactly as given: whole millicores and MiB (what Kubernetes quantities become)
 * pack exactly; with fractional amounts a pod can be left out of a node it would fill to within
 * floating-point rounding, never put in one it overflows.
 */
export interface PodGroup {
  /** Names the workload; unique among the groups of one call. Decides ties in the packing order. */
  readonly key: string;
  /** Replicas: a whole number ≥ 0. */
  readonly count: number;
  /** CPU request per pod, millicores (1000 = one vCPU); 0 never limits. */
  readonly cpuMillicores: number;
  /** Memory request per pod, MiB; 0 never limits. */
  readonly memoryMiB: number;
  /** GPUs per pod (`nvidia.com/gpu`), a whole number; default 0. */
  readonly gpus?: number;
  /**
   * At most this many of the group's pods on one node (required pod anti-affinity on the node's
   * hostname is 1), a whole number ≥ 1; default no limit.
   */
  readonly maxPerNode?: number;
}

/**
 * What one node offers to these pods (allocatable minus DaemonSet overhead, times target utilisation:
 * the caller computes it).
 */
export interface NodeCapacity {
  /** Millicores. */
  readonly cpuMillicores: number;
  /** MiB. */
  readonly memoryMiB: number;
  /** Pod slots left for these pods: a whole number (max pods minus DaemonSet pods). */
  readonly pods: number;
  /** GPUs, a whole number; default 0. */
  readonly gpus?: number;
}

/** `count` identical nodes, each holding `pods[i]` pods of group i (same order as the input groups). */
export interface NodePattern {
  /** How many nodes hold exactly this mix (≥ 1). */
  readonly count: number;
  /** Pods of each input group on one such node, indexed like the input groups. */
  readonly pods: readonly number[];
  /** CPU requested on one such node, millicores: Σ pods[i] × group i's request. */
  readonly cpuMillicores: number;
  /** Memory requested on one such node, MiB. */
  readonly memoryMiB: number;
  /** Pod slots taken on one such node: Σ pods[i]. */
  readonly podSlots: number;
  /** GPUs requested on one such node. */
  readonly gpus: number;
}

/** A node dimension that requests are packed against. */
export type Resource = "cpu" | "memory" | "pods" | "gpus";

/** Pods that cannot be placed because one of them is bigger than an empty node in `resource`. */
export interface Unplaced {
  /** The group's key. */
  readonly key: string;
  /** All the group's replicas: a group either fits an empty node or none of it is placed. */
  readonly count: number;
  /** The first resource the pod exceeds, checked in the order cpu, memory, gpus, pods. */
  readonly resource: Resource;
}

/** Options of {@link packPods}. */
export interface PackOptions {
  /** Keep at least this many nodes (a node group's minimum size), a whole number ≥ 0; default 0. */
  readonly minNodes?: number;
  /**
   * Never more than this many nodes (an Auto Scaling group's `maxSize`, a NodePool's node limit), a
   * whole number ≥ `minNodes`; default no limit. Pods the limit leaves out are {@link Packing.beyondMaxNodes}.
   */
  readonly maxNodes?: number;
}

/** Pods of one group that the packing left out: the group's key and how many. */
export interface PodsLeft {
  readonly key: string;
  /** Pods, a whole number ≥ 1. */
  readonly count: number;
}

/** The nodes a set of pods needs, as patterns of identical nodes. */
export interface Packing {
  /** In the order the nodes were filled; empty nodes added for `minNodes` come last, as one pattern. */
  readonly patterns: readonly NodePattern[];
  /** Σ pattern counts. */
  readonly nodes: number;
  /** Groups too big for an empty node, in input order (groups with `count` 0 never appear). */
  readonly unplaced: readonly Unplaced[];
  /**
   * Pods that fit an empty node but not in the {@link PackOptions.maxNodes} nodes, in input order:
   * the pods first-fit decreasing would have put on the nodes past the limit.
   */
  readonly beyondMaxNodes: readonly PodsLeft[];
}

/**
 * Packs pods onto identical nodes (CPU, memory, GPUs, pod slots), counting whole groups at a time
 * instead of placing pods one by one: multi-dimensional first-fit decreasing, and where that needs
 * more nodes than {@link nodeLowerBound}, the best of a few other fills.
 *
 * - Order: first the groups with a `maxPerNode`, so the nodes they need anyway take the other pods
 *   beside them (most constrained first), then the others; each by decreasing dominant share,
 *   max(cpu / node cpu, memory / node memory, gpus / node gpus) (a request of 0 has share 0); ties:
 *   larger memory, then key. Counts never change the order.
 * - Fill one node at a time: each group in that order takes as many pods as fit, min(remaining,
 *   ⌊free cpu / cpu⌋, ⌊free memory / memory⌋, ⌊free gpus / gpus⌋, free slots, `maxPerNode`); a
 *   request of 0 never limits. With identical nodes this is exactly where classic pod-by-pod FFD puts
 *   every pod.
 * - Repeat: the same fill recurs while every group in it has enough replicas left, so the node is
 *   emitted once with count min over its groups of ⌊remaining / pods on it⌋: at most 2 × groups
 *   patterns and O(groups²) work, whatever the replica counts.
 * - Better fills: when that packing uses more nodes than {@link nodeLowerBound} (first checked against
 *   the quick volume bound), first-fit decreasing by CPU share and by memory share, and a minimum bin
 *   slack fill (each node takes the largest waiting pod, then the mix that fills it best, weighted by
 *   the scarce resource: a bounded search) are tried, and the one with the fewest nodes is kept (ties:
 *   the first, so first-fit decreasing stands unless another fill saves a node). On 300 fixed mixed
 *   problems (`npm run bench`) this brings the mean of nodes / lower bound from 1.028 to 1.010.
 *
 * - Limit: with `maxNodes`, a fill that places every pod within the limit is kept; otherwise filling
 *   by first-fit decreasing stops at that many nodes (the last pattern's count is cut), and the pods
 *   still waiting are `beyondMaxNodes`, as an Auto Scaling group at `maxSize` leaves them pending.
 *
 * Guarantees: every pod is placed or reported in `unplaced` or `beyondMaxNodes`; no node exceeds the
 * capacity in any dimension, nor holds more than `maxPerNode` pods of a group; never more nodes than
 * first-fit decreasing; `nodes ≥ nodeLowerBound(groups, node)` unless `maxNodes` cut the packing (and
 * always `minNodes ≤ nodes ≤ maxNodes`). Deterministic: the input order of `groups` changes nothing
 * but the order of `pods`, `unplaced` and `beyondMaxNodes`, which follow it (keys are unique and
 * settle every tie). Not optimal (the problem is NP-hard), nor monotone: one more replica can lower
 * the node count (a different mix on an early node can save a later one).
 * Sources: Johnson, "Near-optimal bin packing algorithms" (MIT, 1973) for FFD; Gupta and Ho (1999)
 * for minimum bin slack; Kubernetes requests are the sizes (the scheduler's `NodeResourcesFit`
 * compares requests with allocatable).
 *
 * @throws {EksizeError} `invalid-option` for a negative or non-finite amount, a count, pod-slot or GPU
 *   number that is not a whole number, a `maxPerNode` that is not a whole number ≥ 1, a repeated key,
 *   a bad `minNodes`, or a `maxNodes` below it.
 * @example
 * packPods([{ key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 }],
 *          { cpuMillicores: 1930, memoryMiB: 7518, pods: 27 })
 * // { nodes: 4, unplaced: [], beyondMaxNodes: [], patterns: [
 * //   { count: 3, pods: [3], cpuMillicores: 1500, memoryMiB: 3072, podSlots: 3, gpus: 0 },
 * //   { count: 1, pods: [1], cpuMillicores: 500, memoryMiB: 1024, podSlots: 1, gpus: 0 } ] }
 */
export function packPods(groups: readonly PodGroup[], node: NodeCapacity, options: PackOptions = {}): Packing {
  validateGroups(groups);
  validateNode(node);
  const minNodes = options.minNodes ?? 0;
  if (!isWhole(minNodes)) invalid("minNodes", minNodes, WHOLE);
  const maxNodes = options.maxNodes ?? Number.POSITIVE_INFINITY;
  if (options.maxNodes !== undefined && !(isWhole(maxNodes) && maxNodes >= minNodes)) {
    invalid("maxNodes", maxNodes, "a whole number ≥ minNodes");
  }

  const placeable: number[] = [];
  const unplaced: Unplaced[] = [];
  groups.forEach((group, index) => {
    if (group.count === 0) return;
    const resource = exceededResource(group, node);
    if (resource === null) placeable.push(index);
    else unplaced.push({ key: group.key, count: group.count, resource });
  });

  const capacity: FillCapacity = {
    cpu: node.cpuMillicores,
    memory: node.memoryMiB,
    gpus: node.gpus ?? 0,
    slots: node.pods,
  };
  const itemsIn = (order: readonly number[]) => fillItems(groups, order);
  let best = firstFitFill(itemsIn(packingOrder(groups, node, placeable, dominantShare)), capacity, maxNodes)!;
  if (best.nodes > volumeLowerBound(groups, node) || best.waiting.length > 0) {
    best = betterFill(groups, node, placeable, capacity, best, maxNodes);
  }
  // Only a node limit ends a fill with pods waiting; first-fit left none of them room on the kept nodes.
  const beyondMaxNodes: PodsLeft[] = [...best.waiting]
    .sort((a, b) => a.index - b.index)
    .map(({ index, count }) => ({ key: groups[index]!.key, count }));
  const patterns = nodePatterns(best.patterns, groups.length);
  let nodes = best.nodes;
  const noPods = groups.map(() => 0);

  if (nodes < minNodes) {
    patterns.push({ count: minNodes - nodes, pods: noPods, cpuMillicores: 0, memoryMiB: 0, podSlots: 0, gpus: 0 });
    nodes = minNodes;
  }
  return { patterns, nodes, unplaced, beyondMaxNodes };
}

/**
 * A lower bound on the nodes the pods need: the largest of
 *
 * - the volume bound of each resource, ⌈total requests / node capacity⌉ (pods: ⌈total pods / slots⌉);
 * - Martello and Toth's bound L2 in each of CPU, memory and GPUs: pods larger than half a node never
 *   share one, and with them go the pods too large to fit beside the largest of the small
 *   ({@link martelloTothBound});
 * - each group's ⌈count / the most of its pods one node holds⌉ (its requests, the pod slots and its
 *   `maxPerNode`): with identical pods that is exact.
 *
 * Only pods that fit an empty node count (the others are {@link Packing.unplaced} and take no node), so
 * `packPods(groups, node).nodes` is never below it.
 * Sources: the volume bound of vector bin packing; S. Martello and P. Toth, "Lower bounds and reduction
 * procedures for the bin packing problem", Discrete Applied Mathematics 28 (1990), bound L2, taken in
 * each dimension apart (a packing of vectors is a packing in each of its dimensions).
 *
 * @returns nodes (a count); 0 without pods.
 * @throws {EksizeError} `invalid-option`, as {@link packPods}.
 * @example
 * nodeLowerBound([{ key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 }],
 *                { cpuMillicores: 1930, memoryMiB: 7518, pods: 27 })
 * // 4: a node holds 3 of the pods (⌊1930 / 500⌋), so 10 need ⌈10 / 3⌉; the volume of CPU gives only 3
 */
export function nodeLowerBound(groups: readonly PodGroup[], node: NodeCapacity): number {
  validateGroups(groups);
  validateNode(node);
  return lowerBoundOf(
    groups.filter((group) => group.count > 0 && exceededResource(group, node) === null),
    node,
  );
}

/** {@link nodeLowerBound} of groups with pods that each fit an empty node. */
function lowerBoundOf(placeable: readonly PodGroup[], node: NodeCapacity): number {
  // Pods that fit beside no other pod take a node each; the others are bounded on their own.
  const alone = placeable.filter((group) => !placeable.some((other) => canShare(group, other, node)));
  const rest = placeable.filter((group) => !alone.includes(group));
  return alone.reduce((sum, group) => sum + group.count, 0) + boundOf(rest, node);
}

/** Whether a pod of `a` and a pod of `b` fit one node together (two of `a` when they are the same group). */
function canShare(a: PodGroup, b: PodGroup, node: NodeCapacity): boolean {
  if (a === b && a.count < 2) return false;
  if (a === b && a.maxPerNode === 1) return false;
  return (
    node.pods >= 2 &&
    a.cpuMillicores + b.cpuMillicores <= node.cpuMillicores &&
    a.memoryMiB + b.memoryMiB <= node.memoryMiB &&
    (a.gpus ?? 0) + (b.gpus ?? 0) <= (node.gpus ?? 0)
  );
}

/** The largest of the volume, cardinality, per-group and L2 bounds of {@link nodeLowerBound}, for pods that all fit a node. */
function boundOf(placeable: readonly PodGroup[], node: NodeCapacity): number {
  const pods = placeable.reduce((sum, group) => sum + group.count, 0);
  let bound = Math.max(volumeLowerBound(placeable, node), nodesFor(pods, mostPodsOnANode(placeable, node)));
  const perNode = (group: PodGroup) =>
    Math.min(
      node.pods,
      group.maxPerNode ?? Number.POSITIVE_INFINITY,
      podsFitting(node.cpuMillicores, group.cpuMillicores),
      podsFitting(node.memoryMiB, group.memoryMiB),
      podsFitting(node.gpus ?? 0, group.gpus ?? 0),
    );
  for (const group of placeable) bound = Math.max(bound, Math.ceil(group.count / perNode(group)));
  for (const [size, capacity] of dimensionsOf(node)) {
    if (capacity === 0) continue;
    const items = placeable.map((group) => ({ size: size(group), count: group.count }));
    bound = Math.max(bound, martelloTothBound(items, capacity));
  }
  const fitTogether = (a: PodGroup, b: PodGroup) => canShare(a, b, node);
  return Math.max(
    bound,
    bigPodPairBound(placeable, dimensionsOf(node), fitTogether),
    groupApartBound(placeable, dimensionsOf(node), perNode, fitTogether),
  );
}

/**
 * The volume bound alone, quick to compute: max over resources of ⌈total requests / node capacity⌉
 * (pods: ⌈total pods / slots⌉), and over groups with a `maxPerNode` of ⌈count / maxPerNode⌉, of the
 * pods that fit an empty node. Never above {@link nodeLowerBound}; the ranking orders instance types
 * by it before it plans them (not part of the public index).
 *
 * @returns nodes (a count); 0 without pods.
 */
export function volumeLowerBound(groups: readonly PodGroup[], node: NodeCapacity): number {
  let cpu = 0;
  let memory = 0;
  let gpus = 0;
  let pods = 0;
  let capped = 0;
  for (const group of groups) {
    if (group.count === 0 || exceededResource(group, node) !== null) continue;
    cpu += group.count * group.cpuMillicores;
    memory += group.count * group.memoryMiB;
    gpus += group.count * (group.gpus ?? 0);
    pods += group.count;
    if (group.maxPerNode !== undefined) capped = Math.max(capped, Math.ceil(group.count / group.maxPerNode));
  }
  return Math.max(
    capped,
    nodesFor(cpu, node.cpuMillicores),
    nodesFor(memory, node.memoryMiB),
    nodesFor(gpus, node.gpus ?? 0),
    nodesFor(pods, node.pods),
  );
}

/** A node's CPU, memory and GPUs, each with the request of a pod in it. */
function dimensionsOf(node: NodeCapacity): readonly [(group: PodGroup) => number, number][] {
  return [
    [(group) => group.cpuMillicores, node.cpuMillicores],
    [(group) => group.memoryMiB, node.memoryMiB],
    [(group) => group.gpus ?? 0, node.gpus ?? 0],
  ];
}

/**
 * The most pods one node can hold, in any mix: in each of CPU, memory and GPUs, how many of the
 * smallest requests fit together, the fewest of the three. A request of 0 never limits.
 *
 * @returns pods (a count, possibly infinite when nothing is requested).
 */
function mostPodsOnANode(groups: readonly PodGroup[], node: NodeCapacity): number {
  let most = Number.POSITIVE_INFINITY;
  for (const [size, capacity] of dimensionsOf(node)) {
    let pods = 0;
    let used = 0;
    for (const group of [...groups].sort((a, b) => size(a) - size(b))) {
      const each = size(group);
      if (each === 0) {
        pods += group.count;
        continue;
      }
      const fit = Math.min(group.count, podsFitting(capacity - used, each));
      pods += fit;
      used += fit * each;
      if (fit < group.count) break;
    }
    most = Math.min(most, pods);
  }
  return most;
}

/**
 * Martello and Toth's L2 for one dimension: for each threshold α among 0 and the sizes up to half a
 * node, the items larger than C − α each need a node of their own (nothing of size ≥ α fits beside
 * them), the items in (C / 2, C − α] each need one too and leave room beside them, and the items in
 * [α, C / 2] need what their total does not fit in that room. Items are sizes with counts, all ≤ C.
 *
 * @returns nodes (a count).
 * @example martelloTothBound([{ size: 60, count: 3 }, { size: 45, count: 3 }], 100) // 3
 */
function martelloTothBound(items: readonly { size: number; count: number }[], capacity: number): number {
  const half = capacity / 2;
  const thresholds = [0, ...items.filter((item) => item.size <= half).map((item) => item.size)];
  let best = 0;
  for (const alpha of thresholds) {
    let alone = 0;
    let large = 0;
    let largeVolume = 0;
    let smallVolume = 0;
    for (const { size, count } of items) {
      if (size > capacity - alpha) alone += count;
      else if (size > half) {
        large += count;
        largeVolume += count * size;
      } else if (size >= alpha) smallVolume += count * size;
    }
    const room = large * capacity - largeVolume;
    best = Math.max(best, alone + large + nodesFor(Math.max(0, smallVolume - room), capacity));
  }
  return best;
}

/**
 * Pods too big for an empty node: the pods of the groups {@link packPods} reports as
 * {@link Packing.unplaced}, whatever else the packing does.
 *
 * @returns pods (a count).
 * @example podsLargerThanNode([{ key: "big", count: 3, cpuMillicores: 4000, memoryMiB: 64 }], { cpuMillicores: 1930, memoryMiB: 7518, pods: 27 }) // 3
 */
export function podsLargerThanNode(groups: readonly PodGroup[], node: NodeCapacity): number {
  let pods = 0;
  for (const group of groups) if (exceededResource(group, node) !== null) pods += group.count;
  return pods;
}

/**
 * Which resource binds: the one most used across the packing, highest Σ requests / (nodes × node
 * capacity). Dimensions the node lacks (capacity 0) are skipped; ties go to the first of cpu, memory,
 * gpus, pods.
 *
 * @returns the resource, or null when the packing has no nodes or its nodes hold no requests.
 * @throws {EksizeError} `invalid-option` for a bad `node`, as {@link packPods}.
 * @example
 * const node = { cpuMillicores: 1930, memoryMiB: 7518, pods: 27 }
 * bindingResource(packPods([{ key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 }], node), node)
 * // "cpu" (5000 of 4 × 1930 millicores: 65%; memory 34%, pods 9%)
 */
export function bindingResource(packing: Packing, node: NodeCapacity): Resource | null {
  validateNode(node);
  if (packing.nodes === 0) return null;
  const used: Record<Resource, number> = { cpu: 0, memory: 0, gpus: 0, pods: 0 };
  for (const pattern of packing.patterns) {
    used.cpu += pattern.count * pattern.cpuMillicores;
    used.memory += pattern.count * pattern.memoryMiB;
    used.gpus += pattern.count * pattern.gpus;
    used.pods += pattern.count * pattern.podSlots;
  }
  const capacity: Record<Resource, number> = {
    cpu: node.cpuMillicores,
    memory: node.memoryMiB,
    gpus: node.gpus ?? 0,
    pods: node.pods,
  };
  let binding: Resource | null = null;
  let highest = 0;
  for (const resource of RESOURCE_CHECK_ORDER) {
    const total = packing.nodes * capacity[resource];
    if (total === 0) continue;
    const share = used[resource] / total;
    if (share > highest) {
      highest = share;
      binding = resource;
    }
  }
  return binding;
}

/** The order in which a too-large pod's resource is named, and ties of {@link bindingResource} go. */
const RESOURCE_CHECK_ORDER: readonly Resource[] = ["cpu", "memory", "gpus", "pods"];

const NON_NEGATIVE = "a number ≥ 0";
const WHOLE = "a whole number ≥ 0";

function isWhole(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function isAmount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

function validateGroups(groups: readonly PodGroup[]): void {
  const keys = new Set<string>();
  groups.forEach((group, index) => {
    if (keys.has(group.key)) invalid(`groups[${index}].key`, group.key, "a key no other group has");
    keys.add(group.key);
    if (!isWhole(group.count)) invalid(`groups[${index}].count`, group.count, WHOLE);
    if (!isAmount(group.cpuMillicores)) invalid(`groups[${index}].cpuMillicores`, group.cpuMillicores, NON_NEGATIVE);
    if (!isAmount(group.memoryMiB)) invalid(`groups[${index}].memoryMiB`, group.memoryMiB, NON_NEGATIVE);
    if (group.gpus !== undefined && !isWhole(group.gpus)) invalid(`groups[${index}].gpus`, group.gpus, WHOLE);
    if (group.maxPerNode !== undefined && !(isWhole(group.maxPerNode) && group.maxPerNode >= 1)) {
      invalid(`groups[${index}].maxPerNode`, group.maxPerNode, "a whole number ≥ 1");
    }
  });
}

function validateNode(node: NodeCapacity): void {
  if (!isAmount(node.cpuMillicores)) invalid("node.cpuMillicores", node.cpuMillicores, NON_NEGATIVE);
  if (!isAmount(node.memoryMiB)) invalid("node.memoryMiB", node.memoryMiB, NON_NEGATIVE);
  if (!isWhole(node.pods)) invalid("node.pods", node.pods, WHOLE);
  if (node.gpus !== undefined && !isWhole(node.gpus)) invalid("node.gpus", node.gpus, WHOLE);
}

function invalid(option: string, value: unknown, expected: string): never {
  return fail("invalid-option", { option, value, expected });
}

/** The first resource in which one pod of the group exceeds an empty node, or null when it fits. */
function exceededResource(group: PodGroup, node: NodeCapacity): Resource | null {
  if (group.cpuMillicores > node.cpuMillicores) return "cpu";
  if (group.memoryMiB > node.memoryMiB) return "memory";
  if ((group.gpus ?? 0) > (node.gpus ?? 0)) return "gpus";
  if (node.pods < 1) return "pods";
  return null;
}

/** Pods of one request that fit an empty node of `capacity` (a request of 0 never limits), never rounding an exact fit down. */
function podsFitting(capacity: number, request: number): number {
  if (request === 0) return Number.POSITIVE_INFINITY;
  const pods = Math.floor(capacity / request);
  return (pods + 1) * request <= capacity ? pods + 1 : pods;
}

/**
 * The indices of the groups that fit an empty node, in first-fit-decreasing order by `size`: a
 * `maxPerNode` first, size ↓, memory ↓, key ↑ (keys are unique, so the order is total and the input
 * order never matters).
 */
function packingOrder(
  groups: readonly PodGroup[],
  node: NodeCapacity,
  placeable: readonly number[],
  size: (group: PodGroup, node: NodeCapacity) => number,
): number[] {
  const capped = groups.map(({ maxPerNode }) => (maxPerNode === undefined ? 0 : 1));
  const sizes = groups.map((group) => size(group, node));
  return [...placeable].sort(
    (a, b) =>
      compareDescending(capped[a]!, capped[b]!) ||
      compareDescending(sizes[a]!, sizes[b]!) ||
      compareDescending(groups[a]!.memoryMiB, groups[b]!.memoryMiB) ||
      compareDescending(groups[b]!.key, groups[a]!.key),
  );
}

/** A pod's dominant share of a node: max(cpu / node cpu, memory / node memory, gpus / node gpus). */
function dominantShare(group: PodGroup, node: NodeCapacity): number {
  return Math.max(cpuShare(group, node), memoryShare(group, node), share(group.gpus ?? 0, node.gpus ?? 0));
}

/** A pod's share of a node's CPU. */
function cpuShare(group: PodGroup, node: NodeCapacity): number {
  return share(group.cpuMillicores, node.cpuMillicores);
}

/** A pod's share of a node's memory. */
function memoryShare(group: PodGroup, node: NodeCapacity): number {
  return share(group.memoryMiB, node.memoryMiB);
}

/** The groups at `order`, as the fills take them. */
function fillItems(groups: readonly PodGroup[], order: readonly number[]): FillItems {
  const pick = (value: (group: PodGroup) => number) => order.map((index) => value(groups[index]!));
  return {
    inputIndex: order,
    count: pick((group) => group.count),
    cpu: pick((group) => group.cpuMillicores),
    memory: pick((group) => group.memoryMiB),
    gpus: pick((group) => group.gpus ?? 0),
    cap: pick((group) => group.maxPerNode ?? Number.POSITIVE_INFINITY),
  };
}

/** Steps of the minimum-slack search for one packing, spread over its nodes (see {@link betterFill}). */
const STEPS_PER_FILL = 20_000;
/** The fewest search steps for one node's mix: a short search beyond the first-fit path. */
const LEAST_STEPS_PER_NODE = 20;
/** The most search steps for one node's mix. */
const MOST_STEPS_PER_NODE = 2_000;

/**
 * When first-fit decreasing needs more nodes than {@link nodeLowerBound}, or leaves pods beyond
 * `maxNodes`, the other fills {@link packPods} tries, in turn: first-fit decreasing by CPU share, then
 * by memory share, then minimum bin slack ({@link minimumSlackFill}) with each resource weighted by
 * how many nodes' worth of it the pods ask in all (the scarce resource counts most), the groups taken
 * by that weighted size. A fill replaces the best so far only with fewer nodes (a fill that places
 * every pod within `maxNodes` beats one that leaves some out); each stops as soon as it cannot, and
 * none runs once the best meets the bound. The minimum-slack search gets {@link STEPS_PER_FILL} steps
 * spread over the bound's nodes, within {@link LEAST_STEPS_PER_NODE}…{@link MOST_STEPS_PER_NODE} per
 * node: a thorough search for a few nodes, a short one for hundreds, so a ranking that packs every
 * instance type stays fast.
 */
function betterFill(
  groups: readonly PodGroup[],
  node: NodeCapacity,
  placeable: readonly number[],
  capacity: FillCapacity,
  firstFit: Fill,
  maxNodes: number,
): Fill {
  const bound = lowerBoundOf(
    placeable.map((index) => groups[index]!),
    node,
  );
  if (bound > maxNodes) return firstFit;
  const demand = { cpu: 0, memory: 0, gpus: 0 };
  for (const index of placeable) {
    const group = groups[index]!;
    demand.cpu += group.count * share(group.cpuMillicores, capacity.cpu);
    demand.memory += group.count * share(group.memoryMiB, capacity.memory);
    demand.gpus += group.count * share(group.gpus ?? 0, capacity.gpus);
  }
  const itemsBy = (size: (group: PodGroup, node: NodeCapacity) => number) =>
    fillItems(groups, packingOrder(groups, node, placeable, size));
  const demandShare = (group: PodGroup) =>
    demand.cpu * share(group.cpuMillicores, capacity.cpu) +
    demand.memory * share(group.memoryMiB, capacity.memory) +
    demand.gpus * share(group.gpus ?? 0, capacity.gpus);
  const steps = Math.min(
    MOST_STEPS_PER_NODE,
    Math.max(LEAST_STEPS_PER_NODE, Math.floor(STEPS_PER_FILL / Math.max(1, bound))),
  );
  const others: readonly ((giveUpAt: number) => Fill | null)[] = [
    (giveUpAt) => firstFitFill(itemsBy(cpuShare), capacity, maxNodes, giveUpAt),
    (giveUpAt) => firstFitFill(itemsBy(memoryShare), capacity, maxNodes, giveUpAt),
    (giveUpAt) => minimumSlackFill(itemsBy(demandShare), capacity, demand, steps, giveUpAt),
  ];
  let best = firstFit;
  for (const fill of others) {
    const complete = best.waiting.length === 0;
    if (complete && best.nodes <= bound) break;
    const giveUpAt = complete ? best.nodes - 1 : maxNodes;
    const other = fill(giveUpAt);
    if (other !== null && other.waiting.length === 0 && other.nodes <= giveUpAt) best = other;
  }
  return best;
}

function compareDescending<T extends number | string>(a: T, b: T): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** ⌈total / capacity⌉, without rounding noise pushing an exact fit one node up; 0 when nothing is asked. */
function nodesFor(total: number, capacity: number): number {
  if (total === 0 || capacity === 0) return 0;
  const nodes = Math.ceil(total / capacity);
  return nodes > 0 && (nodes - 1) * capacity >= total ? nodes - 1 : nodes;
}
