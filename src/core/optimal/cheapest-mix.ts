import { packPods, type PodGroup } from "../plan/bin-pack.js";
import { launchNodeClaims } from "../plan/karpenter-launch.js";
import { splitCapacity } from "../plan/plan.js";
import type { CapacityMix } from "../scenario/scenario.js";
import {
  costLowerBound,
  relaxation,
  type BoundOption,
  type CostBoundSettings,
  type CostLowerBound,
} from "./cost-lower-bound.js";
import type { LinearProgramSolver } from "./linear-program.js";
import { addPods, emptyNode, roomFor, type MixNode } from "./mix-nodes.js";
import { mixCost, onDemandPremium, searchPrices } from "./mix-pricing.js";
import { placePods, searchMix, SEARCH_ROUNDS, type MixProblem } from "./mix-search.js";
import { exactMix } from "./pattern-program.js";

/** `count` identical nodes of a mix: zone, option, price and the pods on each. */
export interface MixNodes {
  /** The zone, 0-based, in the order of the settings' `zones`. */
  readonly zone: number;
  /** Index into the options. */
  readonly option: number;
  /** On demand (true) or Spot (false). */
  readonly onDemand: boolean;
  readonly count: number;
  /** Pods of each group on one such node, indexed like the groups. */
  readonly pods: readonly number[];
}

/** Nodes that hold a zone's pods, to start the search from: option and pods of each node. */
export interface StartNodes {
  readonly zone: number;
  readonly option: number;
  readonly count: number;
  /** Pods of each group on one such node, indexed like the groups. */
  readonly pods: readonly number[];
}

/** Options of {@link cheapestMix}: those of the bound, and the search's limits. */
export interface MixSettings extends CostBoundSettings {
  /** Nodes known to hold every pod (a plan's own): the mix never costs more than they do. */
  readonly start?: readonly StartNodes[];
  /** Rounds of the search in each zone, its work limit; default {@link SEARCH_ROUNDS}. */
  readonly rounds?: number;
  /**
   * A safety net on the wall clock: `now()` in milliseconds, and the milliseconds after which the
   * search stops whatever the rounds left (then {@link CheapestMix.cutShort}). Default none.
   */
  readonly clock?: { readonly now: () => number; readonly limitMs: number };
}

/** The cheapest mix {@link cheapestMix} found, and how far it can be from the cheapest possible. */
export interface CheapestMix {
  /** USD per hour of its nodes. */
  readonly usdPerHour: number;
  /** Its nodes, zone by zone, as patterns of identical nodes. */
  readonly nodes: readonly MixNodes[];
  /** Σ node counts. */
  readonly nodeCount: number;
  /** No plan costs less ({@link costLowerBound}). */
  readonly bound: CostLowerBound;
  /** The wall-clock safety net stopped the search before its work limit. */
  readonly cutShort: boolean;
  /** No plan costs less: the exact program over every node pattern proved it ({@link exactMix}). */
  readonly proven: boolean;
}

/**
 * The cheapest set of nodes of the options that holds every pod of the groups that fits one of them,
 * zone by zone, with the rules of {@link costLowerBound} (CPU, memory, GPUs and pod slots; DaemonSets
 * already taken from each option's capacity; `maxPerNode`; `minNodes`; the capacity mix), and the
 * lower bound it is measured against.
 *
 * When the problem is small enough to list every node pattern, an integer program over them solves it
 * exactly ({@link exactMix}, `proven`). Otherwise a search starts, per zone, from the cheapest (as
 * the mix pays for it) of: the zone's linear relaxation with the capacity mix, its split of pods over
 * types rounded and packed type by type by first-fit decreasing (`packPods`), and its node counts of
 * each type rounded down and up, filled pod by pod on the node whose room points most like the pod
 * (`placePods`); each option alone (`packPods`); and Karpenter's launch (`launchNodeClaims`), these two
 * at each of the search's rankings ({@link searchPrices}: a mixed group's blended and Lagrangian
 * prices). `settings.start` replaces them when it costs less in all. Zone after zone, ruin and
 * recreate ({@link searchMix}) then improves it for a fixed number of rounds, keeping a change only
 * when the whole mix, priced as it is bought ({@link mixCost}: a mixed group's on-demand nodes of
 * `splitCapacity`'s count are the ones whose on-demand premium is smallest; `minNodes` adds empty
 * nodes of the cheapest option), costs no more.
 *
 * The search proves nothing: the gap to `bound` says how far its mix can be from the cheapest. Options without the price the mix
 * needs are not used (on demand: an on-demand price; Spot: a Spot price; mixed: an on-demand price,
 * and a type without a Spot price is always on demand).
 *
 * @returns null when the bound could not be solved (the solver's limits, or no plan at all: a mixed
 *   group's on-demand nodes with no type sold on demand, or a minimum of nodes and no type to buy).
 * @example
 * // 4 pods of 1 vCPU; nodes of 2 vCPU at $0.10 and of 4 vCPU at $0.19: one 4 vCPU node, $0.19 an hour.
 */
