import type { NodePattern } from "./bin-pack.js";

/**
 * The pod groups one packing places, in the order it takes them, as parallel arrays (internal to
 * `packPods`). Requests per pod: millicores, MiB, GPUs; `cap` is the group's `maxPerNode` (+∞ without).
 * Plain arrays, not typed arrays: a packing makes dozens of these short arrays, and V8 keeps a typed
 * array over 64 bytes outside its heap, dearer to allocate and collect (ranking every type for
 * 10,000 pods took 5–10% less CPU time with plain arrays, three runs each under load).
 */
export interface FillItems {
  /** Index of each group among the caller's groups (the patterns' `pods` are indexed by it). */
  readonly inputIndex: readonly number[];
  /** Replicas to place. */
  readonly count: readonly number[];
  readonly cpu: readonly number[];
  readonly memory: readonly number[];
  readonly gpus: readonly number[];
  readonly cap: readonly number[];
}

/** What one node offers: millicores, MiB, GPUs and pod slots. */
export interface FillCapacity {
  readonly cpu: number;
  readonly memory: number;
  readonly gpus: number;
  readonly slots: number;
}

/**
 * `count` identical nodes of a fill, compactly: only the groups on them (`groups[i]`, the caller's
 * group index, holds `pods[i]` pods on each node). {@link nodePatterns} makes them `NodePattern`s:
 * only the fill kept pays for arrays as long as the caller's groups.
 */
export interface FillPattern {
  readonly count: number;
  readonly groups: readonly number[];
  readonly pods: readonly number[];
  readonly cpuMillicores: number;
  readonly memoryMiB: number;
  readonly podSlots: number;
  readonly gpus: number;
}

/** Nodes filled one pattern at a time, and the pods a node limit left waiting (caller's group index, count). */
export interface Fill {
  readonly patterns: FillPattern[];
  /** Σ pattern counts. */
  readonly nodes: number;
  readonly waiting: readonly { readonly index: number; readonly count: number }[];
}

/** A fill's patterns as `NodePattern`s: pods of every one of the caller's `groupCount` groups on each node. */
export function nodePatterns(patterns: readonly FillPattern[], groupCount: number): NodePattern[] {
  return patterns.map(({ count, groups, pods, cpuMillicores, memoryMiB, podSlots, gpus }) => {
    const all = new Array<number>(groupCount).fill(0);
    groups.forEach((group, index) => (all[group] = pods[index]!));
    return { count, pods: all, cpuMillicores, memoryMiB, podSlots, gpus };
  });
}

/**
 * First fit in the order of `items`, counted per group: each node takes, group by group, as many pods
 * as fit (`min(left, ⌊free / request⌋, free slots, cap)`; a request of 0 never limits), and the same
 * mix repeats while every group in it has enough replicas left. With identical nodes this is where
 * pod-by-pod first fit puts every pod (a node only gets fuller, so a pod it rejected stays rejected).
 * Stops at `maxNodes` nodes (the last pattern's count cut), and gives up (null) once the nodes reach
 * `giveUpAt` with pods still waiting. Every group must fit an empty node.
 */
