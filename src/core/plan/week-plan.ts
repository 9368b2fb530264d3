import type { Catalog } from "../catalog/catalog.js";
import { instanceFamily } from "../catalog/instance-type.js";
import { COST_LINES, costCluster, type ClusterCost, type CostLineKey } from "../cost/cluster-cost.js";
import { fail } from "../errors.js";
import { HOURS_PER_WEEK } from "../scenario/load-profile.js";
import { profileLevels, replicasAtLevel } from "../scenario/profile-levels.js";
import type { Autoscaler, Scenario, Workload } from "../scenario/scenario.js";
import { planCluster, type ClusterPlan } from "./plan.js";

/**
 * Minutes a node that no pod needs any more stays before it is removed, by autoscaler:
 * - `cluster-autoscaler`: 10, its `--scale-down-unneeded-time` default (Cluster Autoscaler FAQ);
 * - `karpenter` and `auto-mode`: 0, the `consolidateAfter: 0s` of the NodePools eksize writes
 *   (Karpenter then consolidates as soon as a node is empty or can be packed away).
 * A cluster without an autoscaler (`none`) never removes a node: its groups stay at the week's peak.
 */
export const SCALE_DOWN_DELAY_MINUTES: Readonly<Record<Exclude<Autoscaler, "none">, number>> = {
  "cluster-autoscaler": 10,
  karpenter: 0,
  "auto-mode": 0,
};

/** The bill's lines that follow the nodes (kept through the scale-down delay); the others follow the pods. */
const NODE_LINES: ReadonlySet<CostLineKey> = new Set<CostLineKey>(["onDemand", "spot", "autoMode", "rootVolumes"]);

/** Options of {@link planWeek}. */
export interface WeekOptions {
  /**
   * Minutes an unneeded node stays before it is removed, a number ≥ 0; default the scenario's
   * `cluster.scaleDownDelayMinutes`, else its autoscaler's ({@link SCALE_DOWN_DELAY_MINUTES}). A
   * cluster without an autoscaler (`none`) never removes a node, whatever the delay.
   */
  readonly scaleDownDelayMinutes?: number;
}

/** One hour of the week. */
export interface WeekHour {
  /** Pods of each workload in the hour, by name. */
  readonly replicas: Readonly<Record<string, number>>;
  /** Nodes of each node group, by name, that the hour's pods need (before nodes kept by the delay). */
  readonly nodes: Readonly<Record<string, number>>;
  /** Node-hours of each group in the hour, the delay's kept nodes included. */
  readonly nodeHours: Readonly<Record<string, number>>;
  /** The part of `nodeHours` on Spot, by group. */
  readonly spotNodeHours: Readonly<Record<string, number>>;
  /** What the hour costs, USD, after every discount; null when a line of the bill is unknown. */
  readonly usd: number | null;
  /**
   * What each node group's on-demand and Spot nodes cost in the hour (the delay's kept nodes
   * included), USD, after every discount; null where a price is unknown.
   */
  readonly nodeGroupUsd: Readonly<Record<string, { readonly onDemand: number | null; readonly spot: number | null }>>;
  /**
   * The rest of `usd`: Fargate, the control plane, load balancers, root volumes and Auto Mode's fee,
   * USD, after every discount; null when a figure is unknown.
   */
  readonly otherUsd: number | null;
  /**
   * On-demand spend in the hour at on-demand rates, before the scenario's compute savings: on-demand
   * nodes and Fargate, USD, what a Savings Plan could cover (`savingsPlanCommitment`); null when
   * unknown (or when a compute savings of 100% hides it).
   */
  readonly onDemandUsd: number | null;
  /**
   * The on-demand nodes' part of `onDemandUsd` by instance family (`m5` of `m5.large`), USD: what an
   * EC2 Instance Savings Plan of each family could cover; null when a rate is unknown.
   */
  readonly onDemandUsdByFamily: Readonly<Record<string, number>> | null;
}

