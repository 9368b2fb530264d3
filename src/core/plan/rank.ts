import { podsLargerThanNode, volumeLowerBound, type NodeCapacity, type PodGroup, type Resource } from "./bin-pack.js";
import type { Catalog, InstancePrice, SpotInterruptionBucket } from "../catalog/catalog.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { costCluster, nodeGroupMonthlyCost } from "../cost/cluster-cost.js";
import { monthlyCost, spotHourlyPrice } from "../cost/cost.js";
import {
  daemonSetOverhead,
  podGroupsOf,
  typeCapacity,
  typeCapacityCeiling,
  type Utilisation,
  type WorkloadPods,
} from "../nodes/node-sizing.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import type { Scenario, Workload } from "../scenario/scenario.js";
import { acceleratorUnits, nodeAcceleratorUnits } from "../catalog/accelerators.js";
import { rankedNodeGroup, withInstanceType, type InstanceTypeChoice } from "./instance-type-choice.js";
import { nodeGroupWorkloads, splitCapacity } from "./plan.js";
import { rankedTypePlanner, type RankedType, type RankedTypePlan } from "./ranked-type-plan.js";

/** One instance type for the ranked node group: the scenario planned and billed with the group on that type alone. */
export interface InstanceTypeRanking extends InstanceTypeChoice {
  /** Nodes of the node group. */
  readonly nodes: number;
  /** Of those, on-demand nodes (the group's capacity mix). */
  readonly onDemandNodes: number;
  /** Of those, Spot nodes. */
  readonly spotNodes: number;
  /** Pods that cannot be scheduled anywhere in the cluster (the fewest any type leaves: 0 unless no type can place them all). */
  readonly unschedulablePods: number;
  /** The bill's total a month (`costCluster`'s `totalUsdPerMonth`), USD: what the plan shows once the type is used. */
  readonly monthlyCost: number;
  /** The node group's share of that bill (`nodeGroupMonthlyCost`: its nodes and root volumes), USD a month. */
  readonly nodeGroupMonthlyCost: number;
  /** The Spot Instance Advisor's interruption bucket, or null. */
  readonly spotInterruption: SpotInterruptionBucket | null;
  /** Requested share of the group's allocatable, DaemonSets included. */
  readonly utilisation: Utilisation;
  /** The resource that fills first. */
  readonly bindingResource: Resource | null;
  /** The group would run its pods on a single node, a single point of failure (`runsOnOneNode`, as `advice-single-node`). */
  readonly singleNode: boolean;
}

/** Burstable performance families: `t2`, `t3`, `t3a`, `t4g` and later (EC2 user guide, burstable performance instances). */
export function isBurstable(family: string): boolean {
  return /^t\d/.test(family);
}

/** Options of {@link rankInstanceTypes}. */
export interface RankOptions {
  /** The node group to rank types for, by name (see `rankedNodeGroup`); default the scenario's first. */
  readonly nodeGroup?: string | null;
  /** Only the cheapest this many types, a whole number ≥ 1 (much faster); default every type. */
  readonly limit?: number;
}

/** A type for the group, bounded before it is sized (see {@link rankInstanceTypes}). */
interface Bounded extends Omit<RankedType, "fit"> {
  readonly price: InstancePrice;
  /** The on-demand rate, USD an hour. */
  readonly onDemand: number;
  /** Pods of the group too big for an empty node of the type: never more than the plan leaves unschedulable. */
  readonly tooBig: number;
  /** No more than the bill's node cost can be, USD a month. */
  readonly floor: number;
}

