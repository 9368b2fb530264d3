/**
 * A (mixed-integer) linear program as the core hands it to a solver, and what a solver answers. The
 * core builds programs and reads results; it never loads a solver: the `eksize/optimal` entry adapts
 * HiGHS (WebAssembly) to {@link LinearProgramSolver}, and a test can pass any other.
 */

/** One constraint: `lower ≤ Σ coefficients[i] × x[columns[i]] ≤ upper`. */
export interface LinearRow {
  /** −Infinity for none. */
  readonly lower: number;
  /** +Infinity for none. */
  readonly upper: number;
  /** Column indices, each at most once. */
  readonly columns: readonly number[];
  /** One per column index. */
  readonly coefficients: readonly number[];
}

/** Minimise Σ costs[j] × x[j] over x[j] ≥ 0, subject to every row; the `whole` columns take whole numbers. */
export interface LinearProgram {
  /** One cost per column. */
  readonly costs: readonly number[];
  readonly rows: readonly LinearRow[];
  /** Indices of the columns that must be whole numbers; default none (a linear program). */
  readonly whole?: readonly number[];
}

/** A solver's answer. */
export type LinearProgramResult =
  /**
   * `lowerBound`: no x satisfying the rows costs less (proven; the optimum itself when `optimal`).
   * `values`: the best x found (the optimum when `optimal`), or null when the solver stopped at a
   * work limit before it found one.
   */
  | {
      readonly status: "bounded";
      readonly optimal: boolean;
      readonly lowerBound: number;
      readonly values: readonly number[] | null;
    }
  /** No x satisfies every row. */
  | { readonly status: "infeasible" }
  /** The solver stopped with nothing proven (a numerical failure). */
  | { readonly status: "unsolved" };

/**
 * Solves a {@link LinearProgram}, deterministically: same program, same answer. A solver may stop at
 * a work limit (iterations, branch-and-bound nodes) with a weaker bound, never with a wrong one.
 */
export type LinearProgramSolver = (program: LinearProgram) => LinearProgramResult;
