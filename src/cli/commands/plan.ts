/**
 * `eksize plan`: the plan and the bill of a scenario (a JSON file or a share link), the advice on it
 * and the strategies compared, for people or (`--json`) machines. Exits 1 when pods cannot be
 * scheduled, so CI can gate on a plan. `eksize advice` reuses its planning and its advice section.
 */
import {
  adviseScenario,
  compareStrategies,
  COST_LINES,
  costCluster,
  planCluster,
  rankedNodeGroup,
  rankInstanceTypes,
  unschedulablePodCount,
  type AdviceCode,
  type AdviceSeverity,
  type ClusterCost,
  type ClusterPlan,
  type Finding,
  type InstanceTypeRanking,
  type SavingsPlanType,
  type Scenario,
  SAVINGS_PLAN_TYPES,
} from "eksize";
import { catalog } from "eksize/data";
import { parseArgs } from "node:util";
import { describeFinding } from "../../present/i18n/describe-finding.js";
import { billRows, lineLabel, savingsNote } from "../../present/plan/bill.js";
import { explainCostLines } from "../../present/plan/explain.js";
import {
  addedDaemonSetsNote,
  zoneNodesText,
  fargateEntry,
  nodesByTypeText,
  RANKING_SIZE,
  strategyName,
  unschedulableEntry,
} from "../../present/plan/words.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { describe, english, englishFormat } from "../messages.js";
import { renderListing } from "../output.js";
import { readScenarioArgument } from "../scenario-input.js";
import { modeRows, modesText } from "./modes.js";
import { boundRows, boundsText, HIGHS_VERSION, loadSolverForCommand } from "./bounds.js";
import { weekRecord } from "./week.js";

/** The command's help. */
export const PLAN_HELP = `Usage: eksize plan SCENARIO.json|LINK [--group NAME] [--compare-modes] [--optimal] [--week]
                   [--scale-down-delay MINUTES] [--savings-plan-discount PERCENT]
                   [--savings-plan-type compute|ec2-instance] [--json]

Plans a scenario (a file exported by the site, or a share link or token): the nodes of each node
group, Fargate pods, pods that cannot run and why, the monthly bill line by line (USD), the advice
on it (as eksize advice prints it), the strategies compared (as configured, all on-demand, Fargate
where possible, the cheapest type for a node group), and the ${RANKING_SIZE} cheapest instance types for
that node group: the monthly bill with the group on each type alone, the rest as configured (as the
site ranks them).

  --group NAME      the node group to rank instance types for (default: the first)
  --compare-modes   also plan the same workloads on managed node groups, Karpenter (each node
                    group a NodePool of its types' families), EKS Auto Mode (the same, with its
                    rules and fee) and Fargate only: nodes by type, the monthly bill and what
                    each cannot run, and why
  --optimal         also prove how far each node group's plan is from the cheapest possible: a
                    lower bound on the cost of any nodes of its instance types that hold its pods,
                    the cheapest mix of those types found (exact on small groups, else a search of
                    at most 2 s), and the change to the scenario that saves money, re-planned
                    (needs the HiGHS solver: npm install highs@${HIGHS_VERSION})
  --week            also plan the week hour by hour as the autoscalers follow each workload's load
                    profile (its autoscaling range): the month's cost against the cluster
                    provisioned for the peak, and the node-hours of each node group
  --scale-down-delay MINUTES
                    with --week, minutes a node no pod needs stays before it is removed, 0 to
                    1440 (default: the scenario's, else the autoscaler's: Cluster Autoscaler
                    10, Karpenter and Auto Mode 0)
  --savings-plan-discount PERCENT
                    with --week, the Savings Plan commitment that makes the week's on-demand
                    spend cheapest at this discount off on-demand rates (default: the
                    scenario's Savings Plan discount, else its compute savings, when above 0)
  --savings-plan-type compute|ec2-instance
                    with --week, a Compute Savings Plan (nodes and Fargate, one commitment) or
                    EC2 Instance Savings Plans (one per instance family, never Fargate);
                    default the scenario's, else compute
  --json            the scenario, plan, bill, advice, strategies, ranking (and modes, bounds,
                    week) as JSON
  -h, --help        this help

Exit codes: 0 every pod is placed; 1 some pods cannot be scheduled; 2 bad input.
`;

