import type { Catalog } from "../catalog/catalog.js";
import type { ControlPlaneTier } from "../catalog/control-plane-tiers.js";
import { gbMonths, monthlyCost, spotHourlyPrice } from "./cost.js";
import type { ClusterPlan, NodeGroupPlan } from "../plan/plan.js";
import type { ClusterSettings, Scenario, VolumeType } from "../scenario/scenario.js";

/** What a {@link CostTerm} counts, and so what its rate is per. */
export type CostUnit =
  /** An EC2 node for an hour (on-demand or Spot). */
  | "node-hour"
  /** A Fargate vCPU for an hour. */
  | "vcpu-hour"
  /** A GB of Fargate memory for an hour. */
  | "gb-hour"
  /** The EKS control plane for an hour. */
  | "cluster-hour"
  /** An Application Load Balancer for an hour. */
  | "alb-hour"
  /** An ALB capacity unit (LCU) for an hour. */
  | "alb-lcu-hour"
  /** A Network Load Balancer for an hour. */
  | "nlb-hour"
  /** An NLB capacity unit (NLCU) for an hour. */
  | "nlb-nlcu-hour"
  /** A GB of EBS storage for a month. */
  | "gb-month";

/**
 * One priced quantity of a bill line: `quantity` units at `usdPerUnit`, for the scenario's hours (a
 * `gb-month` rate prorated by `gbMonths`: the hours over 730, at most one GB-month). The views and
 * the command line word the bill from these, so no rate is ever picked twice.
 */
export interface CostTerm {
  /** The node group or Fargate workload it bills; null for the cluster as a whole. */
  readonly subject: string | null;
  /** The instance type of a `node-hour` term; null otherwise. */
  readonly instanceType: string | null;
  /** The volume type of a `gb-month` term; null otherwise. */
  readonly volumeType: VolumeType | null;
  /** The control plane scaling tier a `cluster-hour` term bills on top of the support rate; null for the support rate and other units. */
  readonly controlPlaneTier: ControlPlaneTier | null;
  /** The rate is an estimate (the dataset could not confirm it in a primary source): views say so beside it. */
  readonly estimate: boolean;
  /** Units billed at once: nodes, vCPUs, GB, clusters, load balancers or capacity units (may be fractional). */
  readonly quantity: number;
  readonly unit: CostUnit;
  /** USD per unit: per hour, or per GB-month for `gb-month`; null when the catalogue has no rate. */
  readonly usdPerUnit: number | null;
  /** The region whose rate it is: the scenario's, or the fallback region's. */
  readonly rateRegion: string;
  /** The catalogue's source ids of the rate (see `Catalog.sources`). */
  readonly sources: readonly string[];
  /** What it costs over the scenario's hours, USD, before any discount; null when the rate is unknown. */
  readonly usdPerMonth: number | null;
}

/** One line of the bill, USD per month; null when a rate it needs is unknown. */
export interface CostLine {
  /** The sum of its terms, after the compute savings discount where it applies. */
  readonly usdPerMonth: number | null;
  /**
   * Where the rate came from when the scenario's region has none: load balancer and EBS rates are
   * sourced for us-east-1 only and are used for other regions too, which this field says. Null when
   * the scenario's own region had the rate.
   */
  readonly rateRegion: string | null;
  /** The compute savings discount taken off its terms, percent: on-demand nodes and Fargate only, else 0. */
  readonly computeSavingsPercent: number;
  /** What it adds up, in the order the views list them. */
  readonly terms: readonly CostTerm[];
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
    /** EKS Auto Mode's management fee on the nodes of Auto Mode NodePools, on-demand and Spot alike. */
    readonly autoMode: CostLine;
    /** Fargate pods, after the compute savings discount (Compute Savings Plans cover Fargate). */
    readonly fargate: CostLine;
    /** The EKS control plane: standard or extended support, and the scaling tier's rate on top when it is not `standard`. */
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
   * Each workload's share of the bill after every discount: on a node, a pod's share of the node's
   * cost (instance and root volume) is the mean of its shares of the node's allocatable CPU and
   * memory; Fargate pods cost what Fargate bills. With the DaemonSets, idle and shared parts it adds
   * up to {@link totalUsdPerMonth}.
   */
  readonly workloads: Readonly<Record<string, number>>;
  /** The DaemonSets' share of node cost, by the same rule, after every discount. */
  readonly daemonSetsUsdPerMonth: number;
  /** Node cost that no pod requests, after every discount. */
  readonly idleUsdPerMonth: number;
  /**
   * What no pod or node causes alone: the control plane and the load balancers, after the enterprise
   * discount; null when either is unknown.
   */
  readonly sharedUsdPerMonth: number | null;
}

