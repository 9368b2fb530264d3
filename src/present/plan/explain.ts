/**
 * How each figure of a plan and its bill came about, in words: "4 nodes × $0.096/h × 730 h". Built
 * from the plan and the terms of the bill (`costCluster`'s quantities and rates): only formatting,
 * never a new figure and never a rate picked again (the library computed every number; this shows
 * which ones went in).
 */
import type { ClusterCost, ClusterPlan, CostLineKey, CostTerm, CostUnit, NodeGroupPlan, Scenario } from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import { estimateMark, tierName } from "./tier-words.js";
import { nodesByTypeText } from "./words.js";

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

/** The explanation of each cost line, by line: its terms (quantity × rate × hours) as the bill gives them. */
export function explainCostLines(
  t: Translate,
  format: Formatters,
  { scenario, plan, cost }: Priced,
): Record<CostLineKey, string> {
  const hours = format.integer(scenario.hoursPerMonth);
  const zero = format.money(0);
  const region = scenario.region;
  const savings = savingsTerm(format, scenario);
  const rate = (term: CostTerm | undefined) => (term?.usdPerUnit == null ? null : format.moneyPrecise(term.usdPerUnit));
  const result = (line: CostLineKey, parts: string[], empty: string): string => {
    const value = money(t, format, cost.lines[line].usdPerMonth);
    const body = parts.length === 0 ? empty : `${parts.join(" + ")} = ${value}`;
    const rateRegion = cost.lines[line].rateRegion;
    return rateRegion === null ? body : `${body} ${t("explain.rateRegion", { rateRegion, region })}`;
  };

  const nodeTerms = (line: "onDemand" | "spot") =>
    cost.lines[line].terms.map((term) => {
      const group = term.subject ?? "";
      const instanceType = term.instanceType ?? "";
      const perHour = rate(term);
      if (perHour === null) return t("explain.noPrice", { group, instanceType, region });
      const nodes = t("explain.nodes", {
        group,
        nodes: format.integer(term.quantity),
        instanceType,
        rate: perHour,
        hours,
      });
      return nodes + (line === "onDemand" ? savings : "");
    });

  const autoModeTerms = cost.lines.autoMode.terms.map((term) => {
    const group = term.subject ?? "";
    const instanceType = term.instanceType ?? "";
    const perHour = rate(term);
    if (perHour === null) return t("explain.noAutoModeFee", { group, instanceType, region });
    return t("explain.autoMode", {
      group,
      nodes: format.integer(term.quantity),
      instanceType,
      rate: perHour,
      estimate: term.estimate ? t("explain.estimate") : "",
      hours,
    });
  });

  const fargateTerms = plan.fargate
    .filter((entry) => entry.pods > 0)
    .map((entry) => {
      const ofWorkload = cost.lines.fargate.terms.filter((term) => term.subject === entry.workload);
      const vcpuRate = rate(ofWorkload.find((term) => term.unit === "vcpu-hour"));
      const memoryRate = rate(ofWorkload.find((term) => term.unit === "gb-hour"));
      if (vcpuRate === null || memoryRate === null) return t("explain.noFargateRate", { region });
      return (
        t("explain.fargate", {
          workload: entry.workload,
          pods: format.integer(entry.pods),
          vcpu: format.decimal(entry.size.vcpu),
          vcpuRate,
          memory: format.decimal(entry.size.memoryGB),
          memoryRate,
          hours,
        }) + savings
      );
    });

  // The support rate, then the tier's on top (its own term, marked when its rate is an estimate).
  const controlPlaneTexts = cost.lines.controlPlane.terms.map((term) => {
    const perHour = rate(term) ?? t("value.unknown");
    if (term.controlPlaneTier !== null) {
      const tier = tierName(t, term.controlPlaneTier);
      return t("explain.controlPlane.tier", { tier, rate: perHour, estimate: estimateMark(t, term.estimate), hours });
    }
    return t(
      scenario.cluster.supportTier === "extended" ? "explain.controlPlane.extended" : "explain.controlPlane.standard",
      { rate: perHour, hours },
    );
  });

  const lb = scenario.cluster.loadBalancers;
  const lbRate = (unit: CostUnit) => rate(cost.lines.loadBalancers.terms.find((term) => term.unit === unit));
  const lbRates = [lbRate("alb-hour"), lbRate("alb-lcu-hour"), lbRate("nlb-hour"), lbRate("nlb-nlcu-hour")];
  const [albRate, lcuRate, nlbRate, nlcuRate] = lbRates;
  const lbText =
    albRate == null || lcuRate == null || nlbRate == null || nlcuRate == null
      ? t("explain.noRate")
      : t("explain.loadBalancers", {
          ingresses: format.integer(lb.ingresses),
          perAlb: format.integer(lb.ingressesPerAlb),
          albRate,
          units: format.decimal(lb.capacityUnitsPerHour),
          lcuRate,
          nlbs: format.integer(lb.nlbs),
          nlbRate,
          nlcuRate,
          hours,
        });

  const volumeTerms = cost.lines.rootVolumes.terms.map((term) => {
    const group = plan.nodeGroups.find((candidate) => candidate.name === term.subject);
    const settings = scenario.nodeGroups.find((candidate) => candidate.name === term.subject);
    const perGbMonth = rate(term);
    if (perGbMonth === null || group === undefined || settings === undefined) return t("explain.noRate");
    return t("explain.rootVolumes", {
      group: group.name,
      nodes: format.integer(group.nodes),
      size: format.integer(settings.rootVolume.sizeGiB),
      type: settings.rootVolume.type,
      rate: perGbMonth,
    });
  });

  return {
    onDemand: result("onDemand", nodeTerms("onDemand"), t("explain.noOnDemand", { zero })),
    spot: result("spot", nodeTerms("spot"), t("explain.noSpot", { zero })),
    autoMode: result("autoMode", autoModeTerms, t("explain.noAutoMode", { zero })),
    fargate: result("fargate", fargateTerms, t("explain.noFargate", { zero })),
    controlPlane: result("controlPlane", controlPlaneTexts, ""),
    loadBalancers: result("loadBalancers", [lbText], ""),
    rootVolumes: result("rootVolumes", volumeTerms, t("explain.noVolumes", { zero })),
  };
}