export function cheapestMix(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  solve: LinearProgramSolver,
  settings: MixSettings = {},
): CheapestMix | null {
  const bound = costLowerBound(groups, options, solve, settings);
  if (bound === null) return null;
  const zones = settings.zones ?? [groups.map((group) => group.count)];
  const mix = settings.capacity ?? { type: "on-demand" };
  const candidates = searchPrices(options, mix);
  const prices = candidates[0]!;
  // A minimum of nodes, and none to buy.
  if ((settings.minNodes ?? 0) > 0 && !prices.some(Number.isFinite)) return null;
  const unplaceable = new Set(bound.unplaceable);
  const placeable = zones.map((pods) => pods.map((count, group) => (unplaceable.has(group) ? 0 : count)));
  const exact = exactMix(options, placeable, { minNodes: settings.minNodes ?? 0, capacity: mix }, solve);
  // The mix of these nodes, priced as it is bought.
  const found = (zoneNodes: readonly (readonly MixNode[])[], cutShort: boolean, proven: boolean): CheapestMix => {
    const { nodes, usdPerHour } = priced(zoneNodes, options, mix);
    return {
      usdPerHour,
      nodes,
      nodeCount: nodes.reduce((sum, entry) => sum + entry.count, 0),
      bound,
      cutShort,
      proven,
    };
  };
  if (exact !== null) return found(exact, false, true);
  const started = settings.clock?.now() ?? 0;
  let cutShort = false;
  const rounds = settings.rounds ?? SEARCH_ROUNDS;

  const cost = mixCost(options, mix, prices, settings.minNodes ?? 0);
  const totalCost = (zones: readonly (readonly MixNode[])[]) => cost(totalCounts(zones, options.length));
  const relaxed = placeable.map((pods) => relaxationStarts(groups, options, mix, prices, pods, solve));
  // Each option alone: the same packing at every ranking (only whether the option is bought depends on it).
  const alone = placeable.map((pods) =>
    options.map((_, option) =>
      singleTypeStart(
        options,
        option,
        pods,
        options.map(() => 0),
      ),
    ),
  );
  // Per zone the cheapest start at each of the search's prices; the plan's own nodes where they hold the zone's pods.
  const built = candidates.map((ranking) => ({
    prices: ranking,
    zones: placeable.map((pods, zone) =>
      cheapestStart(groups, options, ranking, pods, [...relaxed[zone]!, ...alone[zone]!], (nodes) =>
        totalCost([nodes]),
      ),
    ),
  }));
  const given = placeable.map((pods, zone) => {
    const start = fromPatterns(options, settings.start?.filter((entry) => entry.zone === zone) ?? [], groups.length);
    return start !== null && holdsAll(start, pods) && settings.start !== undefined ? start : built[0]!.zones[zone]!;
  });
  // Whichever costs least as the mix buys them: the search never makes it dearer.
  const chosen = [...built, { prices, zones: given }].reduce((best, entry) =>
    totalCost(entry.zones) < totalCost(best.zones) ? entry : best,
  );
  const zoneNodes = chosen.zones;
  const clock = settings.clock;
  const stop = clock === undefined ? undefined : () => clock.now() - started > clock.limitMs;
  placeable.forEach((pods, zone) => {
    if (zoneNodes[zone]!.length === 0) return;
    const others = totalCounts(
      zoneNodes.filter((_, index) => index !== zone),
      options.length,
    );
    const problem: MixProblem = {
      options,
      prices: chosen.prices,
      pods,
      cost: (counts) => cost(counts.map((count, option) => count + others[option]!)),
    };
    const searched = searchMix(problem, zoneNodes[zone]!, rounds, stop);
    cutShort ||= searched.cutShort;
    zoneNodes[zone] = searched.nodes;
  });
  addMinimumNodes(zoneNodes, prices, settings.minNodes ?? 0, groups.length);
  return found(zoneNodes, cutShort, false);
}