/**
 * Ranks instance types for one node group of the scenario (`rankedNodeGroup`: the one named, else the
 * first, else a new one), by one rule: each type is put in the group alone (`withInstanceType`, the
 * group's capacity mix, minimum and maximum nodes, zones and node settings kept), the whole scenario is
 * planned (`planCluster`: DaemonSets, pinned workloads, other groups, Fargate) and billed
 * (`costCluster`), and the bill's total is the type's cost. Cheapest first; ties: fewer nodes, then name.
 * The `cheapest-type` strategy of `compareStrategies` is the first entry, planned the same way.
 *
 * Left out:
 * - burstable types (the T families, {@link isBurstable}): the plan books pods' CPU requests up to a
 *   node's allocatable, which a T instance sustains only while it has CPU credits, and in unlimited
 *   mode it bills the surplus (a charge the bill cannot know), so its price understates its cost;
 * - types without an on-demand price in the region, or whose bill has an unknown line (no Spot price
 *   for a group that buys Spot);
 * - types that leave more pods unschedulable than the best type does (too small for a pod, without
 *   the GPUs or other accelerators a workload needs, of the wrong architecture, or held by `maxNodes`);
 * - every type when the group would have no node with any (no pods and no minimum).
 *
 * Speed: with `limit`, only the types that can still be among the cheapest are sized, planned and
 * billed. Each type is first bounded without packing (`nodeGroupWorkloads`), on a node no larger than
 * its own (`typeCapacityCeiling`, which needs no `allocatable`), and again on its node
 * (`typeCapacity`) before it is planned: its nodes are at
 * least `volumeLowerBound` of the group's pods (and `minNodes`, never above `maxNodes`; a group planned
 * zone by zone needs at least the sum of its zones' bounds, which is no less), so its bill is
 * at least the bill's lines without nodes (control plane, load balancers, Fargate) plus those nodes'
 * instance hours at the group's mix (on-demand less the compute savings, Spot), less the enterprise
 * discount; and it leaves at least the pods too big for its node (`podsLargerThanNode`) unschedulable.
 * Types are planned by fewest such pods, then lowest floor, and one whose floor is above the
 * `limit`-th total so far, or that must leave more pods unschedulable than a type already planned, is
 * not. A test checks that the first entries are those of the whole ranking; `npm run bench` measures it.
 * Every type planned gets the very figures `planCluster` and `costCluster` give (a test compares them),
 * with less work: types that offer the pods the same capacity share one packing; for
 * a managed node group the rest of the cluster is planned once per set of the group's workloads and
 * only the group is planned per type, without its node fills (which the bill's total does not read).
 *
 * @example rankInstanceTypes(defaultScenario, catalog, { limit: 10 })[0] // { nodeGroup: "general", instanceType: "m6g.xlarge", nodes: 4, monthlyCost: 631.87…, ... }
 */
export function rankInstanceTypes(
  scenario: Scenario,
  catalog: Catalog,
  options: RankOptions = {},
): InstanceTypeRanking[] {
  const nodeGroup = rankedNodeGroup(scenario, options.nodeGroup);
  const prices = catalog.regions[scenario.region]?.instances ?? {};
  const { computeSavingsPercent, enterpriseDiscountPercent } = scenario.cluster.discounts;
  const afterSavings = 1 - computeSavingsPercent / 100;
  const afterEnterprise = 1 - enterpriseDiscountPercent / 100;
  const overhead = daemonSetOverhead(nodeDaemonSets(scenario));
  // The group's settings: every type's variant has them (only its instance types differ).
  const template = withInstanceType(scenario, { nodeGroup, instanceType: "" });
  const group = template.nodeGroups.find((candidate) => candidate.name === nodeGroup)!;
  /** A type's bounds for pods on nodes of (at most) `capacity`: the larger the capacity, the lower both. */
  const bounds = (
    pods: readonly PodGroup[],
    capacity: NodeCapacity,
    { price, onDemand }: Pick<Bounded, "price" | "onDemand">,
  ) => {
    const least = Math.max(group.minNodes, volumeLowerBound(pods, capacity));
    const split = splitCapacity(group, group.maxNodes === null ? least : Math.min(least, group.maxNodes));
    // An unknown Spot rate counts 0 here: the bill is then unknown, and the type left out.
    const hourly = split.onDemand * onDemand * afterSavings + split.spot * (spotHourlyPrice(price) ?? 0);
    const floor = monthlyCost(hourly, scenario.hoursPerMonth) * afterEnterprise;
    return { tooBig: podsLargerThanNode(pods, capacity), floor };
  };

  // The group's workloads depend on a type only through what assigning them reads of it.
  const assignedBySignature = new Map<string, { podGroups: WorkloadPods[]; key: string }>();
  // The group's pods depend on a type only through the workloads it takes.
  const podGroupsByWorkloads = new Map<string, WorkloadPods[]>();
  const bounded: Bounded[] = [];
  for (const type of catalog.instanceTypes) {
    const price = prices[type.name];
    const onDemand = price?.onDemandUsdPerHour ?? null;
    if (price === undefined || onDemand === null || isBurstable(type.family)) continue;
    const signature = assignmentSignature(type, scenario.workloads);
    let assigned = assignedBySignature.get(signature);
    if (assigned === undefined) {
      const variant = withInstanceType(scenario, { nodeGroup, instanceType: type.name });
      const workloads = nodeGroupWorkloads(variant, catalog, nodeGroup);
      const key = workloads.map((workload) => workload.name).join("\n");
      let podGroups = podGroupsByWorkloads.get(key);
      if (podGroups === undefined) podGroupsByWorkloads.set(key, (podGroups = podGroupsOf(workloads)));
      assignedBySignature.set(signature, (assigned = { podGroups, key }));
    }
    const { podGroups, key } = assigned;
    // A type the settings cannot size gives the group no node: never ranked.
    const ceiling = typeCapacityCeiling(type, group, overhead);
    if (ceiling === null) continue;
    // Literals without spreads: Node 20 builds `{ ...object, key }` slowly, and every type passes here.
    const { tooBig, floor } = bounds(podGroups, ceiling, { price, onDemand });
    bounded.push({ type, price, onDemand, podGroups, workloads: key, tooBig, floor });
  }
  bounded.sort((a, b) => a.tooBig - b.tooBig || a.floor - b.floor);

  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const planType = rankedTypePlanner(scenario, catalog, nodeGroup, group, overhead);
  let fewest = Number.POSITIVE_INFINITY;
  // What the bill has without any node (control plane, load balancers, Fargate): the same for every type.
  let withoutNodes: number | null = null;
  let ranking: InstanceTypeRanking[] = [];
  /** Whether a type so bounded is left out: it leaves more pods unschedulable, or cannot be among the `limit` cheapest. */
  const leftOut = ({ tooBig, floor }: { tooBig: number; floor: number }): boolean => {
    if (tooBig !== fewest) return tooBig > fewest;
    const last = ranking.length >= limit ? ranking[ranking.length - 1] : undefined;
    return last !== undefined && (withoutNodes ?? 0) + floor > last.monthlyCost;
  };
  for (const candidate of bounded) {
    if (leftOut(candidate)) continue;
    const fit = typeCapacity(candidate.type, group, overhead, candidate.podGroups);
    if (fit === null) continue;
    if (leftOut(bounds(fit.pods, fit.capacity, candidate))) continue;
    const planned = planType({
      type: candidate.type,
      podGroups: candidate.podGroups,
      workloads: candidate.workloads,
      fit,
    });
    if (planned === null) continue;
    const { unschedulablePods } = planned;
    if (unschedulablePods > fewest) continue;
    if (unschedulablePods < fewest) [fewest, ranking] = [unschedulablePods, []];
    withoutNodes ??= costCluster(planned.variant, { ...planned.plan, nodeGroups: [] }, catalog).totalUsdPerMonth;
    const entry = billed(candidate, planned, nodeGroup, catalog);
    if (entry === null) continue;
    ranking.splice(sortedIndex(ranking, entry), 0, entry);
    if (ranking.length > limit) ranking.pop();
  }
  return ranking;
}

