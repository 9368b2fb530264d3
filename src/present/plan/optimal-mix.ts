/**
 * A node group's optimal mix in words (`nodeGroupMix`): the change that saves money and what it
 * changes, the cheapest mix found, the bound, and how far Karpenter's launch is from the mix. The
 * words are the optimal mix's own catalogue (`mix-en.ts`, `mix-ko.ts`), loaded with the chunk that
 * shows them; the bound's sentence is the main catalogue's, shared with `eksize plan --optimal`.
 */
import { monthlyCost, type Autoscaler, type MixChange, type NodeGroupMix, type Scenario } from "eksize";
import type { Formatters } from "../format.js";
import { INTL_LOCALE, type Locale } from "../i18n/locale.js";
import { mixEn } from "../i18n/mix-en.js";
import { mixKo } from "../i18n/mix-ko.js";
import { partTranslator, type PartTranslate } from "../i18n/part-translate.js";
import type { Translate } from "../i18n/translate.js";
import { boundSentence, percentAboveBound } from "./bound.js";

/** A translate function over the optimal mix's catalogue. */
export type MixTranslate = PartTranslate<typeof mixEn>;

/** The optimal mix's words in `locale`. */
export function mixTranslator(locale: Locale): MixTranslate {
  return partTranslator<typeof mixEn>(locale, locale === "ko" ? mixKo : mixEn);
}

/** A node group's result when a mix was found. */
export type FoundMix = Extract<NodeGroupMix, { kind: "mix" }>;

/**
 * The change's saving: "Optimal mix: −$212.40/month, 2 fewer nodes" (its monthly saving on the whole
 * bill and the nodes it saves; "the same number of nodes", or "1 more node" when it saves money with more).
 */
export function mixSavingText(tm: MixTranslate, format: Formatters, change: MixChange): string {
  const saving = format.money(change.usdPerMonthSaved);
  const nodes = format.integer(Math.abs(change.nodesSaved));
  if (change.nodesSaved > 0) return tm("mix.saving.fewer", { saving, nodes });
  if (change.nodesSaved < 0) return tm("mix.saving.more", { saving, nodes });
  return tm("mix.saving.same", { saving });
}

/**
 * What the change does to `scenario`: "Limits the NodePool general to m6i.4xlarge and c6i.2xlarge."
 * (the group's types in the changed scenario) or "Splits general into general-m6i-4xlarge and
 * general-c6i-2xlarge, …" (the groups the changed scenario has and `scenario` has not).
 */
export function mixChangeText(
  tm: MixTranslate,
  locale: Locale,
  scenario: Scenario,
  nodeGroup: string,
  change: MixChange,
): string {
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(items);
  if (change.kind === "limit-types") {
    const types = change.scenario.nodeGroups.find((group) => group.name === nodeGroup)?.instanceTypes ?? [];
    return tm("mix.change.limit-types", { nodeGroup, types: list(types) });
  }
  const before = new Set(scenario.nodeGroups.map((group) => group.name));
  const groups = change.scenario.nodeGroups.map((group) => group.name).filter((name) => !before.has(name));
  return tm("mix.change.split-group", { nodeGroup, groups: list(groups) });
}

/**
 * The cheapest mix found: "Cheapest mix found: 2 × m6a.xlarge on-demand, 1 × m6a.xlarge Spot,
 * $378.43 a month." (its nodes by type and capacity, most first as the core orders them); "The
 * cheapest possible mix: …" when the solver proved it.
 */
export function mixFoundText(tm: MixTranslate, format: Formatters, found: FoundMix, hoursPerMonth: number): string {
  const byType = found.mix.byType
    .flatMap((entry) => [
      ...(entry.onDemandNodes > 0
        ? [tm("mix.nodes.onDemand", { nodes: format.integer(entry.onDemandNodes), instanceType: entry.instanceType })]
        : []),
      ...(entry.spotNodes > 0
        ? [tm("mix.nodes.spot", { nodes: format.integer(entry.spotNodes), instanceType: entry.instanceType })]
        : []),
    ])
    .join(", ");
  const usd = format.money(monthlyCost(found.mix.usdPerHour, hoursPerMonth));
  return tm(found.proven ? "mix.found.proven" : "mix.found", { byType, usd });
}

/**
 * The bound beside the plan: "general: its nodes cost $X a month; no nodes of its instance types that
 * hold its pods cost less than $Y, so the plan is at most Z% above the cheapest possible." (the main
 * catalogue's `bound.*`, as `eksize plan --optimal` prints it).
 */
export function mixBoundText(t: Translate, format: Formatters, found: FoundMix, hoursPerMonth: number): string {
  return boundSentence(
    t,
    format,
    {
      kind: "bound",
      nodeGroup: found.nodeGroup,
      planUsdPerHour: found.plan.usdPerHour,
      boundUsdPerHour: found.boundUsdPerHour,
    },
    hoursPerMonth,
  );
}

/**
 * For a Karpenter or Auto Mode NodePool (a node group of a cluster whose `autoscaler` is one of them),
 * how far its launch (the plan's nodes) stands above the mix found: "Karpenter's launch is 4.2% above
 * the cheapest mix found ($X against $Y a month)." (rounded up to a tenth, as the bound's
 * percentage); null for a managed node group.
 */
export function mixLaunchText(
  t: Translate,
  tm: MixTranslate,
  format: Formatters,
  found: FoundMix,
  autoscaler: Autoscaler,
  hoursPerMonth: number,
): string | null {
  if (autoscaler !== "karpenter" && autoscaler !== "auto-mode") return null;
  const launcher = t(`mode.${autoscaler}`);
  const percent = percentAboveBound(
    format,
    {
      kind: "bound",
      nodeGroup: found.nodeGroup,
      planUsdPerHour: found.plan.usdPerHour,
      boundUsdPerHour: found.mix.usdPerHour,
    },
    hoursPerMonth,
  );
  if (percent === 0) return tm("mix.launch.cheapest", { autoscaler: launcher });
  return tm("mix.launch", {
    autoscaler: launcher,
    percent: format.percent(percent),
    plan: format.money(monthlyCost(found.plan.usdPerHour, hoursPerMonth)),
    mix: format.money(monthlyCost(found.mix.usdPerHour, hoursPerMonth)),
  });
}

/** Why a node group has no mix, in words. */
export function mixNoneText(tm: MixTranslate, none: Extract<NodeGroupMix, { kind: "none" }>): string {
  return tm(`mix.none.${none.reason}`, { nodeGroup: none.nodeGroup });
}
