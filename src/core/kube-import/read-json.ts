import type { CoreIssue, KubeInput } from "../errors.js";
import { BYTE_ORDER_MARK, jsonSyntaxErrorParams } from "../scenario/json-syntax.js";
import { WORKLOAD_KINDS } from "./owners.js";

/**
 * The longest kubectl text `importKubernetes` reads, in characters (UTF-16 code units): 100 million,
 * about 100 MB. `kubectl get pods -A -o json` writes roughly 5 to 15 kB a pod, so this holds tens of
 * thousands of pods; a longer text is refused before it is parsed.
 */
export const MAX_KUBE_JSON_LENGTH = 100_000_000;

/** A JSON object, as `JSON.parse` makes it. */
export type JsonObject = { readonly [key: string]: unknown };

/** The items of one kubectl text, with the path prefix of each (`items.3` in a List, `` for one object). */
export interface KubeItems {
  readonly items: readonly JsonObject[];
  /** The kind of each item: its own `kind`, else its list's (`PodList` holds Pods), else what its shape shows. */
  readonly kinds: readonly string[];
  /** The path of item `i` is `${prefix}${i}`; a single object's path is empty. */
  readonly prefix: string | null;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a text is one whole JSON value: when the text it starts breaks exactly where this one ends,
 * at a `{` or `[`, another document follows, as `kubectl cluster-info dump` writes its lists one after
 * another.
 */
function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return text.trim() !== "";
  } catch {
    return false;
  }
}

/** The input each kind of object belongs in: pods, nodes, budgets, autoscalers, or the workloads' controllers. */
const INPUT_OF: Readonly<Record<string, KubeInput>> = {
  Pod: "pods",
  Node: "nodes",
  PodDisruptionBudget: "pdbs",
  HorizontalPodAutoscaler: "hpas",
  ...Object.fromEntries(WORKLOAD_KINDS.map((kind) => [kind, "workloads"])),
};

/**
 * The kind an object without `kind` has by its shape, as the API server writes them (Kubernetes API
 * reference, Node and Pod): a Node has `status.nodeInfo`, `status.daemonEndpoints` or
 * `spec.providerID`; a Pod has `spec.containers`; null for anything else (workloads of every kind
 * have a pod `spec.template` alike, so their kind is not told apart).
 */
function kindByShape(item: JsonObject): "Node" | "Pod" | null {
  const spec = isObject(item.spec) ? item.spec : {};
  const status = isObject(item.status) ? item.status : {};
  if (isObject(status.nodeInfo) || isObject(status.daemonEndpoints) || typeof spec.providerID === "string") {
    return "Node";
  }
  return Array.isArray(spec.containers) ? "Pod" : null;
}

/**
 * Reads one kubectl JSON text: a list (`{"kind": "List", "items": [...]}`, what `kubectl get -o json`
 * writes for every query with `-A` or several kinds; or an API list such as `PodList` or `NodeList`,
 * what `kubectl get --raw`, the kubelet's `/pods` and `kubectl cluster-info dump` write, whose items
 * carry no `kind`) or one object (`kubectl get pod web-0 -o json`). `kinds` are the item kinds the
 * text may hold. An item without `kind` takes its list's (`PodList`: Pod), else its shape's (see
 * `kindByShape`), else the first of `kinds`. A list of another kind, or whose items are all of one
 * other kind, is refused whole (`kube-wrong-list`, with the input it belongs in); items of other kinds
 * among the right ones each get `kube-unexpected-kind`; `items: null` gets `kube-list-items-null`.
 * Never throws; bounded by {@link MAX_KUBE_JSON_LENGTH}.
 */
export function readKubeJson(
  text: string,
  input: KubeInput,
  kinds: readonly string[],
): { ok: true; value: KubeItems } | { ok: false; issues: CoreIssue[] } {
  if (text.length > MAX_KUBE_JSON_LENGTH) {
    return refuse({
      code: "kube-json-too-large",
      params: { input, length: text.length, maximum: MAX_KUBE_JSON_LENGTH },
    });
  }
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const content = body.trim();
  if (content === "") return refuse({ code: "kube-json-empty", params: { input } });
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const start = body.length - body.trimStart().length;
    const where = jsonSyntaxErrorParams(body, content, start);
    if ((where.found === "{" || where.found === "[") && isWholeJson(content.slice(0, where.position - start))) {
      return refuse({ code: "kube-json-several-documents", params: { input, line: where.line } });
    }
    return refuse({ code: "kube-json-syntax", params: { input, ...where } });
  }
  if (!isObject(value)) {
    return refuse({ code: "kube-not-a-list", params: { input, found: Array.isArray(value) ? "array" : typeof value } });
  }
  const kind = typeof value.kind === "string" ? value.kind : null;
  const isList = kind === null ? "items" in value : kind.endsWith("List");
  // `PodList` holds Pods; `List` (kubectl's own) holds any kind.
  const listOf = isList && kind !== null && kind !== "List" ? kind.slice(0, -"List".length) : null;
  if (listOf !== null && !kinds.includes(listOf)) return wrongList(input, `${listOf}List`, listOf);
  let items: unknown[];
  let prefix: string | null;
  if (isList) {
    if (value.items === null) return refuse({ code: "kube-list-items-null", params: { input, list: kind ?? "List" } });
    if (!Array.isArray(value.items)) {
      return refuse({ code: "kube-field-invalid", params: { input, expected: "array" }, path: "items" });
    }
    items = value.items;
    prefix = "items.";
  } else {
    items = [value];
    prefix = null;
  }
  const issues: CoreIssue[] = [];
  const itemKinds: string[] = [];
  const foreign = new Set<string>();
  items.forEach((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    if (!isObject(item)) {
      issues.push({ code: "kube-field-invalid", params: { input, expected: "object" }, path });
      return;
    }
    if (item.kind !== undefined && typeof item.kind !== "string") {
      const found = JSON.stringify(item.kind);
      issues.push({ code: "kube-unexpected-kind", params: { input, expected: kinds.join("|"), found }, path });
      return;
    }
    const own = item.kind ?? listOf ?? kindByShape(item) ?? kinds[0] ?? "";
    if (!kinds.includes(own)) {
      foreign.add(own);
      issues.push({ code: "kube-unexpected-kind", params: { input, expected: kinds.join("|"), found: own }, path });
    }
    itemKinds.push(own);
  });
  // Items all of one kind that belongs elsewhere (by their own kind or their shape): the whole list is the wrong one.
  const [only] = foreign;
  if (only !== undefined && foreign.size === 1 && issues.length === items.length) {
    return wrongList(input, prefix === null ? only : `${only}List`, only);
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: { items: items as JsonObject[], kinds: itemKinds, prefix } };
}

/** A text of `kind` objects (`found`: `NodeList`, or `Node` for one) given as `input`: refused, naming the input it belongs in. */
function wrongList(input: KubeInput, found: string, kind: string): { ok: false; issues: CoreIssue[] } {
  return refuse({ code: "kube-wrong-list", params: { input, found, belongsIn: INPUT_OF[kind] ?? null } });
}

/** The most issues one import reports; the first ones are enough to find what is wrong. */
export const MAX_ISSUES = 100;

function refuse(issue: CoreIssue): { ok: false; issues: CoreIssue[] } {
  return { ok: false, issues: [issue] };
}
