import type { BoundOption } from "./cost-lower-bound.js";
import { addPods, emptyNode, fill, fitsOne, moveTo, roomFor, type MixNode } from "./mix-nodes.js";
import { seededRandom } from "./seeded-random.js";

/** What {@link searchMix} works on: one zone's pods and the options' prices there. */
export interface MixProblem {
  readonly options: readonly BoundOption[];
  /** USD per hour of a node of each option (the price the search ranks by); Infinity for an option it may not buy. */
  readonly prices: readonly number[];
  /** Pods of each group to place, indexed like the options' `pods`. */
  readonly pods: readonly number[];
  /**
   * What the zone's nodes cost, USD per hour, from how many there are of each option (the search
   * keeps a change only when this is no higher); default Σ count × `prices`.
   */
  readonly cost?: (counts: readonly number[]) => number;
}

/**
 * Rounds of ruin and recreate {@link searchMix} runs at most: a work limit, so the answer is the same
 * on every machine. Each round empties up to four nodes and places their pods again.
 */
export const SEARCH_ROUNDS = 3000;
/** The search ends after this many rounds in a row that found nothing cheaper. */
export const STALL_ROUNDS = 3000;

/**
 * Improves a set of nodes that holds every pod of a zone by large neighbourhood search (ruin and
 * recreate, Shaw 1998; Schrimpf et al. 2000), for `rounds` rounds or until {@link STALL_ROUNDS} in a
 * row found nothing cheaper: each round takes the pods off a few nodes (the emptiest,
 * and some drawn by a seeded generator), puts them back one by one on the node whose room left points
 * most like the pod's requests, opens new nodes where they fit nowhere ({@link placePods}), and keeps the result when it costs no more, with
 * the fuller nodes first on a tie (which makes the next emptiest node easier to clear); the nodes it
 * opens move to the cheapest option that holds their pods. Deterministic: same input, same nodes,
 * unless `stop` (asked every 50 rounds: a wall-clock safety net) ends it early, which it says.
 *
 * @param start nodes that hold every pod of `problem.pods` (not changed).
 */
export function searchMix(
  problem: MixProblem,
  start: readonly MixNode[],
  rounds = SEARCH_ROUNDS,
  stop?: () => boolean,
): { nodes: MixNode[]; cutShort: boolean } {
  const random = seededRandom(16);
  const context = placingContext(problem);
  // Nodes on the cheapest option that holds their pods: adding pods never makes a cheaper one hold them.
  const settled = new WeakSet<MixNode>();
  let current = start.map(copyNode);
  let currentScore = score(problem, current);
  let lastGain = 0;
  for (let round = 0; round < rounds && round - lastGain < STALL_ROUNDS && current.length > 0; round += 1) {
    // Every 50 rounds, so the clock costs nothing next to the work.
    if (stop !== undefined && round % 50 === 0 && stop()) return { nodes: current, cutShort: true };
    const ruined = new Set<number>();
    if (round % 2 === 0) ruined.add(emptiest(problem.options, current));
    const size = 1 + Math.floor(random() * Math.min(4, current.length));
    while (ruined.size < size) ruined.add(Math.floor(random() * current.length));
    const left = problem.pods.map(() => 0);
    // The kept nodes themselves: placePods copies a node before it adds pods to it.
    const kept: MixNode[] = [];
    current.forEach((node, index) => {
      if (!ruined.has(index)) kept.push(node);
      else node.pods.forEach((count, group) => (left[group] = left[group]! + count));
    });
    const placed = placePods(problem, kept, left, context, settled);
    const candidate = placed.map((node) => {
      if (settled.has(node)) return node;
      const cheapest = cheapestOptions(problem, [node])[0]!;
      settled.add(cheapest);
      return cheapest;
    });
    const candidateScore = score(problem, candidate);
    if (candidateScore.cost < currentScore.cost - 1e-9) lastGain = round;
    if (
      candidateScore.cost < currentScore.cost - 1e-9 ||
      (candidateScore.cost <= currentScore.cost + 1e-9 && candidateScore.concentration >= currentScore.concentration)
    ) {
      current = candidate;
      currentScore = candidateScore;
    }
  }
  return { nodes: current.map(copyNode), cutShort: false };
}

