import type { Catalog } from "./catalog.js";
import { HOURS_PER_MONTH, monthlyCost, spotHourlyPrice } from "./cost.js";
import { fargatePodHourlyCost } from "./fargate.js";
import type { ClusterPlan, NodeGroupPlan } from "./plan.js";
import type { Scenario } from "./scenario.js";

/** One line of the bill, USD per month; null when a rate it needs is unknown. */
export interface CostLine {
  readonly usdPerMonth: number | null;
  /**
   * Where the rate came from when the scenario's region has none: load balancer and EBS rates are
   * sourced for us-east-1 only and are used for other regions too, which this field says. Null when
   * the scenario's own region had the rate.
   */
  readonly rateRegion: string | null;
}

/** What one node group costs a month. */
export interface NodeGroupCost {
  readonly name: string;
  /** On-demand nodes, after the compute savings discount. */
  readonly onDemandUsdPerMonth: number | null;
  /** Spot nodes (no discount applies to Spot). */
  readonly spotUsdPerMonth: number | null;
  /** Root volumes of all its nodes. */
  readonly rootVolumesUsdPerMonth: number | null;
}

/** The monthly bill of a plan, by cost line, node group and workload. USD. */
export interface ClusterCost {
  readonly lines: {
    /** On-demand EC2 nodes, after the compute savings discount. */
    readonly onDemand: CostLine;
    /** Spot EC2 nodes. */
    readonly spot: CostLine;
    /** Fargate pods, after the compute savings discount (Compute Savings Plans cover Fargate). */
    readonly fargate: CostLine;
    /** The EKS control plane, standard or extended support. */
    readonly controlPlane: CostLine;
    /** ALBs (Ingresses, grouped) and NLBs, hours and capacity units. */
    readonly loadBalancers: CostLine;
    /** Root EBS volumes of the nodes. */
    readonly rootVolumes: CostLine;
  };
  /** What the Savings Plan or Reserved Instance discount took off on-demand EC2 and Fargate. */
  readonly computeSavingsUsdPerMonth: number | null;
  /** What the enterprise discount took off the whole bill. */
  readonly enterpriseDiscountUsdPerMonth: number | null;
  /** The bill after every discount; null when any line is unknown. */
  readonly totalUsdPerMonth: number | null;
  readonly nodeGroups: readonly NodeGroupCost[];
  /**
   * Each workload's share of the compute bill: on a node, a pod's share of the node's cost is the
   * mean of its shares of the node's allocatable CPU and memory; Fargate pods cost what Fargate bills.
   */
  readonly workloads: Readonly<Record<string, number>>;
  /** The DaemonSets' share of node cost, by the same rule. */
  readonly daemonSetsUsdPerMonth: number;
  /** Node cost that no pod requests. */
  readonly idleUsdPerMonth: number;
}

/**
 * The lines of a bill, in the one order every view, report and the command line lists and stacks
 * them.
 */
export const COST_LINES = [
  "onDemand",
  "spot",
  "fargate",
  "controlPlane",
  "loadBalancers",
  "rootVolumes",
] as const satisfies readonly (keyof ClusterCost["lines"])[];

/** One line of the bill: a key of {@link ClusterCost.lines}. */
export type CostLineKey = (typeof COST_LINES)[number];

/** The region whose load balancer and EBS rates stand in where a region has none. */
const FALLBACK_RATE_REGION = "us-east-1";

/**
 * The monthly bill of a plan (`planCluster`) for its scenario, USD, over `scenario.hoursPerMonth`:
 *
 * - nodes: on-demand nodes at the region's on-demand price less `computeSavingsPercent`; Spot
 *   nodes at `spotHourlyPrice` (never above on-demand, no discount);
 * - Fargate: each pod at `fargatePodHourlyCost` for its size, less `computeSavingsPercent`;
 * - control plane: the standard or extended-support rate per cluster-hour;
 * - load balancers: one ALB per `ingressesPerAlb` Ingresses (rounded up) and every NLB, each per hour
 *   plus `capacityUnitsPerHour` LCUs or NLCUs per hour (AWS ELB pricing);
 * - root volumes: every node's root volume at the EBS rate of its type, per GB-month, prorated to
 *   the scenario's hours over 730;
 * - then `enterpriseDiscountPercent` off the whole bill.
 *
 * Rates the region lacks make a line null (unknown), except load balancer and EBS rates, which
 * fall back to us-east-1's and say so in `rateRegion`.
 *
 * @example costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog).totalUsdPerMonth
 */
