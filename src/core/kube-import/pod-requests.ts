import type { Architecture } from "../catalog/instance-type.js";
import { join, type FieldReader } from "./fields.js";
import { cpuMillicores, memoryMiB, wholeQuantity } from "./quantity.js";
import type { JsonObject } from "./read-json.js";

/** The resource name of NVIDIA GPUs, an extended resource (the NVIDIA device plugin's). */
export const GPU_RESOURCE = "nvidia.com/gpu";

/** CPU (millicores), memory (MiB) and GPUs, each for one pod or one container. */
export interface Amounts {
  readonly cpuMillicores: number;
  readonly memoryMiB: number;
  readonly gpus: number;
}

/** What eksize reads from one pod's spec. */
export interface PodFacts {
  /** The pod's effective requests as the scheduler sees them (see {@link podFacts}); 0 where nothing is asked. */
  readonly requests: Amounts;
  /** The same from the containers' limits where a container has no request (the API server's own defaulting). */
  readonly requestsOrLimits: Amounts;
  /** Whether no container requests CPU (`cpu`) or memory (`memory`). */
  readonly missing: { readonly cpu: boolean; readonly memory: boolean };
  readonly hostNetwork: boolean;
  readonly privileged: boolean;
  readonly architecture: Architecture | null;
}

const ZERO: Amounts = { cpuMillicores: 0, memoryMiB: 0, gpus: 0 };

function add(a: Amounts, b: Amounts): Amounts {
  return {
    cpuMillicores: a.cpuMillicores + b.cpuMillicores,
    memoryMiB: a.memoryMiB + b.memoryMiB,
    gpus: a.gpus + b.gpus,
  };
}

/** The larger of each amount. */
export function largest(a: Amounts, b: Amounts): Amounts {
  return {
    cpuMillicores: Math.max(a.cpuMillicores, b.cpuMillicores),
    memoryMiB: Math.max(a.memoryMiB, b.memoryMiB),
    gpus: Math.max(a.gpus, b.gpus),
  };
}

/** Reads a resource list (`requests`, `limits`, `overhead`): each amount, absent (null) when not given. */
function readAmounts(fields: FieldReader, list: JsonObject, path: string): (number | null)[] {
  const read = (key: string, parse: (value: unknown) => number | null): number | null => {
    const value = list[key];
    if (value === undefined || value === null) return null;
    const amount = parse(value);
    if (amount === null) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      fields.report({
        code: "kube-quantity-invalid",
        params: { input: fields.input, value: text },
        path: join(path, key),
      });
    }
    return amount;
  };
  return [read("cpu", cpuMillicores), read("memory", memoryMiB), read(GPU_RESOURCE, wholeQuantity)];
}

/** A container's requests, and its requests with its limits where it has no request. */
function containerAmounts(fields: FieldReader, container: JsonObject, path: string) {
  const resources = fields.object(container, "resources", path);
  const resourcesPath = join(path, "resources");
  const requests = readAmounts(
    fields,
    fields.object(resources, "requests", resourcesPath),
    join(resourcesPath, "requests"),
  );
  const limits = readAmounts(fields, fields.object(resources, "limits", resourcesPath), join(resourcesPath, "limits"));
  const [cpu, memory, gpus] = requests;
  const [cpuLimit, memoryLimit, gpuLimit] = limits;
  // Extended resources cannot be overcommitted: a GPU limit is the request (requests default to limits).
  const gpuCount = gpus ?? gpuLimit ?? 0;
  return {
    requests: { cpuMillicores: cpu ?? 0, memoryMiB: memory ?? 0, gpus: gpuCount },
    requestsOrLimits: { cpuMillicores: cpu ?? cpuLimit ?? 0, memoryMiB: memory ?? memoryLimit ?? 0, gpus: gpuCount },
    hasCpu: cpu !== null,
    hasMemory: memory !== null,
    privileged: fields.flag(
      fields.object(container, "securityContext", path),
      "privileged",
      join(path, "securityContext"),
    ),
  };
}