/** The index of the node of least {@link fill} (the first such). */
function emptiest(options: readonly BoundOption[], nodes: readonly MixNode[]): number {
  let best = 0;
  let bestFill = Number.POSITIVE_INFINITY;
  nodes.forEach((node, index) => {
    const value = fill(options, node);
    if (value < bestFill) {
      best = index;
      bestFill = value;
    }
  });
  return best;
}

/** What {@link placePods} reads of a problem, the same in every round: each pod's value, and the packing order. */
export interface PlacingContext {
  readonly values: readonly number[];
  readonly order: readonly number[];
}

/** The {@link PlacingContext} of a problem. */
function placingContext(problem: MixProblem): PlacingContext {
  const values = podValues(problem);
  const order = problem.pods.map((_, group) => group).sort((a, b) => values[b]! - values[a]! || a - b);
  return { values, order };
}

/**
 * Places `left` pods of each group on `nodes` (changed), largest pods first, one by one: each onto the
 * node that holds it whose room left points most like the pod's requests ({@link alignment}: a
 * memory-heavy pod to a node with memory to spare, so that nodes fill in both dimensions), and where
 * none holds it, onto a new node of the option that holds the most of the pods still waiting per
 * dollar ({@link openNode}).
 * Pods no option holds are left out (the caller removed them). Returns `nodes`.
 *
 * @param context the pods' values and packing order (the search computes them once).
 * @param shared when given, the nodes passed in are not changed: a node is copied before its first
 *   new pod (the copy of a node in `shared` joins it), so a round of the search copies only the nodes
 *   it changes.
 */
export function placePods(
  problem: MixProblem,
  nodes: MixNode[],
  left: number[],
  context: PlacingContext = placingContext(problem),
  shared?: WeakSet<MixNode>,
): MixNode[] {
  const { options } = problem;
  const { values, order } = context;
  // Nodes of `nodes` that are not to be changed in place (`shared`): copied before the first pod.
  const owned = nodes.map(() => shared === undefined);
  // What the pods to place ask in all (at least 1, so a dimension none asks for weighs nothing).
  const scale = { cpu: 1, memory: 1 };
  // The groups with pods to place, in the packing order.
  const waiting = order.filter((group) => left[group]! > 0);
  for (const group of waiting) {
    scale.cpu += left[group]! * options[0]!.pods[group]!.cpuMillicores;
    scale.memory += left[group]! * options[0]!.pods[group]!.memoryMiB;
  }
  for (const group of waiting) {
    while (left[group]! > 0) {
      let best = -1;
      let bestAlignment = Number.NEGATIVE_INFINITY;
      for (let index = 0; index < nodes.length; index += 1) {
        const node = nodes[index]!;
        if (!fitsOne(options, node, group)) continue;
        const aligned = alignment(options, node, group, scale);
        if (aligned > bestAlignment) {
          best = index;
          bestAlignment = aligned;
        }
      }
      if (best < 0) {
        const option = openNode(problem, values, waiting, left, group);
        if (option < 0) {
          left[group] = 0;
          break;
        }
        best = nodes.push(emptyNode(option, problem.pods.length)) - 1;
        owned[best] = true;
      }
      if (!owned[best]) {
        const copy = copyNode(nodes[best]!);
        // Adding pods never makes a cheaper option hold a node that none held.
        if (shared!.has(nodes[best]!)) shared!.add(copy);
        nodes[best] = copy;
        owned[best] = true;
      }
      addPods(options, nodes[best]!, group, 1);
      left[group] = left[group]! - 1;
    }
  }
  return nodes;
}

/**
 * The option of a new node for pods of `group`: of the options that hold one of its pods, the one
 * whose empty node, filled in the packing order with the pods still waiting (from `group` on), holds
 * the most value per dollar; −1 when none holds one.
 */
