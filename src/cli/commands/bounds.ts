/**
 * `eksize plan --optimal`: each node group's plan beside a proven lower bound on its cost
 * (`nodeGroupCostBound`, solved by HiGHS from `eksize/optimal`), as sentences for people or rows for `--json`.
 */
import { monthlyCost, nodeGroupCostBound, type ClusterPlan, type LinearProgramSolver, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { boundSentence, percentAboveBound } from "../../present/plan/bound.js";
import { UsageError } from "../io.js";
import { english, englishFormat } from "../messages.js";

/** The `highs` version eksize is tested with (its optional peer dependency). */
export const HIGHS_VERSION = "1.15.3";

/** One node group's bound as the command line gives it: USD a month rounded to the cent, and its sentence. */
export interface BoundRow {
  readonly nodeGroup: string;
  /** Why there is no bound, or null when there is one. */
  readonly reason: "pods-pending" | "no-price" | "unsolved" | null;
  readonly planUsdPerMonth: number | null;
  readonly boundUsdPerMonth: number | null;
  /** The plan is at most this many percent above the cheapest possible. */
  readonly percentAboveBound: number | null;
  readonly text: string;
}

/**
 * HiGHS as the command's solver; a {@link UsageError} (exit 2) naming the install command when the
 * optional `highs` package is missing or its WebAssembly does not load.
 */
export async function loadSolverForCommand(): Promise<LinearProgramSolver> {
  try {
    const { loadHighsSolver } = await import("eksize/optimal");
    return await loadHighsSolver();
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ERR_MODULE_NOT_FOUND";
    const install = `npm install highs@${HIGHS_VERSION} beside eksize (or run npx -p eksize -p highs@${HIGHS_VERSION} eksize plan …)`;
    throw new UsageError(
      missing
        ? `--optimal needs the HiGHS solver, an optional dependency that is not installed: ${install}`
        : `--optimal could not load the HiGHS solver (${error instanceof Error ? error.message : String(error)}): ${install}`,
    );
  }
}

/** Every node group's bound, in the scenario's order. */
export function boundRows(scenario: Scenario, plan: ClusterPlan, solve: LinearProgramSolver): BoundRow[] {
  const format = englishFormat();
  const usd = (value: number) => Number(monthlyCost(value, scenario.hoursPerMonth).toFixed(2));
  return scenario.nodeGroups.flatMap((group): BoundRow[] => {
    const bound = nodeGroupCostBound(scenario, catalog, plan, group.name, solve);
    if (bound === null) return [];
    const text = boundSentence(english, format, bound, scenario.hoursPerMonth);
    if (bound.kind === "none") {
      return [
        {
          nodeGroup: group.name,
          reason: bound.reason,
          planUsdPerMonth: null,
          boundUsdPerMonth: null,
          percentAboveBound: null,
          text,
        },
      ];
    }
    return [
      {
        nodeGroup: group.name,
        reason: null,
        planUsdPerMonth: usd(bound.planUsdPerHour),
        boundUsdPerMonth: usd(bound.boundUsdPerHour),
        percentAboveBound: percentAboveBound(format, bound, scenario.hoursPerMonth),
        text,
      },
    ];
  });
}

/** The "Cheapest possible" section: a heading and a sentence per node group. */
export function boundsText(rows: readonly BoundRow[]): string {
  return `${english("bound.heading")}\n${rows.map((row) => `  ${row.text}\n`).join("")}`;
}
