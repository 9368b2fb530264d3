import type { NodeCapacity, PodGroup } from "../plan/bin-pack.js";
import { podsOnEmptyNode } from "../plan/karpenter-launch.js";
import type { CapacityMix } from "../scenario/scenario.js";
import type { LinearProgram, LinearProgramResult, LinearProgramSolver, LinearRow } from "./linear-program.js";

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
  /** The fewest nodes any plan needs in each zone (whole numbers, the first stage's), in zone order. */
  readonly nodesByZone: readonly number[];
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
  /**
   * Linear programs solved at most to branch on whole node counts after the relaxation (a work
   * limit); default {@link NODE_BRANCH_SOLVES}; 0 for the relaxation's bound alone.
   */
  readonly branchSolves?: number;
}

/**
 * Relative slack taken off the solver's optima so that its feasibility tolerance (HiGHS: 1e-7) can
 * never make a bound exceed the true optimum (nor round a node count of 3.0000001 up to 4).
 */
const SOLVER_TOLERANCE = 1e-6;

/**
 * A lower bound on the cost of any set of nodes, of any mix of the options, on demand and Spot as
 * the capacity mix allows, that holds every pod of the groups (zone by zone when `zones` splits
 * them), from two linear relaxations solved by `solve` and a branch and bound on whole node counts.
 * Returns null when the solver solves neither relaxation.
 *
 * Per zone, per option t and price p (on demand, Spot): y_ztp nodes at the price, x_zwt pods of
 * group w on them, continuous ≥ 0; x_zwt only when one pod of w fits an empty node of t.
 *
 * - Every pod is somewhere in its zone: Σ_t x_zwt ≥ pods of w in zone z.
 * - Each option's nodes hold their pods in every dimension: Σ_w request_w × x_zwt ≤ capacity_t × Σ_p y_ztp
 *   for CPU, memory, GPUs (in the option's units) and pod slots (1 per pod).
 * - No node holds more than k_wt pods of w, k_wt = min(`maxPerNode`, the pods of w that fit an
 *   empty node of t alone): x_zwt ≤ k_wt × Σ_p y_ztp, written when k_wt is below the zone's pods of
 *   w (elsewhere it binds only below one node, and leaving a valid row out only weakens the bound).
 *   This keeps large pods whole.
 * - Nodes are whole: the first stage minimises each zone's nodes Σ_tp y_ztp under the rows above;
 *   no plan has fewer than ⌈that⌉ there (n_z), and the second stage asks Σ_tp y_ztp ≥ n_z.
 * - At least `minNodes` nodes in all; N = Σ y ≥ N₀ = max(`minNodes`, Σ_z n_z).
 * - The capacity mix: all on demand, all Spot, or for a mixed group (on-demand base B, Spot share s
 *   above it) on-demand nodes O ≥ (1 − s) × N + s × min(B, N₀): the split of `splitCapacity`
 *   (min(N, B) + ⌈(1 − s)(N − min(N, B))⌉ on demand) never has fewer, as N ≥ N₀.
 *
 * The second stage minimises cost. Every real plan satisfies all of these with its nodes and pods,
 * so its optimum is at most the cheapest plan's cost. Its pods are fluid: it does not see how pods
 * of different groups fragment a node, so a plan can stand above it even when no cheaper plan exists.
 * Groups that fit no option the mix can buy (a price for on demand or Spot as it allows) are left
 * out, and named.
 *
 * Its node counts are fluid too (20.9 nodes of one type): a short branch and bound on whole node
 * counts (each option's nodes at each price in each zone, each option's in a zone, each zone's, all)
 * then raises the bound, for at most `branchSolves` more solves (`wholeNodes`): every plan has
 * whole counts, so the least optimum of the open subproblems still bounds every plan.
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
  const nodesByZone: number[] = [];
  for (const pods of zones) {
    const fewest = relaxation(groups, options, [pods], settings, { objective: "nodes", nodesByZone: [0] });
    if (fewest.program.costs.length === 0) {
      nodesByZone.push(0);
      continue;
    }
    const result = solve(fewest.program);
    if (result.status !== "optimal") return null;
    nodesByZone.push(Math.max(0, Math.ceil(result.objective - SOLVER_TOLERANCE * Math.max(1, result.objective))));
  }
  const { program, unplaceable, nodeColumns } = relaxation(groups, options, zones, settings, {
    objective: "cost",
    nodesByZone,
  });
  // Nothing to buy (no priced option): no node costs anything.
  if (program.costs.length === 0) return { usdPerHour: 0, nodesByZone, unplaceable };
  const result = solve(program);
  if (result.status !== "optimal") return null;
  const nodes = nodeColumns.flat(2).map((column) => [column]);
  // Counts a plan also has whole: each option's nodes in a zone (on demand and Spot), each zone's, all.
  const sums = [
    ...nodeColumns.flatMap((zone) => zone.filter((columns) => columns.length > 1)),
    ...(nodeColumns.length > 1 ? nodeColumns.map((zone) => zone.flat()) : []),
    nodeColumns.flat(2),
  ];
  const whole = wholeNodes(program, [...nodes, ...sums], result, solve, settings.branchSolves ?? NODE_BRANCH_SOLVES);
  const optimum = Math.max(0, result.objective, whole);
  return { usdPerHour: Math.max(0, optimum - SOLVER_TOLERANCE * Math.max(1, optimum)), nodesByZone, unplaceable };
}

/**
 * Linear programs {@link costLowerBound} solves at most to branch on whole node counts: a work limit,
 * so the bound is the same on every machine.
 */