function openNode(
  problem: MixProblem,
  values: readonly number[],
  order: readonly number[],
  left: readonly number[],
  group: number,
): number {
  const { options, prices } = problem;
  let best = -1;
  let bestRatio = -1;
  options.forEach((_, option) => {
    if (!Number.isFinite(prices[option]!)) return;
    const node = emptyNode(option, left.length);
    if (roomFor(options, node, group) < 1) return;
    let value = 0;
    for (let index = -1; index < order.length; index += 1) {
      const next = index < 0 ? group : order[index]!;
      if (left[next]! === 0) continue;
      const count = Math.min(left[next]! - node.pods[next]!, roomFor(options, node, next));
      if (count <= 0) continue;
      addPods(options, node, next, count);
      value += count * values[next]!;
    }
    const ratio = value / prices[option]!;
    if (ratio > bestRatio + 1e-12 || (Math.abs(ratio - bestRatio) <= 1e-12 && prices[option]! < prices[best]!)) {
      best = option;
      bestRatio = ratio;
    }
  });
  return best;
}

/**
 * What one pod of each group is worth to the search, USD per hour: the most any one dimension of it
 * costs at the cheapest price per unit of that dimension among the options (a lower bound on what
 * hosting it costs, as if nodes were fluid).
 */
function podValues(problem: MixProblem): number[] {
  const { options, prices } = problem;
  const unit = (size: (option: BoundOption) => number) =>
    Math.min(
      ...options.map((option, index) =>
        size(option) > 0 && Number.isFinite(prices[index]!) ? prices[index]! / size(option) : Number.POSITIVE_INFINITY,
      ),
    );
  const cpu = unit((option) => option.capacity.cpuMillicores);
  const memory = unit((option) => option.capacity.memoryMiB);
  const slots = unit((option) => option.capacity.pods);
  return problem.pods.map((_, group) => {
    const pod = options[0]!.pods[group]!;
    const gpuUnit = Math.min(
      ...options.map((option, index) =>
        (option.capacity.gpus ?? 0) > 0 && Number.isFinite(prices[index]!)
          ? (prices[index]! * (option.pods[group]!.gpus ?? 0)) / option.capacity.gpus!
          : Number.POSITIVE_INFINITY,
      ),
    );
    return Math.max(pod.cpuMillicores * cpu, pod.memoryMiB * memory, slots, (pod.gpus ?? 0) > 0 ? gpuUnit : 0);
  });
}

/** Each node on the cheapest option that holds its pods (its own when none is cheaper). */
export function cheapestOptions(problem: MixProblem, nodes: MixNode[]): MixNode[] {
  return nodes.map((node) => {
    let best = node;
    problem.options.forEach((_, option) => {
      if (problem.prices[option]! >= problem.prices[best.option]!) return;
      best = moveTo(problem.options, node, option) ?? best;
    });
    return best;
  });
}

/** The nodes' cost (`problem.cost`, USD per hour), and Σ fill² (higher: the same pods on fewer, fuller nodes). */
function score(problem: MixProblem, nodes: readonly MixNode[]): { cost: number; concentration: number } {
  const counts = problem.options.map(() => 0);
  let concentration = 0;
  for (const node of nodes) {
    counts[node.option] = counts[node.option]! + 1;
    concentration += fill(problem.options, node) ** 2;
  }
  const cost =
    problem.cost?.(counts) ??
    counts.reduce((sum, count, option) => (count === 0 ? sum : sum + count * problem.prices[option]!), 0);
  return { cost, concentration };
}

function copyNode(node: MixNode): MixNode {
  return { ...node, pods: [...node.pods] };
}

/**
 * The cosine of the angle between the pod's requests and the room left on the node, in CPU and
 * memory each over `scale` (what the pods being placed ask in all): 1 when the node has room in the
 * same proportions as the pod asks (Panigrahy et al. 2011's dot product, made blind to size so that
 * the larger nodes of a mix of types are not always preferred).
 */
function alignment(
  options: readonly BoundOption[],
  node: MixNode,
  group: number,
  scale: { readonly cpu: number; readonly memory: number },
): number {
  const { capacity, pods } = options[node.option]!;
  const pod = pods[group]!;
  const podCpu = pod.cpuMillicores / scale.cpu;
  const podMemory = pod.memoryMiB / scale.memory;
  const freeCpu = (capacity.cpuMillicores - node.cpu) / scale.cpu;
  const freeMemory = (capacity.memoryMiB - node.memory) / scale.memory;
  const norms = Math.sqrt((podCpu * podCpu + podMemory * podMemory) * (freeCpu * freeCpu + freeMemory * freeMemory));
  return norms === 0 ? 0 : (podCpu * freeCpu + podMemory * freeMemory) / norms;
}