const usd = (value: number | null): number | null => (value === null ? null : Number(value.toFixed(2)));
const percent = (share: number): number => Number((share * 100).toFixed(1));

function planText(scenario: Scenario, plan: ClusterPlan, cost: ClusterCost): string {
  const name = scenario.name;
  const parts = [`Scenario: ${name === "" ? "(unnamed)" : name}, ${scenario.region}\n\nNode groups\n`];
  parts.push(
    renderListing(
      {
        columns: [
          { key: "group", heading: "GROUP" },
          { key: "type", heading: "INSTANCE TYPE" },
          { key: "nodes", heading: "NODES" },
          { key: "onDemand", heading: "ON-DEMAND" },
          { key: "spot", heading: "SPOT" },
          { key: "cpu", heading: "CPU %" },
          { key: "memory", heading: "MEMORY %" },
          { key: "pods", heading: "PODS %" },
        ],
        rows: plan.nodeGroups.map((group) => ({
          group: group.name,
          // A Karpenter NodePool's mix: "2 × m5.2xlarge, 1 × c5.large".
          type: group.byType.length > 1 ? nodesByTypeText(englishFormat(), group.byType) : group.instanceType,
          nodes: group.nodes,
          onDemand: group.onDemandNodes,
          spot: group.spotNodes,
          cpu: percent(group.utilisation.cpu),
          memory: percent(group.utilisation.memory),
          pods: percent(group.utilisation.pods),
        })),
      },
      "table",
    ),
  );
  for (const group of plan.nodeGroups) {
    const zones = zoneNodesText(english, englishFormat(), group);
    if (zones !== null) parts.push(`${group.name}, ${english("planner.plan.zones").toLowerCase()}: ${zones}\n`);
  }
  const addedNote = addedDaemonSetsNote(english, englishFormat(), plan);
  if (addedNote !== null) parts.push(`\n${addedNote}\n`);
  if (plan.fargate.length > 0) {
    parts.push(`\n${english("planner.plan.fargate")}\n`);
    for (const entry of plan.fargate) parts.push(`  ${fargateEntry(english, englishFormat(), entry)}\n`);
  }
  parts.push(`\n${english("planner.plan.unschedulable")}: ${englishFormat().integer(unschedulablePodCount(plan))}\n`);
  for (const entry of plan.unschedulable) parts.push(`  ${unschedulableEntry(english, englishFormat(), entry)}\n`);
  parts.push("\nMonthly cost (USD)\n");
  const priced = { scenario, plan, cost };
  parts.push(
    renderListing(
      {
        columns: [
          { key: "line", heading: "LINE" },
          { key: "usd", heading: "USD/MONTH" },
        ],
        rows: billRows(english, englishFormat(), priced).map((row) => ({ line: row.label, usd: usd(row.usd) })),
      },
      "table",
    ),
  );
  const savings = savingsNote(english, englishFormat(), priced);
  if (savings !== null) parts.push(`${savings}\n`);
  // A line priced in part from an estimate shows how: the control plane tier's rate, for one.
  const explained = explainCostLines(english, englishFormat(), priced);
  for (const line of COST_LINES) {
    if (cost.lines[line].terms.some((term) => term.estimate)) {
      parts.push(`${lineLabel(english, cost, line)}: ${explained[line]}\n`);
    }
  }
  return parts.join("");
}

/** A ranked type as the command line gives it: USD rounded to the cent. */
function rankingRow(entry: InstanceTypeRanking) {
  return {
    nodeGroup: entry.nodeGroup,
    instanceType: entry.instanceType,
    nodes: entry.nodes,
    onDemandNodes: entry.onDemandNodes,
    spotNodes: entry.spotNodes,
    unschedulablePods: entry.unschedulablePods,
    totalUsdPerMonth: usd(entry.monthlyCost),
    nodeGroupUsdPerMonth: usd(entry.nodeGroupMonthlyCost),
  };
}

