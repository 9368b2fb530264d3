import type { CoreIssue, KubeInput } from "../errors.js";
import { BYTE_ORDER_MARK, jsonSyntaxErrorParams } from "../scenario/json-syntax.js";

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
  /** The path of item `i` is `${prefix}${i}`; a single object's path is empty. */
  readonly prefix: string | null;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads one kubectl JSON text: a `List` (`{"kind": "List", "items": [...]}`, what `kubectl get -o
 * json` writes for every query with `-A` or several kinds) or one object (`kubectl get pod web-0 -o
 * json`). `kinds` are the item kinds the text may hold; items without a `kind` are taken as the first.
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
    return refuse({ code: "kube-json-syntax", params: { input, ...jsonSyntaxErrorParams(body, content, start) } });
  }
  if (!isObject(value)) {
    return refuse({ code: "kube-not-a-list", params: { input, found: Array.isArray(value) ? "array" : typeof value } });
  }
  const kind = typeof value.kind === "string" ? value.kind : null;
  let items: unknown[];
  let prefix: string | null;
  if (Array.isArray(value.items) && (kind === null || kind.endsWith("List"))) {
    items = value.items;
    prefix = "items.";
  } else if (kind === null || kinds.includes(kind)) {
    items = [value];
    prefix = null;
  } else {
    return refuse({ code: "kube-not-a-list", params: { input, found: kind } });
  }
  const issues: CoreIssue[] = [];
  items.forEach((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    if (!isObject(item)) {
      issues.push({ code: "kube-field-invalid", params: { input, expected: "object" }, path });
    } else if (item.kind !== undefined && !(typeof item.kind === "string" && kinds.includes(item.kind))) {
      const found = typeof item.kind === "string" ? item.kind : JSON.stringify(item.kind);
      issues.push({ code: "kube-unexpected-kind", params: { input, expected: kinds.join("|"), found }, path });
    }
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: { items: items as JsonObject[], prefix } };
}

/** The most issues one import reports; the first ones are enough to find what is wrong. */
export const MAX_ISSUES = 100;

function refuse(issue: CoreIssue): { ok: false; issues: CoreIssue[] } {
  return { ok: false, issues: [issue] };
}
