import fc from "fast-check";
import type { BoundOption } from "../../src/core/optimal/cost-lower-bound.js";
import type { PodGroup } from "../../src/core/plan/bin-pack.js";
import type { CapacityMix } from "../../src/core/scenario/scenario.js";

/**
 * The cheapest plan, by brute force: every partition of each zone's pods into nodes, every type for
 * each node (and for the empty nodes `minNodes` adds), and for each such set of N nodes the cheapest
 * choice of which are on demand, at least as many as `splitCapacity` makes of N and any cheaper on demand (a type without a
 * Spot price is always on demand, one without a price for the mix never used).
 */
export function cheapestPlan(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  zones: readonly (readonly number[])[],
  minNodes: number,
  capacity: CapacityMix,
): number {
  const fitsOn = (members: readonly number[], o: BoundOption): boolean => {
    const perGroup = new Map<number, number>();
    for (const g of members) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    return (
      members.reduce((sum, g) => sum + groups[g]!.cpuMillicores, 0) <= o.capacity.cpuMillicores &&
      members.reduce((sum, g) => sum + groups[g]!.memoryMiB, 0) <= o.capacity.memoryMiB &&
      members.length <= o.capacity.pods &&
      [...perGroup].every(([g, n]) => n <= (groups[g]!.maxPerNode ?? Number.POSITIVE_INFINITY))
    );
  };
  const partitions = (pods: readonly number[]): number[][][] => {
    const out: number[][][] = [];
    const blocks: number[][] = [];
    const place = (at: number): void => {
      if (at === pods.length) return void out.push(blocks.map((block) => [...block]));
      for (const block of blocks) {
        block.push(pods[at]!);
        place(at + 1);
        block.pop();
      }
      blocks.push([pods[at]!]);
      place(at + 1);
      blocks.pop();
    };
    place(0);
    return out;
  };
  const onDemandNeeded = (nodes: number): number => {
    if (capacity.type === "on-demand") return nodes;
    if (capacity.type === "spot") return 0;
    const base = Math.min(nodes, capacity.onDemandBase);
    return base + Math.ceil(((nodes - base) * (100 - capacity.spotPercentAboveBase)) / 100);
  };
  // The cheapest prices of one node of option o: [on demand, Spot], null where the mix or the data forbid it.
  const prices = (o: BoundOption): [number | null, number | null] => [
    capacity.type === "spot" ? null : o.onDemandUsdPerHour,
    capacity.type === "on-demand" ? null : o.spotUsdPerHour,
  ];
  const costOf = (nodes: readonly BoundOption[]): number => {
    const needed = onDemandNeeded(nodes.length);
    // Each node on demand or Spot: take Spot where allowed, then turn the cheapest switches to on demand.
    let cost = 0;
    let onDemand = 0;
    const switches: number[] = [];
    for (const o of nodes) {
      const [od, spot] = prices(o);
      if (od === null && spot === null) return Number.POSITIVE_INFINITY;
      if (spot === null) {
        cost += od!;
        onDemand++;
      } else {
        cost += spot;
        if (od !== null) switches.push(od - spot);
      }
    }
    switches.sort((a, b) => a - b);
    if (onDemand + switches.length < needed) return Number.POSITIVE_INFINITY;
    // At least `needed` on demand, and any node cheaper on demand than on Spot.
    for (let k = 0; k < switches.length && (onDemand < needed || switches[k]! < 0); k++, onDemand++)
      cost += switches[k]!;
    return cost;
  };
  const blocksByZone = zones.map((pods) =>
    partitions(pods.flatMap((count, g) => Array.from({ length: count }, () => g))),
  );
  let best = Number.POSITIVE_INFINITY;
  const chooseBlocks = (zone: number, chosen: number[][]): void => {
    if (zone === blocksByZone.length) {
      const blocks = [...chosen, ...Array.from({ length: Math.max(0, minNodes - chosen.length) }, () => [])];
      const typed: BoundOption[] = [];
      const chooseTypes = (at: number): void => {
        if (at === blocks.length) return void (best = Math.min(best, costOf(typed)));
        for (const o of options) {
          if (!fitsOn(blocks[at]!, o)) continue;
          typed.push(o);
          chooseTypes(at + 1);
          typed.pop();
        }
      };
      chooseTypes(0);
      return;
    }
    for (const partition of blocksByZone[zone]!) chooseBlocks(zone + 1, [...chosen, ...partition]);
  };
  chooseBlocks(0, []);
  return best;
}

/** A problem small enough for {@link cheapestPlan}: groups, types, a minimum, a zone split and a capacity mix. */
export interface SmallProblem {
  readonly groups: PodGroup[];
  readonly options: BoundOption[];
  readonly minNodes: number;
  /** Each zone's even share of every group. */
  readonly zones: number[][];
  readonly capacity: CapacityMix;
}

/**
 * Problems of at most 5 pods in 1–3 groups (requests of 0 included, some at most 1 or 2 per node), on
 * 1–2 types of at most 4 pod slots (a price missing on demand or on Spot now and then), 0–3 nodes at
 * least, 1–2 zones, on demand, Spot or mixed: what the exhaustive search can check.
 */
export const smallProblems: fc.Arbitrary<SmallProblem> = fc
  .record({
    specs: fc
      .array(
        fc.record({
          count: fc.integer({ min: 1, max: 3 }),
          cpuMillicores: fc.integer({ min: 0, max: 4000 }),
          memoryMiB: fc.integer({ min: 0, max: 8000 }),
          maxPerNode: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      )
      .filter((groups) => groups.reduce((sum, g) => sum + g.count, 0) <= 5),
    nodes: fc.array(
      fc.record({
        onDemand: fc.option(cents(), { nil: null, freq: 5 }),
        spot: fc.option(cents(), { nil: null, freq: 3 }),
        cpuMillicores: fc.integer({ min: 500, max: 4000 }),
        memoryMiB: fc.integer({ min: 500, max: 8000 }),
        pods: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    minNodes: fc.integer({ min: 0, max: 3 }),
    zoneCount: fc.integer({ min: 1, max: 2 }),
    capacity: fc.oneof(
      fc.constant<CapacityMix>({ type: "on-demand" }),
      fc.constant<CapacityMix>({ type: "spot" }),
      fc.record({
        type: fc.constant("mixed" as const),
        onDemandBase: fc.integer({ min: 0, max: 3 }),
        spotPercentAboveBase: fc.integer({ min: 0, max: 100 }),
      }),
    ),
  })
  .map(({ specs, nodes, minNodes, zoneCount, capacity }) => {
    const groups: PodGroup[] = specs.map((spec, index) => ({ key: `g${index}`, ...spec }));
    const options: BoundOption[] = nodes.map((spec, index) => ({
      name: `t${index}`,
      onDemandUsdPerHour: spec.onDemand,
      spotUsdPerHour: spec.spot,
      capacity: { cpuMillicores: spec.cpuMillicores, memoryMiB: spec.memoryMiB, pods: spec.pods },
      pods: groups,
    }));
    const zones = Array.from({ length: zoneCount }, (_, zone) =>
      groups.map((g) => Math.floor(g.count / zoneCount) + (zone < g.count % zoneCount ? 1 : 0)),
    );
    return { groups, options, minNodes, zones, capacity };
  });

/** USD 0.01–1.00 an hour. */
function cents(): fc.Arbitrary<number> {
  return fc.integer({ min: 1, max: 100 }).map((value) => value / 100);
}
