/**
 * An advice finding in words, without React: the site's advice list and the command line (English)
 * both use it, so the two never word a finding differently.
 */
import type { Finding } from "eksize";
import type { MessageKey } from "./en.js";
import type { Translate } from "./translate.js";

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
 * lists joined with ", ", null as "unknown", and the coded reasons (`reason`) in words.
 *
 * @example describeFinding(translate, finding, { number: String, money: (usd) => `$${usd.toFixed(2)}` })
 */
export function describeFinding(translate: Translate, finding: Finding, format: FindingFormat): DescribedFinding {
  const params: Record<string, string> = { subject: finding.subject ?? "" };
  for (const [name, value] of Object.entries(finding.params) as [string, ParamValue][]) {
    params[name] = formatParam(translate, format, name, value);
  }
  const { text, why, extra } = wording(translate, finding, params);
  const all = { ...params, ...extra };
  return { text: translate(text, all), why: translate(why, all) };
}

/** What a finding's params hold: names and codes, counts and money, lists of names, or null for unknown. */
type ParamValue = string | number | null | readonly string[];

function formatParam(translate: Translate, format: FindingFormat, name: string, value: ParamValue): string {
  if (value === null) return translate("value.unknown");
  if (typeof value === "number") return name.endsWith("UsdPerMonth") ? format.money(value) : format.number(value);
  return typeof value === "string" ? value : value.join(", ");
}

/** The wording of `advice-max-pods-binding` by what prefix delegation would do. */
const MAX_PODS_BINDING_KEYS = {
  off: { text: "advice.advice-max-pods-binding", why: "advice.advice-max-pods-binding.why" },
  on: {
    text: "advice.advice-max-pods-binding.prefixDelegationOn",
    why: "advice.advice-max-pods-binding.prefixDelegationOn.why",
  },
  unsupported: {
    text: "advice.advice-max-pods-binding.prefixDelegationUnsupported",
    why: "advice.advice-max-pods-binding.prefixDelegationUnsupported.why",
  },
} as const satisfies Record<string, { text: MessageKey; why: MessageKey }>;

/** The message keys of a finding's text and reason, and params that are themselves messages. */
function wording(
  translate: Translate,
  finding: Finding,
  params: Readonly<Record<string, string>>,
): { text: MessageKey; why: MessageKey; extra?: Record<string, string> } {
  switch (finding.code) {
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
      return MAX_PODS_BINDING_KEYS[finding.params.prefixDelegation];
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
    case "advice-alb-group":
      return { text: "advice.advice-alb-group", why: "advice.advice-alb-group.why" };
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
            : "advice.advice-extended-support.version",
        why: "advice.advice-extended-support.why",
      };
  }
}