/** A scenario's week planned hour by hour ({@link planWeek}). */
export interface WeekPlan {
  /** The 168 hours, Monday 00:00 first, in the cluster's local time. */
  readonly hours: readonly WeekHour[];
  /** The scale-down delay used, minutes; null for a cluster whose nodes are never removed (`none`). */
  readonly scaleDownDelayMinutes: number | null;
  /**
   * The month's bill by line, USD a month (the week's hours scaled to `hoursPerMonth`), as
   * `ClusterCost.lines` gives them: after the compute savings, before the enterprise discount.
   */
  readonly lines: Readonly<Record<CostLineKey, number | null>>;
  /** The month's bill after every discount, USD; null when a line is unknown. */
  readonly totalUsdPerMonth: number | null;
  /** What the enterprise discount takes off {@link lines}, USD a month; null when a line is unknown. */
  readonly enterpriseDiscountUsdPerMonth: number | null;
  /** Provisioned for the peak: every workload at its most replicas all month, USD a month (`costCluster`). */
  readonly peakUsdPerMonth: number | null;
  /** The same bill by line, as {@link lines} (after the compute savings, before the enterprise discount). */
  readonly peakLines: Readonly<Record<CostLineKey, number | null>>;
  /** What the enterprise discount takes off {@link peakLines}, USD a month (`ClusterCost`'s). */
  readonly peakEnterpriseDiscountUsdPerMonth: number | null;
  /** Node-hours of each group over the week. */
  readonly nodeHours: Readonly<Record<string, number>>;
  /** Different sets of replicas planned (`planCluster` and `costCluster` once each). */
  readonly plansMade: number;
}

/**
 * Plans a scenario's week hour by hour, as the autoscalers follow the load: each hour every
 * autoscaled workload runs `replicasAtLevel` of its profile's level (the others their `replicas`), the
 * cluster is planned and billed as the single plan is (`planCluster`, `costCluster`: the same packing,
 * DaemonSets, minimum nodes, Spot mixes and Fargate), and the week's hours are scaled to the month.
 *
 * Nodes are added at once and removed only after the scale-down delay of d minutes: at time t the
 * nodes are those the plan of the most replicas of each workload over [t − d, t] needs (the nodes of
 * both sides of a drop are there until the delay ends), so with d = 60q + 60r (q whole, 0 ≤ r < 1
 * hours) the lines that follow the nodes (on-demand and Spot nodes, Auto Mode's fee, root volumes)
 * cost r of the plan of the most replicas over hours h − q − 1 … h and 1 − r of that over h − q … h in
 * hour h. Fargate pods, the control plane and load balancers follow the hour's own plan. The week
 * repeats: hour 0 follows hour 167. A cluster without an autoscaler keeps its nodes at the week's
 * peak. Each hour is packed anew, as consolidation (Karpenter, Auto Mode) packs it; Cluster Autoscaler
 * removes only nodes under its utilisation threshold (50%), so it may keep more than this plan.
 *
 * @throws {EksizeError} `invalid-option` for a negative or non-finite `scaleDownDelayMinutes`.
 * @example planWeek(defaultScenario, catalog).nodeHours // each node group's node-hours over the week: its web front end follows office hours, its batch workers the night
 */
