/**
 * A linear program as the core hands it to a solver, and what a solver answers. The core builds
 * programs and reads results; it never loads a solver: the `eksize/optimal` entry adapts HiGHS
 * (WebAssembly) to {@link LinearProgramSolver}, and a test can pass any other.
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

/** Minimise Σ costs[j] × x[j] over x[j] ≥ 0, subject to every row: continuous, or whole where `integer` says. */
export interface LinearProgram {
  /** One cost per column. */
  readonly costs: readonly number[];
  readonly rows: readonly LinearRow[];
  /** Per column, whether it must be a whole number (a mixed-integer program); default none. */
  readonly integer?: readonly boolean[];
}

/** A solver's answer: the optimum, or why there is none. */
export type LinearProgramResult =
  /** The proven optimum (of a mixed-integer program: proven within the solver's integer tolerance). */
  | { readonly status: "optimal"; readonly objective: number; readonly values: readonly number[] }
  /** No x satisfies every row. */
  | { readonly status: "infeasible" }
  /** The solver stopped without an optimum (a work or time limit, or a numerical failure). */
  | { readonly status: "unsolved" };

/**
 * Solves a {@link LinearProgram} to optimality, deterministically (same program, same answer),
 * or says it could not.
 */
export type LinearProgramSolver = (program: LinearProgram) => LinearProgramResult;
