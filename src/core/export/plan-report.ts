import {
  COST_LINES,
  nodeGroupMonthlyCost,
  type ClusterCost,
  type CostLine,
  type CostLineKey,
} from "../cost/cluster-cost.js";
import { podsBeyondMaxNodes, type ClusterPlan, type Provisioning, type UnschedulableReason } from "../plan/plan.js";
import type { Scenario } from "../scenario/scenario.js";
import { csvRow, type CsvCell } from "./csv.js";

/**
 * A plan and its bill as plain data, ready for `JSON.stringify` and {@link planCsv}. Money is USD per
 * month over the scenario's hours, rounded to the cent; utilisation is percent rounded to 0.1; null
 * means unknown (a price the catalogue lacks) and is kept as null.
 */
export interface PlanReport {
  /** The scenario's name, verbatim. */
  readonly scenario: string;
  /** AWS region code. */
  readonly region: string;
  /** Hours a month the bill counts. */
  readonly hoursPerMonth: number;
  /** When the catalogue's figures were current (`YYYY-MM-DD`), as the caller says; null when not said. */
  readonly dataDate: string | null;
  /** Every amount is in US dollars, whatever currency the scenario shows. */
  readonly currency: "USD";
  readonly nodeGroups: readonly NodeGroupReport[];
  readonly fargate: readonly FargateReport[];
  readonly unschedulable: readonly UnschedulableReport[];
  readonly bill: BillReport;
}

/** One node group of a {@link PlanReport}. */
export interface NodeGroupReport {
  readonly name: string;
  /** The instance type the plan sized it with (a Karpenter NodePool's: most of its nodes); null when none is usable. */
  readonly instanceType: string | null;
  /** A managed node group, or a Karpenter NodePool. */
  readonly provisioning: Provisioning;
  /** Its nodes by instance type, most first: one type for a managed node group, a NodePool's mix. */
  readonly instanceTypes: readonly {
    readonly instanceType: string;
    readonly nodes: number;
    readonly onDemandNodes: number;
    readonly spotNodes: number;
  }[];
  readonly nodes: number;
  readonly onDemandNodes: number;
  readonly spotNodes: number;
  /** Kubelet max pods of one node; null without a usable type. */
  readonly maxPods: number | null;
  /** Requested share of the nodes' allocatable CPU, DaemonSets included, percent. */
  readonly cpuUtilisationPercent: number;
  /** Requested share of the nodes' allocatable memory, DaemonSets included, percent. */
  readonly memoryUtilisationPercent: number;
  /** Pods that the group's `maxNodes` leaves out (unschedulable); 0 under the limit. */
  readonly podsBeyondMaxNodes: number;
  /** On-demand nodes after the compute savings discount, USD a month. */
  readonly onDemandUsdPerMonth: number | null;
  /** Spot nodes, USD a month. */
  readonly spotUsdPerMonth: number | null;
  /** Root volumes of its nodes, USD a month. */
  readonly rootVolumesUsdPerMonth: number | null;
  /** The three together, USD a month; null when any is unknown. */
  readonly usdPerMonth: number | null;
}

/** Pods of one workload on Fargate in a {@link PlanReport}. */
export interface FargateReport {
  readonly workload: string;
  readonly pods: number;
  /** vCPUs Fargate provisions per pod. */
  readonly vcpu: number;
  /** Memory Fargate provisions per pod, GB. */
  readonly memoryGB: number;
  /** All its pods, after the compute savings discount, USD a month; null when the region has no Fargate rate. */
  readonly usdPerMonth: number | null;
}

/** Pods that cannot run, in a {@link PlanReport}. */
export interface UnschedulableReport {
  readonly workload: string;
  readonly pods: number;
  /** The node group it was meant for, if any. */
  readonly nodeGroup: string | null;
  /** `exceeds-node`, `max-nodes`, `no-node-group` or `fargate`. */
  readonly reason: UnschedulableReason["kind"];
  /**
   * The resource that does not fit (`exceeds-node`), the group's node limit (`max-nodes`) or why
   * Fargate refuses it (`fargate`); else null.
   */
  readonly detail: string | null;
}

/** The bill lines of `costCluster`, by name. */
export type BillLineName =
  "on-demand" | "spot" | "auto-mode" | "fargate" | "control-plane" | "load-balancers" | "root-volumes";

/** One line of the bill. */
export interface BillLineReport {
  readonly line: BillLineName;
  /** USD a month; null when unknown. */
  readonly usdPerMonth: number | null;
  /** The region whose rate stood in when the scenario's region has none; else null. */
  readonly rateRegion: string | null;
  /** A rate of the line is an estimate (`CostTerm.estimate`: the control plane tier's, for one). */
  readonly estimate: boolean;
}