export function firstFitFill(
  items: FillItems,
  capacity: FillCapacity,
  maxNodes: number,
  giveUpAt = Number.POSITIVE_INFINITY,
): Fill | null {
  const { cpu: capCpu, memory: capMemory, gpus: capGpus, slots: capSlots } = capacity;
  // The groups still waiting, compacted as they run out.
  const waiting = items.count.length;
  const inputIndex = items.inputIndex.slice();
  const left = items.count.slice();
  const cpuEach = items.cpu.slice();
  const memoryEach = items.memory.slice();
  const gpusEach = items.gpus.slice();
  const capEach = items.cap.slice();
  const taken = new Array<number>(waiting).fill(0);
  let active = waiting;

  const patterns: FillPattern[] = [];
  let nodes = 0;
  while (active > 0 && nodes < maxNodes) {
    if (nodes >= giveUpAt) return null;
    let cpu = 0;
    let memory = 0;
    let gpus = 0;
    let slots = 0;
    taken.fill(0, 0, active);
    for (let k = 0; k < active && slots < capSlots; k++) {
      const podCpu = cpuEach[k]!;
      const podMemory = memoryEach[k]!;
      const podGpus = gpusEach[k]!;
      if (cpu + podCpu > capCpu || memory + podMemory > capMemory || gpus + podGpus > capGpus) continue;
      const take = podsThatFit(
        Math.min(left[k]!, capEach[k]!, capSlots - slots),
        { cpu: capCpu - cpu, memory: capMemory - memory, gpus: capGpus - gpus },
        { cpu, memory, gpus },
        { cpu: podCpu, memory: podMemory, gpus: podGpus },
        capacity,
      );
      taken[k] = take;
      cpu += take * podCpu;
      memory += take * podMemory;
      gpus += take * podGpus;
      slots += take;
    }

    // The first waiting group fits an empty node, so every fill places at least one pod.
    let count = Number.POSITIVE_INFINITY;
    for (let k = 0; k < active; k++) {
      const onNode = taken[k]!;
      if (onNode > 0) count = Math.min(count, Math.floor(left[k]! / onNode));
    }
    count = Math.min(count, maxNodes - nodes);
    const onNode: number[] = [];
    const pods: number[] = [];
    let kept = 0;
    for (let k = 0; k < active; k++) {
      if (taken[k]! > 0) {
        onNode.push(inputIndex[k]!);
        pods.push(taken[k]!);
      }
      const rest = left[k]! - count * taken[k]!;
      if (rest === 0) continue;
      inputIndex[kept] = inputIndex[k]!;
      left[kept] = rest;
      cpuEach[kept] = cpuEach[k]!;
      memoryEach[kept] = memoryEach[k]!;
      gpusEach[kept] = gpusEach[k]!;
      capEach[kept] = capEach[k]!;
      kept += 1;
    }
    active = kept;
    patterns.push({ count, groups: onNode, pods, cpuMillicores: cpu, memoryMiB: memory, podSlots: slots, gpus });
    nodes += count;
  }
  return {
    patterns,
    nodes,
    waiting: Array.from({ length: active }, (_, k) => ({ index: inputIndex[k]!, count: left[k]! })),
  };
}

/**
 * Minimum bin slack, counted per group (after Gupta and Ho, "A new heuristic algorithm for the
 * one-dimensional bin-packing problem", Production Planning & Control 10 (1999), in its variant that
 * keeps the largest waiting item in the bin): each node takes one pod of the first waiting group in
 * the order of `items`, then the mix of waiting pods that leaves it least slack, measured as the
 * requests weighted by `weights` (per unit of node capacity), found by a depth-first search that
 * tries more pods of earlier groups first and stops after `stepsPerNode` steps (ties: the first
 * found; with few steps it is first fit with the first pod fixed). The mix repeats while every group in it has enough replicas left. Gives up (null) once the
 * nodes reach `giveUpAt` with pods still waiting. Every group must fit an empty node.
 */
