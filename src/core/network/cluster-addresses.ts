import { evenShares } from "../plan/zone-split.js";
import type { Catalog } from "../catalog/catalog.js";
import { albCount } from "../cost/cluster-cost.js";
import type { CniSettings } from "./cni-settings.js";
import type { CoreIssue } from "../errors.js";
import { ADDRESSES_PER_PREFIX, HOST_NETWORK_PODS } from "../nodes/max-pods.js";
import { nodeDaemonSets } from "../nodes/system-daemonsets.js";
import { nodeAddresses, type AddressMode, type NodeAddresses } from "./node-addresses.js";
import type { ClusterPlan, NodeGroupPlan } from "../plan/plan.js";
import { scenarioNetwork, type NodeGroup, type Scenario } from "../scenario/scenario.js";

/**
 * IPv4 addresses taken from one kind of subnet. `addresses` = 16 × `prefixes` + `singles`: with prefix
 * delegation each /28 prefix needs a contiguous, aligned block of 16 free addresses, while single
 * addresses (ENI primaries, secondary IPs, Fargate pods, load balancers) can sit anywhere.
 */
export interface AddressDemand {
  readonly addresses: number;
  /** /28 prefixes among them. */
  readonly prefixes: number;
  /** Addresses not in a prefix. */
  readonly singles: number;
}

/** Addresses taken from the node subnets and from the pod (ENIConfig) subnets of custom networking. */
export interface SubnetDemand {
  readonly node: AddressDemand;
  readonly pod: AddressDemand;
}

/** One kind of node of a node group: `count` nodes running the same pods. */
export interface NodeKindAddresses {
  readonly count: number;
  /** The zone the plan put these nodes in (a group planned zone by zone); null when it did not say. */
  readonly zone: number | null;
  /** Pods per node that take an address from the node's pool (DaemonSets included). */
  readonly pods: number;
  /** Pods per node with their own security groups (branch ENIs). */
  readonly branchPods: number;
  readonly addresses: NodeAddresses;
}

/** Demand of one node group, or of the whole cluster, in one availability zone. */
export interface ZoneShare {
  /** 0-based index among the cluster's zones. */
  readonly zone: number;
  readonly nodes: number;
  readonly planned: SubnetDemand;
  /** Of the planned addresses, those pods use: pool addresses in use and branch ENIs. */
  readonly podAddresses: number;
  /** Of the planned addresses, the warm pool: pool addresses no pod uses. */
  readonly warmAddresses: number;
  readonly surge: SubnetDemand;
  /** Null when a node group in it has no maximum size. */
  readonly atMaxNodes: SubnetDemand | null;
}

/** The addresses of one node group. */
export interface NodeGroupAddresses {
  readonly name: string;
  /** The type it is planned with; null when none of its types is usable (then it takes nothing). */
  readonly instanceType: string | null;
  readonly mode: AddressMode | null;
  /** Availability zones its nodes spread over: the first `availabilityZones` of the cluster's zones. */
  readonly zones: number;
  /** Nodes at the planned size. */
  readonly nodes: number;
  /** The plan's nodes by the pods they run, as the plan packs them. */
  readonly nodeKinds: readonly NodeKindAddresses[];
  /** The node that takes the most addresses; surge nodes are counted like it. */
  readonly busiestNode: NodeAddresses | null;
  /** A node with as many pool pods as max pods leaves after the host-network pods: the most a node takes. */
  readonly fullNode: NodeAddresses | null;
  /** Extra nodes during a rolling replacement: max(2 × zones, maxUnavailable) (EKS managed node update behaviour). */
  readonly surgeNodes: number;
  /** The group's maximum size; null when it has none (then `atMaxNodes` is unknown). */
  readonly maxNodes: number | null;
  readonly planned: SubnetDemand;
  /** The planned nodes and the surge nodes, each surge node like the busiest node. */
  readonly surge: SubnetDemand;
  /** `maxNodes` full nodes (a plan never exceeds it); null without a maximum size. */
  readonly atMaxNodes: SubnetDemand | null;
  readonly perZone: readonly ZoneShare[];
  /** Pods of the planned nodes that get no address (see the `pods-without-address` issue). */
  readonly podsWithoutAddress: number;
}

/** Everything in one availability zone. */
export interface ZoneAddresses extends ZoneShare {
  /** The zone's name when the scenario's subnets name it. */
  readonly availabilityZone: string | null;
  readonly fargatePods: number;
}

