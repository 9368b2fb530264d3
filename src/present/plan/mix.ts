/**
 * A node group's optimal mix in words (`nodeGroupMix`): the cheapest mix found against the plan, how
 * far Karpenter's launch is from it, and the change that saves money, for the site and the command
 * line alike. The bound's own sentence is `boundSentence` (from {@link mixBound}).
 */
import {
  MIX_CLOCK_LIMIT_MS,
  monthlyCost,
  type MixChange,
  type MixTypeNodes,
  type NodeGroupCostBound,
  type NodeGroupMix,
} from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import { percentAbove } from "./bound.js";

type FoundMix = Extract<NodeGroupMix, { kind: "mix" }>;

/** The mix's bound as `boundSentence` and `percentAboveBound` read it: the plan against the best proven floor. */
export function mixBound(mix: FoundMix): Extract<NodeGroupCostBound, { kind: "bound" }> {
  return {
    kind: "bound",
    nodeGroup: mix.nodeGroup,
    planUsdPerHour: mix.plan.usdPerHour,
    boundUsdPerHour: mix.boundUsdPerHour,
  };
}

/** "3 × m6a.xlarge and 1 × c6a.xlarge", each type's on-demand and Spot nodes named when it has both. */
export function mixTypes(t: Translate, byType: readonly MixTypeNodes[]): string {
  return byType
    .map((entry) => {
      const count = entry.onDemandNodes + entry.spotNodes;
      const { instanceType } = entry;
      if (entry.onDemandNodes > 0 && entry.spotNodes > 0) {
        return t("mix.type.split", { count, instanceType, onDemand: entry.onDemandNodes, spot: entry.spotNodes });
      }
      return t(entry.spotNodes > 0 ? "mix.type.spot" : "mix.type", { count, instanceType });
    })
    .join(t("mix.type.separator"));
}

/**
 * Sentences on the cheapest mix found (the group's name is the caller's to show): its types, monthly cost and how much less than the plan
 * (and, for a Karpenter or Auto Mode NodePool, how far Karpenter's launch is above it), or that the
 * plan's own nodes are the cheapest found; the search cut short by its clock is said.
 *
 * @param launch who launches the group's nodes when it is a NodePool (its plan is that launch): Karpenter or EKS Auto Mode; null for a managed node group.
 */
export function mixSentence(
  t: Translate,
  format: Formatters,
  mix: FoundMix,
  hoursPerMonth: number,
  launch: "karpenter" | "auto-mode" | null,
): string {
  const plan = monthlyCost(mix.plan.usdPerHour, hoursPerMonth);
  const found = monthlyCost(mix.mix.usdPerHour, hoursPerMonth);
  const parts: string[] = [];
  if (format.moneyShown(found) >= format.moneyShown(plan)) {
    parts.push(t("mix.same"));
  } else {
    const types = mixTypes(t, mix.mix.byType);
    const money = { types, mix: format.money(found), saving: format.money(plan - found) };
    parts.push(
      mix.mix.nodes === mix.plan.nodes
        ? t("mix.cheaper.same-nodes", money)
        : t("mix.cheaper", { ...money, nodes: mix.mix.nodes, planNodes: mix.plan.nodes }),
    );
    if (mix.proven) parts.push(t("mix.proven"));
    if (launch !== null) {
      const percent = format.percent(percentAbove(format, plan, found));
      parts.push(t(launch === "auto-mode" ? "mix.launch-gap.auto-mode" : "mix.launch-gap", { percent }));
    }
  }
  if (mix.cutShort) parts.push(t("mix.cut-short", { seconds: MIX_CLOCK_LIMIT_MS / 1000 }));
  return parts.join(" ");
}

/** The change that realises a saving, in one sentence: what it does and what it saves a month, re-planned. */
export function changeSentence(t: Translate, format: Formatters, nodeGroup: string, change: MixChange): string {
  const saving = format.money(change.usdPerMonthSaved);
  const list = (names: readonly string[]) => names.join(t("mix.type.separator"));
  if (change.kind === "limit-types")
    return t("mix.change.limit-types", { nodeGroup, types: list(change.instanceTypes), saving });
  const [first = "", second = ""] = change.nodeGroups;
  return t("mix.change.split-group", { nodeGroup, first, second, saving });
}