export function costCluster(scenario: Scenario, plan: ClusterPlan, catalog: Catalog): ClusterCost {
  const hours = scenario.hoursPerMonth;
  const { computeSavingsPercent, enterpriseDiscountPercent } = scenario.cluster.discounts;
  const savingsShare = computeSavingsPercent / 100;
  const afterSavings = (usd: number | null) => (usd === null ? null : usd * (1 - savingsShare));
  const prices = catalog.regions[scenario.region]?.instances ?? {};

  const ebsRegion = scenario.region in catalog.services.ebs ? scenario.region : FALLBACK_RATE_REGION;
  const ebs = catalog.services.ebs[ebsRegion];
  const onDemandGross = plan.nodeGroups.map((group) => {
    const rate = group.instanceType === null ? null : (prices[group.instanceType]?.onDemandUsdPerHour ?? null);
    return knownWhen(group.onDemandNodes, rate, (usd) => monthlyCost(usd * group.onDemandNodes, hours));
  });
  const nodeGroups = plan.nodeGroups.map((group, index): NodeGroupCost => {
    const price = group.instanceType === null ? undefined : prices[group.instanceType];
    const spot = price === undefined ? null : spotHourlyPrice(price);
    const rootVolume = scenario.nodeGroups.find((candidate) => candidate.name === group.name)?.rootVolume;
    const volumeRate =
      rootVolume && ebs ? (rootVolume.type === "gp3" ? ebs.gp3UsdPerGbMonth : ebs.gp2UsdPerGbMonth) : null;
    return {
      name: group.name,
      onDemandUsdPerMonth: afterSavings(onDemandGross[index] ?? null),
      spotUsdPerMonth: knownWhen(group.spotNodes, spot, (rate) => monthlyCost(rate * group.spotNodes, hours)),
      rootVolumesUsdPerMonth: knownWhen(
        group.nodes,
        volumeRate,
        // A GB-month is 730 hours of a GB.
        (rate) => (rate * (rootVolume?.sizeGiB ?? 0) * group.nodes * hours) / HOURS_PER_MONTH,
      ),
    };
  });

  const fargateRate = catalog.services.fargate.regions[scenario.region];
  const fargateGross = plan.fargate.map((entry) => ({
    workload: entry.workload,
    usd:
      fargateRate === undefined ? null : monthlyCost(fargatePodHourlyCost(entry.size, fargateRate) * entry.pods, hours),
  }));
  const fargatePods = fargateGross.map((entry) => ({ workload: entry.workload, usd: afterSavings(entry.usd) }));

  const controlPlane = catalog.services.eksControlPlane;
  const controlPlaneRate =
    scenario.cluster.supportTier === "extended"
      ? controlPlane.extendedSupportUsdPerHour
      : controlPlane.standardUsdPerHour;

  const lbRegion = scenario.region in catalog.services.loadBalancers ? scenario.region : FALLBACK_RATE_REGION;
  const lbRates = catalog.services.loadBalancers[lbRegion];
  const { ingresses, ingressesPerAlb, nlbs, capacityUnitsPerHour } = scenario.cluster.loadBalancers;
  const albs = Math.ceil(ingresses / ingressesPerAlb);
  const loadBalancers =
    lbRates === undefined
      ? null
      : monthlyCost(
          albs * (lbRates.albUsdPerHour + capacityUnitsPerHour * lbRates.albUsdPerLcuHour) +
            nlbs * (lbRates.nlbUsdPerHour + capacityUnitsPerHour * lbRates.nlbUsdPerNlcuHour),
          hours,
        );

  const lines = {
    onDemand: ownRegion(sumKnown(nodeGroups.map((group) => group.onDemandUsdPerMonth))),
    spot: ownRegion(sumKnown(nodeGroups.map((group) => group.spotUsdPerMonth))),
    fargate: ownRegion(sumKnown(fargatePods.map((entry) => entry.usd))),
    controlPlane: ownRegion(monthlyCost(controlPlaneRate, hours)),
    loadBalancers: { usdPerMonth: loadBalancers, rateRegion: lbRegion === scenario.region ? null : lbRegion },
    rootVolumes: {
      usdPerMonth: sumKnown(nodeGroups.map((group) => group.rootVolumesUsdPerMonth)),
      rateRegion: ebsRegion === scenario.region ? null : ebsRegion,
    },
  };
  const beforeEnterprise = sumKnown(Object.values(lines).map((line) => line.usdPerMonth));
  const discountable = sumKnown([...onDemandGross, ...fargateGross.map((entry) => entry.usd)]);
  const shares = shareNodeCost(plan.nodeGroups, nodeGroups, scenario);
  for (const entry of fargatePods) {
    if (entry.usd !== null) shares.workloads[entry.workload] = (shares.workloads[entry.workload] ?? 0) + entry.usd;
  }
  return {
    lines,
    computeSavingsUsdPerMonth: discountable === null ? null : discountable * savingsShare,
    enterpriseDiscountUsdPerMonth:
      beforeEnterprise === null ? null : (beforeEnterprise * enterpriseDiscountPercent) / 100,
    totalUsdPerMonth: beforeEnterprise === null ? null : beforeEnterprise * (1 - enterpriseDiscountPercent / 100),
    nodeGroups,
    workloads: shares.workloads,
    daemonSetsUsdPerMonth: shares.daemonSets,
    idleUsdPerMonth: shares.idle,
  };
}

