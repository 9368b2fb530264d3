/**
 * `eksize plan --compare-modes`: the same workloads on managed node groups, Karpenter, EKS Auto Mode and Fargate
 * (`compareModes`), as a table for people or rows for `--json`.
 */
import { compareModes, unschedulablePodCount, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { nodesByTypeText, unschedulableEntry } from "../../present/plan/words.js";
import { english, englishFormat } from "../messages.js";
import { renderListing } from "../output.js";

/** One compute mode as the command line gives it: USD rounded to the cent, what it cannot run in words. */
export interface ModeRow {
  readonly mode: string;
  readonly name: string;
  readonly nodesByType: readonly { readonly instanceType: string; readonly nodes: number }[];
  readonly totalUsdPerMonth: number | null;
  readonly unschedulablePods: number;
  /** Each workload it cannot run, and why, in English. */
  readonly cannotRun: readonly string[];
  readonly daemonSetsNotRun: readonly string[];
}

/** The rows of {@link compareModes} for the scenario. */
export function modeRows(scenario: Scenario): ModeRow[] {
  return compareModes(scenario, catalog).map((mode) => ({
    mode: mode.mode,
    name: english(`mode.${mode.mode}`),
    nodesByType: mode.nodesByType,
    totalUsdPerMonth: mode.cost.totalUsdPerMonth === null ? null : Number(mode.cost.totalUsdPerMonth.toFixed(2)),
    unschedulablePods: unschedulablePodCount(mode.plan),
    cannotRun: mode.plan.unschedulable.map((entry) => unschedulableEntry(english, englishFormat(), entry)),
    daemonSetsNotRun: mode.daemonSetsNotRun,
  }));
}

/** The "Compute modes compared" section: a table, then what each mode cannot run. */
export function modesText(rows: readonly ModeRow[]): string {
  const table = renderListing(
    {
      columns: [
        { key: "name", heading: "MODE" },
        { key: "totalUsdPerMonth", heading: "USD/MONTH" },
        { key: "nodes", heading: "NODES" },
        { key: "unschedulablePods", heading: "UNSCHEDULABLE PODS" },
      ],
      rows: rows.map((row) => ({
        name: row.name,
        totalUsdPerMonth: row.totalUsdPerMonth,
        nodes: nodesByTypeText(englishFormat(), row.nodesByType),
        unschedulablePods: row.unschedulablePods,
      })),
    },
    "table",
  );
  const notes = rows.flatMap((row) => {
    const lines = [...row.cannotRun];
    if (row.daemonSetsNotRun.length > 0) {
      lines.push(english("mode.daemonsets-not-run", { names: row.daemonSetsNotRun.join(", ") }));
    }
    return lines.length === 0 ? [] : [`${row.name}:\n${lines.map((line) => `  ${line}\n`).join("")}`];
  });
  return `Compute modes compared\n${table}${notes.length === 0 ? "" : `\n${notes.join("")}`}`;
}
