import type { NodeCapacity, PodGroup } from "./bin-pack.js";

/** An instance type a NodePool may launch, as {@link launchNodeClaims} reads it. */
export interface LaunchOption {
  /** EC2 name; settles ties in price. */
  readonly name: string;
  /** What one node of the type offers the pods (allocatable × target utilisation − DaemonSets). */
  readonly capacity: NodeCapacity;
  /** The pod groups in the type's units (accelerators differ by type), in the same order as every option's. */
  readonly pods: readonly PodGroup[];
  /** USD per hour of one node at the NodePool's capacity type: what Karpenter and EC2 rank by. */
  readonly usdPerHour: number;
}

/** `count` identical nodes of one type, each holding `pods[i]` pods of group i (the input order). */
export interface LaunchedNodes {
  /** Index into the options. */
  readonly option: number;
  readonly count: number;
  /** Pods of each group on one such node, indexed like the groups. */
  readonly pods: readonly number[];
}

/** Options of {@link launchNodeClaims}. */
export interface LaunchSettings {
  /**
   * The NodePool's `minValues` on instance types: a NodeClaim keeps at least this many types that can
   * hold its pods (1–50); 1 when the NodePool sets none.
   */
  readonly minValues: number;
  /** The NodePool's node limit (`limits.nodes`); null for none. */
  readonly maxNodes: number | null;
}

/** What {@link launchNodeClaims} launches, and the pods it cannot. */
export interface Launch {
  /** Node patterns in launch order. */
  readonly nodes: readonly LaunchedNodes[];
  /** Pods of each group (input order) that no option can hold, even alone on an empty node. */
  readonly tooLarge: readonly number[];
  /** Pods of each group (input order) left pending because the node limit was reached. */
  readonly beyondMaxNodes: readonly number[];
}

/**
 * The nodes Karpenter launches for pending pods of one NodePool, as its scheduler does
 * (kubernetes-sigs/karpenter `pkg/controllers/provisioning/scheduling`: `queue.go`, `nodeclaim.go`;
 * aws/karpenter-provider-aws `pkg/providers/instance`):
 *
 * 1. Pods are taken largest first: CPU request descending, then memory (`byCPUAndMemoryDescending`),
 *    then name.
 * 2. A NodeClaim starts with every type of the NodePool that can hold its first pod, and takes pods
 *    while at least `minValues` of its types (1 without `minValues`; as many as can hold one such pod
 *    when fewer can, where Karpenter would leave the pod pending) can still hold all of them; each
 *    pod narrows the types to those that can. A pod that fits no type of the claim waits for the next,
 *    as does a pod of a group whose `maxPerNode` (required anti-affinity on the hostname, or a
 *    per-node maximum) the claim already holds.
 * 3. The claim is launched as the cheapest of its remaining types at the capacity type's price (the
 *    provider keeps the 60 cheapest, and EC2 Fleet's `lowest-price` on-demand strategy picks the
 *    cheapest; for Spot, `price-capacity-optimized` also weighs pool depth, which no price list
 *    shows, so this is the cheapest Spot type), ties by name.
 *
 * Pods are counted by group, not one by one: a claim takes as many pods of a group as the
 * `minValues`-th most roomy type can hold, and a claim that would be filled the same way again is
 * emitted once with a count, as `packPods` does. So claims grow until the roomiest types are full:
 * Karpenter launches large nodes for a large batch of pods.
 *
 * @param groups pods by workload (keys unique, counts whole); every option's `pods` lists the same groups in the same order.
 * @example
 * // 10 pods of 1 vCPU and 1 GiB; m5.large (2 vCPU) and m5.xlarge (4 vCPU) allowed: Karpenter fills
 * // claims to the m5.xlarge and launches 3 of them, then an m5.large for the last pod.
 */
