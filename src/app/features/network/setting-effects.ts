/** The VPC CNI setting changes the network page tries, and what each does, in words. */
import type { NetworkChange, SettingEffect } from "eksize";
import type { Formatters } from "../../../present/format.js";
import { documentMessage } from "../../components/issue-messages.js";
import type { Translate } from "../../i18n/index.js";

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
