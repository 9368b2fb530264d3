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
