import type { NodeCapacity, PodGroup } from "../plan/bin-pack.js";
import { podsOnEmptyNode } from "../plan/karpenter-launch.js";
import type { CapacityMix } from "../scenario/scenario.js";
import type { LinearProgram, LinearProgramSolver, LinearRow } from "./linear-program.js";

/** An instance type the nodes may be, as {@link costLowerBound} reads it. */
export interface BoundOption {
  /** EC2 name. */
  readonly name: string;
  /** What one node offers the pods (allocatable × target utilisation − DaemonSets). */
  readonly capacity: NodeCapacity;
  /** The pod groups in the type's units (accelerators differ by type), in the same order as every option's. */
  readonly pods: readonly PodGroup[];
  /** USD per hour of an on-demand node; null when the type is not sold on demand (then never on demand). */
  readonly onDemandUsdPerHour: number | null;
  /** USD per hour of a Spot node; null without a Spot price (then never Spot). */
  readonly spotUsdPerHour: number | null;
}

/** What {@link costLowerBound} proves. */
export interface CostLowerBound {
  /**
   * No set of nodes of the options that holds every placeable pod costs less, USD per hour (the
   * solver's proven bound, lowered by its tolerance).
   */
  readonly usdPerHour: number;
  /**
   * Whether the relaxation was solved to the end; false when a work limit stopped the solver first,
   * and the bound is the weaker one it had proven by then.
   */
  readonly complete: boolean;
  /** Indices of the groups (with pods) that fit no option the mix can buy, even alone on an empty node: left out of the bound. */
  readonly unplaceable: readonly number[];
}

/** Options of {@link costLowerBound}. */
export interface CostBoundSettings {
  /** At least this many nodes in all (a node group's minimum size), a whole number ≥ 0; default 0. */
  readonly minNodes?: number;
  /**
   * How the pods split over zones planned one by one: for each zone, the pods of each group there
   * (whole numbers, summing to each group's count); default one zone with every pod.
   */
  readonly zones?: readonly (readonly number[])[];
  /** On-demand and Spot nodes as the group mixes them; default all on demand. */
  readonly capacity?: CapacityMix;
}

/**
 * Relative slack taken off the solver's bound so that its feasibility tolerance (HiGHS: 1e-7) can
 * never make the bound exceed the true optimum.
 */
const SOLVER_TOLERANCE = 1e-6;

/**
 * A lower bound on the cost of any set of nodes, of any mix of the options, on demand and Spot as
 * the capacity mix allows, that holds every pod of the groups (zone by zone when `zones` splits
 * them): the optimum of a relaxation, solved by `solve`. Returns null when the solver proves nothing.
 *
 * Per zone, per option t and price p (on demand, Spot): y_ztp nodes, whole numbers, at the price;
 * x_zwt pods of group w on them, continuous ≥ 0, only when one pod of w fits an empty node of t.
 *
 * - Every pod is somewhere in its zone: Σ_t x_zwt ≥ pods of w in zone z.
 * - Each option's nodes hold their pods in every dimension: Σ_w request_w × x_zwt ≤ capacity_t × Σ_p y_ztp
 *   for CPU, memory, GPUs (in the option's units) and pod slots (1 per pod).
 * - No node holds more than k_wt pods of w, k_wt = min(`maxPerNode`, the pods of w that fit an
 *   empty node of t alone): x_zwt ≤ k_wt × Σ_p y_ztp. This keeps large pods whole.
 * - At least `minNodes` nodes in all.
 * - The capacity mix: all on demand, all Spot, or for a mixed group (on-demand base B, Spot share s
 *   above it) on-demand nodes O ≥ (1 − s) × N + s × min(B, minNodes) of N nodes: the split of
 *   `splitCapacity` (min(N, B) + ⌈(1 − s)(N − min(N, B))⌉ on demand) never has fewer, as N ≥ minNodes.
 *
 * Every real plan satisfies all of these with its nodes and pods, so the optimum is at most the
 * cheapest plan's cost. Its nodes are whole but its pods are fluid: it does not see how pods of
 * different groups fragment a node, so a plan can stand above it even when no cheaper plan exists.
 * The solver's proven bound is taken, so a work limit weakens it but never makes it wrong.
 *
 * @param groups pods by workload, in base units; each option's `pods` lists the same groups in the same order (its accelerator units).
 * @example
 * // 4 pods of 1 vCPU on nodes of 2 vCPU at $0.10 an hour on demand: 2 nodes, $0.20 an hour.
 */
export function costLowerBound(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  solve: LinearProgramSolver,
  settings: CostBoundSettings = {},
): CostLowerBound | null {
  const zones = settings.zones ?? [groups.map((group) => group.count)];
  const { program, unplaceable } = relaxation(groups, options, zones, settings);
  // Nothing to buy (no priced option): no node costs anything.
  if (program.costs.length === 0) return { usdPerHour: 0, complete: true, unplaceable };
  const result = solve(program);
  if (result.status !== "bounded") return null;
  const proven = Math.max(0, result.lowerBound);
  return {
    usdPerHour: Math.max(0, proven - SOLVER_TOLERANCE * Math.max(1, proven)),
    complete: result.optimal,
    unplaceable,
  };
}

