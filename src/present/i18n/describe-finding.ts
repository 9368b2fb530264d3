/**
 * An advice finding in words, without React: the site's advice list and the command line (English)
 * both use it, so the two never word a finding differently.
 */
import type { Finding } from "eksize";
import { adviceEn } from "./advice-en.js";
import type { MessageKey } from "./en.js";
import { addMessages, translateComputed, type Translate } from "./translate.js";
import { estimateMark, tierLimits, tierName } from "../plan/tier-words.js";

// The findings' English words load with the code that words them (the site's advice chunk), not
// with the first script's English catalog.
addMessages("en", adviceEn);

/** How {@link describeFinding} writes numbers: counts, and amounts of USD per month (converted as the caller likes). */
export interface FindingFormat {
  readonly number: (value: number) => string;
  readonly money: (usd: number) => string;
}

/** A finding in words: what was found, and why it matters with what to do. */
export interface DescribedFinding {
  readonly text: string;
  readonly why: string;
}

/**
 * A finding's text (`advice.<code>`, or a variant the params call for) and reason
 * (`advice.<code>.why`, or a variant), with every placeholder filled: `{subject}`, and each param
 * formatted by its kind: names ending in `UsdPerMonth` with `money`, other numbers with `number`,
 * lists joined with ", ", null as "unknown", and the coded reasons (`reason`) in words. Where an
 * amount of money is unknown (null), or a saving is not positive, a variant without it is chosen, so
 * no sentence reads "unknown less" or "$0.00 less".
 *
 * @example describeFinding(translate, finding, { number: String, money: (usd) => `$${usd.toFixed(2)}` })
 */
export function describeFinding(translate: Translate, finding: Finding, format: FindingFormat): DescribedFinding {
  const params: Record<string, string> = { subject: finding.subject ?? "" };
  for (const [name, value] of Object.entries(finding.params) as [string, ParamValue][]) {
    params[name] = formatParam(translate, format, name, value);
  }
  const { text, why, extra } = wording(translate, finding, params, format);
  const all = { ...params, ...extra };
  return { text: translateComputed(translate, text, all), why: translateComputed(translate, why, all) };
}

/** What a finding's params hold: names and codes, counts and money, flags, lists of names, or null for unknown. */
type ParamValue = string | number | boolean | null | readonly string[];

function formatParam(translate: Translate, format: FindingFormat, name: string, value: ParamValue): string {
  if (value === null) return translate("value.unknown");
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return name.endsWith("UsdPerMonth") ? format.money(value) : format.number(value);
  return typeof value === "string" ? value : value.join(", ");
}

/** The params of `advice-max-pods-binding`. */
type MaxPodsBindingParams = Extract<Finding, { code: "advice-max-pods-binding" }>["params"];

/** The wording of `advice-max-pods-binding` when prefix delegation is on or unsupported: with the cost, without it, and why. */
const MAX_PODS_BINDING_KEYS = {
  on: {
    text: "advice.advice-max-pods-binding.prefixDelegationOn",
    unknownCost: "advice.advice-max-pods-binding.prefixDelegationOn.unknownCost",
    why: "advice.advice-max-pods-binding.prefixDelegationOn.why",
  },
  unsupported: {
    text: "advice.advice-max-pods-binding.prefixDelegationUnsupported",
    unknownCost: "advice.advice-max-pods-binding.prefixDelegationUnsupported.unknownCost",
    why: "advice.advice-max-pods-binding.prefixDelegationUnsupported.why",
  },
} as const satisfies Record<string, { text: MessageKey; unknownCost: MessageKey; why: MessageKey }>;

/**
 * The wording of `advice-max-pods-binding`: by what prefix delegation would do; with prefix
 * delegation off, by what is known of the saving (positive, not positive, unknown), with the
 * phrase that says whether the kubelet's maxPods must be set too.
 */
function maxPodsBindingWording(
  translate: Translate,
  finding: MaxPodsBindingParams,
  params: Readonly<Record<string, string>>,
): { text: MessageKey; why: MessageKey; extra?: Record<string, string> } {
  if (finding.prefixDelegation !== "off") {
    const keys = MAX_PODS_BINDING_KEYS[finding.prefixDelegation];
    return { text: finding.costUsdPerMonth === null ? keys.unknownCost : keys.text, why: keys.why };
  }
  const { savingUsdPerMonth, costUsdPerMonth, costWithPrefixDelegationUsdPerMonth } = finding;
  const text: MessageKey =
    savingUsdPerMonth !== null && savingUsdPerMonth > 0
      ? "advice.advice-max-pods-binding"
      : costUsdPerMonth !== null && costWithPrefixDelegationUsdPerMonth !== null
        ? "advice.advice-max-pods-binding.noSaving"
        : "advice.advice-max-pods-binding.unknownCost";
  const phrase = finding.setsMaxPods ? "advice.withPrefixDelegation.maxPods" : "advice.withPrefixDelegation";
  return {
    text,
    why: "advice.advice-max-pods-binding.why",
    extra: { withPrefixDelegation: translateComputed(translate, phrase, params) },
  };
}