/** Options of {@link clusterAddresses}. */
export interface ClusterAddressOptions {
  /**
   * Nodes a managed node group updates at once (`updateConfig.maxUnavailable`); default 1. The update
   * adds max(2 × zones, this) nodes (EKS user guide, `managed-node-update-behavior`).
   */
  readonly maxUnavailable?: number;
  /**
   * Addresses kept in each zone's node subnet for the EKS control plane's network interfaces; default 6,
   * the minimum EKS requires of each cluster subnet (EKS user guide, `network-reqs`). 0 when the cluster
   * has dedicated subnets for them (as EKS recommends: small /28 ones).
   */
  readonly controlPlaneAddressesPerZone?: number;
}

/** The addresses a planned cluster takes, per node group and per availability zone. */
export interface ClusterAddresses {
  /** Availability zones: the most any node group spreads over, the zones the subnets name, and at least 2 (EKS). */
  readonly zones: number;
  /** Each zone's name from the scenario's subnets (in order of first appearance), else null. */
  readonly zoneNames: readonly (string | null)[];
  readonly nodeGroups: readonly NodeGroupAddresses[];
  /** Fargate pods, one address each (in the node subnets), spread evenly over the zones. */
  readonly fargatePods: number;
  readonly albs: number;
  readonly nlbs: number;
  /** Per zone: 8 per ALB (ELB: at least eight free addresses per subnet), 1 per NLB (one network interface per subnet). */
  readonly loadBalancerAddressesPerZone: number;
  readonly controlPlaneAddressesPerZone: number;
  readonly perZone: readonly ZoneAddresses[];
  readonly total: {
    readonly planned: SubnetDemand;
    readonly surge: SubnetDemand;
    readonly atMaxNodes: SubnetDemand | null;
  };
  /** `pods-without-address` for each node group whose pods cannot all get an address. */
  readonly issues: readonly CoreIssue[];
}

/** Addresses an ALB needs free in each of its subnets (ELB user guide, "Subnets for your load balancer"). */
export const ALB_ADDRESSES_PER_SUBNET = 8;

/** Addresses an NLB takes in each of its subnets: one network interface (ELB user guide, Network Load Balancers). */
export const NLB_ADDRESSES_PER_SUBNET = 1;

/** Addresses EKS needs in each cluster subnet for its control plane ENIs (EKS user guide, `network-reqs`). */
export const EKS_CONTROL_PLANE_ADDRESSES_PER_SUBNET = 6;

const NONE: AddressDemand = { addresses: 0, prefixes: 0, singles: 0 };
const EMPTY: SubnetDemand = { node: NONE, pod: NONE };

/**
 * The VPC addresses a planned cluster takes, per node group and per availability zone, at the planned
 * size, during a rolling node replacement, and at the node groups' maximum size (eks-formulas.md §2.2:
 * "Σ nodes + Fargate pods + load balancer ENIs + other ENIs").
 *
 * - Each node takes what `nodeAddresses` gives for the pods the plan puts on it: its workloads' pods
 *   and the DaemonSets' pods, less the host-network ones; pods of `network.securityGroupWorkloads` take
 *   branch ENIs. The cluster's VPC CNI settings come from `scenario.network.cni`, prefix delegation and
 *   custom networking from each node group, max pods from the plan.
 * - A node group spreads over the first `availabilityZones` zones evenly, as Auto Scaling balances
 *   zones; nodes are dealt out busiest first, so the first zone carries the most.
 * - Surge: every node group replaced at once (as a Terraform apply does), each adding
 *   max(2 × zones, `maxUnavailable`) nodes like its busiest node, while the old nodes keep their addresses.
 * - At maximum size: `maxNodes` full nodes per group (`planCluster` never plans more); unknown (null) if a
 *   group has no maximum.
 * - Fargate: one address per pod (in the node subnets), zones evenly. Load balancers: in every zone,
 *   8 per ALB and 1 per NLB; the control plane: `controlPlaneAddressesPerZone`. All counted in the
 *   node subnets (internal load balancers, the default of the AWS Load Balancer Controller, §7).
 *
 * @param plan `planCluster(scenario, catalog)`.
 * @param catalog the catalogue the plan was made with (`catalog` from `eksize/data`).
 * @throws {EksizeError} the errors of `cniSettings` for settings `validateScenario` would refuse.
 * @example
 * const addresses = clusterAddresses(defaultScenario, planCluster(defaultScenario, catalog), catalog)
 * addresses.total.planned.node.addresses // IPv4 addresses the cluster takes from its node subnets
 */