/** The bill of a {@link PlanReport}: the lines, the discounts they include, the total. */
export interface BillReport {
  /** The six lines, already after the compute savings discount; the enterprise discount comes off their sum. */
  readonly lines: readonly BillLineReport[];
  /** What the Savings Plan or RI discount took off on-demand EC2 and Fargate (included in the lines). */
  readonly computeSavingsUsdPerMonth: number | null;
  /** What the enterprise discount took off the sum of the lines. */
  readonly enterpriseDiscountUsdPerMonth: number | null;
  /** The bill after every discount; null when any line is unknown. */
  readonly totalUsdPerMonth: number | null;
}

/** Options of {@link planReport}. */
export interface PlanReportOptions {
  /** When the catalogue's figures were current, e.g. the newest `asOf` of its sources. */
  readonly dataDate?: string;
}

/** Each bill line's name in the report. */
const LINE_NAMES: Readonly<Record<CostLineKey, BillLineName>> = {
  onDemand: "on-demand",
  spot: "spot",
  autoMode: "auto-mode",
  fargate: "fargate",
  controlPlane: "control-plane",
  loadBalancers: "load-balancers",
  rootVolumes: "root-volumes",
};

/**
 * The plan (`planCluster`) and bill (`costCluster`) of a scenario as a {@link PlanReport}: per node
 * group the planned type, nodes (on-demand and Spot), max pods, CPU and memory utilisation and its
 * monthly costs; the Fargate workloads with their pods, size and cost; the pods that cannot run and
 * why; every bill line, the discounts and the total. Money is rounded to the cent and percentages to
 * 0.1, so the total may differ from the sum of rounded lines by a cent.
 *
 * @example planReport(defaultScenario, plan, cost).bill.totalUsdPerMonth // 686.4
 */
export function planReport(
  scenario: Scenario,
  plan: ClusterPlan,
  cost: ClusterCost,
  options: PlanReportOptions = {},
): PlanReport {
  const nodeGroups = plan.nodeGroups.map((group): NodeGroupReport => {
    const costs = cost.nodeGroups.find((candidate) => candidate.name === group.name);
    const onDemand = costs?.onDemandUsdPerMonth ?? null;
    const spot = costs?.spotUsdPerMonth ?? null;
    const rootVolumes = costs?.rootVolumesUsdPerMonth ?? null;
    return {
      name: group.name,
      instanceType: group.instanceType,
      provisioning: group.provisioning,
      instanceTypes: group.byType.map(({ instanceType, nodes, onDemandNodes, spotNodes }) => ({
        instanceType,
        nodes,
        onDemandNodes,
        spotNodes,
      })),
      nodes: group.nodes,
      onDemandNodes: group.onDemandNodes,
      spotNodes: group.spotNodes,
      maxPods: group.allocatable?.pods ?? null,
      cpuUtilisationPercent: round(group.utilisation.cpu * 100, 1),
      memoryUtilisationPercent: round(group.utilisation.memory * 100, 1),
      podsBeyondMaxNodes: podsBeyondMaxNodes(plan, group.name),
      onDemandUsdPerMonth: cents(onDemand),
      spotUsdPerMonth: cents(spot),
      rootVolumesUsdPerMonth: cents(rootVolumes),
      usdPerMonth: cents(costs === undefined ? null : nodeGroupMonthlyCost(costs)),
    };
  });
  const fargate = plan.fargate.map((entry): FargateReport => ({
    workload: entry.workload,
    pods: entry.pods,
    vcpu: entry.size.vcpu,
    memoryGB: entry.size.memoryGB,
    usdPerMonth: cents(entry.pods === 0 ? 0 : (cost.workloads[entry.workload] ?? null)),
  }));
  const unschedulable = plan.unschedulable.map((entry): UnschedulableReport => ({
    workload: entry.workload,
    pods: entry.pods,
    nodeGroup: entry.nodeGroup,
    reason: entry.reason.kind,
    detail: detailOf(entry.reason),
  }));
  const line = (name: BillLineName, costLine: CostLine): BillLineReport => ({
    line: name,
    usdPerMonth: cents(costLine.usdPerMonth),
    rateRegion: costLine.rateRegion,
    estimate: costLine.terms.some((term) => term.estimate),
  });
  return {
    scenario: scenario.name,
    region: scenario.region,
    hoursPerMonth: scenario.hoursPerMonth,
    dataDate: options.dataDate ?? null,
    currency: "USD",
    nodeGroups,
    fargate,
    unschedulable,
    bill: {
      lines: COST_LINES.map((key) => line(LINE_NAMES[key], cost.lines[key])),
      computeSavingsUsdPerMonth: cents(cost.computeSavingsUsdPerMonth),
      enterpriseDiscountUsdPerMonth: cents(cost.enterpriseDiscountUsdPerMonth),
      totalUsdPerMonth: cents(cost.totalUsdPerMonth),
    },
  };
}

