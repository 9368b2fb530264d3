/**
 * `eksize plan --optimal`: each node group's plan beside a proven lower bound on its cost and the
 * cheapest mix of its types found (`nodeGroupMix`, solved by HiGHS from `eksize/optimal`), as
 * sentences for people or rows for `--json`.
 */
import {
  MIX_CLOCK_LIMIT_MS,
  monthlyCost,
  nodeGroupMix,
  type ClusterPlan,
  type LinearProgramSolver,
  type MixChange,
  type MixTypeNodes,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { boundSentence, percentAboveBound } from "../../present/plan/bound.js";
import { changeSentence, mixBound, mixSentence } from "../../present/plan/mix.js";
import { UsageError } from "../io.js";
import { english, englishFormat } from "../messages.js";

/** The `highs` version eksize is tested with (its optional peer dependency). */
export const HIGHS_VERSION = "1.15.3";

/** One node group's bound and optimal mix as the command line gives them: USD a month rounded to the cent, and sentences. */
export interface BoundRow {
  readonly nodeGroup: string;
  /** Why there is no bound, or null when there is one. */
  readonly reason: "pods-pending" | "no-price" | "unsolved" | null;
  readonly planUsdPerMonth: number | null;
  /** No plan of the group's types costs less (the mix's cost when `proven`). */
  readonly boundUsdPerMonth: number | null;
  /** The plan is at most this many percent above the cheapest possible. */
  readonly percentAboveBound: number | null;
  /** The cheapest mix found: its cost a month, nodes, and nodes by type. */
  readonly mix: {
    readonly usdPerMonth: number;
    readonly nodes: number;
    readonly byType: readonly MixTypeNodes[];
  } | null;
  /** The mix is proven the cheapest possible. */
  readonly proven: boolean;
  /** The search stopped at its clock. */
  readonly cutShort: boolean;
  /** The change that saves money once re-planned (see `nodeGroupMix`), without its scenario. */
  readonly change: Omit<MixChange, "scenario"> | null;
  /** The bound's sentence, the mix's and the change's, one per line. */
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

/** Every node group's bound and optimal mix (`nodeGroupMix`, 2 s clock each), in the scenario's order. */
export function boundRows(scenario: Scenario, plan: ClusterPlan, solve: LinearProgramSolver): BoundRow[] {
  const format = englishFormat();
  const hours = scenario.hoursPerMonth;
  const usd = (value: number) => Number(monthlyCost(value, hours).toFixed(2));
  return scenario.nodeGroups.flatMap((group, index): BoundRow[] => {
    const result = nodeGroupMix(scenario, catalog, plan, group.name, solve, {
      now: () => performance.now(),
      limitMs: MIX_CLOCK_LIMIT_MS,
    });
    if (result === null) return [];
    if (result.kind === "none") {
      const boundText = boundSentence(english, format, result, hours);
      const none = { planUsdPerMonth: null, boundUsdPerMonth: null, percentAboveBound: null, mix: null };
      return [
        {
          nodeGroup: group.name,
          reason: result.reason,
          ...none,
          proven: false,
          cutShort: false,
          change: null,
          text: boundText,
        },
      ];
    }
    const bound = mixBound(result);
    const provisioning = plan.nodeGroups[index]?.provisioning ?? "managed-node-group";
    const launch = provisioning === "managed-node-group" ? null : provisioning;
    const percent = percentAboveBound(format, bound, hours);
    return [
      {
        nodeGroup: group.name,
        reason: null,
        planUsdPerMonth: usd(result.plan.usdPerHour),
        boundUsdPerMonth: usd(result.boundUsdPerHour),
        percentAboveBound: percent,
        mix: { usdPerMonth: usd(result.mix.usdPerHour), nodes: result.mix.nodes, byType: result.mix.byType },
        proven: result.proven,
        cutShort: result.cutShort,
        change: withoutScenario(result.change),
        // The mix and the change, when the plan is not the cheapest possible already.
        text: [
          boundSentence(english, format, bound, hours),
          ...(percent === 0 ? [] : [mixSentence(english, format, result, hours, launch)]),
          ...(result.change === null ? [] : [changeSentence(english, format, group.name, result.change)]),
        ].join("\n    "),
      },
    ];
  });
}

/** The "Cheapest possible" section: a heading and a sentence per node group. */
export function boundsText(rows: readonly BoundRow[]): string {
  return `${english("bound.heading")}\n${rows.map((row) => `  ${row.text}\n`).join("")}`;
}

/** The change without the scenario it makes (the JSON gives the figures; the scenario is the input with the change). */
function withoutScenario(change: MixChange | null): Omit<MixChange, "scenario"> | null {
  if (change === null) return null;
  const { kind, nodeGroups, instanceTypes, usdPerMonthSaved, nodesSaved } = change;
  return { kind, nodeGroups, instanceTypes, usdPerMonthSaved: Number(usdPerMonthSaved.toFixed(2)), nodesSaved };
}