export function launchNodeClaims(
  groups: readonly PodGroup[],
  options: readonly LaunchOption[],
  settings: LaunchSettings,
): Launch {
  const left = groups.map((group) => group.count);
  const tooLarge = groups.map(() => 0);
  groups.forEach((group, index) => {
    if (group.count > 0 && !options.some((option) => fitsEmpty(option, index))) {
      tooLarge[index] = group.count;
      left[index] = 0;
    }
  });
  const order = groups
    .map((_, index) => index)
    .sort(
      (a, b) =>
        groups[b]!.cpuMillicores - groups[a]!.cpuMillicores ||
        groups[b]!.memoryMiB - groups[a]!.memoryMiB ||
        (groups[a]!.key < groups[b]!.key ? -1 : 1),
    );
  const required = Math.max(1, settings.minValues);
  const limit = settings.maxNodes ?? Number.POSITIVE_INFINITY;
  const nodes: LaunchedNodes[] = [];
  let launched = 0;

  while (launched < limit && left.some((count) => count > 0)) {
    const claim = fillClaim(groups, options, order, left, required);
    if (claim === null) break;
    let count = limit - launched;
    claim.pods.forEach((pods, index) => {
      if (pods > 0) count = Math.min(count, Math.floor(left[index]! / pods));
    });
    claim.pods.forEach((pods, index) => {
      left[index] = left[index]! - pods * count;
    });
    nodes.push({ option: claim.option, count, pods: claim.pods });
    launched += count;
  }
  return { nodes, tooLarge, beyondMaxNodes: left };
}

/** One NodeClaim filled from the pods still pending, and the type it launches as; null when no pod fits any type. */
function fillClaim(
  groups: readonly PodGroup[],
  options: readonly LaunchOption[],
  order: readonly number[],
  left: readonly number[],
  required: number,
): { option: number; pods: number[] } | null {
  let candidates = options.map((_, index) => index);
  const pods = groups.map(() => 0);
  const used = options.map(() => ({ cpu: 0, memory: 0, gpus: 0, slots: 0 }));
  let placed = 0;
  for (const group of order) {
    if (left[group]! === 0) continue;
    const room = candidates.map((option) => Math.min(left[group]!, roomFor(options[option]!, group, used[option]!)));
    // The claim keeps `required` types that hold its pods (as many as hold one pod, when fewer do).
    const keep = Math.min(required, room.filter((pods) => pods > 0).length);
    const take = keep === 0 ? 0 : [...room].sort((a, b) => b - a)[keep - 1]!;
    if (take === 0) continue;
    candidates = candidates.filter((_, at) => room[at]! >= take);
    for (const option of candidates) {
      const units = options[option]!.pods[group]!;
      const use = used[option]!;
      use.cpu += take * units.cpuMillicores;
      use.memory += take * units.memoryMiB;
      use.gpus += take * (units.gpus ?? 0);
      use.slots += take;
    }
    pods[group] = take;
    placed += take;
  }
  if (placed === 0) return null;
  const cheapest = candidates.reduce((best, option) => (cheaper(options[option]!, options[best]!) ? option : best));
  return { option: cheapest, pods };
}

/** Pods of `group` that still fit a node of `option` with `used` taken, no more than the group's `maxPerNode`. */
function roomFor(
  option: Pick<LaunchOption, "capacity" | "pods">,
  group: number,
  used: { cpu: number; memory: number; gpus: number; slots: number },
): number {
  const pod = option.pods[group]!;
  const { capacity } = option;
  return Math.max(
    0,
    Math.min(
      capacity.pods - used.slots,
      // A claim takes each group once, so its own pods on the node are still 0 here.
      pod.maxPerNode ?? Number.POSITIVE_INFINITY,
      fitting(capacity.cpuMillicores - used.cpu, pod.cpuMillicores),
      fitting(capacity.memoryMiB - used.memory, pod.memoryMiB),
      fitting((capacity.gpus ?? 0) - used.gpus, pod.gpus ?? 0),
    ),
  );
}

function fitsEmpty(option: LaunchOption, group: number): boolean {
  return podsOnEmptyNode(option, group) >= 1;
}

/** Pods of group `group` (an index into the option's `pods`) that one empty node of the option holds, no more than its `maxPerNode`. */
export function podsOnEmptyNode(option: Pick<LaunchOption, "capacity" | "pods">, group: number): number {
  return roomFor(option, group, { cpu: 0, memory: 0, gpus: 0, slots: 0 });
}

/** Whole pods of one request that fit in `free`; a request of 0 never limits. */
function fitting(free: number, request: number): number {
  return request === 0 ? Number.POSITIVE_INFINITY : Math.floor(free / request);
}

/** Whether `a` is launched before `b`: lower price, then name. */
export function cheaper(a: LaunchOption, b: LaunchOption): boolean {
  return a.usdPerHour < b.usdPerHour || (a.usdPerHour === b.usdPerHour && a.name < b.name);
}
