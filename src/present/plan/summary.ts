/**
 * The plan's answer in a few figures (the planner's summary band): the month's total, the nodes of
 * each group, the pods placed, how full the nodes are, the cost per pod, the Spot share and the pods
 * that fit nowhere; and what the last edit changed in them ("+2 nodes, +$140.12/month").
 */
import { unschedulablePodCount } from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import type { Priced } from "./explain.js";

/** One node group's nodes in the summary. */
export interface GroupNodes {
  readonly name: string;
  /** The type the group is sized with; null when none of its types is usable. */
  readonly instanceType: string | null;
  readonly nodes: number;
  readonly spotNodes: number;
}

/** The summary's figures. */
export interface PlanSummary {
  /** The bill after every discount, USD per month; null when a price is unknown. */
  readonly totalUsdPerMonth: number | null;
  readonly groups: readonly GroupNodes[];
  /** Nodes of every group. */
  readonly nodes: number;
  /** Workload pods placed, on nodes and on Fargate (DaemonSet pods not counted). */
  readonly pods: number;
  /** Pods on Fargate, part of {@link pods}. */
  readonly fargatePods: number;
  /**
   * Requested share (0 to 1) of the nodes' allocatable CPU and memory, DaemonSets included, over every
   * node of every group; null without nodes.
   */
  readonly utilisation: { readonly cpu: number; readonly memory: number } | null;
  /** {@link totalUsdPerMonth} ÷ {@link pods}, USD per month; null without pods or total. */
  readonly usdPerPodMonth: number | null;
  /** Share (0 to 1) of the nodes that are Spot; null without nodes. */
  readonly spotShare: number | null;
  /** Pods no node group or Fargate can take. */
  readonly unschedulablePods: number;
}

/**
 * The summary of a priced plan.
 *
 * @example summarisePlan({ scenario: defaultScenario, plan, cost }).nodes // 7 (5 general + 2 batch-spot)
 */
export function summarisePlan({ plan, cost }: Priced): PlanSummary {
  let nodes = 0;
  let spotNodes = 0;
  let podsOnNodes = 0;
  let cpuAllocatable = 0;
  let cpuRequested = 0;
  let memoryAllocatable = 0;
  let memoryRequested = 0;
  for (const group of plan.nodeGroups) {
    nodes += group.nodes;
    spotNodes += group.spotNodes;
    for (const fill of group.fills) {
      for (const pods of Object.values(fill.pods)) podsOnNodes += fill.count * pods;
    }
    if (group.allocatable === null) continue;
    const cpu = group.nodes * group.allocatable.cpuMillicores;
    const memory = group.nodes * group.allocatable.memoryMiB;
    cpuAllocatable += cpu;
    cpuRequested += cpu * group.utilisation.cpu;
    memoryAllocatable += memory;
    memoryRequested += memory * group.utilisation.memory;
  }
  const fargatePods = plan.fargate.reduce((sum, entry) => sum + entry.pods, 0);
  const pods = podsOnNodes + fargatePods;
  const total = cost.totalUsdPerMonth;
  return {
    totalUsdPerMonth: total,
    groups: plan.nodeGroups.map(({ name, instanceType, nodes: groupNodes, spotNodes: groupSpot }) => ({
      name,
      instanceType,
      nodes: groupNodes,
      spotNodes: groupSpot,
    })),
    nodes,
    pods,
    fargatePods,
    utilisation:
      cpuAllocatable > 0 && memoryAllocatable > 0
        ? { cpu: cpuRequested / cpuAllocatable, memory: memoryRequested / memoryAllocatable }
        : null,
    usdPerPodMonth: total === null || pods === 0 ? null : total / pods,
    spotShare: nodes === 0 ? null : spotNodes / nodes,
    unschedulablePods: unschedulablePodCount(plan),
  };
}

