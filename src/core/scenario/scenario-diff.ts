import { DEFAULT_CLUSTER_NETWORK, type Scenario } from "./scenario.js";

/**
 * One difference between scenario A and scenario B, for a side-by-side "A against B" view.
 *
 * `path` names the value: field names, and for an item of a named list (workloads, DaemonSets,
 * node groups, Fargate profiles) the item's name, e.g. `["workloads", "web", "replicas"]`,
 * `["nodeGroups", "general", "capacity", "spotPercentAboveBase"]`, `["region"]`. `a` and `b` are
 * the values on each side: `changed` has both; `added` is only in B (`a` undefined); `removed` is
 * only in A (`b` undefined). A whole added or removed item is one difference carrying the item.
 */
export type ScenarioDifference =
  | { readonly kind: "changed"; readonly path: readonly string[]; readonly a: unknown; readonly b: unknown }
  | { readonly kind: "added"; readonly path: readonly string[]; readonly a: undefined; readonly b: unknown }
  | { readonly kind: "removed"; readonly path: readonly string[]; readonly a: unknown; readonly b: undefined };

/** The lists whose items are matched by `name` rather than by place. */
const NAMED_LISTS: ReadonlySet<string> = new Set(["workloads", "daemonSets", "nodeGroups", "fargateProfiles"]);

/**
 * Every difference between two valid scenarios (as `validateScenario` returns them: names unique
 * within each list), for a side-by-side view. Identical scenarios give `[]`.
 *
 * - Items of the named lists are matched by `name`: reordering them is no difference, and a renamed
 *   item is one `removed` (its old name) and one `added` (its new name).
 * - Nested settings (`network`, `rootVolume`, `cluster.loadBalancers`, `cluster.discounts`, a mixed
 *   capacity's fields) are compared field by field. A node group's `capacity` whose `type` changed
 *   is one `changed` difference with both whole objects ("mixed, base 2, 50% Spot" against "Spot"
 *   reads better than a changed type and two fields gone).
 * - Lists of values are compared whole, one `changed` difference when they differ: a node group's
 *   `instanceTypes` in order (the order is a preference); a Fargate profile's `workloads` in any
 *   order (it selects a set of workloads), so reordering them is no difference.
 * - Numbers are compared with `===` (0 and -0 are the same); `version` is compared like any field.
 * - A scenario without `network` compares as one with the defaults (`DEFAULT_CLUSTER_NETWORK`), so
 *   giving one side network settings lists only the settings that differ.
 *
 * Order: fields in A's order (`validateScenario` returns them in the order of the `Scenario` type),
 * items of a named list in A's order, then fields and items only in B, in B's order. The result is
 * deterministic, and `diffScenarios(b, a)` gives the same paths with `added` and `removed`, and `a`
 * and `b`, swapped.
 *
 * @example
 * diffScenarios(defaultScenario, { ...defaultScenario, region: "eu-west-1" })
 * // [{ kind: "changed", path: ["region"], a: "us-east-1", b: "eu-west-1" }]
 */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioDifference[] {
  const differences: ScenarioDifference[] = [];
  if ((a.network === undefined) !== (b.network === undefined)) {
    [a, b] = [
      { ...a, network: a.network ?? DEFAULT_CLUSTER_NETWORK },
      { ...b, network: b.network ?? DEFAULT_CLUSTER_NETWORK },
    ];
  }
  diffFields(a as unknown as Fields, b as unknown as Fields, [], differences);
  return differences;
}

type Fields = Readonly<Record<string, unknown>>;

/** The differences between two objects, field by field: A's fields in order, then B's others. */
function diffFields(a: Fields, b: Fields, path: readonly string[], out: ScenarioDifference[]): void {
  for (const key of Object.keys(a)) {
    if (Object.hasOwn(b, key)) diffValues(a[key], b[key], [...path, key], out);
    else out.push({ kind: "removed", path: [...path, key], a: a[key], b: undefined });
  }
  for (const key of Object.keys(b)) {
    if (!Object.hasOwn(a, key)) out.push({ kind: "added", path: [...path, key], a: undefined, b: b[key] });
  }
}

/** The differences between two values found at the same path of both scenarios. */
function diffValues(a: unknown, b: unknown, path: readonly string[], out: ScenarioDifference[]): void {
  const [list = "", , field] = path;
  const itemField = path.length === 3 ? `${list}.${field ?? ""}` : "";
  if (path.length === 1 && NAMED_LISTS.has(list) && Array.isArray(a) && Array.isArray(b)) {
    diffNamedList(a, b, list, out);
  } else if (itemField === "fargateProfiles.workloads") {
    if (!sameValue(sorted(a), sorted(b))) out.push({ kind: "changed", path, a, b });
  } else if (isRecord(a) && isRecord(b) && !(itemField === "nodeGroups.capacity" && a["type"] !== b["type"])) {
    diffFields(a, b, path, out);
  } else if (!sameValue(a, b)) {
    out.push({ kind: "changed", path, a, b });
  }
}

/** The differences between two lists whose items have unique names, matched by name. */
function diffNamedList(a: readonly unknown[], b: readonly unknown[], list: string, out: ScenarioDifference[]): void {
  const itemsOfB = new Map(b.filter(isRecord).map((item) => [String(item["name"]), item]));
  const namesOfA = new Set<string>();
  for (const item of a.filter(isRecord)) {
    const name = String(item["name"]);
    namesOfA.add(name);
    const other = itemsOfB.get(name);
    if (other === undefined) out.push({ kind: "removed", path: [list, name], a: item, b: undefined });
    else diffFields(item, other, [list, name], out);
  }
  for (const [name, item] of itemsOfB) {
    if (!namesOfA.has(name)) out.push({ kind: "added", path: [list, name], a: undefined, b: item });
  }
}

/** A list of names in code-unit order, to compare as a set with repeats; anything else as it is. */
function sorted(value: unknown): unknown {
  return Array.isArray(value) ? value.map(String).sort() : value;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON-like values: same arrays in order, same object fields in any order. */
function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => sameValue(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
    );
  }
  return false;
}