/**
 * The start that costs least (`cost`) of `built` (the zone's relaxation starts, and each option alone)
 * and Karpenter's launch at `prices`, that holds the zone's pods exactly, on options bought at
 * `prices` (none: no nodes).
 */
function cheapestStart(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  prices: readonly number[],
  pods: readonly number[],
  built: readonly (MixNode[] | null)[],
  cost: (nodes: readonly MixNode[]) => number,
): MixNode[] {
  const bought = (start: readonly MixNode[]) => start.every((node) => Number.isFinite(prices[node.option]!));
  const all = [...built.filter((start) => start !== null && bought(start)), launchStart(groups, options, prices, pods)];
  return all
    .filter((start): start is MixNode[] => start !== null && holdsAll(start, pods))
    .reduce<MixNode[]>(
      (cheapest, start) => (cheapest.length === 0 || cost(start) < cost(cheapest) ? start : cheapest),
      [],
    );
}

/**
 * Three starts from the zone's relaxation with the capacity mix (none when unsolved; options without
 * a search price left out): its split of the zone's pods over options, rounded by largest remainder
 * and packed option by option; and its nodes of each option rounded down, and up, filled pod by pod
 * by {@link placePods} (spread: the node whose room points most like the pod; more nodes where none
 * holds it, at `prices`).
 */
function relaxationStarts(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  mix: CapacityMix,
  prices: readonly number[],
  pods: readonly number[],
  solve: LinearProgramSolver,
): MixNode[][] {
  const buyable = options.map((option, index) =>
    Number.isFinite(prices[index]!) ? option : { ...option, onDemandUsdPerHour: null, spotUsdPerHour: null },
  );
  const { program, podColumns, nodeColumns } = relaxation(
    groups,
    buyable,
    [pods],
    { capacity: mix },
    { objective: "cost", nodesByZone: [0] },
  );
  if (program.costs.length === 0) return [[]];
  const result = solve(program);
  if (result.status !== "optimal") return [];
  const fleet = (round: (count: number) => number) =>
    options.flatMap((_, option) => {
      const count = round(nodeColumns[0]![option]!.reduce((sum, column) => sum + result.values[column]!, 0) - 1e-6);
      return Array.from({ length: count }, () => emptyNode(option, pods.length));
    });
  const filled = [Math.floor, Math.ceil].map((round) =>
    placePods({ options, prices, pods }, fleet(round), [...pods]).filter((node) => node.slots > 0),
  );
  const shares = options.map(() => groups.map(() => 0));
  pods.forEach((count, group) => {
    const split = podColumns[0]![group]!.map((column) => (column < 0 ? 0 : result.values[column]!));
    const whole = split.map(Math.floor);
    let rest = count - whole.reduce((sum, value) => sum + value, 0);
    const byRemainder = split
      .map((value, option) => option)
      .sort((a, b) => split[b]! - whole[b]! - (split[a]! - whole[a]!) || a - b);
    for (const option of byRemainder) {
      if (rest <= 0) break;
      if (podColumns[0]![group]![option]! < 0) continue;
      whole[option] = whole[option]! + 1;
      rest -= 1;
    }
    whole.forEach((value, option) => (shares[option]![group] = value));
  });
  const split = options.flatMap((_, option) =>
    shares[option]!.some((count) => count > 0) ? (singleTypeStart(options, option, shares[option]!, prices) ?? []) : [],
  );
  return [split, ...filled];
}

/** The pods on nodes of one option by first-fit decreasing (`packPods`); null when the option cannot be bought. */
function singleTypeStart(
  options: readonly BoundOption[],
  option: number,
  pods: readonly number[],
  prices: readonly number[],
): MixNode[] | null {
  if (!Number.isFinite(prices[option]!)) return null;
  const { capacity, pods: units } = options[option]!;
  const packing = packPods(
    units.map((group, index) => ({ ...group, count: pods[index]! })),
    capacity,
  );
  return fromPatterns(
    options,
    packing.patterns.map((pattern) => ({ zone: 0, option, count: pattern.count, pods: pattern.pods })),
    pods.length,
  );
}

