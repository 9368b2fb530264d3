import { join, type FieldReader } from "./fields.js";
import type { JsonObject } from "./read-json.js";

/** A pod's labels: key to value. */
export type Labels = ReadonlyMap<string, string>;

/**
 * A Kubernetes label selector as read (`metav1.LabelSelector`): `matchLabels`, and `matchExpressions`
 * with the operators `In`, `NotIn`, `Exists` and `DoesNotExist`. Null is a selector the object does not
 * have (a null PodDisruptionBudget selector selects no pod); `{}` selects every pod.
 */
export type LabelSelector = {
  readonly matchLabels: readonly (readonly [string, string])[];
  readonly matchExpressions: readonly {
    readonly key: string;
    readonly operator: string;
    readonly values: readonly string[];
  }[];
} | null;

/** Reads the label selector at `key` of `parent`; fields of the wrong type are reported. */
export function readSelector(fields: FieldReader, parent: JsonObject, key: string, path: string): LabelSelector {
  const value = parent[key];
  if (value === undefined || value === null) return null;
  const selector = fields.object(parent, key, path);
  const selectorPath = join(path, key);
  const labels = fields.object(selector, "matchLabels", selectorPath);
  return {
    matchLabels: Object.keys(labels).flatMap((label): [string, string][] => {
      const text = fields.string(labels, label, join(selectorPath, "matchLabels"));
      return text === null ? [] : [[label, text]];
    }),
    matchExpressions: fields.objects(selector, "matchExpressions", selectorPath).map((expression, index) => {
      const expressionPath = join(selectorPath, `matchExpressions.${index}`);
      const values = Array.isArray(expression.values) ? expression.values : [];
      return {
        key: fields.string(expression, "key", expressionPath) ?? "",
        operator: fields.string(expression, "operator", expressionPath) ?? "",
        values: values.filter((item): item is string => typeof item === "string"),
      };
    }),
  };
}

/**
 * Whether a selector selects pods with these labels (Kubernetes `LabelSelectorAsSelector`): every
 * `matchLabels` pair, and every expression (`In`: the label is one of the values; `NotIn`: it is
 * missing or none of them; `Exists`; `DoesNotExist`). Null selects nothing, `{}` everything; an
 * operator Kubernetes does not have selects nothing.
 *
 * @example selects({ matchLabels: [["app", "web"]], matchExpressions: [] }, new Map([["app", "web"]])) // true
 */
export function selects(selector: LabelSelector, labels: Labels): boolean {
  if (selector === null) return false;
  return (
    selector.matchLabels.every(([key, value]) => labels.get(key) === value) &&
    selector.matchExpressions.every(({ key, operator, values }) => {
      const value = labels.get(key);
      switch (operator) {
        case "In":
          return value !== undefined && values.includes(value);
        case "NotIn":
          return value === undefined || !values.includes(value);
        case "Exists":
          return value !== undefined;
        case "DoesNotExist":
          return value === undefined;
        default:
          return false;
      }
    })
  );
}

/**
 * The labels two sets share with the same value: `shared`, those of an owner's pods so far (null before
 * its first pod), and `labels`, one more pod's. What a selector can rely on for every pod of the owner.
 */
export function commonLabels(shared: Labels | null, labels: Labels): Labels {
  if (shared === null) return labels;
  return new Map([...shared].filter(([key, value]) => labels.get(key) === value));
}