/** The ranking as the site shows it: its caption, what the figures are and why burstable types are left out, the table. */
function rankingText(nodeGroup: string, rows: readonly ReturnType<typeof rankingRow>[]): string {
  const caption = english("planner.ranking.caption", { count: englishFormat().integer(rows.length), nodeGroup });
  const table = renderListing(
    {
      columns: [
        { key: "instanceType", heading: "INSTANCE TYPE" },
        { key: "nodes", heading: "NODES" },
        { key: "unschedulablePods", heading: "UNSCHEDULABLE PODS" },
        { key: "totalUsdPerMonth", heading: "USD/MONTH" },
        { key: "nodeGroupUsdPerMonth", heading: `${nodeGroup.toUpperCase()} USD/MONTH` },
        { key: "onDemandNodes", heading: "ON-DEMAND" },
        { key: "spotNodes", heading: "SPOT" },
      ],
      rows,
    },
    "table",
  );
  return `${caption}\n${english("planner.ranking.note", { nodeGroup })}\n${rows.length === 0 ? "" : table}`;
}

/** One finding as the command line gives it: the core's code, severity, subject and params, and its English words. */
export interface AdviceEntry {
  readonly code: AdviceCode;
  readonly severity: AdviceSeverity;
  readonly subject: string | null;
  readonly params: Finding["params"];
  readonly text: string;
  readonly why: string;
}

/** The findings of `adviseScenario` on a planned scenario, worded in English (the site's messages; money in USD). */
export function adviceEntries(scenario: Scenario, plan: ClusterPlan, cost: ClusterCost): AdviceEntry[] {
  return adviseScenario(scenario, plan, cost, catalog).map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    subject: finding.subject,
    params: finding.params,
    ...describeFinding(english, finding, { number: englishFormat().integer, money: englishFormat().money }),
  }));
}

/** The "Advice" section: a heading, then per finding its severity and text on one line and its reason indented below. */
export function adviceText(entries: readonly AdviceEntry[]): string {
  const lines = [`${english("advice.heading")}\n`];
  if (entries.length === 0) lines.push(`  ${english("advice.empty")}\n`);
  for (const entry of entries) {
    lines.push(`  ${english(`advice.severity.${entry.severity}`)}: ${entry.text}\n      ${entry.why}\n`);
  }
  return lines.join("");
}

/**
 * Plans and bills a scenario for a command: a {@link UsageError} when it names instance types the
 * dataset lacks (the bill would be wrong), and the plan's other issues on stderr.
 */
export function planForCommand(scenario: Scenario, io: Io): { plan: ClusterPlan; cost: ClusterCost } {
  const plan = planCluster(scenario, catalog);
  const unknownTypes = plan.issues.filter((issue) => issue.code === "unknown-instance-type");
  if (unknownTypes.length > 0) throw new UsageError(unknownTypes.map(describe).join("\n"));
  for (const issue of plan.issues) io.err(`eksize: ${describe(issue)}\n`);
  return { plan, cost: costCluster(scenario, plan, catalog) };
}

/**
 * The Savings Plan discount for `--week`, %: the flag's (a number ≥ 0 and below 100), else the
 * scenario's Savings Plan discount when above 0, else its compute savings when above 0, else null.
 */
function savingsPlanDiscount(flag: string | undefined, week: boolean, scenario: Scenario): number | null {
  if (flag === undefined) {
    const { savingsPlanDiscountPercent, computeSavingsPercent } = scenario.cluster.discounts;
    if (savingsPlanDiscountPercent > 0) return savingsPlanDiscountPercent;
    return computeSavingsPercent > 0 && computeSavingsPercent < 100 ? computeSavingsPercent : null;
  }
  if (!week) throw new UsageError("--savings-plan-discount: it goes with --week");
  const value = Number(flag);
  if (flag.trim() === "" || !Number.isFinite(value) || value < 0 || value >= 100) {
    throw new UsageError(`--savings-plan-discount: ${flag} is not a percentage from 0 to below 100`);
  }
  return value;
}

/**
 * The scenario with `--week`'s `--scale-down-delay` and `--savings-plan-type` in its cluster settings
 * (each checked: minutes from 0 to 1,440; `compute` or `ec2-instance`); as it is without them.
 */
function withWeekFlags(scenario: Scenario, week: boolean, delayFlag?: string, typeFlag?: string): Scenario {
  if (delayFlag === undefined && typeFlag === undefined) return scenario;
  if (!week)
    throw new UsageError(
      `${delayFlag === undefined ? "--savings-plan-type" : "--scale-down-delay"}: it goes with --week`,
    );
  const delay = delayFlag === undefined ? scenario.cluster.scaleDownDelayMinutes : Number(delayFlag);
  if (delay !== null && (delayFlag?.trim() === "" || !Number.isFinite(delay) || delay < 0 || delay > 1440)) {
    throw new UsageError(`--scale-down-delay: ${delayFlag} is not a number of minutes from 0 to 1440`);
  }
  const type = typeFlag ?? scenario.cluster.discounts.savingsPlanType;
  if (!(SAVINGS_PLAN_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`--savings-plan-type: ${type} is not one of ${SAVINGS_PLAN_TYPES.join(", ")}`);
  }
  const { cluster } = scenario;
  return {
    ...scenario,
    cluster: {
      ...cluster,
      scaleDownDelayMinutes: delay,
      discounts: { ...cluster.discounts, savingsPlanType: type as SavingsPlanType },
    },
  };
}

