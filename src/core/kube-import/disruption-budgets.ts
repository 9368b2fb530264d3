import type { CoreIssue } from "../errors.js";
import type { DisruptionBudget } from "../scenario/scenario.js";
import { join, type FieldReader } from "./fields.js";
import { readSelector, selects, type LabelSelector, type Labels } from "./label-selector.js";
import type { KubeItems } from "./read-json.js";

/** A PodDisruptionBudget as read: where it is, the pods it selects and what it allows. */
interface Budget {
  readonly name: string;
  readonly namespace: string;
  readonly selector: LabelSelector;
  readonly budget: DisruptionBudget;
}

/** The PodDisruptionBudgets of a list, by namespace, in name order. */
export type Budgets = ReadonlyMap<string, readonly Budget[]>;

/**
 * Reads `kubectl get pdb -A -o json` (policy/v1). A budget's `minAvailable` or `maxUnavailable` is a
 * number of pods or a percent (`"50%"`); one with neither, both, or a value Kubernetes refuses (a
 * negative number, a percent over 100%, text that is no percent) constrains nothing eksize can read
 * and is left out. Fields of the wrong type are reported.
 */
export function readDisruptionBudgets(fields: FieldReader, { items, prefix }: KubeItems): Budgets {
  const byNamespace = new Map<string, Budget[]>();
  items.forEach((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    const metadata = fields.object(item, "metadata", path);
    const metadataPath = join(path, "metadata");
    const spec = fields.object(item, "spec", path);
    const specPath = join(path, "spec");
    const name = fields.string(metadata, "name", metadataPath, true) ?? "";
    const namespace = fields.string(metadata, "namespace", metadataPath) ?? "default";
    const selector = readSelector(fields, spec, "selector", specPath);
    const minAvailable = podsOrPercent(spec.minAvailable);
    const maxUnavailable = podsOrPercent(spec.maxUnavailable);
    const budget: DisruptionBudget | null =
      minAvailable !== null && maxUnavailable === null
        ? { minAvailable }
        : maxUnavailable !== null && minAvailable === null
          ? { maxUnavailable }
          : null;
    if (budget === null) return;
    const list = byNamespace.get(namespace) ?? [];
    list.push({ name, namespace, selector, budget });
    byNamespace.set(namespace, list);
  });
  for (const list of byNamespace.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return byNamespace;
}

/** An IntOrString of a budget: a whole number ≥ 0, or a whole percent from 0% to 100%; else null. */
function podsOrPercent(value: unknown): number | `${number}%` | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const percent = /^(\d{1,3})%$/.exec(value);
  return percent !== null && Number(percent[1]) <= 100 ? `${Number(percent[1])}%` : null;
}

/**
 * The disruption budget of a workload whose pods all share `labels` in `namespace`: the budget in that
 * namespace whose selector selects them (a null selector selects no pod, `{}` every pod). With several,
 * the first by name, and a `kube-pdb-several` warning: the eviction API refuses to evict a pod that
 * more than one budget selects.
 */
export function budgetOf(
  budgets: Budgets,
  name: string,
  namespace: string,
  labels: Labels,
): { budget: DisruptionBudget | null; issue: CoreIssue | null } {
  const matching = (budgets.get(namespace) ?? []).filter((candidate) => selects(candidate.selector, labels));
  const [first] = matching;
  return {
    budget: first?.budget ?? null,
    issue:
      matching.length > 1
        ? { code: "kube-pdb-several", params: { name, budgets: matching.map((candidate) => candidate.name) } }
        : null,
  };
}
