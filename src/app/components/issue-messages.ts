/**
 * Validation issues in words: worded for a form's field ("must be at least 0"), or for a document
 * (a link, a file, stored work) whose values the user cannot see ("-2 is less than the minimum, 0").
 */
import type { CoreIssue } from "eksize";
import type { Formatters } from "../../present/format.js";
import { describeIssue, translateComputed, type Translate } from "../i18n/index.js";
import { QUANTITY_UNITS, type QuantityKind } from "../quantity-text.js";

/** The kind of Kubernetes quantity a scenario path holds (a workload's or DaemonSet's CPU or memory), if any. */
function quantityAt(path: string | undefined): QuantityKind | null {
  const match = /^(?:workloads|daemonSets)\.\d+\.(cpuMillicores|memoryMiB)$/.exec(path ?? "");
  return match === null ? null : match[1] === "cpuMillicores" ? "cpu" : "memory";
}

/**
 * A field's issue in words, worded for a form ("must be at least 0") rather than for a file. A CPU or
 * memory field says how to write a quantity, and its limits in Kubernetes' units.
 */
export function fieldMessage(t: Translate, format: Formatters, issue: CoreIssue): string {
  const quantity = quantityAt(issue.path);
  if (quantity !== null && issue.code === "scenario-wrong-type") {
    return t(quantity === "cpu" ? "field.cpuQuantity" : "field.memoryQuantity");
  }
  if (quantity !== null && issue.code === "scenario-out-of-range") {
    const limit = QUANTITY_UNITS[quantity].write(issue.params.limit);
    return t(issue.params.bound === "min" ? "field.atLeast" : "field.atMost", { limit });
  }
  switch (issue.code) {
    case "scenario-out-of-range":
      return t(issue.params.bound === "min" ? "field.atLeast" : "field.atMost", {
        limit: format.decimal(issue.params.limit, 4),
      });
    case "scenario-wrong-type":
      return issue.params.expected === "number" ? t("field.notANumber") : describeIssue(t, issue);
    case "scenario-not-whole-number":
      return t("field.notWhole");
    case "scenario-too-short":
      return t("field.required");
    case "unknown-instance-type":
      return issue.params.suggestions.length > 0
        ? t("field.unknownTypeSuggest", {
            instanceType: issue.params.instanceType,
            suggestions: issue.params.suggestions.join(", "),
          })
        : describeIssue(t, issue);
    case "cni-settings-unsupported":
      return documentMessage(t, format, issue);
    default:
      return describeIssue(t, issue);
  }
}

/** The kinds of value the schema names in `scenario-wrong-type`, worded in each language. */
const KINDS = ["number", "string", "boolean", "object", "array"] as const;

/**
 * An issue of a document (a link, a file, stored work) in words: unlike a form's message it names
 * the value that is wrong, since the user cannot see it ("-2 is less than the minimum, 0").
 */
export function documentMessage(t: Translate, format: Formatters, issue: CoreIssue): string {
  switch (issue.code) {
    case "scenario-out-of-range":
      return t(issue.params.bound === "min" ? "document.belowMinimum" : "document.aboveMaximum", {
        received: issue.params.received,
        limit: format.decimal(issue.params.limit, 4),
      });
    case "scenario-wrong-type": {
      const kind = KINDS.find((name) => name === issue.params.expected);
      return kind === undefined
        ? describeIssue(t, issue)
        : t("document.wrongType", { expected: t(`document.kind.${kind}`), received: issue.params.received });
    }
    case "unknown-instance-type":
      return fieldMessage(t, format, issue);
    case "subnet-too-small":
    case "subnet-tight":
    case "subnet-missing":
    case "subnet-prefix-fragmentation":
    case "subnet-demand-too-large": {
      // The zone by its name when the subnets give one, the role and the moment in words.
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(issue.params)) {
        params[name] = typeof value === "number" ? format.integer(value) : String(value);
      }
      const { zone, availabilityZone, role } = issue.params;
      params["zone"] = availabilityZone ?? String(zone);
      params["role"] = t(`subnetRole.${role}`);
      if (issue.code === "subnet-too-small" || issue.code === "subnet-tight") {
        params["when"] = t(`subnetWhen.${issue.params.when}`);
      }
      return translateComputed(t, `error.${issue.code}`, params);
    }
    case "cni-settings-unsupported":
      return t("error.cni-settings-unsupported", { reason: t(`cniReason.${issue.params.reason}`) });
    default:
      return describeIssue(t, issue, (value) => format.decimal(value, 4));
  }
}
