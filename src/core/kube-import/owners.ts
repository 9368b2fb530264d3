import { readCronJob, type CronJob } from "./cron-jobs.js";
import { join, type FieldReader } from "./fields.js";
import type { JsonObject, KubeItems } from "./read-json.js";

/** The kinds of owner eksize groups pods by; `Pod` is a pod with no controller (or one eksize does not know). */
export type OwnerKind =
  "Deployment" | "ReplicaSet" | "StatefulSet" | "DaemonSet" | "Job" | "CronJob" | "ReplicationController" | "Pod";

/**
 * The kinds `kubectl get deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,replicationcontrollers -A -o json`
 * lists.
 */
export const WORKLOAD_KINDS = [
  "Deployment",
  "ReplicaSet",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob",
  "ReplicationController",
] as const;

/** What the workloads list says about one controller. */
interface Controller {
  /** Its own controller (a ReplicaSet's Deployment, a Job's CronJob), or null. */
  readonly owner: { readonly kind: string; readonly name: string } | null;
  /** `spec.replicas` (Deployments, ReplicaSets, StatefulSets, ReplicationControllers), or null. */
  readonly replicas: number | null;
  /** A Job with a `Complete` or `Failed` condition that is `True`, or a `completionTime`. */
  readonly finished: boolean;
  /** A CronJob's schedule and Job template; null for other kinds. */
  readonly cronJob: CronJob | null;
}

/** The controllers of the workloads list, by `kind/namespace/name`. */
export type Controllers = ReadonlyMap<string, Controller>;

/** The key of a controller in {@link Controllers}. */
export function controllerKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

/** The controller reference of an object's metadata: the owner with `controller: true`, else the first. */
export function controllerOf(
  fields: FieldReader,
  metadata: JsonObject,
  path: string,
): { kind: string; name: string } | null {
  const references = fields.objects(metadata, "ownerReferences", path);
  const reference = references.find((r) => r.controller === true) ?? references[0];
  if (reference === undefined) return null;
  const kind = reference.kind;
  const name = reference.name;
  return typeof kind === "string" && typeof name === "string" ? { kind, name } : null;
}

/** Indexes the workloads list. */
export function readControllers(fields: FieldReader, { items, kinds, prefix }: KubeItems): Controllers {
  const controllers = new Map<string, Controller>();
  items.forEach((item, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    const metadata = fields.object(item, "metadata", path);
    const metadataPath = join(path, "metadata");
    const name = fields.string(metadata, "name", metadataPath, true) ?? "";
    const namespace = fields.string(metadata, "namespace", metadataPath) ?? "default";
    const kind = kinds[index] ?? "Deployment";
    const spec = fields.object(item, "spec", path);
    const status = fields.object(item, "status", path);
    const conditions = fields.objects(status, "conditions", join(path, "status"));
    const finished =
      kind === "Job" &&
      (typeof status.completionTime === "string" ||
        conditions.some((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True"));
    controllers.set(controllerKey(kind, namespace, name), {
      owner: controllerOf(fields, metadata, metadataPath),
      replicas: fields.number(spec, "replicas", join(path, "spec")),
      finished,
      cronJob: kind === "CronJob" ? readCronJob(fields, { name, namespace }, spec, join(path, "spec")) : null,
    });
  });
  return controllers;
}

/** Characters of the hash the ReplicaSet controller appends (`rand.SafeEncodeString`: no vowels, no 0, 1, 3). */
const TEMPLATE_HASH = /^(.+)-[bcdfghjklmnpqrstvwxz2456789]{5,10}$/;

/** Where a pod belongs: the owner it is grouped by, its spec.replicas when known, and whether its Job finished. */
export interface PodOwner {
  readonly kind: OwnerKind;
  readonly name: string;
  readonly replicas: number | null;
  readonly finishedJob: boolean;
}

/**
 * The owner a pod is grouped by. A ReplicaSet's pods belong to its Deployment: the one the workloads
 * list names as the ReplicaSet's owner, or else the ReplicaSet's name less its pod-template hash (the
 * pod's `pod-template-hash` label, or a hash-like last segment). A Job's pods belong to its CronJob when
 * the workloads list says so. A ReplicationController's pods belong to it. Pods of other owners (static
 * pods, custom controllers) go by their own name.
 */
export function podOwner(
  controller: { kind: string; name: string } | null,
  namespace: string,
  podName: string,
  templateHash: string | null,
  controllers: Controllers | null,
): PodOwner {
  const lookup = (kind: string, name: string) => controllers?.get(controllerKey(kind, namespace, name));
  const owned = (kind: OwnerKind, name: string, finishedJob = false): PodOwner => ({
    kind,
    name,
    replicas: lookup(kind, name)?.replicas ?? null,
    finishedJob,
  });
  switch (controller?.kind) {
    case "ReplicaSet": {
      const name = controller.name;
      const known = lookup("ReplicaSet", name);
      if (known?.owner?.kind === "Deployment") return owned("Deployment", known.owner.name);
      if (known !== undefined) return owned("ReplicaSet", name);
      if (templateHash !== null && name.endsWith(`-${templateHash}`)) {
        return owned("Deployment", name.slice(0, -templateHash.length - 1));
      }
      const match = TEMPLATE_HASH.exec(name);
      return owned("Deployment", match?.[1] ?? name);
    }
    case "Job": {
      const job = lookup("Job", controller.name);
      const finished = job?.finished ?? false;
      if (job?.owner?.kind === "CronJob") return owned("CronJob", job.owner.name, finished);
      return owned("Job", controller.name, finished);
    }
    case "StatefulSet":
    case "DaemonSet":
    case "Deployment":
    case "CronJob":
    case "ReplicationController":
      return owned(controller.kind, controller.name);
    default:
      return { kind: "Pod", name: podName, replicas: null, finishedJob: false };
  }
}