/**
 * What assigning the workloads to node groups reads of the ranked group's one type (`nodeGroupWorkloads`:
 * whether the type can be sized, its architecture, and its accelerators for each workload that asks
 * for some): types with the same signature take the same workloads.
 */
function assignmentSignature(type: InstanceType, workloads: readonly Workload[]): string {
  let signature = `${type.vcpu === null || type.memoryMiB === null} ${type.architecture} ${nodeAcceleratorUnits(type)}`;
  for (const workload of workloads) {
    if (workload.gpus > 0) signature += ` ${acceleratorUnits(type, workload.accelerator, workload.gpus)}`;
  }
  return signature;
}

/** The ranking's entry of a planned type, with its bill; null when a line of the bill is unknown. */
function billed(
  candidate: Bounded,
  planned: RankedTypePlan,
  nodeGroup: string,
  catalog: Catalog,
): InstanceTypeRanking | null {
  const cost = costCluster(planned.variant, planned.plan, catalog);
  const groupCost = cost.nodeGroups.find((entry) => entry.name === nodeGroup);
  const groupMonthly = groupCost === undefined ? null : nodeGroupMonthlyCost(groupCost);
  if (cost.totalUsdPerMonth === null || groupMonthly === null) return null;
  return {
    nodeGroup,
    instanceType: candidate.type.name,
    nodes: planned.nodes,
    onDemandNodes: planned.onDemandNodes,
    spotNodes: planned.spotNodes,
    unschedulablePods: planned.unschedulablePods,
    monthlyCost: cost.totalUsdPerMonth,
    nodeGroupMonthlyCost: groupMonthly,
    spotInterruption: candidate.price.spotInterruption,
    utilisation: planned.utilisation,
    bindingResource: planned.bindingResource,
    singleNode: planned.singleNode,
  };
}

/** Where `entry` goes in a ranking sorted cheapest first (ties: fewer nodes, then name): before the first entry after it, found by halving. */
function sortedIndex(ranking: readonly InstanceTypeRanking[], entry: InstanceTypeRanking): number {
  const before = (a: InstanceTypeRanking, b: InstanceTypeRanking) =>
    a.monthlyCost - b.monthlyCost || a.nodes - b.nodes || (a.instanceType < b.instanceType ? -1 : 1);
  let low = 0;
  let high = ranking.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(entry, ranking[middle]!) < 0) high = middle;
    else low = middle + 1;
  }
  return low;
}
