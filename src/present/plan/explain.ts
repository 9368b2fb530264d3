/**
 * How each figure of a plan and its bill came about, in words: "4 nodes × $0.096/h × 730 h". Built
 * from the plan, the cost and the catalogue's rates: only formatting, never a new figure (the
 * library computed every number; this shows which ones went in).
 */
import {
  spotHourlyPrice,
  type Catalog,
  type ClusterCost,
  type ClusterPlan,
  type CostLineKey,
  type NodeGroupPlan,
  type Scenario,
} from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";

/** A money figure, or "unknown" (never 0) when the library could not price it. */
export function money(t: Translate, format: Formatters, usd: number | null): string {
  return usd === null ? t("value.unknown") : format.money(usd);
}

/** What a plan explains from: the scenario it was made for, the plan and its bill. */
export interface Priced {
  readonly scenario: Scenario;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
}

/** " × (1 − 20%)" when a compute discount applies, else nothing. */
function savingsTerm(format: Formatters, scenario: Scenario): string {
  const savings = scenario.cluster.discounts.computeSavingsPercent;
  return savings > 0 ? ` × (1 − ${format.percent(savings)})` : "";
}

/** The explanation of each cost line, by line. */
export function explainCostLines(
  t: Translate,
  format: Formatters,
  { scenario, plan, cost }: Priced,
  catalog: Catalog,
): Record<CostLineKey, string> {
  const hours = format.integer(scenario.hoursPerMonth);
  const region = scenario.region;
  const prices = catalog.regions[region]?.instances ?? {};
  const savings = savingsTerm(format, scenario);
  const result = (line: CostLineKey, parts: string[], empty: string): string => {
    const value = money(t, format, cost.lines[line].usdPerMonth);
    const body = parts.length === 0 ? empty : `${parts.join(" + ")} = ${value}`;
    const rateRegion = cost.lines[line].rateRegion;
    return rateRegion === null ? body : `${body} ${t("explain.rateRegion", { rateRegion, region })}`;
  };

  const nodeTerms = (kind: "onDemand" | "spot") =>
    plan.nodeGroups.flatMap((group) => {
      const count = kind === "onDemand" ? group.onDemandNodes : group.spotNodes;
      if (count === 0 || group.instanceType === null) return [];
      const price = prices[group.instanceType];
      const rate = price === undefined ? null : kind === "onDemand" ? price.onDemandUsdPerHour : spotHourlyPrice(price);
      if (rate === null) {
        return [t("explain.noPrice", { group: group.name, instanceType: group.instanceType, region })];
      }
      return [
        t("explain.nodes", {
          group: group.name,
          nodes: format.integer(count),
          instanceType: group.instanceType,
          rate: format.moneyPrecise(rate),
          hours,
        }) + (kind === "onDemand" ? savings : ""),
      ];
    });

  const fargateRate = catalog.services.fargate.regions[region];
  const fargateTerms = plan.fargate
    .filter((entry) => entry.pods > 0)
    .map((entry) =>
      fargateRate === undefined
        ? t("explain.noFargateRate", { region })
        : t("explain.fargate", {
            workload: entry.workload,
            pods: format.integer(entry.pods),
            vcpu: format.decimal(entry.size.vcpu),
            vcpuRate: format.moneyPrecise(fargateRate.usdPerVcpuHour),
            memory: format.decimal(entry.size.memoryGB),
            memoryRate: format.moneyPrecise(fargateRate.usdPerGbHour),
            hours,
          }) + savings,
    );

  const controlPlane = catalog.services.eksControlPlane;
  const extended = scenario.cluster.supportTier === "extended";
  const controlPlaneText = t(extended ? "explain.controlPlane.extended" : "explain.controlPlane.standard", {
    rate: format.moneyPrecise(extended ? controlPlane.extendedSupportUsdPerHour : controlPlane.standardUsdPerHour),
    hours,
  });

  const lb = scenario.cluster.loadBalancers;
  const lbRates = catalog.services.loadBalancers[cost.lines.loadBalancers.rateRegion ?? region];
  const lbText =
    lbRates === undefined
      ? t("explain.noRate")
      : t("explain.loadBalancers", {
          ingresses: format.integer(lb.ingresses),
          perAlb: format.integer(lb.ingressesPerAlb),
          albRate: format.moneyPrecise(lbRates.albUsdPerHour),
          units: format.decimal(lb.capacityUnitsPerHour),
          lcuRate: format.moneyPrecise(lbRates.albUsdPerLcuHour),
          nlbs: format.integer(lb.nlbs),
          nlbRate: format.moneyPrecise(lbRates.nlbUsdPerHour),
          nlcuRate: format.moneyPrecise(lbRates.nlbUsdPerNlcuHour),
          hours,
        });

  const ebs = catalog.services.ebs[cost.lines.rootVolumes.rateRegion ?? region];
  const volumeTerms = plan.nodeGroups.flatMap((group) => {
    const settings = scenario.nodeGroups.find((candidate) => candidate.name === group.name);
    if (group.nodes === 0 || settings === undefined) return [];
    const rate =
      ebs === undefined ? null : settings.rootVolume.type === "gp3" ? ebs.gp3UsdPerGbMonth : ebs.gp2UsdPerGbMonth;
    return [
      rate === null
        ? t("explain.noRate")
        : t("explain.rootVolumes", {
            group: group.name,
            nodes: format.integer(group.nodes),
            size: format.integer(settings.rootVolume.sizeGiB),
            type: settings.rootVolume.type,
            rate: format.moneyPrecise(rate),
          }),
    ];
  });

  return {
    onDemand: result("onDemand", nodeTerms("onDemand"), t("explain.noOnDemand")),
    spot: result("spot", nodeTerms("spot"), t("explain.noSpot")),
    fargate: result("fargate", fargateTerms, t("explain.noFargate")),
    controlPlane: result("controlPlane", [controlPlaneText], ""),
    loadBalancers: result("loadBalancers", [lbText], ""),
    rootVolumes: result("rootVolumes", volumeTerms, t("explain.noVolumes")),
  };
}