export function clusterAddresses(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: ClusterAddressOptions = {},
): ClusterAddresses {
  const { maxUnavailable = 1, controlPlaneAddressesPerZone = EKS_CONTROL_PLANE_ADDRESSES_PER_SUBNET } = options;
  const network = scenarioNetwork(scenario);
  const zoneNames = [...new Set(network.subnets.map((subnet) => subnet.availabilityZone))];
  const zones = Math.max(2, zoneNames.length, ...scenario.nodeGroups.map((group) => group.availabilityZones));
  const issues: CoreIssue[] = [];
  const types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));

  const nodeGroups = scenario.nodeGroups.map((group, index): NodeGroupAddresses => {
    const groupPlan = plan.nodeGroups[index];
    const type = groupPlan?.instanceType === null ? undefined : types.get(groupPlan?.instanceType ?? "");
    if (groupPlan === undefined || type === undefined || groupPlan.allocatable === null) {
      return emptyGroup(group, Math.min(group.availabilityZones, zones));
    }
    const settings: Partial<CniSettings> = {
      ...network.cni,
      prefixDelegation: group.network.prefixDelegation,
      customNetworking: group.network.customNetworking,
      securityGroupsForPods: network.securityGroupWorkloads.length > 0,
    };
    const limit = groupPlan.allocatable.pods;
    // A Karpenter NodePool mixes types: each node's addresses are its own type's.
    const nodeKinds = kindsOf(scenario, groupPlan, network.securityGroupWorkloads).map((kind) => {
      const planned = groupPlan.byType.find((nodes) => nodes.instanceType === kind.instanceType);
      const maxPods = planned?.allocatable.pods ?? limit;
      const kindType = types.get(kind.instanceType) ?? type;
      return {
        count: kind.count,
        pods: kind.pods,
        branchPods: kind.branchPods,
        zone: kind.zone,
        addresses: nodeAddresses(kindType, { pods: kind.pods, branchPods: kind.branchPods, maxPods }, settings),
      };
    });
    const hostNetworkPods = Math.max(
      HOST_NETWORK_PODS,
      nodeDaemonSets(scenario).filter((daemonSet) => daemonSet.hostNetwork).length,
    );
    const fullNode = nodeAddresses(type, { pods: Math.max(0, limit - hostNetworkPods), maxPods: limit }, settings);
    const result = groupAddresses(group, groupPlan, nodeKinds, fullNode, Math.min(group.availabilityZones, zones), {
      maxUnavailable,
    });
    for (const kind of ["ip", "branch"] as const) {
      const pods = sum(
        nodeKinds.map(
          (node) =>
            node.count *
            (kind === "branch"
              ? node.addresses.branchPodsWithoutAddress
              : node.addresses.podsWithoutAddress - node.addresses.branchPodsWithoutAddress),
        ),
      );
      if (pods > 0) {
        issues.push({
          code: "pods-without-address",
          path: `nodeGroups.${index}`,
          params: { nodeGroup: group.name, instanceType: type.name, kind, pods },
        });
      }
    }
    return result;
  });

  const fargatePods = sum(plan.fargate.map((workload) => workload.pods));
  const { nlbs } = scenario.cluster.loadBalancers;
  const albs = albCount(scenario.cluster.loadBalancers);
  const loadBalancerAddressesPerZone = albs * ALB_ADDRESSES_PER_SUBNET + nlbs * NLB_ADDRESSES_PER_SUBNET;

  const perZone = Array.from({ length: zones }, (_, zone): ZoneAddresses => {
    const shares = nodeGroups.map((group) => group.perZone[zone]);
    const fargate = evenShares(fargatePods, zones)[zone] ?? 0;
    const fixed = singles(fargate + loadBalancerAddressesPerZone + controlPlaneAddressesPerZone);
    const total = (pick: (share: ZoneShare) => SubnetDemand | null): SubnetDemand | null =>
      shares.reduce<SubnetDemand | null>((acc, share) => {
        if (acc === null || share === undefined) return acc;
        const demand = pick(share);
        return demand === null ? null : plus(acc, demand);
      }, fixed);
    return {
      zone,
      availabilityZone: zoneNames[zone] ?? null,
      nodes: sum(shares.map((share) => share?.nodes ?? 0)),
      podAddresses: sum(shares.map((share) => share?.podAddresses ?? 0)),
      warmAddresses: sum(shares.map((share) => share?.warmAddresses ?? 0)),
      fargatePods: fargate,
      planned: total((share) => share.planned) ?? EMPTY,
      surge: total((share) => share.surge) ?? EMPTY,
      atMaxNodes: total((share) => share.atMaxNodes),
    };
  });
  const atMax = perZone.map((zone) => zone.atMaxNodes);
  return {
    zones,
    zoneNames: Array.from({ length: zones }, (_, zone) => zoneNames[zone] ?? null),
    nodeGroups,
    fargatePods,
    albs,
    nlbs,
    loadBalancerAddressesPerZone,
    controlPlaneAddressesPerZone,
    perZone,
    total: {
      planned: perZone.map((zone) => zone.planned).reduce(plus, EMPTY),
      surge: perZone.map((zone) => zone.surge).reduce(plus, EMPTY),
      atMaxNodes: atMax.includes(null) ? null : (atMax as SubnetDemand[]).reduce(plus, EMPTY),
    },
    issues,
  };
}