/** The message keys of a finding's text and reason, and params that are themselves messages. */
function wording(
  translate: Translate,
  finding: Finding,
  params: Readonly<Record<string, string>>,
  format: FindingFormat,
): { text: MessageKey; why: MessageKey; extra?: Record<string, string> } {
  switch (finding.code) {
    case "advice-single-node":
      return { text: "advice.advice-single-node", why: "advice.advice-single-node.why" };
    case "advice-zone-spread-one-zone":
      return { text: "advice.advice-zone-spread-one-zone", why: "advice.advice-zone-spread-one-zone.why" };
    case "advice-pdb-blocks-drain":
      return { text: "advice.advice-pdb-blocks-drain", why: "advice.advice-pdb-blocks-drain.why" };
    case "advice-prefix-delegation-unsupported":
      return {
        text:
          finding.params.alternative === null
            ? "advice.advice-prefix-delegation-unsupported.noAlternative"
            : "advice.advice-prefix-delegation-unsupported",
        why: "advice.advice-prefix-delegation-unsupported.why",
        extra: { reason: translate(`advice.prefixDelegation.${finding.params.reason}`, params) },
      };
    case "advice-max-pods-binding":
      return maxPodsBindingWording(translate, finding.params, params);
    case "advice-spot-few-types":
      return finding.params.consolidationMinimum === null
        ? { text: "advice.advice-spot-few-types", why: "advice.advice-spot-few-types.why" }
        : { text: "advice.advice-spot-few-types.karpenter", why: "advice.advice-spot-few-types.karpenter.why" };
    case "advice-spot-single-replica":
      return { text: "advice.advice-spot-single-replica", why: "advice.advice-spot-single-replica.why" };
    case "advice-spot-interruption":
      return {
        text:
          finding.params.workloads.length === 0
            ? "advice.advice-spot-interruption.noWorkloads"
            : "advice.advice-spot-interruption",
        why:
          finding.params.autoscaler === "karpenter"
            ? "advice.advice-spot-interruption.why.karpenter"
            : "advice.advice-spot-interruption.why",
      };
    case "advice-private-cluster-autoscaler":
      return {
        text: "advice.advice-private-cluster-autoscaler",
        why: "advice.advice-private-cluster-autoscaler.why",
      };
    case "advice-auto-mode-node-expiry":
      return {
        text:
          finding.params.workloads.length === 0
            ? "advice.advice-auto-mode-node-expiry.noWorkloads"
            : "advice.advice-auto-mode-node-expiry",
        why: "advice.advice-auto-mode-node-expiry.why",
      };
    case "advice-alb-group":
      return {
        text:
          finding.params.savingUsdPerMonth === null ? "advice.advice-alb-group.unknownRate" : "advice.advice-alb-group",
        why: "advice.advice-alb-group.why",
      };
    case "advice-nlb-target-type":
      return {
        text: "advice.advice-nlb-target-type",
        why:
          finding.params.fargateWorkloads.length === 0
            ? "advice.advice-nlb-target-type.why"
            : "advice.advice-nlb-target-type.why.fargate",
      };
    case "advice-fargate-unsupported":
      return {
        text: "advice.advice-fargate-unsupported",
        why: "advice.advice-fargate-unsupported.why",
        extra: { reason: translate(`unschedulable.fargate.${finding.params.reason}`) },
      };
    case "advice-fargate-daemonsets":
      return { text: "advice.advice-fargate-daemonsets", why: "advice.advice-fargate-daemonsets.why" };
    case "advice-extended-support":
      return {
        text:
          finding.params.kubernetesVersion === null
            ? "advice.advice-extended-support"
            : finding.params.endOfExtendedSupport === null
              ? "advice.advice-extended-support.version"
              : "advice.advice-extended-support.dates",
        why: "advice.advice-extended-support.why",
      };
    case "advice-control-plane-tier-too-small": {
      const { tier, neededTier, peakApiSeats, peakPodsPerSecond, limitsEstimate } = finding.params;
      const needed = neededTier === null ? null : tierName(translate, neededTier);
      return {
        text: "advice.advice-control-plane-tier-too-small",
        why: "advice.advice-control-plane-tier-too-small.why",
        extra: {
          tier: tierName(translate, tier),
          limits: tierLimits(translate, format.number, finding.params, translate("tier.noRate")),
          peaks: tierLimits(translate, format.number, { apiSeats: peakApiSeats, podsPerSecond: peakPodsPerSecond }, ""),
          needed:
            needed === null
              ? translate("advice.tier.none")
              : translate(limitsEstimate ? "advice.tier.neededEstimate" : "advice.tier.needed", { neededTier: needed }),
        },
      };
    }
    case "advice-control-plane-tier-larger":
      return {
        text:
          finding.params.savingUsdPerMonth === null
            ? "advice.advice-control-plane-tier-larger.unknown"
            : "advice.advice-control-plane-tier-larger",
        why: "advice.advice-control-plane-tier-larger.why",
        extra: {
          tier: tierName(translate, finding.params.tier),
          neededTier: tierName(translate, finding.params.neededTier),
          estimate: estimateMark(translate, finding.params.estimate),
        },
      };
    case "advice-control-plane-tier-unchecked":
      return {
        text:
          finding.params.costUsdPerMonth === null
            ? "advice.advice-control-plane-tier-unchecked.unknown"
            : "advice.advice-control-plane-tier-unchecked",
        why: "advice.advice-control-plane-tier-unchecked.why",
        extra: {
          tier: tierName(translate, finding.params.tier),
          estimate: estimateMark(translate, finding.params.estimate),
        },
      };
    case "advice-amazon-linux-2": {
      const { noAmi, cgroupV1Refused } = finding.params;
      const version = cgroupV1Refused ? "advice.al2.cgroup" : noAmi ? "advice.al2.noAmi" : null;
      return {
        text: "advice.advice-amazon-linux-2",
        why: "advice.advice-amazon-linux-2.why",
        extra: { version: version === null ? "" : translateComputed(translate, version, params) },
      };
    }
  }
}