export function planWeek(scenario: Scenario, catalog: Catalog, options: WeekOptions = {}): WeekPlan {
  const delay = options.scaleDownDelayMinutes;
  if (delay !== undefined && !(Number.isFinite(delay) && delay >= 0)) {
    fail("invalid-option", { option: "scaleDownDelayMinutes", value: delay, expected: "a number ≥ 0" });
  }
  const { autoscaler } = scenario.cluster;
  const delayMinutes =
    autoscaler === "none"
      ? null
      : (delay ?? scenario.cluster.scaleDownDelayMinutes ?? SCALE_DOWN_DELAY_MINUTES[autoscaler]);
  const weekly = scenario.workloads.map(weeklyReplicas);
  const replicasAt = (hour: number) => weekly.map((hours) => hours[hour]!);
  const peak = weekly.map((hours) => Math.max(...hours));

  const planned = new Map<string, { plan: ClusterPlan; cost: ClusterCost }>();
  const planOf = (replicas: readonly number[]) => {
    const key = replicas.join(",");
    let entry = planned.get(key);
    if (entry === undefined) {
      const variant = withReplicas(scenario, replicas);
      const plan = planCluster(variant, catalog);
      planned.set(key, (entry = { plan, cost: costCluster(variant, plan, catalog) }));
    }
    return entry;
  };
  /** The most replicas of each workload over the `span` hours up to `hour` (the week wraps). */
  const mostOver = (hour: number, span: number): number[] => {
    const most = replicasAt(hour);
    for (let back = 1; back <= Math.min(span, HOURS_PER_WEEK - 1); back += 1) {
      const earlier = replicasAt((hour - back + HOURS_PER_WEEK) % HOURS_PER_WEEK);
      earlier.forEach((count, index) => (most[index] = Math.max(most[index]!, count)));
    }
    return most;
  };
  // The node lines' plans of each hour, with their shares of it.
  const whole = delayMinutes === null ? 0 : Math.floor(delayMinutes / 60);
  const part = delayMinutes === null ? 0 : delayMinutes / 60 - whole;
  const nodePlansAt = (hour: number) => {
    if (delayMinutes === null) return [{ share: 1, entry: planOf(peak) }];
    const plans = [{ share: 1 - part, entry: planOf(mostOver(hour, whole)) }];
    if (part > 0) plans.push({ share: part, entry: planOf(mostOver(hour, whole + 1)) });
    return plans;
  };

  const afterEnterprise = 1 - scenario.cluster.discounts.enterpriseDiscountPercent / 100;
  const monthLines = Object.fromEntries(COST_LINES.map((key) => [key, 0])) as Record<CostLineKey, number | null>;
  const weekNodeHours: Record<string, number> = {};
  const hours: WeekHour[] = [];
  // A month's USD as the hour's share, after every discount, added to a sum (null once unknown).
  const hourShare = afterEnterprise / scenario.hoursPerMonth;
  const add = (sum: number | null | undefined, usd: number | null, share: number) =>
    sum === null || usd === null ? null : (sum ?? 0) + share * usd * hourShare;
  for (let hour = 0; hour < HOURS_PER_WEEK; hour += 1) {
    const replicas = replicasAt(hour);
    const own = planOf(replicas);
    const nodePlans = nodePlansAt(hour);
    const lineAt = (key: CostLineKey): number | null => {
      if (!NODE_LINES.has(key)) return own.cost.lines[key].usdPerMonth;
      let sum = 0;
      for (const { share, entry } of nodePlans) {
        const value = entry.cost.lines[key].usdPerMonth;
        if (value === null) return null;
        sum += share * value;
      }
      return sum;
    };
    let billed: number | null = 0;
    for (const key of COST_LINES) {
      const value = lineAt(key);
      billed = billed === null || value === null ? null : billed + value;
      monthLines[key] = monthLines[key] === null || value === null ? null : monthLines[key] + value / HOURS_PER_WEEK;
    }
    const nodeHours: Record<string, number> = {};
    const spotNodeHours: Record<string, number> = {};
    let byFamily: Record<string, number> | null = {};
    const nodeGroupUsd: Record<string, { onDemand: number | null; spot: number | null }> = {};
    for (const { share, entry } of nodePlans) {
      for (const group of entry.cost.nodeGroups) {
        const sum = nodeGroupUsd[group.name];
        nodeGroupUsd[group.name] = {
          onDemand: add(sum?.onDemand, group.onDemandUsdPerMonth, share),
          spot: add(sum?.spot, group.spotUsdPerMonth, share),
        };
      }
      for (const group of entry.plan.nodeGroups) {
        nodeHours[group.name] = (nodeHours[group.name] ?? 0) + share * group.nodes;
        spotNodeHours[group.name] = (spotNodeHours[group.name] ?? 0) + share * group.spotNodes;
      }
      for (const term of entry.cost.lines.onDemand.terms) {
        if (byFamily === null || term.usdPerMonth === null) {
          byFamily = null;
          continue;
        }
        const family = instanceFamily(term.instanceType!);
        byFamily[family] = (byFamily[family] ?? 0) + (share * term.usdPerMonth) / scenario.hoursPerMonth;
      }
    }
    for (const [name, value] of Object.entries(nodeHours)) weekNodeHours[name] = (weekNodeHours[name] ?? 0) + value;
    const onDemand = grossOf(lineAt("onDemand"), own.cost.lines.onDemand.computeSavingsPercent);
    const fargate = grossOf(own.cost.lines.fargate.usdPerMonth, own.cost.lines.fargate.computeSavingsPercent);
    const usd = billed === null ? null : (billed * afterEnterprise) / scenario.hoursPerMonth;
    hours.push({
      replicas: Object.fromEntries(scenario.workloads.map((workload, index) => [workload.name, replicas[index]!])),
      nodes: Object.fromEntries(own.plan.nodeGroups.map((group) => [group.name, group.nodes])),
      nodeHours,
      spotNodeHours,
      usd,
      nodeGroupUsd,
      otherUsd: otherOf(usd, nodeGroupUsd),
      onDemandUsd: onDemand === null || fargate === null ? null : (onDemand + fargate) / scenario.hoursPerMonth,
      onDemandUsdByFamily: byFamily,
    });
  }
  const lineValues = COST_LINES.map((key) => monthLines[key]);
  const beforeEnterprise = lineValues.some((value) => value === null)
    ? null
    : lineValues.reduce<number>((sum, value) => sum + value!, 0);
  const peakCost = planOf(peak).cost;
  return {
    hours,
    scaleDownDelayMinutes: delayMinutes,
    lines: monthLines,
    totalUsdPerMonth: beforeEnterprise === null ? null : beforeEnterprise * afterEnterprise,
    enterpriseDiscountUsdPerMonth: beforeEnterprise === null ? null : beforeEnterprise * (1 - afterEnterprise),
    peakUsdPerMonth: peakCost.totalUsdPerMonth,
    peakEnterpriseDiscountUsdPerMonth: peakCost.enterpriseDiscountUsdPerMonth,
    peakLines: Object.fromEntries(COST_LINES.map((key) => [key, peakCost.lines[key].usdPerMonth])) as Record<
      CostLineKey,
      number | null
    >,
    nodeHours: weekNodeHours,
    plansMade: planned.size,
  };
}