/** Runs `eksize plan` with its arguments. */
export async function planCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      group: { type: "string" },
      "compare-modes": { type: "boolean" },
      optimal: { type: "boolean" },
      week: { type: "boolean" },
      "savings-plan-discount": { type: "string" },
      "savings-plan-type": { type: "string" },
      "scale-down-delay": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    io.out(PLAN_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one scenario: a JSON file or a share link");
  const scenario = readScenarioArgument(positionals[0]!, io);
  const names = scenario.nodeGroups.map((group) => group.name);
  if (values.group !== undefined && !names.includes(values.group)) {
    throw new UsageError(
      `--group: no node group named ${values.group}; the scenario has ${names.join(", ") || "none"}`,
    );
  }
  const discount = savingsPlanDiscount(values["savings-plan-discount"], values.week === true, scenario);
  const weekScenario = withWeekFlags(
    scenario,
    values.week === true,
    values["scale-down-delay"],
    values["savings-plan-type"],
  );
  const nodeGroup = rankedNodeGroup(scenario, values.group);
  const solve = values.optimal === true ? await loadSolverForCommand() : null;
  const { plan, cost } = planForCommand(scenario, io);
  const advice = adviceEntries(scenario, plan, cost);
  const ranking = rankInstanceTypes(scenario, catalog, { nodeGroup, limit: RANKING_SIZE });
  const strategies = compareStrategies(scenario, catalog, ranking);
  const strategyRows = strategies.map((strategy) => ({
    strategy: strategy.id,
    name: strategyName(english, strategy),
    nodeGroup: strategy.ranked?.nodeGroup ?? null,
    instanceType: strategy.ranked?.instanceType ?? null,
    totalUsdPerMonth: usd(strategy.cost.totalUsdPerMonth),
    nodes: strategy.plan.nodeGroups.map((group) => group.nodes).join(" + ") || "0",
    unschedulablePods: unschedulablePodCount(strategy.plan),
  }));
  const rankingRows = ranking.map(rankingRow);
  const modes = values["compare-modes"] === true ? modeRows(scenario) : null;
  const bounds = solve === null ? null : boundRows(scenario, plan, solve);
  const week = values.week === true ? weekRecord(weekScenario, discount) : null;

  if (values.json === true) {
    const answer = {
      scenario,
      plan,
      cost,
      advice,
      strategies: strategyRows,
      ranking: rankingRows,
      ...(modes === null ? {} : { modes }),
      ...(bounds === null ? {} : { bounds }),
      ...(week === null ? {} : { week }),
    };
    io.out(`${JSON.stringify(answer, null, 2)}\n`);
  } else {
    io.out(planText(scenario, plan, cost));
    io.out(`\n${adviceText(advice)}`);
    io.out("\nStrategies compared\n");
    io.out(
      renderListing(
        {
          columns: [
            { key: "name", heading: "STRATEGY" },
            { key: "totalUsdPerMonth", heading: "USD/MONTH" },
            { key: "nodes", heading: "NODES" },
            { key: "unschedulablePods", heading: "UNSCHEDULABLE PODS" },
          ],
          rows: strategyRows,
        },
        "table",
      ),
    );
    io.out(`\n${rankingText(nodeGroup, rankingRows)}`);
    if (modes !== null) io.out(`\n${modesText(modes)}`);
    if (bounds !== null) io.out(`\n${boundsText(bounds)}`);
    if (week !== null) {
      io.out(`\n${week.text}`);
      if (discount === null)
        io.out("  Give --savings-plan-discount PERCENT for the Savings Plan commitment it calls for.\n");
    }
  }
  const unschedulable = unschedulablePodCount(plan);
  if (unschedulable > 0) {
    io.err(`eksize: ${unschedulable} pods cannot be scheduled\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