/**
 * The lines of a bill, in the one order every view, report and the command line lists and stacks
 * them.
 */
export const COST_LINES = [
  "onDemand",
  "spot",
  "autoMode",
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
 * The monthly bill of a plan (`planCluster`) for its scenario, USD, over `scenario.hoursPerMonth`,
 * each line with the terms it adds up ({@link CostTerm}: quantity × rate, the rate's region and
 * sources):
 *
 * - nodes: on-demand nodes at the region's on-demand price less `computeSavingsPercent`; Spot
 *   nodes at `spotHourlyPrice` (never above on-demand, no discount), each type at its own price;
 * - EKS Auto Mode: the management fee of each Auto Mode node's type (`InstancePrice.autoModeFee`,
 *   marked `estimate` where the dataset estimates it), on Spot nodes as on on-demand ones (the Price
 *   List has one fee per type; eks-node-viewer bills it the same way), with no discount (AWS does not
 *   say Savings Plans cover it);
 * - Fargate: each workload's pods as vCPU-hours and GB-hours of their provisioned size at the
 *   region's Fargate rates (as `fargatePodHourlyCost`), less `computeSavingsPercent`;
 * - control plane: the standard or extended-support rate per cluster-hour, and the scaling tier's
 *   (`cluster.controlPlaneTier`, when not `standard`) on top, as its own term marked `estimate`
 *   when the dataset's price is one (EKS user guide: "in addition to the standard or extended
 *   support hourly charges");
 * - load balancers: one ALB per `ingressesPerAlb` Ingresses (rounded up) and every NLB, each per hour
 *   plus `capacityUnitsPerHour` LCUs or NLCUs per hour (AWS ELB pricing);
 * - root volumes: every node's root volume at the EBS rate of its type, per GB-month: the scenario's
 *   hours over 730, never more than one GB-month per GB (`gbMonths`);
 * - then `enterpriseDiscountPercent` off the whole bill;
 * - and the bill shared out: workloads, DaemonSets and idle node capacity by requests, Fargate pods
 *   by their own cost, the control plane and load balancers as shared; these add up to the total.
 *
 * Rates the region lacks make a line null (unknown), except load balancer and EBS rates, which
 * fall back to us-east-1's and say so in `rateRegion`.
 *
 * @example costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog).totalUsdPerMonth
 */
