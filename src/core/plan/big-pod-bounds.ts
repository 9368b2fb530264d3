import type { PodGroup } from "./bin-pack.js";

/** A node dimension's request per pod and the node's capacity in it. */
export type Dimension = readonly [(group: PodGroup) => number, number];

/**
 * A lower bound on the nodes that pods larger than half a node need, from two dimensions at once:
 * a node holds at most one pod larger than half its CPU and at most one larger than half its memory
 * (or GPUs), so the nodes holding such pods number at least all of them less the pairs that share a
 * node, one larger than half in the first dimension only with one larger than half in the second only
 * (a pod larger than half in both shares with none of them). The most pairs that can share is a
 * maximum matching between those two sets, counted per group (a transportation problem solved as a
 * maximum flow); pairs that fit together (`fitTogether`) are the edges. Taken for each pair of
 * dimensions; the best is returned.
 *
 * Where it helps: memory-heavy pods and CPU-heavy pods that never fit on one node. Martello and Toth's
 * L2 sees each dimension alone, so 26 pods of 80% CPU and 9 of 96% memory that fit no node together
 * bound at 26 nodes; this bound says 35.
 *
 * @param groups pods that each fit an empty node (counts ≥ 0).
 * @param fitTogether whether one pod of each group fits one node together (the groups differ).
 * @returns nodes (a count).
 */
export function bigPodPairBound(
  groups: readonly PodGroup[],
  dimensions: readonly Dimension[],
  fitTogether: (a: PodGroup, b: PodGroup) => boolean,
): number {
  let best = 0;
  for (let d1 = 0; d1 < dimensions.length; d1++) {
    for (let d2 = d1 + 1; d2 < dimensions.length; d2++) {
      const big1 = largerThanHalf(dimensions[d1]!);
      const big2 = largerThanHalf(dimensions[d2]!);
      if (big1 === null || big2 === null) continue;
      const first = groups.filter((group) => group.count > 0 && big1(group) && !big2(group));
      const second = groups.filter((group) => group.count > 0 && big2(group) && !big1(group));
      const pods = groups.reduce((sum, group) => sum + (big1(group) || big2(group) ? group.count : 0), 0);
      best = Math.max(best, pods - mostPairs(first, second, fitTogether));
    }
  }
  return best;
}

/**
 * A lower bound from one group and the large pods that never share a node with it: the group's pods
 * need at least ⌈count / the most of them one node holds⌉ nodes, and the pods of other groups larger
 * than half the node in one dimension that fit beside none of them need a node each (no two of them
 * share one) on top. Taken for each group and dimension; the best is returned.
 *
 * Where it helps: 13 pods of 30% CPU (3 to a node) and 2 of 71% CPU need 5 + 2 nodes, where the
 * volume of CPU and Martello and Toth's L2 say 6.
 *
 * @param groups pods that each fit an empty node (counts ≥ 0).
 * @param perNode the most pods of a group one node holds (≥ 1).
 * @param fitTogether whether one pod of each group fits one node together (the groups differ).
 * @returns nodes (a count).
 */
export function groupApartBound(
  groups: readonly PodGroup[],
  dimensions: readonly Dimension[],
  perNode: (group: PodGroup) => number,
  fitTogether: (a: PodGroup, b: PodGroup) => boolean,
): number {
  let best = 0;
  for (const group of groups) {
    if (group.count === 0) continue;
    const own = Math.ceil(group.count / perNode(group));
    for (const dimension of dimensions) {
      const big = largerThanHalf(dimension);
      if (big === null) continue;
      let apart = 0;
      for (const other of groups) {
        if (other !== group && other.count > 0 && big(other) && !fitTogether(group, other)) apart += other.count;
      }
      best = Math.max(best, own + apart);
    }
  }
  return best;
}

/** Whether a pod is larger than half the node in the dimension; null for a dimension the node lacks. */
function largerThanHalf([size, capacity]: Dimension): ((group: PodGroup) => boolean) | null {
  return capacity === 0 ? null : (group) => 2 * size(group) > capacity;
}

/**
 * The most disjoint pairs, one pod of `first` with one of `second` that fit together: a maximum flow
 * from the source through `first` (capacity: the group's count) and `second` to the sink, by shortest
 * augmenting paths (Edmonds–Karp), so its work depends on the groups, not on their counts.
 */
function mostPairs(
  first: readonly PodGroup[],
  second: readonly PodGroup[],
  fitTogether: (a: PodGroup, b: PodGroup) => boolean,
): number {
  if (first.length === 0 || second.length === 0) return 0;
  // Vertices: 0 source, 1…a first, a+1…a+b second, a+b+1 sink; residual capacities in a matrix.
  const a = first.length;
  const size = a + second.length + 2;
  const sink = size - 1;
  const residual = Array.from({ length: size }, () => new Float64Array(size));
  first.forEach((group, i) => (residual[0]![1 + i] = group.count));
  second.forEach((group, j) => (residual[1 + a + j]![sink] = group.count));
  first.forEach((p, i) => {
    second.forEach((q, j) => {
      if (fitTogether(p, q)) residual[1 + i]![1 + a + j] = Number.POSITIVE_INFINITY;
    });
  });
  let flow = 0;
  for (;;) {
    const from = new Int32Array(size).fill(-1);
    from[0] = 0;
    const queue = [0];
    for (let head = 0; head < queue.length && from[sink] === -1; head++) {
      const u = queue[head]!;
      for (let v = 0; v < size; v++) {
        if (from[v] === -1 && residual[u]![v]! > 0) {
          from[v] = u;
          queue.push(v);
        }
      }
    }
    if (from[sink] === -1) return flow;
    let push = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== 0; v = from[v]!) push = Math.min(push, residual[from[v]!]![v]!);
    for (let v = sink; v !== 0; v = from[v]!) {
      residual[from[v]!]![v] = residual[from[v]!]![v]! - push;
      residual[v]![from[v]!] = residual[v]![from[v]!]! + push;
    }
    flow += push;
  }
}
