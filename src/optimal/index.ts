/**
 * `eksize/optimal`: the solver behind eksize's cost bounds, HiGHS compiled to WebAssembly (the `highs`
 * package, an optional peer dependency: `npm install highs@1.15.3`). The bounds themselves are pure and
 * live in `eksize` (`costLowerBound`, `nodeGroupCostBound`); this entry gives them a solver.
 *
 * @example
 * import { planCluster, nodeGroupCostBound } from "eksize";
 * import { catalog } from "eksize/data";
 * import { loadHighsSolver } from "eksize/optimal";
 * const solve = await loadHighsSolver();
 * nodeGroupCostBound(scenario, catalog, planCluster(scenario, catalog), "general", solve);
 */
import type { LinearProgramSolver } from "eksize";
import { highsLinearSolver } from "./highs-solver.js";

export {
  BRANCH_AND_BOUND_NODE_LIMIT,
  highsLinearSolver,
  SIMPLEX_ITERATION_LIMIT,
  TIME_LIMIT_SECONDS,
} from "./highs-solver.js";

/** Where the WebAssembly file is, for a bundler or a page that serves it under another name. */
export interface SolverLocation {
  /** The URL or path of `highs.wasm` (the `highs/runtime` export); default beside the `highs` package's loader. */
  readonly wasmUrl?: string;
}

/**
 * Loads HiGHS (about 3.5 MB of WebAssembly, 1.2 MB compressed) and returns it as a linear-program
 * solver. Rejects when the `highs` package is not installed (its import fails) or its WebAssembly
 * cannot be compiled (a Content-Security-Policy without `'wasm-unsafe-eval'`, for one).
 */
export async function loadHighsSolver(location: SolverLocation = {}): Promise<LinearProgramSolver> {
  const { default: loadHighs } = await import("highs");
  const { wasmUrl } = location;
  const highs = await loadHighs(wasmUrl === undefined ? {} : { locateFile: () => wasmUrl });
  return highsLinearSolver(highs);
}
