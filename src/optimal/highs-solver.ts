import type { Highs } from "highs";
import type { LinearProgram, LinearProgramResult, LinearProgramSolver } from "eksize";

/** HiGHS stops after this many simplex iterations, whatever the clock says: a work limit, the same on every machine. */
export const SIMPLEX_ITERATION_LIMIT = 200_000;
/** HiGHS stops a mixed-integer program after this many branch-and-bound nodes: a work limit like the iterations. */
export const BRANCH_AND_BOUND_NODE_LIMIT = 10_000;
/**
 * Seconds after which HiGHS stops whatever the work done: only a safety net for a machine far slower
 * than expected (the program is then unsolved, and the caller says so).
 */
export const TIME_LIMIT_SECONDS = 2;

/**
 * A {@link LinearProgramSolver} backed by HiGHS (the `highs` package: HiGHS compiled to WebAssembly,
 * single-threaded, deterministic under its work limits), for linear and mixed-integer programs. Each program is a fresh model, disposed
 * after the solve.
 */
export function highsLinearSolver(highs: Highs): LinearProgramSolver {
  const { modelStatus } = highs.constants;
  const finite = (value: number) =>
    value === Number.POSITIVE_INFINITY ? highs.infinity : value === Number.NEGATIVE_INFINITY ? -highs.infinity : value;
  return (program: LinearProgram): LinearProgramResult => {
    const { costs, rows } = program;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of rows) {
      indices.push(...row.columns);
      values.push(...row.coefficients);
      starts.push(indices.length);
    }
    return highs.withModel(
      {
        numCols: costs.length,
        numRows: rows.length,
        colCost: costs,
        colLower: costs.map(() => 0),
        colUpper: costs.map(() => highs.infinity),
        rowLower: rows.map((row) => finite(row.lower)),
        rowUpper: rows.map((row) => finite(row.upper)),
        matrix: { format: "csr", numRows: rows.length, numCols: costs.length, starts, indices, values },
        ...(program.integer === undefined
          ? {}
          : {
              integrality: program.integer.map((whole) =>
                whole ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
              ),
            }),
      },
      (model): LinearProgramResult => {
        model.options.set({
          output_flag: false,
          simplex_iteration_limit: SIMPLEX_ITERATION_LIMIT,
          mip_max_nodes: BRANCH_AND_BOUND_NODE_LIMIT,
          // A proven optimum, not one within HiGHS's default 0.01%.
          mip_rel_gap: 0,
          time_limit: TIME_LIMIT_SECONDS,
        });
        const status = model.run().modelStatus;
        if (status === modelStatus.infeasible) return { status: "infeasible" };
        if (status !== modelStatus.optimal) return { status: "unsolved" };
        return { status: "optimal", objective: model.getObjectiveValue(), values: [...model.getSolution().colValue] };
      },
    );
  };
}
