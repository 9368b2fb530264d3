import type { BoundOption } from "./cost-lower-bound.js";

/** One node of a mix under construction: its option and the pods on it, with what they use. */
export interface MixNode {
  /** Index into the options. */
  option: number;
  /** Pods of each group on the node, indexed like the groups. */
  readonly pods: number[];
  /** Millicores requested. */
  cpu: number;
  /** MiB requested. */
  memory: number;
  /** GPUs requested (the option's units). */
  gpus: number;
  /** Pod slots taken. */
  slots: number;
}

/** An empty node of option `option`, for `groups` groups. */
export function emptyNode(option: number, groups: number): MixNode {
  return { option, pods: new Array<number>(groups).fill(0), cpu: 0, memory: 0, gpus: 0, slots: 0 };
}

/** Pods of `group` that still fit `node`, no more than the group's `maxPerNode` in all. */
export function roomFor(options: readonly BoundOption[], node: MixNode, group: number): number {
  const option = options[node.option]!;
  const pod = option.pods[group]!;
  const { capacity } = option;
  return Math.max(
    0,
    Math.min(
      capacity.pods - node.slots,
      (pod.maxPerNode ?? Number.POSITIVE_INFINITY) - node.pods[group]!,
      fitting(capacity.cpuMillicores - node.cpu, pod.cpuMillicores),
      fitting(capacity.memoryMiB - node.memory, pod.memoryMiB),
      fitting((capacity.gpus ?? 0) - node.gpus, pod.gpus ?? 0),
    ),
  );
}

/**
 * Whether one more pod of `group` fits `node`: {@link roomFor} ≥ 1, checked resource by resource and
 * stopping at the first that fails (the search asks it for every node, for every pod it places).
 */
export function fitsOne(options: readonly BoundOption[], node: MixNode, group: number): boolean {
  const { capacity, pods } = options[node.option]!;
  const pod = pods[group]!;
  const gpus = pod.gpus ?? 0;
  return (
    node.slots < capacity.pods &&
    (pod.maxPerNode === undefined || node.pods[group]! < pod.maxPerNode) &&
    (pod.cpuMillicores === 0 || (capacity.cpuMillicores - node.cpu) / pod.cpuMillicores >= 1) &&
    (pod.memoryMiB === 0 || (capacity.memoryMiB - node.memory) / pod.memoryMiB >= 1) &&
    (gpus === 0 || ((capacity.gpus ?? 0) - node.gpus) / gpus >= 1)
  );
}

/** Adds `count` pods of `group` to `node` (negative takes them off); the caller checked they fit. */
export function addPods(options: readonly BoundOption[], node: MixNode, group: number, count: number): void {
  const pod = options[node.option]!.pods[group]!;
  node.pods[group] = node.pods[group]! + count;
  node.cpu += count * pod.cpuMillicores;
  node.memory += count * pod.memoryMiB;
  node.gpus += count * (pod.gpus ?? 0);
  node.slots += count;
}

/** The node's pods on an empty node of `option` instead, or null when they do not all fit it. */
export function moveTo(options: readonly BoundOption[], node: MixNode, option: number): MixNode | null {
  const moved = emptyNode(option, node.pods.length);
  for (let group = 0; group < node.pods.length; group += 1) {
    const count = node.pods[group]!;
    if (count === 0) continue;
    if (roomFor(options, moved, group) < count) return null;
    addPods(options, moved, group, count);
  }
  return moved;
}

/** The largest share of the node's capacity its pods use in any dimension, 0–1. */
export function fill(options: readonly BoundOption[], node: MixNode): number {
  const { capacity } = options[node.option]!;
  return Math.max(
    share(node.cpu, capacity.cpuMillicores),
    share(node.memory, capacity.memoryMiB),
    share(node.gpus, capacity.gpus ?? 0),
    share(node.slots, capacity.pods),
  );
}

function share(used: number, size: number): number {
  return size > 0 ? used / size : 0;
}

/** Whole pods of one request that fit in `free`; a request of 0 never limits. */
function fitting(free: number, request: number): number {
  return request === 0 ? Number.POSITIVE_INFINITY : Math.floor(free / request);
}