/**
 * The effective request of a pod, per resource, as the scheduler computes it (Kubernetes, "Resource
 * Management for Pods and Containers"; "Init Containers: Resource sharing within containers";
 * "Sidecar Containers: Resource sharing within containers"; "Pod Overhead"):
 *
 * `max(max over init containers i of (request_i + sidecars started before i), sum of app containers + sum of sidecars) + overhead`
 *
 * where a sidecar is an init container with `restartPolicy: Always` (Kubernetes 1.29+): it keeps
 * running beside the app containers, so it counts like one.
 */
function effective(
  init: readonly { amounts: Amounts; sidecar: boolean }[],
  app: readonly Amounts[],
  overhead: Amounts,
): Amounts {
  let sidecars = ZERO;
  let initPeak = ZERO;
  for (const container of init) {
    if (container.sidecar) sidecars = add(sidecars, container.amounts);
    else initPeak = largest(initPeak, add(container.amounts, sidecars));
  }
  return add(largest(initPeak, app.reduce(add, sidecars)), overhead);
}

/** The architecture a pod's `kubernetes.io/arch` node selector, or its required node affinity on it, pins it to. */
function podArchitecture(fields: FieldReader, spec: JsonObject, path: string): Architecture | null {
  const selector = fields.object(spec, "nodeSelector", path);
  const selected = selector["kubernetes.io/arch"] ?? selector["beta.kubernetes.io/arch"];
  if (selected === "amd64" || selected === "arm64") return selected;
  const affinity = fields.object(fields.object(spec, "affinity", path), "nodeAffinity", join(path, "affinity"));
  const required = affinity.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = isTerms(required) ? required.nodeSelectorTerms : [];
  // Terms are ORed: the pod is pinned only when every term allows exactly the same single architecture.
  const allowed = new Set<unknown>();
  for (const term of terms) {
    const expressions = Array.isArray(term.matchExpressions) ? (term.matchExpressions as unknown[]) : [];
    const arch = expressions.find(
      (e): e is { values: unknown[] } =>
        typeof e === "object" &&
        e !== null &&
        "key" in e &&
        (e.key === "kubernetes.io/arch" || e.key === "beta.kubernetes.io/arch") &&
        "operator" in e &&
        e.operator === "In" &&
        "values" in e &&
        Array.isArray(e.values),
    );
    if (arch === undefined) return null;
    for (const value of arch.values) allowed.add(value);
  }
  const [only] = allowed;
  return allowed.size === 1 && (only === "amd64" || only === "arm64") ? only : null;
}

function isTerms(value: unknown): value is { nodeSelectorTerms: { matchExpressions?: unknown }[] } {
  return (
    typeof value === "object" &&
    value !== null &&
    "nodeSelectorTerms" in value &&
    Array.isArray(value.nodeSelectorTerms) &&
    value.nodeSelectorTerms.every((term) => typeof term === "object" && term !== null)
  );
}

/** Reads what eksize plans with from a pod's `spec` at `path`; wrong fields and unreadable quantities go to `fields`. */
export function podFacts(fields: FieldReader, spec: JsonObject, path: string): PodFacts {
  const app = fields
    .objects(spec, "containers", path)
    .map((c, i) => containerAmounts(fields, c, join(path, `containers.${i}`)));
  const init = fields.objects(spec, "initContainers", path).map((c, i) => ({
    ...containerAmounts(fields, c, join(path, `initContainers.${i}`)),
    sidecar: c.restartPolicy === "Always",
  }));
  const [cpu, memory] = readAmounts(fields, fields.object(spec, "overhead", path), join(path, "overhead"));
  const overhead: Amounts = { cpuMillicores: cpu ?? 0, memoryMiB: memory ?? 0, gpus: 0 };
  const all = [...init, ...app];
  return {
    requests: effective(
      init.map((c) => ({ amounts: c.requests, sidecar: c.sidecar })),
      app.map((c) => c.requests),
      overhead,
    ),
    requestsOrLimits: effective(
      init.map((c) => ({ amounts: c.requestsOrLimits, sidecar: c.sidecar })),
      app.map((c) => c.requestsOrLimits),
      overhead,
    ),
    missing: { cpu: !all.some((c) => c.hasCpu), memory: !all.some((c) => c.hasMemory) },
    hostNetwork: fields.flag(spec, "hostNetwork", path),
    privileged: all.some((c) => c.privileged),
    architecture: podArchitecture(fields, spec, path),
  };
}