/** How the total comes from the lines and the enterprise discount. */
export function explainTotal(t: Translate, format: Formatters, { scenario, cost }: Priced): string {
  const discount = scenario.cluster.discounts.enterpriseDiscountPercent;
  const total = money(t, format, cost.totalUsdPerMonth);
  if (cost.totalUsdPerMonth === null) return t("explain.totalUnknown");
  return discount > 0
    ? t("explain.totalDiscount", { percent: format.percent(discount), total })
    : t("explain.total", { total });
}

/** How a node group's node count came about, and how it splits into on-demand and Spot. */
export function explainNodes(t: Translate, format: Formatters, group: NodeGroupPlan, scenario: Scenario): string {
  const settings = scenario.nodeGroups.find((candidate) => candidate.name === group.name);
  if (group.instanceType === null || group.workloadCapacity === null || settings === undefined) {
    return t("explain.nodes.none");
  }
  const capacity = group.workloadCapacity;
  const packed = t("explain.nodes.packed", {
    nodes: format.integer(group.nodes),
    instanceType: group.instanceType,
    cpu: format.millicores(capacity.cpuMillicores),
    memory: format.mib(capacity.memoryMiB),
    pods: format.integer(capacity.pods),
    target: format.percent(settings.targetUtilisationPercent),
    minNodes: format.integer(settings.minNodes),
  });
  const mix = settings.capacity;
  const split =
    mix.type === "mixed"
      ? t("explain.nodes.mixed", {
          base: format.integer(mix.onDemandBase),
          spotPercent: format.percent(mix.spotPercentAboveBase),
          onDemand: format.integer(group.onDemandNodes),
          spot: format.integer(group.spotNodes),
        })
      : t(mix.type === "spot" ? "explain.nodes.allSpot" : "explain.nodes.allOnDemand");
  return `${packed} ${split}`;
}
