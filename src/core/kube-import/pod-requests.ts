import { ACCELERATOR_RESOURCES } from "../catalog/accelerators.js";
import type { Architecture } from "../catalog/instance-type.js";
import { join, type FieldReader } from "./fields.js";
import { cpuMillicores, memoryMiB, wholeQuantity } from "./quantity.js";
import type { JsonObject } from "./read-json.js";

/** Devices of each accelerator resource, in the order of `ACCELERATOR_RESOURCES`. */
export type Devices = readonly number[];

/** CPU (millicores), memory (MiB) and accelerator devices, each for one pod or one container. */
export interface Amounts {
  readonly cpuMillicores: number;
  readonly memoryMiB: number;
  readonly devices: Devices;
}

/** What eksize reads from one pod's spec. */
export interface PodFacts {
  /** The pod's effective requests as the scheduler sees them, overhead included (see {@link podFacts}); 0 where nothing is asked. */
  readonly requests: Amounts;
  /** The same from the containers' limits where a container has no request (the API server's own defaulting). */
  readonly requestsOrLimits: Amounts;
  /** `spec.overhead` (a RuntimeClass's), in both of the above: millicores and MiB. */
  readonly overhead: { readonly cpuMillicores: number; readonly memoryMiB: number };
  /**
   * Whether the pod asks for no CPU (`cpu`) or no memory (`memory`): its request before overhead is 0,
   * because neither its containers nor its pod-level resources request any, or only `"0"`.
   */
  readonly missing: { readonly cpu: boolean; readonly memory: boolean };
  readonly hostNetwork: boolean;
  readonly privileged: boolean;
  readonly architecture: Architecture | null;
}

/** No devices: most pods ask for none, so this one array stands for all of them. */
const NO_DEVICES: Devices = ACCELERATOR_RESOURCES.map(() => 0);
/** Nothing asked: 0 CPU, 0 memory, no devices. */
export const NO_AMOUNTS: Amounts = { cpuMillicores: 0, memoryMiB: 0, devices: NO_DEVICES };

/** `a` and `b` combined device by device with `op` (a sum or a maximum: either keeps the other where one is none). */
function combine(a: Devices, b: Devices, op: (x: number, y: number) => number): Devices {
  if (a === NO_DEVICES) return b;
  if (b === NO_DEVICES) return a;
  return a.map((count, index) => op(count, b[index] ?? 0));
}

function add(a: Amounts, b: Amounts): Amounts {
  return {
    cpuMillicores: a.cpuMillicores + b.cpuMillicores,
    memoryMiB: a.memoryMiB + b.memoryMiB,
    devices: combine(a.devices, b.devices, (x, y) => x + y),
  };
}

/** The larger of each amount. */
export function largest(a: Amounts, b: Amounts): Amounts {
  return {
    cpuMillicores: Math.max(a.cpuMillicores, b.cpuMillicores),
    memoryMiB: Math.max(a.memoryMiB, b.memoryMiB),
    devices: combine(a.devices, b.devices, Math.max),
  };
}

/** One resource list (`requests`, `limits`, `overhead`) as read: each amount, null when not given. */
interface ResourceList {
  readonly cpu: number | null;
  readonly memory: number | null;
  /** In the order of `ACCELERATOR_RESOURCES`; {@link NO_DEVICES_GIVEN} when the list names none. */
  readonly devices: readonly (number | null)[];
}

/** A list that names no accelerator. */
const NO_DEVICES_GIVEN: readonly null[] = ACCELERATOR_RESOURCES.map(() => null);

/** Reads the resource list at `key` of `parent`; an unreadable quantity is reported and reads as absent. */
function readList(fields: FieldReader, parent: JsonObject, key: string, path: string): ResourceList {
  const list = fields.object(parent, key, path);
  const listPath = join(path, key);
  const read = (name: string, parse: (value: unknown) => number | null): number | null => {
    const value = list[name];
    if (value === undefined || value === null) return null;
    const amount = parse(value);
    if (amount === null) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      fields.report({
        code: "kube-quantity-invalid",
        params: { input: fields.input, value: text },
        path: join(listPath, name),
      });
    }
    return amount;
  };
  return {
    cpu: read("cpu", cpuMillicores),
    memory: read("memory", memoryMiB),
    devices: ACCELERATOR_RESOURCES.some((resource) => resource in list)
      ? ACCELERATOR_RESOURCES.map((resource) => read(resource, wholeQuantity))
      : NO_DEVICES_GIVEN,
  };
}

/** A container's requests, and its requests with its limits where it has no request. */
function containerAmounts(fields: FieldReader, container: JsonObject, path: string) {
  const resources = fields.object(container, "resources", path);
  const resourcesPath = join(path, "resources");
  const requests = readList(fields, resources, "requests", resourcesPath);
  const limits = readList(fields, resources, "limits", resourcesPath);
  // Extended resources cannot be overcommitted: a limit alone is the request (requests default to limits).
  const devices =
    requests.devices === NO_DEVICES_GIVEN && limits.devices === NO_DEVICES_GIVEN
      ? NO_DEVICES
      : requests.devices.map((count, index) => count ?? limits.devices[index] ?? 0);
  return {
    requests: { cpuMillicores: requests.cpu ?? 0, memoryMiB: requests.memory ?? 0, devices },
    requestsOrLimits: {
      cpuMillicores: requests.cpu ?? limits.cpu ?? 0,
      memoryMiB: requests.memory ?? limits.memory ?? 0,
      devices,
    },
    asks: { cpu: requests.cpu !== null, memory: requests.memory !== null },
    asksOrLimits: {
      cpu: requests.cpu !== null || limits.cpu !== null,
      memory: requests.memory !== null || limits.memory !== null,
    },
    privileged: fields.flag(
      fields.object(container, "securityContext", path),
      "privileged",
      join(path, "securityContext"),
    ),
  };
}