export function costCluster(scenario: Scenario, plan: ClusterPlan, catalog: Catalog): ClusterCost {
  const hours = scenario.hoursPerMonth;
  const region = scenario.region;
  const { computeSavingsPercent, enterpriseDiscountPercent } = scenario.cluster.discounts;
  const savingsShare = computeSavingsPercent / 100;
  const pricing = catalog.regions[region];
  const prices = pricing?.instances ?? {};
  const hourly = (quantity: number, rate: number | null) =>
    rate === null ? null : monthlyCost(quantity * rate, hours);

  const nodeTerms = (kind: "onDemand" | "spot"): CostTerm[] =>
    plan.nodeGroups.flatMap((group) =>
      group.byType.flatMap((nodes): CostTerm[] => {
        const count = kind === "onDemand" ? nodes.onDemandNodes : nodes.spotNodes;
        if (count === 0) return [];
        const price = prices[nodes.instanceType];
        const rate =
          price === undefined ? null : kind === "onDemand" ? price.onDemandUsdPerHour : spotHourlyPrice(price);
        return [
          costTerm({
            subject: group.name,
            instanceType: nodes.instanceType,
            quantity: count,
            unit: "node-hour",
            usdPerUnit: rate,
            rateRegion: region,
            sources: (kind === "onDemand" ? pricing?.onDemandSources : pricing?.spotSources) ?? [],
            usdPerMonth: hourly(count, rate),
          }),
        ];
      }),
    );
  const onDemandTerms = nodeTerms("onDemand");
  const spotTerms = nodeTerms("spot");
  const autoModeTerms = plan.nodeGroups.flatMap((group) =>
    group.provisioning !== "auto-mode"
      ? []
      : group.byType.map((nodes): CostTerm => {
          const fee = prices[nodes.instanceType]?.autoModeFee ?? null;
          return costTerm({
            subject: group.name,
            instanceType: nodes.instanceType,
            estimate: fee?.estimate ?? false,
            quantity: nodes.nodes,
            unit: "node-hour",
            usdPerUnit: fee?.usdPerHour ?? null,
            rateRegion: region,
            sources: pricing?.autoModeFeeSources ?? [],
            usdPerMonth: hourly(nodes.nodes, fee?.usdPerHour ?? null),
          });
        }),
  );

  const ebsRegion = region in catalog.services.ebs ? region : FALLBACK_RATE_REGION;
  const ebs = catalog.services.ebs[ebsRegion];
  const volumeTerms = plan.nodeGroups.flatMap((group): CostTerm[] => {
    const rootVolume = scenario.nodeGroups.find((candidate) => candidate.name === group.name)?.rootVolume;
    if (group.nodes === 0 || rootVolume === undefined) return [];
    const rate = ebs === undefined ? null : rootVolume.type === "gp3" ? ebs.gp3UsdPerGbMonth : ebs.gp2UsdPerGbMonth;
    const quantity = rootVolume.sizeGiB * group.nodes;
    return [
      costTerm({
        subject: group.name,
        volumeType: rootVolume.type,
        quantity,
        unit: "gb-month",
        usdPerUnit: rate,
        rateRegion: ebsRegion,
        sources: ebs === undefined ? [] : [ebs.source],
        usdPerMonth: rate === null ? null : rate * quantity * gbMonths(hours),
      }),
    ];
  });

  const nodeGroups = plan.nodeGroups.map((group): NodeGroupCost => {
    const ofGroup = (terms: readonly CostTerm[], count: number) =>
      count === 0 ? 0 : sumKnown(terms.filter((term) => term.subject === group.name).map((term) => term.usdPerMonth));
    const onDemand = ofGroup(onDemandTerms, group.onDemandNodes);
    return {
      name: group.name,
      onDemandUsdPerMonth: onDemand === null ? null : onDemand * (1 - savingsShare),
      spotUsdPerMonth: ofGroup(spotTerms, group.spotNodes),
      rootVolumesUsdPerMonth: ofGroup(volumeTerms, group.nodes),
    };
  });

  const fargateRate = catalog.services.fargate.regions[region];
  const fargateTerms = plan.fargate.flatMap((entry): CostTerm[] => {
    const term = (unit: "vcpu-hour" | "gb-hour", perPod: number, rate: number | null): CostTerm =>
      costTerm({
        subject: entry.workload,
        quantity: entry.pods * perPod,
        unit,
        usdPerUnit: rate,
        rateRegion: region,
        sources: fargateRate === undefined ? [] : [fargateRate.source],
        usdPerMonth: hourly(entry.pods * perPod, rate),
      });
    return [
      term("vcpu-hour", entry.size.vcpu, fargateRate?.usdPerVcpuHour ?? null),
      term("gb-hour", entry.size.memoryGB, fargateRate?.usdPerGbHour ?? null),
    ];
  });

  const controlPlane = catalog.services.eksControlPlane;
  const controlPlaneRate =
    scenario.cluster.supportTier === "extended"
      ? controlPlane.extendedSupportUsdPerHour
      : controlPlane.standardUsdPerHour;
  const tier = scenario.cluster.controlPlaneTier;
  const tierRates = controlPlane.tiers[tier];
  const controlPlaneTerms: CostTerm[] = [
    costTerm({
      quantity: 1,
      unit: "cluster-hour",
      usdPerUnit: controlPlaneRate,
      rateRegion: region,
      sources: [controlPlane.source],
      usdPerMonth: hourly(1, controlPlaneRate),
    }),
    ...(tier === "standard"
      ? []
      : [
          costTerm({
            controlPlaneTier: tier,
            estimate: tierRates.price.confidence === "estimate",
            quantity: 1,
            unit: "cluster-hour" as const,
            usdPerUnit: tierRates.usdPerHour,
            rateRegion: region,
            sources: [tierRates.price.source],
            usdPerMonth: hourly(1, tierRates.usdPerHour),
          }),
        ]),
  ];

  const lbRegion = region in catalog.services.loadBalancers ? region : FALLBACK_RATE_REGION;
  const lbRates = catalog.services.loadBalancers[lbRegion];
  const { nlbs, capacityUnitsPerHour } = scenario.cluster.loadBalancers;
  const albs = albCount(scenario.cluster.loadBalancers);
  const lbTerm = (unit: CostUnit, quantity: number, rate: number | undefined): CostTerm =>
    costTerm({
      quantity,
      unit,
      usdPerUnit: rate ?? null,
      rateRegion: lbRegion,
      sources: lbRates === undefined ? [] : [lbRates.source],
      usdPerMonth: hourly(quantity, rate ?? null),
    });
  const loadBalancerTerms = [
    lbTerm("alb-hour", albs, lbRates?.albUsdPerHour),
    lbTerm("alb-lcu-hour", albs * capacityUnitsPerHour, lbRates?.albUsdPerLcuHour),
    lbTerm("nlb-hour", nlbs, lbRates?.nlbUsdPerHour),
    lbTerm("nlb-nlcu-hour", nlbs * capacityUnitsPerHour, lbRates?.nlbUsdPerNlcuHour),
  ];

  const line = (terms: readonly CostTerm[], rateRegion: string, discounted: boolean): CostLine => {
    const sum = sumKnown(terms.map((term) => term.usdPerMonth));
    return {
      usdPerMonth: sum === null || !discounted ? sum : sum * (1 - savingsShare),
      rateRegion: rateRegion === region ? null : rateRegion,
      computeSavingsPercent: discounted ? computeSavingsPercent : 0,
      terms,
    };
  };
  const lines = {
    onDemand: line(onDemandTerms, region, true),
    spot: line(spotTerms, region, false),
    autoMode: line(autoModeTerms, region, false),
    fargate: line(fargateTerms, region, true),
    controlPlane: line(controlPlaneTerms, region, false),
    loadBalancers: line(loadBalancerTerms, lbRegion, false),
    rootVolumes: line(volumeTerms, ebsRegion, false),
  };
  const beforeEnterprise = sumKnown(COST_LINES.map((key) => lines[key].usdPerMonth));
  const discountable = sumKnown([...onDemandTerms, ...fargateTerms].map((term) => term.usdPerMonth));
  const afterEnterprise = 1 - enterpriseDiscountPercent / 100;
  const shares = shareNodeCost(
    plan.nodeGroups,
    { onDemand: onDemandTerms, spot: spotTerms },
    nodeGroups,
    savingsShare,
    scenario,
  );
  for (const entry of plan.fargate) {
    const gross = sumKnown(
      fargateTerms.filter((term) => term.subject === entry.workload).map((term) => term.usdPerMonth),
    );
    if (gross !== null) {
      shares.workloads[entry.workload] = (shares.workloads[entry.workload] ?? 0) + gross * (1 - savingsShare);
    }
  }
  const shared = sumKnown([lines.controlPlane.usdPerMonth, lines.loadBalancers.usdPerMonth]);
  return {
    lines,
    computeSavingsUsdPerMonth: discountable === null ? null : discountable * savingsShare,
    enterpriseDiscountUsdPerMonth:
      beforeEnterprise === null ? null : (beforeEnterprise * enterpriseDiscountPercent) / 100,
    totalUsdPerMonth: beforeEnterprise === null ? null : beforeEnterprise * afterEnterprise,
    nodeGroups,
    workloads: Object.fromEntries(
      Object.entries(shares.workloads).map(([workload, usd]) => [workload, usd * afterEnterprise]),
    ),
    daemonSetsUsdPerMonth: shares.daemonSets * afterEnterprise,
    idleUsdPerMonth: shares.idle * afterEnterprise,
    sharedUsdPerMonth: shared === null ? null : shared * afterEnterprise,
  };
}

