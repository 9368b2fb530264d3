import { podsLargerThanNode, volumeLowerBound, type Resource } from "./bin-pack.js";
import type { Catalog, InstancePrice, SpotInterruptionBucket } from "../catalog/catalog.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { runsOnOneNode } from "../advice/single-node.js";
import { costCluster, nodeGroupMonthlyCost } from "../cost/cluster-cost.js";
import { monthlyCost, spotHourlyPrice } from "../cost/cost.js";
import {
  daemonSetOverhead,
  podGroupsOf,
  typeCapacity,
  type Utilisation,
  type WorkloadPods,
} from "../nodes/node-sizing.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import type { Scenario } from "../scenario/scenario.js";
import { rankedNodeGroup, withInstanceType, type InstanceTypeChoice } from "./instance-type-choice.js";
import {
  nodeGroupWorkloads,
  planWithMemo,
  splitCapacity,
  unschedulablePodCount,
  type ClusterPlan,
  type GroupPlanMemo,
  type NodeGroupPlan,
} from "./plan.js";

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

/** A type for the group, bounded before it is planned. */
interface Bounded {
  readonly type: InstanceType;
  readonly price: InstancePrice;
  readonly variant: Scenario;
  /** Pods of the group too big for an empty node of the type: never more than the plan leaves unschedulable. */
  readonly tooBig: number;
  /** No more than the bill's node cost can be (see {@link rankInstanceTypes}), USD a month. */
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
 * Speed: with `limit`, only the types that can still be among the cheapest are planned and billed.
 * Each type is first bounded without packing (`nodeGroupWorkloads`, `typeCapacity`): its nodes are at
 * least `volumeLowerBound` of the group's pods (and `minNodes`, never above `maxNodes`; a group planned
 * zone by zone needs at least the sum of its zones' bounds, which is no less), so its bill is
 * at least the bill's lines without nodes (control plane, load balancers, Fargate) plus those nodes'
 * instance hours at the group's mix (on-demand less the compute savings, Spot), less the enterprise
 * discount; and it leaves at least the pods too big for its node (`podsLargerThanNode`) unschedulable.
 * Types are planned by fewest such pods, then lowest floor, and one whose floor is above the
 * `limit`-th total so far, or that must leave more pods unschedulable than a type already planned, is
 * not. A test checks that the first entries are those of the whole ranking; `npm run bench` measures it.
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

  // The group's pods depend on a type only through the workloads it takes (its architecture and accelerators).
  const podGroupsByWorkloads = new Map<string, WorkloadPods[]>();
  const bounded: Bounded[] = [];
  for (const type of catalog.instanceTypes) {
    const price = prices[type.name];
    const onDemand = price?.onDemandUsdPerHour ?? null;
    if (price === undefined || onDemand === null || isBurstable(type.family)) continue;
    const variant = withInstanceType(scenario, { nodeGroup, instanceType: type.name });
    const group = variant.nodeGroups.find((candidate) => candidate.name === nodeGroup)!;
    const workloads = nodeGroupWorkloads(variant, catalog, nodeGroup);
    const key = workloads.map((workload) => workload.name).join("\n");
    let podGroups = podGroupsByWorkloads.get(key);
    if (podGroups === undefined) podGroupsByWorkloads.set(key, (podGroups = podGroupsOf(workloads)));
    const fit = typeCapacity(type, group, overhead, podGroups);
    // A type the settings cannot size is planned, to say so as the plan does.
    const least = fit === null ? 0 : Math.max(group.minNodes, volumeLowerBound(fit.pods, fit.capacity));
    const split = splitCapacity(group, group.maxNodes === null ? least : Math.min(least, group.maxNodes));
    // An unknown Spot rate counts 0 here: the bill is then unknown, and the type left out.
    const hourly = split.onDemand * onDemand * afterSavings + split.spot * (spotHourlyPrice(price) ?? 0);
    const floor = monthlyCost(hourly, scenario.hoursPerMonth) * afterEnterprise;
    const tooBig = fit === null ? 0 : podsLargerThanNode(fit.pods, fit.capacity);
    bounded.push({ type, price, variant, tooBig, floor });
  }
  bounded.sort((a, b) => a.tooBig - b.tooBig || a.floor - b.floor);

  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  // The other node groups plan the same for most types: planned once.
  const memo: GroupPlanMemo = new WeakMap();
  let fewest = Number.POSITIVE_INFINITY;
  // What the bill has without any node (control plane, load balancers, Fargate): the same for every type.
  let withoutNodes: number | null = null;
  let ranking: InstanceTypeRanking[] = [];
  for (const candidate of bounded) {
    if (candidate.tooBig > fewest) continue;
    const last = ranking.length >= limit ? ranking[ranking.length - 1] : undefined;
    if (candidate.tooBig === fewest && last !== undefined && (withoutNodes ?? 0) + candidate.floor > last.monthlyCost)
      continue;
    const plan = planWithMemo(candidate.variant, catalog, memo);
    const group = plan.nodeGroups.find((planned) => planned.name === nodeGroup);
    if (group === undefined || group.nodes === 0) continue;
    const unschedulablePods = unschedulablePodCount(plan);
    if (unschedulablePods > fewest) continue;
    if (unschedulablePods < fewest) [fewest, ranking] = [unschedulablePods, []];
    withoutNodes ??= costCluster(candidate.variant, { ...plan, nodeGroups: [] }, catalog).totalUsdPerMonth;
    const entry = billed(candidate, plan, group, unschedulablePods, nodeGroup, catalog);
    if (entry === null) continue;
    ranking.splice(sortedIndex(ranking, entry), 0, entry);
    if (ranking.length > limit) ranking.pop();
  }
  return ranking;
}

/** The ranking's entry of a planned type, with its bill; null when a line of the bill is unknown. */
function billed(
  candidate: Bounded,
  plan: ClusterPlan,
  group: NodeGroupPlan,
  unschedulablePods: number,
  nodeGroup: string,
  catalog: Catalog,
): InstanceTypeRanking | null {
  const cost = costCluster(candidate.variant, plan, catalog);
  const groupCost = cost.nodeGroups.find((entry) => entry.name === nodeGroup);
  const groupMonthly = groupCost === undefined ? null : nodeGroupMonthlyCost(groupCost);
  if (cost.totalUsdPerMonth === null || groupMonthly === null) return null;
  return {
    nodeGroup,
    instanceType: candidate.type.name,
    nodes: group.nodes,
    onDemandNodes: group.onDemandNodes,
    spotNodes: group.spotNodes,
    unschedulablePods,
    monthlyCost: cost.totalUsdPerMonth,
    nodeGroupMonthlyCost: groupMonthly,
    spotInterruption: candidate.price.spotInterruption,
    utilisation: group.utilisation,
    bindingResource: group.bindingResource,
    singleNode: runsOnOneNode(group),
  };
}

/** Where `entry` goes in a ranking sorted cheapest first (ties: fewer nodes, then name). */
function sortedIndex(ranking: readonly InstanceTypeRanking[], entry: InstanceTypeRanking): number {
  const before = (a: InstanceTypeRanking, b: InstanceTypeRanking) =>
    a.monthlyCost - b.monthlyCost || a.nodes - b.nodes || (a.instanceType < b.instanceType ? -1 : 1);
  const index = ranking.findIndex((other) => before(entry, other) < 0);
  return index === -1 ? ranking.length : index;
}
