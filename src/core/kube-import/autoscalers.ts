import type { CoreIssue, ErrorParams } from "../errors.js";
import { HOURS_PER_WEEK, type WorkloadAutoscaling } from "../scenario/load-profile.js";
import { replicasAtLevel } from "../scenario/profile-levels.js";
import { join, type FieldReader } from "./fields.js";
import { controllerKey } from "./owners.js";
import { isObject, type KubeItems } from "./read-json.js";

/** A HorizontalPodAutoscaler as read: where it is, what it scales, its range and its replicas now. */
interface Autoscaler {
  readonly name: string;
  readonly namespace: string;
  /** `spec.scaleTargetRef`: the kind and name of the workload it scales, in its own namespace. */
  readonly kind: string;
  readonly target: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** `status.currentReplicas`, or null when the status has none. */
  readonly currentReplicas: number | null;
}

/** The HorizontalPodAutoscalers of a list, by the workload they scale, and those left out. */
export interface Autoscalers {
  /** By `controllerKey(kind, namespace, name)` of their `scaleTargetRef`, in the list's order. */
  readonly byTarget: ReadonlyMap<string, readonly Autoscaler[]>;
  /** `kube-hpa-invalid` and `kube-hpa-range-invalid` warnings: the autoscalers left out. */
  readonly issues: readonly CoreIssue[];
}

/** A whole number of at least `min`. */
function whole(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min;
}

/**
 * Reads `kubectl get hpa -A -o json`: HorizontalPodAutoscalers of `autoscaling/v2` and `autoscaling/v1`
 * alike (both have `spec.scaleTargetRef`, `spec.minReplicas`, `spec.maxReplicas` and
 * `status.currentReplicas`; their metrics are not read). `minReplicas` defaults to 1, as the Kubernetes
 * API reference gives it (HorizontalPodAutoscalerSpec).
 * An autoscaler whose values Kubernetes would refuse (see `kube-hpa-invalid`), or whose `minReplicas`
 * is above its `maxReplicas` (`kube-hpa-range-invalid`), is left out with a warning, and the import
 * goes on; `metadata` or `spec` of the wrong JSON type is reported as in every list.
 */
export function readAutoscalers(fields: FieldReader, { items, prefix }: KubeItems): Autoscalers {
  const byTarget = new Map<string, Autoscaler[]>();
  const issues: CoreIssue[] = [];
  items.forEach((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    const metadata = fields.object(item, "metadata", path);
    const metadataPath = join(path, "metadata");
    const name = fields.string(metadata, "name", metadataPath, true) ?? "";
    const namespace = fields.string(metadata, "namespace", metadataPath) ?? "default";
    const spec = fields.object(item, "spec", path);
    const status = fields.object(item, "status", path);
    const reference = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const kind = typeof reference.kind === "string" ? reference.kind : "";
    const target = typeof reference.name === "string" ? reference.name : "";
    const minReplicas = spec.minReplicas ?? 1;
    const maxReplicas = spec.maxReplicas;
    const currentReplicas = status.currentReplicas ?? null;
    const leaveOut = (field: ErrorParams["kube-hpa-invalid"]["field"]) => {
      issues.push({ code: "kube-hpa-invalid", params: { hpa: name, namespace, field } });
    };
    if (kind === "" || target === "") {
      leaveOut("spec.scaleTargetRef");
      return;
    }
    if (!whole(minReplicas, 0)) {
      leaveOut("spec.minReplicas");
      return;
    }
    if (!whole(maxReplicas, 1)) {
      leaveOut("spec.maxReplicas");
      return;
    }
    if (currentReplicas !== null && !whole(currentReplicas, 0)) {
      leaveOut("status.currentReplicas");
      return;
    }
    if (minReplicas > maxReplicas) {
      issues.push({ code: "kube-hpa-range-invalid", params: { hpa: name, namespace, minReplicas, maxReplicas } });
      return;
    }
    const key = controllerKey(kind, namespace, target);
    const list = byTarget.get(key) ?? [];
    list.push({ name, namespace, kind, target, minReplicas, maxReplicas, currentReplicas });
    byTarget.set(key, list);
  });
  return { byTarget, issues };
}

/**
 * The whole percent of a range at which `replicasAtLevel` gives `replicas`: 0 at or below
 * `minReplicas` (or when the range is one number), 100 at or above `maxReplicas`; else the percent the
 * replicas sit at, rounded down when `replicasAtLevel` still gives them there (always, in a range of
 * at most 100 replicas: rounding up would give one more), and up otherwise, so the level never gives
 * fewer.
 *
 * @example holdingLevel(2, 5, 3) // 33 (33.3%: replicasAtLevel gives 2 + ⌈0.99⌉ = 3; 34% would give 4)
 */
function holdingLevel(minReplicas: number, maxReplicas: number, replicas: number): number {
  if (replicas <= minReplicas || maxReplicas === minReplicas) return 0;
  if (replicas >= maxReplicas) return 100;
  const exact = (100 * (replicas - minReplicas)) / (maxReplicas - minReplicas);
  const below = Math.floor(exact);
  return replicasAtLevel({ minReplicas, maxReplicas, profile: "flat" }, below) >= replicas ? below : Math.ceil(exact);
}

/**
 * The autoscaling of workload `name` (the group `key`, as `controllerKey` writes it, whose replicas
 * are `replicas`): the range of the one HorizontalPodAutoscaler that scales it, and a profile that
 * holds its current replicas (`status.currentReplicas`, else `replicas`) all week, 168 hours at their
 * {@link holdingLevel}. Null with none, and with several, which Kubernetes follows none of (warning
 * `kube-hpa-several`).
 */
export function autoscalingOf(
  autoscalers: Autoscalers,
  key: string,
  name: string,
  replicas: number,
): { autoscaling: WorkloadAutoscaling | null; issue: CoreIssue | null } {
  const matching = autoscalers.byTarget.get(key) ?? [];
  const [only] = matching;
  if (only === undefined) return { autoscaling: null, issue: null };
  if (matching.length > 1) {
    return {
      autoscaling: null,
      issue: { code: "kube-hpa-several", params: { name, hpas: matching.map((autoscaler) => autoscaler.name) } },
    };
  }
  const { minReplicas, maxReplicas, currentReplicas } = only;
  const level = holdingLevel(minReplicas, maxReplicas, currentReplicas ?? replicas);
  return {
    autoscaling: { minReplicas, maxReplicas, profile: Array.from({ length: HOURS_PER_WEEK }, () => level) },
    issue: null,
  };
}

/** `kube-hpa-target-not-found` for each autoscaler whose workload is not among `imported` (group keys). */
export function unmatchedAutoscalers(autoscalers: Autoscalers, imported: ReadonlySet<string>): CoreIssue[] {
  return [...autoscalers.byTarget]
    .filter(([key]) => !imported.has(key))
    .flatMap(([, list]) =>
      list.map(({ name, namespace, kind, target }): CoreIssue => ({
        code: "kube-hpa-target-not-found",
        params: { hpa: name, namespace, kind, target },
      })),
    );
}