/** What a {@link costTerm} is given: every term's fields, and those only some terms have. */
type CostTermFields = Pick<CostTerm, "quantity" | "unit" | "usdPerUnit" | "rateRegion" | "sources" | "usdPerMonth"> &
  Partial<Pick<CostTerm, "subject" | "instanceType" | "volumeType" | "controlPlaneTier" | "estimate">>;

/**
 * A term of the bill, the fields only some terms have empty unless given (null; the rate not an
 * estimate). Written field by field, not as `{ ...defaults, quantity, … }`: Node 20's V8 (11.3) builds
 * an object literal that starts with a spread and then adds keys some 20 times slower (several µs each),
 * and ranking every instance type bills the scenario about a thousand times.
 */
function costTerm(fields: CostTermFields): CostTerm {
  return {
    subject: fields.subject ?? null,
    instanceType: fields.instanceType ?? null,
    volumeType: fields.volumeType ?? null,
    controlPlaneTier: fields.controlPlaneTier ?? null,
    estimate: fields.estimate ?? false,
    quantity: fields.quantity,
    unit: fields.unit,
    usdPerUnit: fields.usdPerUnit,
    rateRegion: fields.rateRegion,
    sources: fields.sources,
    usdPerMonth: fields.usdPerMonth,
  };
}