/**
 * What one node group costs a month on the bill, USD per month: its on-demand nodes (after the
 * compute savings discount), its Spot nodes and its root volumes, before the enterprise discount
 * (which `costCluster` takes off the whole bill only). Null when any of the three is unknown.
 *
 * @example nodeGroupMonthlyCost({ name: "general", onDemandUsdPerMonth: 280.32, spotUsdPerMonth: 0, rootVolumesUsdPerMonth: 6.4 }) // 286.72
 */
export function nodeGroupMonthlyCost(cost: NodeGroupCost): number | null {
  return sumKnown([cost.onDemandUsdPerMonth, cost.spotUsdPerMonth, cost.rootVolumesUsdPerMonth]);
}

/**
 * Splits each node group's compute cost over its nodes, and each node's over its pods by the mean
 * of their CPU and memory shares of allocatable; the rest of a node is idle.
 */
function shareNodeCost(
  plans: readonly NodeGroupPlan[],
  costs: readonly NodeGroupCost[],
  scenario: Scenario,
): { workloads: Record<string, number>; daemonSets: number; idle: number } {
  const requests = new Map(scenario.workloads.map((workload) => [workload.name, workload]));
  const workloads: Record<string, number> = {};
  let daemonSets = 0;
  let idle = 0;
  plans.forEach((group, index) => {
    const cost = costs[index];
    const compute = sumKnown([cost?.onDemandUsdPerMonth ?? null, cost?.spotUsdPerMonth ?? null]);
    const node = group.allocatable;
    if (compute === null || node === null || group.nodes === 0) return;
    const perNode = compute / group.nodes;
    const share = (cpu: number, memory: number) =>
      ((cpu / node.cpuMillicores || 0) + (memory / node.memoryMiB || 0)) / 2;
    const daemonSetShare = share(group.daemonSetOverhead.cpuMillicores, group.daemonSetOverhead.memoryMiB);
    // Every node is in a fill, the empty ones kept for minNodes too.
    for (const fill of group.fills) {
      let used = daemonSetShare;
      for (const [workload, pods] of Object.entries(fill.pods)) {
        const request = requests.get(workload);
        if (request === undefined) continue;
        const podShare = pods * share(request.cpuMillicores, request.memoryMiB);
        used += podShare;
        workloads[workload] = (workloads[workload] ?? 0) + podShare * perNode * fill.count;
      }
      daemonSets += daemonSetShare * perNode * fill.count;
      idle += Math.max(0, 1 - used) * perNode * fill.count;
    }
  });
  return { workloads, daemonSets, idle };
}

function ownRegion(usdPerMonth: number | null): CostLine {
  return { usdPerMonth, rateRegion: null };
}

/** `compute(rate)` when the rate is known; 0 when nothing is billed (`count` is 0); else null. */
function knownWhen(count: number, rate: number | null, compute: (rate: number) => number): number | null {
  if (count === 0) return 0;
  return rate === null ? null : compute(rate);
}

/** The sum, or null when any part is unknown. */
function sumKnown(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}
