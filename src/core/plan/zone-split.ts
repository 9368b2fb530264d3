import type { NodeGroup } from "../scenario/scenario.js";

/**
 * `total` split over `zones` as evenly as possible: ⌊total / zones⌋ each, and the `total mod zones`
 * zones from `first` on (wrapping round) one more.
 *
 * @param total a whole number ≥ 0 (pods, or nodes).
 * @param zones a whole number ≥ 1.
 * @param first the zone the extra ones start at, 0 to zones − 1; default 0.
 * @example evenShares(7, 3) // [3, 2, 2]
 * @example evenShares(7, 3, 2) // [2, 2, 3]
 */
export function evenShares(total: number, zones: number, first = 0): number[] {
  const each = Math.floor(total / zones);
  const more = total - each * zones;
  return Array.from({ length: zones }, (_, zone) => each + ((zone - first + zones) % zones < more ? 1 : 0));
}

/** What {@link zonesToPlan} reads of a node group's pods: how many, and whether they must spread over zones. */
export interface SpreadPods {
  /** Pods, a whole number ≥ 0. */
  readonly count: number;
  /** A `DoNotSchedule` zone spread (the workload's `zoneSpread`). */
  readonly mustSpread?: boolean;
}

/**
 * The zones a node group is planned in, one by one: its `availabilityZones` (but no more than its
 * `maxNodes`, as an Auto Scaling group of N nodes has nodes in N zones at most) when 2 or more pods of
 * one workload must spread over zones (a `DoNotSchedule` zone spread); else 1, and the group is
 * planned as one pool of nodes, as it always was.
 *
 * @returns zones, a whole number from 1 to 6.
 * @example zonesToPlan({ availabilityZones: 3, maxNodes: null }, [{ count: 3, mustSpread: true }]) // 3
 * @example zonesToPlan({ availabilityZones: 3, maxNodes: 2 }, [{ count: 3, mustSpread: true }]) // 2
 */
export function zonesToPlan(
  group: Pick<NodeGroup, "availabilityZones" | "maxNodes">,
  pods: readonly SpreadPods[],
): number {
  const zones = Math.min(group.availabilityZones, group.maxNodes ?? Number.POSITIVE_INFINITY);
  return zones > 1 && pods.some((pod) => pod.mustSpread === true && pod.count > 1) ? zones : 1;
}

/**
 * Pods of a workload that no packing can place when at most `maxPerNode` of them fit a node and the
 * node group has at most `maxNodes` nodes over `zones` zones, each zone holding its even share of
 * both ({@link evenShares}): Σ over zones of max(0, pods − maxPerNode × nodes).
 *
 * @returns pods, a whole number ≥ 0.
 * @example podsOverCap(5, 1, 3, 1) // 2: one pod on each of 3 nodes
 * @example podsOverCap(4, 1, 4, 3) // 0: 2, 1, 1 pods on 2, 1, 1 nodes
 */
export function podsOverCap(count: number, maxPerNode: number, maxNodes: number, zones: number): number {
  const nodes = evenShares(maxNodes, zones);
  return evenShares(count, zones).reduce((sum, pods, zone) => sum + Math.max(0, pods - maxPerNode * nodes[zone]!), 0);
}