/** What an edit changed in the summary: each figure after less before. */
export interface SummaryChange {
  readonly nodes: number;
  /** USD per month, as shown (see {@link summaryChange}); null when either total is unknown. */
  readonly usdPerMonth: number | null;
  readonly pods: number;
  readonly unschedulablePods: number;
  /**
   * CPU and memory requested over allocatable before and after, in whole percent as the band shows
   * them; null when either summary has no utilisation.
   */
  readonly utilisation: {
    readonly cpu: readonly [before: number, after: number];
    readonly memory: readonly [before: number, after: number];
  } | null;
}

/**
 * The change from one summary to the next. Totals are compared as the page shows them
 * (`moneyShown`: to the cent, or to the won), so a change never reads "+$0.00".
 *
 * @example summaryChange(before, after, format) // { nodes: 2, usdPerMonth: 140.12, pods: 10, unschedulablePods: 0 }
 */
export function summaryChange(before: PlanSummary, after: PlanSummary, format: Formatters): SummaryChange {
  const usd =
    before.totalUsdPerMonth === null || after.totalUsdPerMonth === null
      ? null
      : format.moneyShown(after.totalUsdPerMonth) - format.moneyShown(before.totalUsdPerMonth);
  return {
    nodes: after.nodes - before.nodes,
    // Cents that float arithmetic leaves (0.1 + 0.2) are not a change.
    usdPerMonth: usd === null ? null : Math.abs(usd) < 1e-6 ? 0 : usd,
    pods: after.pods - before.pods,
    unschedulablePods: after.unschedulablePods - before.unschedulablePods,
    utilisation:
      before.utilisation === null || after.utilisation === null
        ? null
        : {
            cpu: [wholePercent(before.utilisation.cpu), wholePercent(after.utilisation.cpu)],
            memory: [wholePercent(before.utilisation.memory), wholePercent(after.utilisation.memory)],
          },
  };
}

/** A share (0 to 1) in whole percent, as the band shows it. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/** Whether a change moved any figure. */
export function isNoChange(change: SummaryChange): boolean {
  return change.nodes === 0 && (change.usdPerMonth ?? 0) === 0 && change.pods === 0 && change.unschedulablePods === 0;
}

/** A signed count: `+2`, `−1` (a minus sign, not a hyphen). */
function signed(format: Formatters, value: number): string {
  return `${value < 0 ? "−" : "+"}${format.integer(Math.abs(value))}`;
}

/**
 * The change in words, its moved figures only, in the order nodes, cost, pods, unschedulable pods:
 * "+2 nodes, +$140.12/month"; when none of those moved, "No change to nodes, pods or cost" and how
 * full the nodes became if that moved ("…; CPU 78% → 82%", a DaemonSet added to nodes with room).
 */
export function describeSummaryChange(t: Translate, format: Formatters, change: SummaryChange): string {
  if (isNoChange(change)) {
    const shares = (["cpu", "memory"] as const).flatMap((resource) => {
      const [before, after] = change.utilisation?.[resource] ?? [0, 0];
      if (before === after) return [];
      return [t(`summary.change.${resource}`, { before: format.percent(before), after: format.percent(after) })];
    });
    const none = t("summary.change.none");
    return shares.length === 0 ? none : `${none}; ${shares.join(t("summary.change.separator"))}`;
  }
  const parts: string[] = [];
  if (change.nodes !== 0) parts.push(t("summary.change.nodes", { delta: signed(format, change.nodes) }));
  if (change.usdPerMonth !== null && change.usdPerMonth !== 0) {
    const sign = change.usdPerMonth < 0 ? "−" : "+";
    parts.push(t("summary.change.cost", { delta: `${sign}${format.money(Math.abs(change.usdPerMonth))}` }));
  }
  if (change.pods !== 0) parts.push(t("summary.change.pods", { delta: signed(format, change.pods) }));
  if (change.unschedulablePods !== 0) {
    parts.push(t("summary.change.unschedulable", { delta: signed(format, change.unschedulablePods) }));
  }
  return parts.join(t("summary.change.separator"));
}