/** A line's amount before its compute savings of `percent` %; null when unknown or all taken off. */
function grossOf(usd: number | null, percent: number): number | null {
  return usd === null || percent >= 100 ? null : usd / (1 - percent / 100);
}

/** A workload's replicas in each hour of the week: its profile's, or `replicas` every hour. */
function weeklyReplicas(workload: Workload): number[] {
  const { autoscaling } = workload;
  if (autoscaling === null) return new Array<number>(HOURS_PER_WEEK).fill(workload.replicas);
  return profileLevels(autoscaling.profile).map((level) => replicasAtLevel(autoscaling, level));
}

/** The scenario with each workload at the given replicas (in workload order). */
function withReplicas(scenario: Scenario, replicas: readonly number[]): Scenario {
  return {
    ...scenario,
    workloads: scenario.workloads.map((workload, index) => ({ ...workload, replicas: replicas[index]! })),
  };
}

/**
 * The hour's cost less its node groups' nodes, USD, never below 0 by a rounding of the subtraction;
 * null when a figure is unknown.
 */
function otherOf(usd: number | null, nodeGroupUsd: WeekHour["nodeGroupUsd"]): number | null {
  let rest = usd;
  for (const { onDemand, spot } of Object.values(nodeGroupUsd)) {
    rest = rest === null || onDemand === null || spot === null ? null : rest - onDemand - spot;
  }
  return rest === null ? null : Math.max(0, rest);
}
