import type { Highs } from "highs";
import type { LinearProgram, LinearProgramResult, LinearProgramSolver } from "../core/optimal/linear-program.js";

/**
 * Work limits that make every answer the same on every machine: HiGHS stops after this many simplex
 * iterations and branch-and-bound nodes, whatever the clock says.
 */
export const SIMPLEX_ITERATION_LIMIT = 200_000;
export const BRANCH_AND_BOUND_NODE_LIMIT = 2_000;
/**
 * Seconds after which HiGHS stops whatever the work done: only a safety net for a machine far slower
 * than expected (its answer then depends on the machine, and is still a valid bound).
 */
export const TIME_LIMIT_SECONDS = 2;

/**
 * A {@link LinearProgramSolver} backed by HiGHS (the `highs` package: HiGHS compiled to WebAssembly,
 * single-threaded, deterministic under work limits). Each program is a fresh model, disposed after
 * the solve. A mixed-integer program's bound is HiGHS's dual bound (`mip_dual_bound`), proven even
 * when a limit stops the search.
 */
export function highsLinearSolver(highs: Highs): LinearProgramSolver {
  const { modelStatus, variableType } = highs.constants;
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
    const whole = new Set(program.whole ?? []);
    const mixedInteger = whole.size > 0;
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
        ...(mixedInteger
          ? {
              integrality: costs.map((_, column) =>
                whole.has(column) ? variableType.integer : variableType.continuous,
              ),
            }
          : {}),
      },
      (model): LinearProgramResult => {
        model.options.set({
          output_flag: false,
          simplex_iteration_limit: SIMPLEX_ITERATION_LIMIT,
          mip_max_nodes: BRANCH_AND_BOUND_NODE_LIMIT,
          mip_rel_gap: 0,
          time_limit: TIME_LIMIT_SECONDS,
        });
        const status = model.run().modelStatus;
        if (status === modelStatus.infeasible) return { status: "infeasible" };
        const optimal = status === modelStatus.optimal;
        if (!mixedInteger) {
          if (!optimal) return { status: "unsolved" };
          const objective = model.getObjectiveValue();
          return { status: "bounded", optimal, lowerBound: objective, values: [...model.getSolution().colValue] };
        }
        const dualBound = Number(model.info.get("mip_dual_bound"));
        if (!Number.isFinite(dualBound)) return { status: "unsolved" };
        const found = Number(model.info.get("primal_solution_status")) === 2;
        return {
          status: "bounded",
          optimal,
          lowerBound: dualBound,
          values: found ? [...model.getSolution().colValue] : null,
        };
      },
    );
  };
}
