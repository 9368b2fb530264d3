import { join, type FieldReader } from "./fields.js";
import { cpuMillicores, memoryMiB } from "./quantity.js";
import type { JsonObject } from "./read-json.js";
import { CONTROL_PLANE_ROLE_LABELS } from "./control-plane.js";

/** The well-known label with a node's EC2 instance type (set by the kubelet's cloud provider). */
export const INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type";

/** Nodes of one instance type, or of one shape when they carry no instance-type label. */
export interface NodeKind {
  /** The `node.kubernetes.io/instance-type` label, or null for nodes without it (grouped by shape). */
  readonly instanceType: string | null;
  readonly count: number;
  /** Capacity of one node: CPU in millicores, memory in MiB (`status.capacity`). */
  readonly cpuMillicores: number;
  readonly memoryMiB: number;
}

/** A summary of `kubectl get nodes -o json`, with what the imported pods request on those nodes. */
export interface NodeSummary {
  readonly count: number;
  /** By instance type (then by shape), most nodes first, then by name. */
  readonly kinds: readonly NodeKind[];
  /** Sums over the nodes: `status.capacity` and `status.allocatable`, millicores and MiB. */
  readonly capacity: { readonly cpuMillicores: number; readonly memoryMiB: number };
  readonly allocatable: { readonly cpuMillicores: number; readonly memoryMiB: number };
  /** Effective requests of the running and pending pods bound to these nodes (`spec.nodeName`), as the scheduler counts them. */
  readonly requested: { readonly cpuMillicores: number; readonly memoryMiB: number };
  /** `requested / allocatable`, percent (0 when nothing is allocatable). */
  readonly utilisationPercent: { readonly cpu: number; readonly memory: number };
}

/** One node as read: its name and figures. */
export interface NodeFacts {
  readonly name: string;
  readonly instanceType: string | null;
  /** Whether it has a control-plane role label (`CONTROL_PLANE_ROLE_LABELS`). */
  readonly controlPlane: boolean;
  readonly capacity: { readonly cpuMillicores: number; readonly memoryMiB: number };
  readonly allocatable: { readonly cpuMillicores: number; readonly memoryMiB: number };
}

/** Reads the nodes list (`items` at `prefix`). */
export function readNodes(fields: FieldReader, items: readonly JsonObject[], prefix: string | null): NodeFacts[] {
  return items.map((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    const metadata = fields.object(item, "metadata", path);
    const name = fields.string(metadata, "name", join(path, "metadata"), true) ?? "";
    const labels = fields.object(metadata, "labels", join(path, "metadata"));
    const label = labels[INSTANCE_TYPE_LABEL];
    const status = fields.object(item, "status", path);
    const amounts = (key: string) => {
      const list = fields.object(status, key, join(path, "status"));
      const at = join(path, `status.${key}`);
      return {
        cpuMillicores: quantity(fields, list, "cpu", at, cpuMillicores),
        memoryMiB: quantity(fields, list, "memory", at, memoryMiB),
      };
    };
    return {
      name,
      instanceType: typeof label === "string" ? label : null,
      controlPlane: CONTROL_PLANE_ROLE_LABELS.some((role) => role in labels),
      capacity: amounts("capacity"),
      allocatable: amounts("allocatable"),
    };
  });
}

function quantity(
  fields: FieldReader,
  list: JsonObject,
  key: string,
  path: string,
  parse: (value: unknown) => number | null,
): number {
  const value = list[key];
  if (value === undefined || value === null) return 0;
  const amount = parse(value);
  if (amount !== null) return amount;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  fields.report({ code: "kube-quantity-invalid", params: { input: "nodes", value: text }, path: join(path, key) });
  return 0;
}

/**
 * Sums the nodes up: count, kinds, capacity, allocatable, and `requested` (the requests of the pods bound
 * to them, which the caller adds up) over allocatable as utilisation.
 */
export function summariseNodes(
  nodes: readonly NodeFacts[],
  requested: { cpuMillicores: number; memoryMiB: number },
): NodeSummary {
  const kinds = new Map<
    string,
    { instanceType: string | null; count: number; cpuMillicores: number; memoryMiB: number }
  >();
  const capacity = { cpuMillicores: 0, memoryMiB: 0 };
  const allocatable = { cpuMillicores: 0, memoryMiB: 0 };
  for (const node of nodes) {
    const key = node.instanceType ?? `\u0000${node.capacity.cpuMillicores}/${node.capacity.memoryMiB}`;
    const kind = kinds.get(key) ?? { instanceType: node.instanceType, count: 0, ...node.capacity };
    kind.count++;
    kinds.set(key, kind);
    capacity.cpuMillicores += node.capacity.cpuMillicores;
    capacity.memoryMiB += node.capacity.memoryMiB;
    allocatable.cpuMillicores += node.allocatable.cpuMillicores;
    allocatable.memoryMiB += node.allocatable.memoryMiB;
  }
  const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);
  return {
    count: nodes.length,
    kinds: [...kinds.values()].sort(
      (a, b) =>
        b.count - a.count ||
        order(a.instanceType ?? "\uffff", b.instanceType ?? "\uffff") ||
        b.cpuMillicores - a.cpuMillicores,
    ),
    capacity,
    allocatable,
    requested,
    utilisationPercent: {
      cpu: percent(requested.cpuMillicores, allocatable.cpuMillicores),
      memory: percent(requested.memoryMiB, allocatable.memoryMiB),
    },
  };
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
