import type { Resource } from "./bin-pack.js";
import { bindingResource } from "./bin-pack.js";
import type { Catalog, SpotInterruptionBucket } from "../catalog/catalog.js";
import { monthlyCost, spotHourlyPrice } from "../cost/cost.js";
import {
  daemonSetOverhead,
  podGroupsOf,
  sizeWithType,
  utilisationOf,
  type NodeSettings,
  type Utilisation,
} from "../nodes/node-sizing.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import { defaultNodeGroup, type Scenario } from "../scenario/scenario.js";

/** One instance type as the only node group of a scenario. */
export interface InstanceTypeRanking {
  /** EC2 name. */
  readonly instanceType: string;
  /** Nodes the scenario's node workloads need. */
  readonly nodes: number;
  /** On-demand cost of those nodes a month (the scenario's hours), USD. */
  readonly monthlyCost: number;
  /** Spot cost of those nodes a month, USD; null when the region has no Spot figure for the type. */
  readonly monthlySpotCost: number | null;
  /** The Spot Instance Advisor's interruption bucket, or null. */
  readonly spotInterruption: SpotInterruptionBucket | null;
  /** Requested share of the nodes' allocatable, DaemonSets included. */
  readonly utilisation: Utilisation;
  /** The resource that fills first. */
  readonly bindingResource: Resource | null;
  /**
   * A burstable type (the T families): it runs at full CPU only while it has CPU credits, and in
   * unlimited mode bills the surplus, so a node packed to its vCPUs costs more than its price.
   */
  readonly burstable: boolean;
}

/** Burstable performance families: `t2`, `t3`, `t3a`, `t4g` and later (EC2 user guide, burstable performance instances). */
export function isBurstable(family: string): boolean {
  return /^t\d/.test(family);
}

/** The settings every ranked type is sized with: `allocatable()`'s and `maxPods()`'s defaults. */
const DEFAULT_NODE_SETTINGS: NodeSettings = defaultNodeGroup("ranked", []);

/**
 * Ranks every instance type of the catalogue as the scenario's only node group, cheapest on-demand
 * month first (ties: fewer nodes, then name). Each type runs the workloads that are not in a Fargate
 * profile, with every DaemonSet on every node, sized with `allocatable()`'s and `maxPods()`'s
 * defaults (EKS Amazon Linux AMI, VPC CNI defaults, no headroom) and packed as `planCluster` packs.
 * A type is left out when it cannot run every pod (too small, no GPU, the wrong architecture for a
 * workload that requires one), when its size is unknown, or when the scenario's region has no
 * on-demand price for it.
 *
 * Speed: pods are packed by counting, not one by one (see `packPods`); `npm run bench` ranks all
 * types for 10,000 pods in 50 workloads.
 *
 * @example rankInstanceTypes(defaultScenario, catalog)[0] // { instanceType: "...", nodes: 4, monthlyCost: ..., ... }
 */
export function rankInstanceTypes(scenario: Scenario, catalog: Catalog): InstanceTypeRanking[] {
  const onFargate = new Set(scenario.fargateProfiles.flatMap((profile) => profile.workloads));
  const workloads = scenario.workloads.filter((workload) => !onFargate.has(workload.name) && workload.replicas > 0);
  const architectures = new Set(
    workloads.flatMap((workload) => (workload.architecture ? [workload.architecture] : [])),
  );
  const overhead = daemonSetOverhead(nodeDaemonSets(scenario));
  const podGroups = podGroupsOf(workloads);
  const prices = catalog.regions[scenario.region]?.instances ?? {};

  const ranking: InstanceTypeRanking[] = [];
  for (const type of catalog.instanceTypes) {
    const price = prices[type.name];
    const onDemand = price?.onDemandUsdPerHour ?? null;
    if (price === undefined || onDemand === null) continue;
    if (architectures.size > 1 || [...architectures].some((architecture) => architecture !== type.architecture))
      continue;
    const sized = sizeWithType(type, DEFAULT_NODE_SETTINGS, overhead, podGroups);
    if (sized === null || sized.unplacedPods > 0) continue;
    const nodes = sized.packing.nodes;
    const spot = spotHourlyPrice(price);
    ranking.push({
      instanceType: type.name,
      nodes,
      monthlyCost: monthlyCost(onDemand * nodes, scenario.hoursPerMonth),
      monthlySpotCost: spot === null ? null : monthlyCost(spot * nodes, scenario.hoursPerMonth),
      spotInterruption: price.spotInterruption,
      utilisation: utilisationOf(sized, overhead),
      bindingResource: bindingResource(sized.packing, sized.capacity),
      burstable: isBurstable(type.family),
    });
  }
  return ranking.sort(
    (a, b) => a.monthlyCost - b.monthlyCost || a.nodes - b.nodes || (a.instanceType < b.instanceType ? -1 : 1),
  );
}
