import type { CapacityMix } from "../scenario/scenario.js";
import type { BoundOption } from "./cost-lower-bound.js";
import type { LinearProgramSolver, LinearRow } from "./linear-program.js";
import { addPods, emptyNode, roomFor, type MixNode } from "./mix-nodes.js";

/**
 * Node patterns (one option, and how many pods of each group one node of it holds) the exact program
 * enumerates at most, over all zones and options; a problem with more is left to the search.
 */
export const PATTERN_LIMIT = 2000;

/**
 * The cheapest nodes that hold every pod, proven: an integer program over every node pattern (Gilmore
 * and Gomory's formulation of cutting stock, 1961), for problems small enough that the patterns can
 * all be listed (at most {@link PATTERN_LIMIT}).
 *
 * Whole λ_zpk nodes of pattern p in zone z at price k (on demand, Spot, as the mix allows and the
 * option is priced), and e_tk empty nodes of option t for the minimum:
 * - each zone's pods of each group placed: Σ_p pods_pw × λ_zpk = pods of w in z;
 * - `minNodes`: either the nodes with pods number at least `minNodes` and there is no empty node, or
 *   with the empty ones they number exactly `minNodes` (a binary choice c): empty nodes are only
 *   ever the minimum's, never an extra node bought to shift the on-demand share;
 * - a mixed group's on-demand nodes O ≥ min(N, B) + (1 − s)(N − min(N, B)), exactly (`splitCapacity`,
 *   whole O rounding up): with m ≥ min(N, B) by a binary choice b, m ≥ N − M·b and m ≥ B − M(1 − b),
 *   then s·O − (1 − s)·S − s·m ≥ 0.
 *
 * @param zones pods of each group to place in each zone (groups no option holds already taken out).
 * @returns each zone's nodes (the empty ones for the minimum in the zones with the fewest nodes), or
 *   null when there are too many patterns or the solver stopped without proving an optimum.
 */