/** A node column: its option, whether it is on demand, and its column index. */
interface NodeColumn {
  readonly option: number;
  readonly onDemand: boolean;
  readonly column: number;
}

/** The relaxation of {@link costLowerBound}. */
function relaxation(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  zones: readonly (readonly number[])[],
  settings: CostBoundSettings,
): { program: LinearProgram; unplaceable: number[] } {
  const mix = settings.capacity ?? { type: "on-demand" };
  const costs: number[] = [];
  const rows: LinearRow[] = [];
  const nodeColumns: NodeColumn[] = [];
  // Options the mix can buy: priced on demand or Spot as it allows.
  const priced = options.map(
    (option) =>
      (mix.type !== "spot" && option.onDemandUsdPerHour !== null) ||
      (mix.type !== "on-demand" && option.spotUsdPerHour !== null),
  );
  const unplaceable = groups.flatMap((group, index) =>
    group.count > 0 && options.every((option, t) => !priced[t] || podsOnEmptyNode(option, index) < 1) ? [index] : [],
  );

  for (const pods of zones) {
    // This zone's node columns, per option: on demand and Spot as the mix allows.
    const nodesOf = options.map((option, t) => {
      const prices = [
        { onDemand: true, usdPerHour: mix.type === "spot" ? null : option.onDemandUsdPerHour },
        { onDemand: false, usdPerHour: mix.type === "on-demand" ? null : option.spotUsdPerHour },
      ];
      return prices.flatMap(({ onDemand, usdPerHour }) => {
        if (usdPerHour === null) return [];
        const entry = { option: t, onDemand, column: costs.push(usdPerHour) - 1 };
        nodeColumns.push(entry);
        return [entry.column];
      });
    });
    const capacityTerms = options.map(() => ({
      cpu: new Terms(),
      memory: new Terms(),
      gpus: new Terms(),
      slots: new Terms(),
    }));

    groups.forEach((_, index) => {
      const count = pods[index] ?? 0;
      if (count === 0 || unplaceable.includes(index)) return;
      const cover = new Terms();
      options.forEach((option, t) => {
        const each = podsOnEmptyNode(option, index);
        if (each < 1 || !priced[t]) return;
        const pod = option.pods[index]!;
        const column = costs.push(0) - 1;
        cover.add(column, 1);
        const terms = capacityTerms[t]!;
        terms.cpu.add(column, pod.cpuMillicores);
        terms.memory.add(column, pod.memoryMiB);
        terms.gpus.add(column, pod.gpus ?? 0);
        terms.slots.add(column, 1);
        rows.push(new Terms().add(column, 1).addAll(nodesOf[t]!, -Math.min(each, count)).atMost(0));
      });
      rows.push(cover.atLeast(count));
    });

    options.forEach((option, t) => {
      const { capacity } = option;
      const terms = capacityTerms[t]!;
      const dimensions = [
        [terms.cpu, capacity.cpuMillicores],
        [terms.memory, capacity.memoryMiB],
        [terms.gpus, capacity.gpus ?? 0],
        [terms.slots, capacity.pods],
      ] as const;
      for (const [row, size] of dimensions) {
        if (row.columns.length > 0) rows.push(row.addAll(nodesOf[t]!, -size).atMost(0));
      }
    });
  }

  const minNodes = settings.minNodes ?? 0;
  const all = nodeColumns.map((entry) => entry.column);
  if (minNodes > 0) rows.push(new Terms().addAll(all, 1).atLeast(minNodes));
  if (mix.type === "mixed") {
    // O ≥ (1 − s)N + s·min(B, minNodes), as s·O − (1 − s)·S ≥ s·min(B, minNodes).
    const spot = mix.spotPercentAboveBase / 100;
    const terms = new Terms();
    for (const entry of nodeColumns) terms.add(entry.column, entry.onDemand ? spot : -(1 - spot));
    rows.push(terms.atLeast(spot * Math.min(mix.onDemandBase, minNodes)));
  }
  return { program: { costs, rows, whole: all }, unplaceable };
}

/** A row under construction: Σ coefficient × column, terms of coefficient 0 left out. */
class Terms {
  readonly columns: number[] = [];
  readonly coefficients: number[] = [];

  add(column: number, coefficient: number): this {
    if (coefficient !== 0) {
      this.columns.push(column);
      this.coefficients.push(coefficient);
    }
    return this;
  }

  addAll(columns: readonly number[], coefficient: number): this {
    for (const column of columns) this.add(column, coefficient);
    return this;
  }

  atLeast(lower: number): LinearRow {
    return { lower, upper: Number.POSITIVE_INFINITY, columns: this.columns, coefficients: this.coefficients };
  }

  atMost(upper: number): LinearRow {
    return { lower: Number.NEGATIVE_INFINITY, upper, columns: this.columns, coefficients: this.coefficients };
  }
}