/** The plan's node patterns as pool pods and branch pods per node, with their zone when the plan says. */
function kindsOf(
  scenario: Scenario,
  groupPlan: NodeGroupPlan,
  securityGroupWorkloads: readonly string[],
): { count: number; instanceType: string; pods: number; branchPods: number; zone: number | null }[] {
  const workloads = new Map(scenario.workloads.map((workload) => [workload.name, workload]));
  const withGroups = new Set(securityGroupWorkloads);
  const daemonSetPods = nodeDaemonSets(scenario).filter((daemonSet) => !daemonSet.hostNetwork).length;
  return groupPlan.fills.map((fill) => {
    let pods = daemonSetPods;
    let branchPods = 0;
    for (const [name, count] of Object.entries(fill.pods)) {
      if (workloads.get(name)?.hostNetwork === true) continue;
      if (withGroups.has(name)) branchPods += count;
      else pods += count;
    }
    return { count: fill.count, instanceType: fill.instanceType, pods, branchPods, zone: fill.zone };
  });
}

function groupAddresses(
  group: NodeGroup,
  groupPlan: NodeGroupPlan,
  nodeKinds: readonly NodeKindAddresses[],
  fullNode: NodeAddresses,
  zones: number,
  options: { maxUnavailable: number },
): NodeGroupAddresses {
  const nodes = groupPlan.nodes;
  const byDemand = [...nodeKinds].sort((a, b) => totalOf(b.addresses) - totalOf(a.addresses));
  const busiest = byDemand[0]?.addresses ?? (nodes > 0 ? fullNode : null);
  // Nodes added for minNodes have no fill: they run the DaemonSets only, like an empty node.
  const unfilled = nodes - sum(nodeKinds.map((kind) => kind.count));

  const perZoneNodes = new Array<number>(zones).fill(0);
  const perZonePods = new Array<number>(zones).fill(0);
  const perZoneWarm = new Array<number>(zones).fill(0);
  const perZonePlanned = new Array<SubnetDemand>(zones).fill(EMPTY);
  const place = (node: NodeAddresses, counts: readonly number[]): void => {
    counts.forEach((count, zone) => {
      perZoneNodes[zone]! += count;
      perZonePods[zone]! += count * (node.poolAddresses - node.warmAddresses + node.branchEnis);
      perZoneWarm[zone]! += count * node.warmAddresses;
      perZonePlanned[zone] = plus(perZonePlanned[zone]!, times(demandOf(node), count));
    });
  };
  let next = 0;
  for (const kind of byDemand) {
    // Nodes the plan put in a zone (a group planned zone by zone) stay there; the others are spread.
    if (kind.zone !== null && kind.zone < zones) {
      place(
        kind.addresses,
        Array.from({ length: zones }, (_, zone) => (zone === kind.zone ? kind.count : 0)),
      );
      continue;
    }
    place(kind.addresses, evenShares(kind.count, zones, next));
    next = (next + (kind.count % zones)) % zones;
  }
  if (unfilled > 0) place(idleNode(nodeKinds, fullNode), evenShares(unfilled, zones, next));

  const surgeNodes = nodes > 0 ? Math.max(2 * zones, options.maxUnavailable) : 0;
  const surgePerZone = evenShares(surgeNodes, zones);
  const maxNodes = group.maxNodes;
  const maxPerZone = maxNodes === null ? null : evenShares(maxNodes, zones);

  const perZone = perZonePlanned.map((planned, zone): ZoneShare => ({
    zone,
    nodes: perZoneNodes[zone]!,
    planned,
    podAddresses: perZonePods[zone]!,
    warmAddresses: perZoneWarm[zone]!,
    surge: busiest === null ? planned : plus(planned, times(demandOf(busiest), surgePerZone[zone]!)),
    atMaxNodes: maxPerZone === null ? null : times(demandOf(fullNode), maxPerZone[zone]!),
  }));
  return {
    name: group.name,
    instanceType: groupPlan.instanceType,
    mode: fullNode.mode,
    zones,
    nodes,
    nodeKinds,
    busiestNode: busiest,
    fullNode,
    surgeNodes,
    maxNodes,
    planned: perZone.map((zone) => zone.planned).reduce(plus, EMPTY),
    surge: perZone.map((zone) => zone.surge).reduce(plus, EMPTY),
    atMaxNodes: maxNodes === null ? null : times(demandOf(fullNode), maxNodes),
    perZone,
    podsWithoutAddress: sum(nodeKinds.map((kind) => kind.count * kind.addresses.podsWithoutAddress)),
  };
}