export function exactMix(
  options: readonly BoundOption[],
  zones: readonly (readonly number[])[],
  settings: { readonly minNodes: number; readonly capacity: CapacityMix },
  solve: LinearProgramSolver,
): MixNode[][] | null {
  const mix = settings.capacity;
  const patterns: { zone: number; node: MixNode }[] = [];
  for (const [zone, pods] of zones.entries()) {
    for (const option of options.keys()) {
      if (
        !listPatterns(options, option, pods, (node) => patterns.push({ zone, node }), PATTERN_LIMIT - patterns.length)
      )
        return null;
    }
  }
  const costs: number[] = [];
  const integer: boolean[] = [];
  const onDemandColumns: number[] = [];
  const spotColumns: number[] = [];
  const column = (cost: number, whole = true) => {
    integer.push(whole);
    return costs.push(cost) - 1;
  };
  const priced = (option: BoundOption, add: (column: number) => void) => {
    if (mix.type !== "spot" && option.onDemandUsdPerHour !== null) {
      const index = column(option.onDemandUsdPerHour);
      onDemandColumns.push(index);
      add(index);
    }
    if (mix.type !== "on-demand" && option.spotUsdPerHour !== null) {
      const index = column(option.spotUsdPerHour);
      spotColumns.push(index);
      add(index);
    }
  };
  const covers = zones.map((pods) => pods.map(() => ({ columns: [] as number[], coefficients: [] as number[] })));
  const patternColumns = patterns.map(({ zone, node }) => {
    const columns: number[] = [];
    priced(options[node.option]!, (index) => {
      columns.push(index);
      node.pods.forEach((count, group) => {
        if (count === 0) return;
        covers[zone]![group]!.columns.push(index);
        covers[zone]![group]!.coefficients.push(count);
      });
    });
    return columns;
  });
  const emptyColumns =
    settings.minNodes > 0
      ? options.map((option) => {
          const columns: number[] = [];
          priced(option, (index) => columns.push(index));
          return columns;
        })
      : [];
  const rows: LinearRow[] = [];
  zones.forEach((pods, zone) => {
    pods.forEach((count, group) => {
      if (count > 0) rows.push({ ...covers[zone]![group]!, lower: count, upper: count });
    });
  });
  const nodes = [...onDemandColumns, ...spotColumns];
  const minimum = settings.minNodes;
  if (minimum > 0) {
    const full = patternColumns.flat();
    const empty = emptyColumns.flat();
    const enough = column(0);
    // Σλ ≥ min·c; Σe + min·c ≤ min; min ≤ Σλ + Σe ≤ min + M·c; c ≤ 1.
    const most = zones.flat().reduce((sum, count) => sum + count, 0) + minimum;
    rows.push({
      columns: [...full, enough],
      coefficients: [...full.map(() => 1), -minimum],
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
    });
    rows.push({
      columns: [...empty, enough],
      coefficients: [...empty.map(() => 1), minimum],
      lower: Number.NEGATIVE_INFINITY,
      upper: minimum,
    });
    rows.push({
      columns: [...nodes, enough],
      coefficients: [...nodes.map(() => 1), -most],
      lower: Number.NEGATIVE_INFINITY,
      upper: minimum,
    });
    rows.push(sumRow(nodes, 1, minimum, Number.POSITIVE_INFINITY));
    rows.push(sumRow([enough], 1, Number.NEGATIVE_INFINITY, 1));
  }
  if (mix.type === "mixed") {
    const share = mix.spotPercentAboveBase / 100;
    const big = zones.flat().reduce((sum, count) => sum + count, 0) + settings.minNodes + mix.onDemandBase + 1;
    const least = column(0, false);
    const choice = column(0);
    // m − N + M·b ≥ 0; m − M·b ≥ B − M; b ≤ 1; s·O − (1 − s)·S − s·m ≥ 0.
    rows.push({
      columns: [least, choice, ...nodes],
      coefficients: [1, big, ...nodes.map(() => -1)],
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
    });
    rows.push({
      columns: [least, choice],
      coefficients: [1, -big],
      lower: mix.onDemandBase - big,
      upper: Number.POSITIVE_INFINITY,
    });
    rows.push({ columns: [choice], coefficients: [1], lower: Number.NEGATIVE_INFINITY, upper: 1 });
    rows.push({
      columns: [...onDemandColumns, ...spotColumns, least],
      coefficients: [...onDemandColumns.map(() => share), ...spotColumns.map(() => -(1 - share)), -share],
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
    });
  }
  if (costs.length === 0) return zones.map(() => []);
  const result = solve({ costs, rows, integer });
  if (result.status !== "optimal") return null;
  const count = (columns: readonly number[]) =>
    columns.reduce((sum, index) => sum + Math.round(result.values[index]!), 0);
  const byZone: MixNode[][] = zones.map(() => []);
  patterns.forEach(({ zone, node }, index) => {
    for (let copy = count(patternColumns[index]!); copy > 0; copy -= 1)
      byZone[zone]!.push({ ...node, pods: [...node.pods] });
  });
  emptyColumns.forEach((columns, option) => {
    for (let copy = count(columns); copy > 0; copy -= 1) {
      const zone = byZone.reduce((fewest, nodes, index) => (nodes.length < byZone[fewest]!.length ? index : fewest), 0);
      byZone[zone]!.push(emptyNode(option, zones[0]?.length ?? 0));
    }
  });
  return byZone;
}

/**
 * Calls `add` with every non-empty node of `option` holding at most `pods[w]` pods of each group w
 * that fits; false as soon as that would pass `limit` patterns.
 */
function listPatterns(
  options: readonly BoundOption[],
  option: number,
  pods: readonly number[],
  add: (node: MixNode) => void,
  limit: number,
): boolean {
  let listed = 0;
  const node = emptyNode(option, pods.length);
  const extend = (group: number): boolean => {
    if (group === pods.length) {
      if (node.slots === 0) return true;
      listed += 1;
      if (listed > limit) return false;
      add({ ...node, pods: [...node.pods] });
      return true;
    }
    const most = Math.min(pods[group]!, roomFor(options, node, group));
    for (let count = 0; count <= most; count += 1) {
      if (count > 0) addPods(options, node, group, 1);
      if (!extend(group + 1)) return false;
    }
    if (most > 0) addPods(options, node, group, -most);
    return true;
  };
  return extend(0);
}

function sumRow(columns: readonly number[], coefficient: number, lower: number, upper: number): LinearRow {
  return { columns, coefficients: columns.map(() => coefficient), lower, upper };
}