/**
 * How the enterprise discount comes from the lines, to a tenth of a cent: "5% of the six lines'
 * $807.30 = $40.365" (the row shows it to the cent that makes the rows add up to the total).
 */
export function explainEnterpriseDiscount(t: Translate, format: Formatters, { scenario, cost }: Priced): string {
  const { totalUsdPerMonth: total, enterpriseDiscountUsdPerMonth: discount } = cost;
  if (total === null || discount === null) return t("explain.totalUnknown");
  return t("explain.enterpriseDiscount", {
    percent: format.percent(scenario.cluster.discounts.enterpriseDiscountPercent),
    sum: format.money(total + discount),
    discount: format.moneyPrecise(discount),
  });
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

/**
 * How a node group's node count came about (packed onto its chosen type; for a Karpenter or Auto Mode
 * NodePool, launched type by type), and how it splits into on-demand and Spot.
 */
export function explainNodes(t: Translate, format: Formatters, group: NodeGroupPlan, scenario: Scenario): string {
  const settings = scenario.nodeGroups.find((candidate) => candidate.name === group.name);
  if (group.instanceType === null || group.workloadCapacity === null || settings === undefined) {
    return t("explain.nodes.none");
  }
  const capacity = group.workloadCapacity;
  const packed =
    group.provisioning === "managed-node-group"
      ? t("explain.nodes.packed", {
          nodes: format.integer(group.nodes),
          instanceType: group.instanceType,
          cpu: format.millicores(capacity.cpuMillicores),
          memory: format.mib(capacity.memoryMiB),
          pods: format.integer(capacity.pods),
          target: format.percent(settings.targetUtilisationPercent),
          minNodes: format.integer(settings.minNodes),
        })
      : [
          t("explain.nodes.launched", {
            autoscaler: t(`planner.autoscaler.${group.provisioning}`),
            mix: nodesByTypeText(format, group.byType),
          }),
          ...(settings.minValues === null
            ? []
            : [t("explain.nodes.minValues", { minValues: format.integer(settings.minValues) })]),
        ].join(" ");
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
  const zones = group.zones === null ? "" : ` ${t("explain.nodes.zones", { zones: format.integer(group.zones) })}`;
  return `${packed}${zones} ${split}`;
}