/**
 * Application Load Balancers the cluster's Ingresses need: `ingressesPerAlb` Ingresses share one
 * ALB (IngressGroups), rounded up.
 *
 * @example albCount({ ingresses: 5, ingressesPerAlb: 5 }) // 1
 */
export function albCount(
  loadBalancers: Pick<ClusterSettings["loadBalancers"], "ingresses" | "ingressesPerAlb">,
): number {
  return Math.ceil(loadBalancers.ingresses / loadBalancers.ingressesPerAlb);
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
 * Splits each node group's cost (instances after the compute savings discount, and root volumes)
 * over its nodes, each type's nodes at that type's price, and each node's over its pods by the mean of their CPU and memory shares of
 * allocatable; the rest of a node is idle. Before the enterprise discount.
 */
function shareNodeCost(
  plans: readonly NodeGroupPlan[],
  terms: { readonly onDemand: readonly CostTerm[]; readonly spot: readonly CostTerm[] },
  costs: readonly NodeGroupCost[],
  savingsShare: number,
  scenario: Scenario,
): { workloads: Record<string, number>; daemonSets: number; idle: number } {
  const requests = new Map(scenario.workloads.map((workload) => [workload.name, workload]));
  const workloads: Record<string, number> = {};
  let daemonSets = 0;
  let idle = 0;
  plans.forEach((group, index) => {
    const volumes = costs[index]?.rootVolumesUsdPerMonth ?? null;
    if (volumes === null || group.nodes === 0) return;
    // Each type's nodes cost their own instances (after the savings discount) and an equal share of the volumes.
    const perNode = new Map<string, { usd: number; node: NodeGroupPlan["byType"][number] }>();
    for (const nodes of group.byType) {
      const of = (list: readonly CostTerm[]) =>
        sumKnown(
          list
            .filter((term) => term.subject === group.name && term.instanceType === nodes.instanceType)
            .map((term) => term.usdPerMonth),
        );
      const onDemand = of(terms.onDemand);
      const spot = of(terms.spot);
      if (onDemand === null || spot === null) return;
      const usd = onDemand * (1 - savingsShare) + spot + (volumes * nodes.nodes) / group.nodes;
      perNode.set(nodes.instanceType, { usd: usd / nodes.nodes, node: nodes });
    }
    // Every node is in a fill, the empty ones kept for minNodes too.
    for (const fill of group.fills) {
      const typed = perNode.get(fill.instanceType);
      if (typed === undefined) continue;
      const { cpuMillicores, memoryMiB } = typed.node.allocatable;
      const share = (cpu: number, memory: number) => ((cpu / cpuMillicores || 0) + (memory / memoryMiB || 0)) / 2;
      const daemonSetShare = share(group.daemonSetOverhead.cpuMillicores, group.daemonSetOverhead.memoryMiB);
      let used = daemonSetShare;
      for (const [workload, pods] of Object.entries(fill.pods)) {
        const request = requests.get(workload);
        if (request === undefined) continue;
        const podShare = pods * share(request.cpuMillicores, request.memoryMiB);
        used += podShare;
        workloads[workload] = (workloads[workload] ?? 0) + podShare * typed.usd * fill.count;
      }
      daemonSets += daemonSetShare * typed.usd * fill.count;
      idle += Math.max(0, 1 - used) * typed.usd * fill.count;
    }
  });
  return { workloads, daemonSets, idle };
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