/** The node with the fewest pods, standing for nodes added only for the group's minimum size. */
function idleNode(kinds: readonly NodeKindAddresses[], fullNode: NodeAddresses): NodeAddresses {
  const least = [...kinds].sort((a, b) => a.pods + a.branchPods - (b.pods + b.branchPods))[0];
  return least?.addresses ?? fullNode;
}

function emptyGroup(group: NodeGroup, zones: number): NodeGroupAddresses {
  const perZone = Array.from({ length: zones }, (_, zone) => ({
    zone,
    nodes: 0,
    planned: EMPTY,
    podAddresses: 0,
    warmAddresses: 0,
    surge: EMPTY,
    atMaxNodes: EMPTY,
  }));
  return {
    name: group.name,
    instanceType: null,
    mode: null,
    zones,
    nodes: 0,
    nodeKinds: [],
    busiestNode: null,
    fullNode: null,
    surgeNodes: 0,
    maxNodes: group.maxNodes,
    planned: EMPTY,
    surge: EMPTY,
    atMaxNodes: EMPTY,
    perZone,
    podsWithoutAddress: 0,
  };
}

/** What one node takes from each kind of subnet. */
export function demandOf(node: NodeAddresses): SubnetDemand {
  const side = (addresses: number, singleAddresses: number): AddressDemand => ({
    addresses,
    prefixes: (addresses - singleAddresses) / ADDRESSES_PER_PREFIX,
    singles: singleAddresses,
  });
  return {
    node:
      node.mode === "prefix"
        ? side(node.nodeSubnetAddresses, node.nodeSubnetSingles)
        : singlesOnly(node.nodeSubnetAddresses),
    pod:
      node.mode === "prefix"
        ? side(node.podSubnetAddresses, node.podSubnetSingles)
        : singlesOnly(node.podSubnetAddresses),
  };
}

function singlesOnly(addresses: number): AddressDemand {
  return { addresses, prefixes: 0, singles: addresses };
}

function singles(addresses: number): SubnetDemand {
  return { node: singlesOnly(addresses), pod: NONE };
}

function totalOf(node: NodeAddresses): number {
  return node.nodeSubnetAddresses + node.podSubnetAddresses;
}

function add(a: AddressDemand, b: AddressDemand): AddressDemand {
  return { addresses: a.addresses + b.addresses, prefixes: a.prefixes + b.prefixes, singles: a.singles + b.singles };
}

/** The sum of two demands, subnet kind by subnet kind. */
export function plus(a: SubnetDemand, b: SubnetDemand): SubnetDemand {
  return { node: add(a.node, b.node), pod: add(a.pod, b.pod) };
}

function times(demand: SubnetDemand, count: number): SubnetDemand {
  const scale = (part: AddressDemand): AddressDemand => ({
    addresses: part.addresses * count,
    prefixes: part.prefixes * count,
    singles: part.singles * count,
  });
  return { node: scale(demand.node), pod: scale(demand.pod) };
}

/** `count` things dealt over `zones` zones as evenly as possible, the extra ones from zone `first` on. */
function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