export const NODE_BRANCH_SOLVES = 8;

/** A subproblem of {@link wholeNodes}: its extra rows, its optimum, and its solution (null: not to branch further). */
interface Branch {
  readonly rows: readonly LinearRow[];
  readonly objective: number;
  readonly values: readonly number[] | null;
}

/**
 * The relaxation's optimum raised by branch and bound on whole node counts (Land and Doig 1960,
 * "An automatic method of solving discrete programming problems", Econometrica 28(3)), best first,
 * for at most `limit` more solves. Every real plan buys a whole number of nodes of each option at
 * each price in each zone, so each sum of node columns in `counts` (one column, or several) is whole
 * for it: a sum at v in a subproblem's optimum splits its plans into those with Σ ≤ ⌊v⌋ and those
 * with Σ ≥ ⌈v⌉ (a row each), and the least optimum of the open subproblems bounds every plan. The
 * subproblem of least optimum is split next, on the sum farthest from a whole number (the first such
 * in `counts`); the search ends when it is whole everywhere, or at the limit. An infeasible
 * subproblem holds no plan; one the solver leaves unsolved keeps its parent's optimum (a subproblem's
 * optimum is never below its parent's, as it only adds rows).
 *
 * @param counts sums of node columns, each a list of column indices.
 * @returns the least optimum of the open subproblems, USD per hour (the relaxation's own when no
 *   branch was taken).
 */
function wholeNodes(
  program: LinearProgram,
  counts: readonly (readonly number[])[],
  root: Extract<LinearProgramResult, { status: "optimal" }>,
  solve: LinearProgramSolver,
  limit: number,
): number {
  const open: Branch[] = [{ rows: [], objective: root.objective, values: root.values }];
  let solves = 0;
  while (solves + 2 <= limit) {
    // The open subproblem of least optimum: the bound, and where to branch.
    const at = open.reduce((least, branch, index) => (branch.objective < open[least]!.objective ? index : least), 0);
    const branch = open[at]!;
    if (branch.values === null) break;
    const values = branch.values;
    // The count of nodes farthest from a whole number.
    let column: readonly number[] | null = null;
    let distance = WHOLE_TOLERANCE;
    let value = 0;
    for (const candidate of counts) {
      const sum = candidate.reduce((total, index) => total + values[index]!, 0);
      const away = Math.abs(sum - Math.round(sum));
      if (away > distance) {
        column = candidate;
        distance = away;
        value = sum;
      }
    }
    // Whole already: no plan of this subproblem costs less than its optimum.
    if (column === null) break;
    const children = [
      { lower: Number.NEGATIVE_INFINITY, upper: Math.floor(value) },
      { lower: Math.ceil(value), upper: Number.POSITIVE_INFINITY },
    ].flatMap((range): Branch[] => {
      const rows = [...branch.rows, { columns: column, coefficients: column.map(() => 1), ...range }];
      const result = solve({ ...program, rows: [...program.rows, ...rows] });
      solves += 1;
      if (result.status === "infeasible") return [];
      if (result.status !== "optimal") return [{ rows, objective: branch.objective, values: null }];
      return [{ rows, objective: Math.max(branch.objective, result.objective), values: result.values }];
    });
    open.splice(at, 1, ...children);
    if (open.length === 0) return root.objective;
  }
  return open.reduce((least, branch) => Math.min(least, branch.objective), Number.POSITIVE_INFINITY);
}

/** A node count this close to a whole number is whole (the solver's feasibility tolerance is 1e-7). */
const WHOLE_TOLERANCE = 1e-6;