/** Karpenter's launch of the zone's pods at the search's prices. */
function launchStart(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  prices: readonly number[],
  pods: readonly number[],
): MixNode[] | null {
  const buyable = options.flatMap((option, index) =>
    Number.isFinite(prices[index]!) ? [{ ...option, usdPerHour: prices[index]!, index }] : [],
  );
  const launch = launchNodeClaims(
    groups.map((group, index) => ({ ...group, count: pods[index]! })),
    buyable,
    { minValues: 1, maxNodes: null },
  );
  return fromPatterns(
    options,
    launch.nodes.map((entry) => ({
      zone: 0,
      option: buyable[entry.option]!.index,
      count: entry.count,
      pods: entry.pods,
    })),
    groups.length,
  );
}

/** Nodes from patterns, or null when a node does not hold its pods (a start sized otherwise). */
function fromPatterns(
  options: readonly BoundOption[],
  patterns: readonly StartNodes[],
  groups: number,
): MixNode[] | null {
  const nodes: MixNode[] = [];
  for (const pattern of patterns) {
    const node = emptyNode(pattern.option, groups);
    for (let group = 0; group < groups; group += 1) {
      const count = pattern.pods[group] ?? 0;
      if (count === 0) continue;
      if (roomFor(options, node, group) < count) return null;
      addPods(options, node, group, count);
    }
    for (let copy = 0; copy < pattern.count; copy += 1) nodes.push({ ...node, pods: [...node.pods] });
  }
  return nodes;
}

/** How many nodes of each option the zones hold in all. */
function totalCounts(zones: readonly (readonly MixNode[])[], options: number): number[] {
  const counts = new Array<number>(options).fill(0);
  for (const nodes of zones) for (const node of nodes) counts[node.option] = counts[node.option]! + 1;
  return counts;
}

/** Whether the nodes hold exactly the zone's pods of every group. */
function holdsAll(nodes: readonly MixNode[], pods: readonly number[]): boolean {
  return pods.every((count, group) => nodes.reduce((sum, node) => sum + node.pods[group]!, 0) === count);
}

/** Empty nodes of the cheapest option up to `minNodes` in all, each in the zone with the fewest nodes. */
function addMinimumNodes(zones: MixNode[][], prices: readonly number[], minNodes: number, groups: number): void {
  const cheapest = prices.reduce((best, price, option) => (price < prices[best]! ? option : best), 0);
  if (!Number.isFinite(prices[cheapest] ?? Number.POSITIVE_INFINITY)) return;
  let total = zones.reduce((sum, nodes) => sum + nodes.length, 0);
  while (total < minNodes) {
    const zone = zones.reduce((fewest, nodes, index) => (nodes.length < zones[fewest]!.length ? index : fewest), 0);
    zones[zone]!.push(emptyNode(cheapest, groups));
    total += 1;
  }
}

/**
 * The nodes priced as the capacity mix buys them: all on demand, all Spot, or for a mixed group at
 * least `splitCapacity`'s on-demand count: nodes of a type without a Spot price or dearer on Spot,
 * then the nodes whose on-demand premium over Spot is smallest (ties by zone, then node order);
 * grouped into patterns.
 */
function priced(
  zones: readonly (readonly MixNode[])[],
  options: readonly BoundOption[],
  mix: CapacityMix,
): { nodes: MixNodes[]; usdPerHour: number } {
  const all = zones.flatMap((nodes, zone) => nodes.map((node) => ({ zone, node })));
  const needed = splitCapacity({ capacity: mix }, all.length).onDemand;
  const premium = (node: MixNode) => onDemandPremium(options[node.option]!);
  const byPremium = all.map((_, index) => index).sort((a, b) => premium(all[a]!.node) - premium(all[b]!.node) || a - b);
  // Nodes without a Spot price, and those whose on-demand price is below Spot's, are on demand anyway.
  const anyway = mix.type === "mixed" ? all.filter(({ node }) => premium(node) < 0).length : 0;
  const onDemand = new Set(byPremium.slice(0, Math.max(needed, anyway)));
  const patterns = new Map<
    string,
    { zone: number; option: number; onDemand: boolean; count: number; pods: readonly number[] }
  >();
  let usdPerHour = 0;
  all.forEach(({ zone, node }, index) => {
    const option = options[node.option]!;
    const isOnDemand = onDemand.has(index);
    usdPerHour += isOnDemand ? option.onDemandUsdPerHour! : option.spotUsdPerHour!;
    const key = `${zone}|${node.option}|${isOnDemand}|${node.pods.join(",")}`;
    const entry = patterns.get(key);
    if (entry === undefined)
      patterns.set(key, { zone, option: node.option, onDemand: isOnDemand, count: 1, pods: node.pods });
    else entry.count += 1;
  });
  return { nodes: [...patterns.values()], usdPerHour };
}