/**
 * The containers' effective request of a pod, per resource, as the scheduler computes it (Kubernetes,
 * "Resource Management for Pods and Containers"; "Init Containers: Resource sharing within containers";
 * "Sidecar Containers: Resource sharing within containers"):
 *
 * `max(max over init containers i of (request_i + sidecars started before i), sum of app containers + sum of sidecars)`
 *
 * where a sidecar is an init container with `restartPolicy: Always` (Kubernetes 1.29+): it keeps
 * running beside the app containers, so it counts like one.
 */
function effective(init: readonly { amounts: Amounts; sidecar: boolean }[], app: readonly Amounts[]): Amounts {
  let sidecars = NO_AMOUNTS;
  let initPeak = NO_AMOUNTS;
  for (const container of init) {
    if (container.sidecar) sidecars = add(sidecars, container.amounts);
    else initPeak = largest(initPeak, add(container.amounts, sidecars));
  }
  return largest(initPeak, app.reduce(add, sidecars));
}

/**
 * Pod-level resources over the containers' (`spec.resources`, Kubernetes 1.32+ `PodLevelResources`,
 * KEP-2837), for CPU and memory, the only resources it covers: a pod-level request takes precedence
 * over the containers' sum (`k8s.io/component-helpers/resource` `PodRequests`); a pod-level limit
 * without a request is the request when no container asks for the resource, else the containers'
 * sum is (the API server's `defaultPodRequests`, `pkg/apis/core/v1/defaults.go`).
 */
function withPodLevel(
  containers: Amounts,
  asks: { readonly cpu: boolean; readonly memory: boolean },
  podRequests: ResourceList,
  podLimits: ResourceList,
): Amounts {
  const pick = (request: number | null, limit: number | null, asked: boolean, sum: number) =>
    request ?? (limit !== null && !asked ? limit : sum);
  return {
    cpuMillicores: pick(podRequests.cpu, podLimits.cpu, asks.cpu, containers.cpuMillicores),
    memoryMiB: pick(podRequests.memory, podLimits.memory, asks.memory, containers.memoryMiB),
    devices: containers.devices,
  };
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

/**
 * Reads what eksize plans with from a pod's `spec` at `path`; wrong fields and unreadable quantities
 * go to `fields`. The requests are the containers' effective request (see `effective`), then the
 * pod-level resources (see `withPodLevel`), then the pod overhead ("Pod Overhead": the scheduler adds
 * `spec.overhead` to the pod's requests); accelerators are every resource of `ACCELERATOR_RESOURCES`
 * the containers request or, alone, limit.
 */
export function podFacts(fields: FieldReader, spec: JsonObject, path: string): PodFacts {
  const app = fields
    .objects(spec, "containers", path)
    .map((c, i) => containerAmounts(fields, c, join(path, `containers.${i}`)));
  const init = fields.objects(spec, "initContainers", path).map((c, i) => ({
    ...containerAmounts(fields, c, join(path, `initContainers.${i}`)),
    sidecar: c.restartPolicy === "Always",
  }));
  const podResources = fields.object(spec, "resources", path);
  const podResourcesPath = join(path, "resources");
  const podRequests = readList(fields, podResources, "requests", podResourcesPath);
  const podLimits = readList(fields, podResources, "limits", podResourcesPath);
  const overheadList = readList(fields, spec, "overhead", path);
  const overhead = { cpuMillicores: overheadList.cpu ?? 0, memoryMiB: overheadList.memory ?? 0 };
  const all = [...init, ...app];
  const asked = (pick: (c: (typeof all)[number]) => { cpu: boolean; memory: boolean }) => ({
    cpu: all.some((c) => pick(c).cpu),
    memory: all.some((c) => pick(c).memory),
  });
  const view = (amounts: (c: (typeof all)[number]) => Amounts, asks: { cpu: boolean; memory: boolean }) =>
    withPodLevel(
      effective(
        init.map((c) => ({ amounts: amounts(c), sidecar: c.sidecar })),
        app.map(amounts),
      ),
      asks,
      podRequests,
      podLimits,
    );
  const requests = view(
    (c) => c.requests,
    asked((c) => c.asks),
  );
  const requestsOrLimits = view(
    (c) => c.requestsOrLimits,
    asked((c) => c.asksOrLimits),
  );
  const withOverhead = (amounts: Amounts): Amounts => add(amounts, { ...overhead, devices: NO_DEVICES });
  return {
    requests: withOverhead(requests),
    requestsOrLimits: withOverhead(requestsOrLimits),
    overhead,
    missing: { cpu: requests.cpuMillicores === 0, memory: requests.memoryMiB === 0 },
    hostNetwork: fields.flag(spec, "hostNetwork", path),
    privileged: all.some((c) => c.privileged),
    architecture: podArchitecture(fields, spec, path),
  };
}