/** A node column: whether its nodes are on demand, and its column index. */
interface NodeColumn {
  readonly onDemand: boolean;
  readonly column: number;
}

/** A relaxation's program, and which of its columns are which. */
export interface Relaxation {
  readonly program: LinearProgram;
  /** Indices of the groups (with pods) that fit no option the mix can buy. */
  readonly unplaceable: number[];
  /** Per zone, per option: its node columns (on demand, Spot, as the mix allows). */
  readonly nodeColumns: readonly (readonly (readonly number[])[])[];
  /** Per zone, per group, per option: the column of the group's pods on the option's nodes, or −1 for none. */
  readonly podColumns: readonly (readonly (readonly number[])[])[];
}

/** The relaxation of {@link costLowerBound}: its first stage (fewest nodes) or its second (cost, with each zone's fewest nodes). */
export function relaxation(
  groups: readonly PodGroup[],
  options: readonly BoundOption[],
  zones: readonly (readonly number[])[],
  settings: CostBoundSettings,
  stage: { readonly objective: "nodes" | "cost"; readonly nodesByZone: readonly number[] },
): Relaxation {
  const mix = settings.capacity ?? { type: "on-demand" };
  const costs: number[] = [];
  const rows: LinearRow[] = [];
  const nodeColumns: NodeColumn[] = [];
  const nodeColumnsByZone: number[][][] = [];
  const podColumns: number[][][] = [];
  // Options the mix can buy: priced on demand or Spot as it allows.
  const priced = options.map(
    (option) =>
      (mix.type !== "spot" && option.onDemandUsdPerHour !== null) ||
      (mix.type !== "on-demand" && option.spotUsdPerHour !== null),
  );
  const unplaceable = groups.flatMap((group, index) =>
    group.count > 0 && options.every((option, t) => !priced[t] || podsOnEmptyNode(option, index) < 1) ? [index] : [],
  );

  zones.forEach((pods, zone) => {
    const zoneColumns: number[] = [];
    // This zone's node columns, per option: on demand and Spot as the mix allows.
    const nodesOf = options.map((option) => {
      const prices = [
        { onDemand: true, usdPerHour: mix.type === "spot" ? null : option.onDemandUsdPerHour },
        { onDemand: false, usdPerHour: mix.type === "on-demand" ? null : option.spotUsdPerHour },
      ];
      return prices.flatMap(({ onDemand, usdPerHour }) => {
        if (usdPerHour === null) return [];
        const entry = { onDemand, column: costs.push(stage.objective === "cost" ? usdPerHour : 1) - 1 };
        nodeColumns.push(entry);
        zoneColumns.push(entry.column);
        return [entry.column];
      });
    });
    nodeColumnsByZone.push(nodesOf);
    const zonePods = groups.map(() => options.map(() => -1));
    podColumns.push(zonePods);
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
        zonePods[index]![t] = column;
        cover.add(column, 1);
        const terms = capacityTerms[t]!;
        terms.cpu.add(column, pod.cpuMillicores);
        terms.memory.add(column, pod.memoryMiB);
        terms.gpus.add(column, pod.gpus ?? 0);
        terms.slots.add(column, 1);
        // Only where the cap binds before the count does: leaving a valid row out only weakens the bound.
        if (each < count) rows.push(new Terms().add(column, 1).addAll(nodesOf[t]!, -each).atMost(0));
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
    const fewest = stage.nodesByZone[zone] ?? 0;
    if (fewest > 0) rows.push(new Terms().addAll(zoneColumns, 1).atLeast(fewest));
  });

  if (stage.objective === "cost") {
    const fewest = Math.max(
      settings.minNodes ?? 0,
      stage.nodesByZone.reduce((sum, nodes) => sum + nodes, 0),
    );
    if (fewest > 0)
      rows.push(
        new Terms()
          .addAll(
            nodeColumns.map((entry) => entry.column),
            1,
          )
          .atLeast(fewest),
      );
    if (mix.type === "mixed") {
      // O ≥ (1 − s)N + s·min(B, N₀), as s·O − (1 − s)·S ≥ s·min(B, N₀).
      const spot = mix.spotPercentAboveBase / 100;
      const terms = new Terms();
      for (const entry of nodeColumns) terms.add(entry.column, entry.onDemand ? spot : -(1 - spot));
      rows.push(terms.atLeast(spot * Math.min(mix.onDemandBase, fewest)));
    }
  }
  return { program: { costs, rows }, unplaceable, nodeColumns: nodeColumnsByZone, podColumns };
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