export function minimumSlackFill(
  items: FillItems,
  capacity: FillCapacity,
  weights: { readonly cpu: number; readonly memory: number; readonly gpus: number },
  stepsPerNode: number,
  giveUpAt = Number.POSITIVE_INFINITY,
): Fill | null {
  const { cpu: capCpu, memory: capMemory, gpus: capGpus, slots: capSlots } = capacity;
  const n = items.count.length;
  const left = items.count.slice();
  const value = items.cpu.map(
    (podCpu, k) =>
      weights.cpu * share(podCpu, capCpu) +
      weights.memory * share(items.memory[k]!, capMemory) +
      weights.gpus * share(items.gpus[k]!, capGpus),
  );
  const take = new Array<number>(n).fill(0);
  const best = new Array<number>(n).fill(0);
  const patterns: FillPattern[] = [];
  let nodes = 0;
  let active = Array.from({ length: n }, (_, k) => k).filter((k) => left[k]! > 0);
  while (active.length > 0) {
    if (nodes >= giveUpAt) return null;
    const first = active[0]!;
    take.fill(0);
    take[first] = 1;
    let bestValue = -1;
    let bestUse = { cpu: 0, memory: 0, gpus: 0, slots: 0 };
    let steps = stepsPerNode;
    const search = (from: number, cpu: number, memory: number, gpus: number, slots: number, worth: number): void => {
      if (worth > bestValue) {
        bestValue = worth;
        for (const k of active) best[k] = take[k]!;
        bestUse = { cpu, memory, gpus, slots };
      }
      for (let a = from; a < active.length && steps > 0; a++) {
        const k = active[a]!;
        const podCpu = items.cpu[k]!;
        const podMemory = items.memory[k]!;
        const podGpus = items.gpus[k]!;
        if (cpu + podCpu > capCpu || memory + podMemory > capMemory || gpus + podGpus > capGpus) continue;
        const most = podsThatFit(
          Math.min(left[k]! - take[k]!, items.cap[k]! - take[k]!, capSlots - slots),
          { cpu: capCpu - cpu, memory: capMemory - memory, gpus: capGpus - gpus },
          { cpu, memory, gpus },
          { cpu: podCpu, memory: podMemory, gpus: podGpus },
          capacity,
        );
        for (let more = most; more >= 1 && steps > 0; more--) {
          steps -= 1;
          take[k] = take[k]! + more;
          search(
            a + 1,
            cpu + more * podCpu,
            memory + more * podMemory,
            gpus + more * podGpus,
            slots + more,
            worth + more * value[k]!,
          );
          take[k] = take[k] - more;
        }
      }
    };
    search(0, items.cpu[first]!, items.memory[first]!, items.gpus[first]!, 1, value[first]!);

    let count = Number.POSITIVE_INFINITY;
    for (const k of active) if (best[k]! > 0) count = Math.min(count, Math.floor(left[k]! / best[k]!));
    const onNode: number[] = [];
    const pods: number[] = [];
    for (const k of active) {
      if (best[k]! === 0) continue;
      onNode.push(items.inputIndex[k]!);
      pods.push(best[k]!);
      left[k] = left[k]! - count * best[k]!;
    }
    active = active.filter((k) => left[k]! > 0);
    patterns.push({
      count,
      groups: onNode,
      pods,
      cpuMillicores: bestUse.cpu,
      memoryMiB: bestUse.memory,
      podSlots: bestUse.slots,
      gpus: bestUse.gpus,
    });
    nodes += count;
  }
  return { patterns, nodes, waiting: [] };
}

/**
 * How many more pods of one request fit beside `used`: at most `most`, and ⌊free / request⌋ in each
 * resource (a request of 0 never limits), lowered where that rounds up across a boundary with
 * fractional amounts, so a node is never overfilled.
 */
function podsThatFit(
  most: number,
  free: { cpu: number; memory: number; gpus: number },
  used: { cpu: number; memory: number; gpus: number },
  pod: { cpu: number; memory: number; gpus: number },
  capacity: FillCapacity,
): number {
  let pods = Math.min(most, fitting(free.cpu, pod.cpu), fitting(free.memory, pod.memory), fitting(free.gpus, pod.gpus));
  while (
    pods > 0 &&
    (used.cpu + pods * pod.cpu > capacity.cpu ||
      used.memory + pods * pod.memory > capacity.memory ||
      used.gpus + pods * pod.gpus > capacity.gpus)
  ) {
    pods -= 1;
  }
  return Math.max(0, pods);
}

/** Pods of one request that fit in `free`; a request of 0 never limits. */
function fitting(free: number, request: number): number {
  return request === 0 ? Number.POSITIVE_INFINITY : Math.floor(free / request);
}

/** A request's share of a node dimension; 0 for no request or a dimension the node lacks. */
export function share(request: number, capacity: number): number {
  return request === 0 || capacity === 0 ? 0 : request / capacity;
}