/** The columns of {@link planCsv}, in order. */
export const PLAN_CSV_COLUMNS = [
  "section",
  "name",
  "node_group",
  "instance_type",
  "nodes",
  "on_demand_nodes",
  "spot_nodes",
  "max_pods",
  "cpu_utilisation_percent",
  "memory_utilisation_percent",
  "pods",
  "vcpu",
  "memory_gb",
  "reason",
  "rate_region",
  "on_demand_usd_per_month",
  "spot_usd_per_month",
  "root_volumes_usd_per_month",
  "usd_per_month",
] as const;

/** A {@link planCsv} column. */
export type PlanCsvColumn = (typeof PLAN_CSV_COLUMNS)[number];

/**
 * A {@link PlanReport} as RFC 4180 CSV: a header row ({@link PLAN_CSV_COLUMNS}), then one row per node
 * group (`section` `node-group`), Fargate workload (`fargate`), unschedulable workload
 * (`unschedulable`, `reason` as `kind` or `kind:detail`), bill line (`bill`, `name` the line; last the
 * `total`) and discount (`discount`: `compute-savings`, already in the lines, and
 * `enterprise-discount`, taken off their sum). CRLF after every record; empty cells for null and for
 * columns a section lacks; numbers as in the report (USD a month).
 *
 * @example planCsv(planReport(scenario, plan, cost)).split("\r\n")[0] // "section,name,node_group,..."
 */
export function planCsv(report: PlanReport): string {
  const rows: Partial<Record<PlanCsvColumn, CsvCell>>[] = [
    ...report.nodeGroups.map((group) => ({
      section: "node-group",
      name: group.name,
      // A NodePool's mix as `type:nodes` pairs, most nodes first.
      instance_type:
        group.instanceTypes.length > 1
          ? group.instanceTypes.map((entry) => `${entry.instanceType}:${entry.nodes}`).join(" ")
          : group.instanceType,
      nodes: group.nodes,
      on_demand_nodes: group.onDemandNodes,
      spot_nodes: group.spotNodes,
      max_pods: group.maxPods,
      cpu_utilisation_percent: group.cpuUtilisationPercent,
      memory_utilisation_percent: group.memoryUtilisationPercent,
      on_demand_usd_per_month: group.onDemandUsdPerMonth,
      spot_usd_per_month: group.spotUsdPerMonth,
      root_volumes_usd_per_month: group.rootVolumesUsdPerMonth,
      usd_per_month: group.usdPerMonth,
    })),
    ...report.fargate.map((entry) => ({
      section: "fargate",
      name: entry.workload,
      pods: entry.pods,
      vcpu: entry.vcpu,
      memory_gb: entry.memoryGB,
      usd_per_month: entry.usdPerMonth,
    })),
    ...report.unschedulable.map((entry) => ({
      section: "unschedulable",
      name: entry.workload,
      node_group: entry.nodeGroup,
      pods: entry.pods,
      reason: entry.detail === null ? entry.reason : `${entry.reason}:${entry.detail}`,
    })),
    ...report.bill.lines.map((entry) => ({
      section: "bill",
      name: entry.line,
      rate_region: entry.rateRegion,
      usd_per_month: entry.usdPerMonth,
    })),
    { section: "bill", name: "total", usd_per_month: report.bill.totalUsdPerMonth },
    { section: "discount", name: "compute-savings", usd_per_month: report.bill.computeSavingsUsdPerMonth },
    { section: "discount", name: "enterprise-discount", usd_per_month: report.bill.enterpriseDiscountUsdPerMonth },
  ];
  const records = [
    csvRow(PLAN_CSV_COLUMNS),
    ...rows.map((row) => csvRow(PLAN_CSV_COLUMNS.map((column) => row[column] ?? null))),
  ];
  return `${records.join("\r\n")}\r\n`;
}

function detailOf(reason: UnschedulableReason): string | null {
  if (reason.kind === "exceeds-node") return reason.resource;
  if (reason.kind === "fargate") return reason.ineligibility;
  if (reason.kind === "max-nodes") return String(reason.maxNodes);
  return null;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function cents(usd: number | null): number | null {
  return usd === null ? null : round(usd, 2);
}
