/**
 * What VPC CNI settings do, in words: the changes the network page tries and their effect on the
 * addresses, and why a node group's setting changed nothing in the plan (the planner's node groups,
 * the network page's effects).
 */
import type { NetworkChange, SettingEffect, SettingWithoutEffect } from "eksize";
import type { Formatters } from "../../present/format.js";
import { documentMessage } from "./issue-messages.js";
import type { Translate } from "../i18n/index.js";

/** Environment variable names of the settings, for the effects' wording. */
const ENV_NAMES = {
  warmEniTarget: "WARM_ENI_TARGET",
  warmIpTarget: "WARM_IP_TARGET",
  minimumIpTarget: "MINIMUM_IP_TARGET",
  warmPrefixTarget: "WARM_PREFIX_TARGET",
  maxEni: "MAX_ENI",
} as const;

/** A setting change in words: `WARM_IP_TARGET=5`, or prefix delegation on or off everywhere. */
export function changeText(t: Translate, change: NetworkChange): string {
  const parts = Object.entries(change.cni ?? {}).map(
    ([key, value]) => `${ENV_NAMES[key as keyof typeof ENV_NAMES]}=${value === null ? "" : String(value)}`,
  );
  if (change.prefixDelegation !== undefined) {
    parts.push(t(change.prefixDelegation ? "network.change.prefixOn" : "network.change.prefixOff"));
  }
  return parts.join(", ");
}

function deltaText(t: Translate, format: Formatters, delta: number): string {
  if (delta === 0) return t("network.delta.same");
  return t(delta < 0 ? "network.delta.fewer" : "network.delta.more", { count: format.integer(Math.abs(delta)) });
}

/** What a setting change does, in words. */
export function effectText(t: Translate, format: Formatters, effect: SettingEffect): string {
  const change = changeText(t, effect.change);
  if ("issue" in effect)
    return t("network.effect.refused", { change, reason: documentMessage(t, format, effect.issue) });
  const text = t("network.effect", {
    change,
    planned: deltaText(t, format, effect.plannedDelta),
    surge: deltaText(t, format, effect.surgeDelta),
  });
  return effect.nodesDelta === 0
    ? text
    : `${text}; ${t("network.effect.nodes", { nodes: format.integer(effect.nodes) })}`;
}

/** Why a setting left a node group's plan as it was, and the max pods behind it: `CPU, not pod slots, limits these nodes (m6a.xlarge: …)`. */
export function withoutEffectReason(t: Translate, format: Formatters, item: SettingWithoutEffect): string {
  const detail = t(`setting.detail.${item.setting}`, {
    instanceType: item.instanceType,
    off: format.integer(item.maxPodsOff),
    on: format.integer(item.maxPodsOn),
    pods: format.integer(item.busiestNodePods),
  });
  return t("setting.reason", { reason: t(`setting.limitedBy.${item.limitedBy}`), detail });
}

/** The note beside a node group's setting that changed nothing: `Prefix delegation changes nothing in this plan: …`. */
export function withoutEffectText(t: Translate, format: Formatters, item: SettingWithoutEffect): string {
  return t("setting.unchanged", {
    setting: t(`settings.${item.setting}`),
    reason: withoutEffectReason(t, format, item),
  });
}
