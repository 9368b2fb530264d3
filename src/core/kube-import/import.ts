import type { CoreIssue, Result } from "../errors.js";
import type { DaemonSet, Workload } from "../scenario/scenario.js";
import { SCENARIO_VERSION } from "../scenario/scenario.js";
import { validateScenario } from "../scenario/scenario-schema.js";
import { FieldReader, join } from "./fields.js";
import { readNodes, summariseNodes, type NodeSummary } from "./nodes.js";
import {
  controllerKey,
  controllerOf,
  podOwner,
  readControllers,
  WORKLOAD_KINDS,
  type Controllers,
  type OwnerKind,
} from "./owners.js";
import { isControlPlaneStaticPod, runsOnlyOnControlPlane, type NotOnEks } from "./control-plane.js";
import { largest, NO_AMOUNTS, podFacts, type Amounts, type Devices, type PodFacts } from "./pod-requests.js";
import { ACCELERATOR_RESOURCES, type AcceleratorResource } from "../catalog/accelerators.js";
import { readKubeJson } from "./read-json.js";
import { commonLabels, type Labels } from "./label-selector.js";
import { plannedSpread, readScheduling, type PodScheduling } from "./spread.js";
import { budgetOf, readDisruptionBudgets, type Budgets } from "./disruption-budgets.js";
import { autoscalingOf, readAutoscalers, unmatchedAutoscalers, type Autoscalers } from "./autoscalers.js";
import { batchWindow } from "./cron-jobs.js";

/** What to assume for a pod whose containers request no CPU or no memory. */
export interface KubeImportOptions {
  /**
   * `default` (the default): {@link DEFAULT_ASSUMED_CPU_MILLICORES} and {@link DEFAULT_ASSUMED_MEMORY_MIB}
   * (or the two options below) for the missing resource; `limits`: the containers' limits where they
   * have no request (what the API server itself does when only a limit is set), and the default where
   * there is no limit either.
   */
  readonly withoutRequests?: "default" | "limits";
  /** CPU assumed for a pod that requests none, millicores. */
  readonly defaultCpuMillicores?: number;
  /** Memory assumed for a pod that requests none, MiB. */
  readonly defaultMemoryMiB?: number;
}

/**
 * CPU assumed for a pod that requests none: 100 millicores, the request Kubernetes' own examples give
 * small containers ("Assign CPU Resources to Containers and Pods"), and what a namespace LimitRange
 * commonly defaults to.
 */
export const DEFAULT_ASSUMED_CPU_MILLICORES = 100;
/** Memory assumed for a pod that requests none: 128 MiB (the same sources as {@link DEFAULT_ASSUMED_CPU_MILLICORES}). */
export const DEFAULT_ASSUMED_MEMORY_MIB = 128;

/**
 * A live pod that requests no CPU or no memory (none at all, or only `"0"`), and what eksize sized it
 * with instead.
 */
export interface PodWithoutRequests {
  readonly namespace: string;
  readonly name: string;
  /** The workload or DaemonSet it went into (its name in the result). */
  readonly owner: string;
  readonly missing: readonly ("cpu" | "memory")[];
  /** What the missing amounts were given: the pod's limits (`limits`, only when it has them) or the defaults. */
  readonly assumed: "default" | "limits";
  /** The pod as planned, pod overhead included: CPU in millicores. */
  readonly cpuMillicores: number;
  /** The pod as planned, pod overhead included: memory in MiB. */
  readonly memoryMiB: number;
}

/** Where an imported workload or DaemonSet came from. */
export interface ImportedOwner {
  /** Its name in the result (`workloads` or `daemonSets`). */
  readonly name: string;
  readonly namespace: string;
  readonly kind: OwnerKind;
  /** Its name in the cluster. */
  readonly ownerName: string;
  /** Live (running or pending) pods found. */
  readonly pods: number;
  /** Where `replicas` came from: the controller's `spec.replicas` in the workloads list, or the live pods counted. */
  readonly replicasFrom: "spec" | "pods";
}

/** Live pods of one owner left out of the plan, and why (see `NotOnEks`). */
export interface LeftOutPods {
  readonly namespace: string;
  readonly kind: OwnerKind;
  /** The owner's name in the cluster (the pod's own name for a static pod). */
  readonly name: string;
  readonly pods: number;
  readonly reason: NotOnEks;
}

/** What {@link importKubernetes} builds. */
export interface KubeImport {
  readonly workloads: readonly Workload[];
  readonly daemonSets: readonly DaemonSet[];
  /** Parallel to `workloads` then `daemonSets`: where each came from. */
  readonly owners: readonly ImportedOwner[];
  /** Null when no nodes list was given. */
  readonly nodes: NodeSummary | null;
  readonly podsWithoutRequests: readonly PodWithoutRequests[];
  /** Live (running or pending) pods imported: the sum of the owners' `pods`. */
  readonly livePods: number;
  /** Pods left out: `completed` (phase Succeeded or Failed) and `finishedJobs` (live pods of a finished Job). */
  readonly skipped: { readonly completed: number; readonly finishedJobs: number };
  /** Live pods left out because EKS has no such thing (the control plane's), by owner, ordered by name then namespace. */
  readonly leftOut: readonly LeftOutPods[];
  /**
   * Warnings: `kube-requests-differ`, `kube-name-changed`, `kube-several-accelerators`, the spread's
   * and the budgets' (`kube-spread-*`, `kube-pdb-several`), the autoscalers' (`kube-hpa-*`) and the
   * CronJobs' (`kube-cronjob-*`).
   */
  readonly issues: readonly CoreIssue[];
}

/** The texts to import: kubectl's JSON output. */
export interface KubeImportInput {
  /** `kubectl get pods -A -o json`. */
  readonly pods: string;
  /** `kubectl get deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,replicationcontrollers -A -o json`, optional. */
  readonly workloads?: string;
  /** `kubectl get nodes -o json`, optional. */
  readonly nodes?: string;
  /** `kubectl get pdb -A -o json` (PodDisruptionBudgets), optional. */
  readonly pdbs?: string;
  /** `kubectl get hpa -A -o json` (HorizontalPodAutoscalers, `autoscaling/v2` or `v1`), optional. */
  readonly hpas?: string;
}

/** One owner's live pods, gathered. */
interface Group {
  readonly kind: OwnerKind;
  readonly namespace: string;
  readonly ownerName: string;
  readonly replicas: number | null;
  pods: number;
  amounts: Amounts;
  variants: Set<string>;
  hostNetwork: boolean;
  privileged: boolean;
  architecture: Workload["architecture"];
  /** The labels all its pods share (null before the first pod): what selectors are matched against. */
  labels: Labels | null;
  /** Its first pod's spread constraints and required anti-affinity. */
  scheduling: PodScheduling | null;
  readonly withoutRequests: Omit<PodWithoutRequests, "owner">[];
}

const NAME_MAX = 63;

/**
 * Builds a scenario's workloads and DaemonSets from a cluster's kubectl output, and sums up its nodes.
 *
 * - Pods are grouped by owner (see `podOwner`): Deployments (through their ReplicaSets), StatefulSets,
 *   Jobs or CronJobs, ReplicationControllers, and bare pods by their own name; each DaemonSet becomes a
 *   scenario DaemonSet.
 * - Requests per pod are the scheduler's (see `podFacts`): the larger of the init containers and the sum
 *   of the app containers and sidecars, or the pod-level resources where the pod has them, plus pod
 *   overhead. Accelerators are the devices of `ACCELERATOR_RESOURCES` the containers request or limit:
 *   the workload's `accelerator` and `gpus` (with several kinds in one pod, the first, and warning
 *   `kube-several-accelerators`). When an owner's pods differ, each amount is the largest of its pods'
 *   (warning `kube-requests-differ`).
 * - `replicas` is the controller's `spec.replicas` when the workloads list gives it (what the cluster is
 *   meant to run), else the live pods counted; `owners` says which.
 * - `architecture` comes from a `kubernetes.io/arch` node selector or required node affinity, on any of
 *   the owner's pods; `hostNetwork` and `privileged` likewise. `fargate` is true and `nodeGroup` null,
 *   the scenario's defaults.
 * - `zoneSpread` and `maxPodsPerNode` come from the first pod's `topologySpreadConstraints` and required
 *   `podAntiAffinity` whose selectors select the labels all the owner's pods share (see `plannedSpread`:
 *   rules it cannot plan, or that count other pods, are warnings). `disruptionBudget` is the
 *   PodDisruptionBudget of the `pdbs` list (when given) that selects them in their namespace (see `budgetOf`).
 * - `autoscaling` comes from the HorizontalPodAutoscaler of the `hpas` list (when given) whose
 *   `scaleTargetRef` names the owner (its kind and name, in the autoscaler's namespace): its
 *   `minReplicas` (default 1) and `maxReplicas`, and a profile holding its current replicas all week
 *   (see `autoscalingOf`); `replicas` stays what was observed. Autoscalers that are malformed, whose
 *   range is reversed, whose target has no live pods, or that share a target are warnings
 *   (`kube-hpa-*`), and the import goes on.
 * - A CronJob of the workloads list whose Jobs' pods are among the pods is a workload whose
 *   `autoscaling` is its batch window (see `batchWindow`): 0 pods to its Job's parallelism, 100% in the
 *   hours its schedule starts a Job and the Job runs. A CronJob with no pods (no Job running when the
 *   pods were listed) is left out with note `kube-cronjob-without-pods`, as every owner without pods
 *   is: the import sizes workloads from their pods, never from a pod template.
 * - Pods in phase Succeeded or Failed, and live pods of a Job the workloads list shows finished, are left
 *   out and counted. So are the control plane's static pods and DaemonSets that run only on control-plane
 *   nodes, which EKS does not have (`leftOut`, with the reason; see `NotOnEks`); their requests still
 *   count in today's nodes. Pods that request no CPU or no memory (none, or `"0"`) are listed, each with what it
 *   was given: what `options` says, plus its overhead.
 * - Names are the owners', made unique with their namespace (`namespace/name`) where two share one, and
 *   cut to 63 characters (warning `kube-name-changed`).
 *
 * All or nothing, and never throws: any text that is not JSON (`kube-json-syntax`, with where it breaks;
 * `kube-json-several-documents`), not a kubectl list or object (`kube-not-a-list`), a list of what
 * belongs in another input or in none (`kube-wrong-list`: a NodeList given as the pods; see
 * `readKubeJson` for lists whose items have no `kind`), with `items: null` (`kube-list-items-null`) or
 * items of another kind (`kube-unexpected-kind`), with a field of the wrong type
 * (`kube-field-invalid`) or an unreadable quantity (`kube-quantity-invalid`), each with its path, fails
 * the whole import; so does a result the scenario schema refuses (its issues, e.g. over 5,000 workloads).
 *
 * @example
 * importKubernetes({ pods: '{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"web","namespace":"a"},"spec":{"containers":[{"resources":{"requests":{"cpu":"250m","memory":"512Mi"}}}]},"status":{"phase":"Running"}}]}' })
 * // { ok: true, value: { workloads: [{ name: "web", replicas: 1, cpuMillicores: 250, memoryMiB: 512, ... }], ... } }
 */
export function importKubernetes(input: KubeImportInput, options: KubeImportOptions = {}): Result<KubeImport> {
  const pods = readKubeJson(input.pods, "pods", ["Pod"]);
  if (!pods.ok) return pods;
  let controllers: Controllers | null = null;
  if (input.workloads !== undefined) {
    const list = readKubeJson(input.workloads, "workloads", WORKLOAD_KINDS);
    if (!list.ok) return list;
    const fields = new FieldReader("workloads");
    controllers = readControllers(fields, list.value);
    if (fields.issues.length > 0) return { ok: false, issues: fields.issues };
  }
  let budgets: Budgets = new Map();
  if (input.pdbs !== undefined) {
    const list = readKubeJson(input.pdbs, "pdbs", ["PodDisruptionBudget"]);
    if (!list.ok) return list;
    const fields = new FieldReader("pdbs");
    budgets = readDisruptionBudgets(fields, list.value);
    if (fields.issues.length > 0) return { ok: false, issues: fields.issues };
  }
  let autoscalers: Autoscalers = { byTarget: new Map(), issues: [] };
  if (input.hpas !== undefined) {
    const list = readKubeJson(input.hpas, "hpas", ["HorizontalPodAutoscaler"]);
    if (!list.ok) return list;
    const fields = new FieldReader("hpas");
    autoscalers = readAutoscalers(fields, list.value);
    if (fields.issues.length > 0) return { ok: false, issues: fields.issues };
  }
  let nodes = null;
  if (input.nodes !== undefined) {
    const list = readKubeJson(input.nodes, "nodes", ["Node"]);
    if (!list.ok) return list;
    const fields = new FieldReader("nodes");
    nodes = readNodes(fields, list.value.items, list.value.prefix);
    if (fields.issues.length > 0) return { ok: false, issues: fields.issues };
  }

  const fields = new FieldReader("pods");
  const groups = new Map<string, Group>();
  const skipped = { completed: 0, finishedJobs: 0 };
  const leftOut = new Map<string, { -readonly [K in keyof LeftOutPods]: LeftOutPods[K] }>();
  const nodeNames = nodes === null ? null : new Set(nodes.map((node) => node.name));
  const controlPlaneNodes =
    nodes === null ? null : new Set(nodes.filter((node) => node.controlPlane).map((node) => node.name));
  const requested = { cpuMillicores: 0, memoryMiB: 0 };
  const { items, prefix } = pods.value;
  items.forEach((pod, index) => {
    const path = prefix === null ? "" : `${prefix}${index}`;
    const metadataPath = join(path, "metadata");
    const metadata = fields.object(pod, "metadata", path);
    const name = fields.string(metadata, "name", metadataPath, true) ?? "";
    const namespace = fields.string(metadata, "namespace", metadataPath) ?? "default";
    const labels = fields.object(metadata, "labels", metadataPath);
    const hash = typeof labels["pod-template-hash"] === "string" ? labels["pod-template-hash"] : null;
    const status = fields.object(pod, "status", path);
    const phase = fields.string(status, "phase", join(path, "status"));
    const spec = fields.object(pod, "spec", path);
    const specPath = join(path, "spec");
    const facts = podFacts(fields, spec, specPath);
    const nodeName = fields.string(spec, "nodeName", specPath);
    if (phase === "Succeeded" || phase === "Failed") {
      skipped.completed++;
      return;
    }
    const controller = controllerOf(fields, metadata, metadataPath);
    const owner = podOwner(controller, namespace, name, hash, controllers);
    if (owner.finishedJob) {
      skipped.finishedJobs++;
      return;
    }
    if (nodeName !== null && (nodeNames === null || nodeNames.has(nodeName))) {
      requested.cpuMillicores += facts.requests.cpuMillicores;
      requested.memoryMiB += facts.requests.memoryMiB;
    }
    const key = controllerKey(owner.kind, namespace, owner.name);
    const notOnEks: NotOnEks | null = isControlPlaneStaticPod(
      metadata,
      controller?.kind ?? null,
      nodeName,
      controlPlaneNodes,
    )
      ? "control-plane-static-pod"
      : owner.kind === "DaemonSet" && runsOnlyOnControlPlane(spec)
        ? "control-plane-daemonset"
        : null;
    if (notOnEks !== null) {
      const entry = leftOut.get(key) ?? { namespace, kind: owner.kind, name: owner.name, pods: 0, reason: notOnEks };
      entry.pods++;
      leftOut.set(key, entry);
      return;
    }
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        kind: owner.kind,
        namespace,
        ownerName: owner.name,
        replicas: owner.replicas,
        pods: 0,
        amounts: NO_AMOUNTS,
        variants: new Set(),
        hostNetwork: false,
        privileged: false,
        architecture: null,
        labels: null,
        scheduling: null,
        withoutRequests: [],
      };
      groups.set(key, group);
    }
    const podLabels = new Map(
      Object.entries(labels).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    group.labels = commonLabels(group.labels, podLabels);
    group.scheduling ??= readScheduling(fields, spec, specPath, namespace);
    const amounts = assume(facts, options, group, namespace, name);
    group.pods++;
    group.amounts = largest(group.amounts, amounts);
    group.variants.add(`${amounts.cpuMillicores}/${amounts.memoryMiB}/${amounts.devices.join(",")}`);
    group.hostNetwork ||= facts.hostNetwork;
    group.privileged ||= facts.privileged;
    group.architecture ??= facts.architecture;
  });
  if (fields.issues.length > 0) return { ok: false, issues: fields.issues };
  const leftOutPods = [...leftOut.values()].sort(
    (a, b) => compare(a.name, b.name) || compare(a.namespace, b.namespace),
  );
  return build(
    [...groups.values()],
    { skipped, leftOut: leftOutPods },
    nodes === null ? null : summariseNodes(nodes, requested),
    budgets,
    autoscalers,
    controllers,
  );
}

/**
 * A pod's amounts with what `options` assumes for a resource it requests none of (its limits in
 * `limits` mode when it has them, else the default; its overhead added either way); lists the pod.
 */
function assume(facts: PodFacts, options: KubeImportOptions, group: Group, namespace: string, name: string): Amounts {
  const missing: ("cpu" | "memory")[] = [];
  if (facts.missing.cpu) missing.push("cpu");
  if (facts.missing.memory) missing.push("memory");
  if (missing.length === 0) return facts.requests;
  const fromLimits = options.withoutRequests === "limits" ? facts.requestsOrLimits : facts.requests;
  // A limit was found when the amount is more than the overhead that every view includes.
  const cpuLimit = facts.missing.cpu && fromLimits.cpuMillicores > facts.overhead.cpuMillicores;
  const memoryLimit = facts.missing.memory && fromLimits.memoryMiB > facts.overhead.memoryMiB;
  const amounts: Amounts = {
    cpuMillicores: !facts.missing.cpu
      ? facts.requests.cpuMillicores
      : cpuLimit
        ? fromLimits.cpuMillicores
        : (options.defaultCpuMillicores ?? DEFAULT_ASSUMED_CPU_MILLICORES) + facts.overhead.cpuMillicores,
    memoryMiB: !facts.missing.memory
      ? facts.requests.memoryMiB
      : memoryLimit
        ? fromLimits.memoryMiB
        : (options.defaultMemoryMiB ?? DEFAULT_ASSUMED_MEMORY_MIB) + facts.overhead.memoryMiB,
    devices: facts.requests.devices,
  };
  const fromDefault = (facts.missing.cpu && !cpuLimit) || (facts.missing.memory && !memoryLimit);
  group.withoutRequests.push({
    namespace,
    name,
    missing,
    assumed: fromDefault ? "default" : "limits",
    cpuMillicores: amounts.cpuMillicores,
    memoryMiB: amounts.memoryMiB,
  });
  return amounts;
}

/** The accelerator kind and count of an owner's pods: the first kind they ask for, and the others (a warning). */
function acceleratorOf(devices: Devices): { accelerator: AcceleratorResource; gpus: number; others: string[] } {
  const asked = ACCELERATOR_RESOURCES.filter((_, index) => (devices[index] ?? 0) > 0);
  const [first = "nvidia.com/gpu", ...others] = asked;
  return { accelerator: first, gpus: devices[ACCELERATOR_RESOURCES.indexOf(first)] ?? 0, others };
}

/** Names the groups, makes workloads and DaemonSets of them, and checks the result against the scenario schema. */
function build(
  groups: Group[],
  { skipped, leftOut }: Pick<KubeImport, "skipped" | "leftOut">,
  nodes: NodeSummary | null,
  budgets: Budgets,
  autoscalers: Autoscalers,
  controllers: Controllers | null,
): Result<KubeImport> {
  const issues: CoreIssue[] = [];
  const daemonGroups = groups.filter((g) => g.kind === "DaemonSet");
  const workloadGroups = groups.filter((g) => g.kind !== "DaemonSet");
  const sortGroups = (list: Group[]) =>
    list.sort(
      (a, b) => compare(a.ownerName, b.ownerName) || compare(a.namespace, b.namespace) || compare(a.kind, b.kind),
    );
  const workloadNames = names(sortGroups(workloadGroups), issues);
  const daemonNames = names(sortGroups(daemonGroups), issues);
  const owners: ImportedOwner[] = [];
  const podsWithoutRequests: PodWithoutRequests[] = [];
  const record = (group: Group, name: string) => {
    if (group.variants.size > 1)
      issues.push({ code: "kube-requests-differ", params: { name, variants: group.variants.size } });
    owners.push({
      name,
      namespace: group.namespace,
      kind: group.kind,
      ownerName: group.ownerName,
      pods: group.pods,
      replicasFrom: group.replicas === null ? "pods" : "spec",
    });
    for (const pod of group.withoutRequests) podsWithoutRequests.push({ ...pod, owner: name });
  };
  const workloads = workloadGroups.map((group, i): Workload => {
    const name = workloadNames[i] ?? group.ownerName;
    record(group, name);
    const { accelerator, gpus, others } = acceleratorOf(group.amounts.devices);
    if (others.length > 0) {
      issues.push({
        code: "kube-several-accelerators",
        params: { name, used: accelerator, ignored: others.join(", ") },
      });
    }
    const labels = group.labels ?? new Map<string, string>();
    const spread = plannedSpread(name, group.scheduling ?? [], labels);
    const { budget, issue } = budgetOf(budgets, name, group.namespace, labels);
    const replicas = group.replicas ?? group.pods;
    const scaling = autoscalingOf(autoscalers, keyOf(group), name, replicas);
    const cronJob = controllers?.get(keyOf(group))?.cronJob ?? null;
    const window = cronJob === null ? null : batchWindow(cronJob, name);
    issues.push(
      ...spread.issues,
      ...[issue, scaling.issue].filter((found) => found !== null),
      ...(window?.issues ?? []),
    );
    return {
      name,
      replicas,
      cpuMillicores: group.amounts.cpuMillicores,
      memoryMiB: group.amounts.memoryMiB,
      architecture: group.architecture,
      gpus,
      accelerator,
      hostNetwork: group.hostNetwork,
      privileged: group.privileged,
      fargate: true,
      nodeGroup: null,
      zoneSpread: spread.zoneSpread,
      maxPodsPerNode: spread.maxPodsPerNode,
      disruptionBudget: budget,
      autoscaling: scaling.autoscaling ?? window?.autoscaling ?? null,
    };
  });
  const imported = new Set(workloadGroups.map(keyOf));
  issues.push(...autoscalers.issues, ...unmatchedAutoscalers(autoscalers, imported));
  for (const [key, controller] of controllers ?? []) {
    if (controller.cronJob !== null && !imported.has(key)) {
      const { name, namespace } = controller.cronJob;
      issues.push({ code: "kube-cronjob-without-pods", params: { cronJob: name, namespace } });
    }
  }
  const daemonSets = daemonGroups.map((group, i): DaemonSet => {
    const name = daemonNames[i] ?? group.ownerName;
    record(group, name);
    return {
      name,
      cpuMillicores: group.amounts.cpuMillicores,
      memoryMiB: group.amounts.memoryMiB,
      hostNetwork: group.hostNetwork,
    };
  });
  const checked = validateScenario({ version: SCENARIO_VERSION, region: "us-east-1", workloads, daemonSets });
  if (!checked.ok) return checked;
  const livePods = owners.reduce((sum, owner) => sum + owner.pods, 0);
  return {
    ok: true,
    value: { workloads, daemonSets, owners, livePods, nodes, podsWithoutRequests, skipped, leftOut, issues },
  };
}

/** A group's key among the controllers (`controllerKey`), which an autoscaler's target is matched to. */
function keyOf(group: Group): string {
  return controllerKey(group.kind, group.namespace, group.ownerName);
}

/** Code-unit order, the same in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Scenario names for the groups, in order: the owner's name, or `namespace/name` when another group
 * has the same name, cut to 63 characters and made unique with a `~2`, `~3`... ending if cutting
 * made two the same.
 */
function names(groups: readonly Group[], issues: CoreIssue[]): string[] {
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group.ownerName, (counts.get(group.ownerName) ?? 0) + 1);
  const taken = new Set<string>();
  return groups.map((group) => {
    const original = group.ownerName;
    let name = (counts.get(original) ?? 0) > 1 ? `${group.namespace}/${original}` : original;
    if (name.length > NAME_MAX) name = name.slice(0, NAME_MAX);
    if (name === "") name = "pod";
    const base = name;
    for (let n = 2; taken.has(name); n++) name = `${base.slice(0, NAME_MAX - String(n).length - 1)}~${n}`;
    taken.add(name);
    if (name !== original)
      issues.push({ code: "kube-name-changed", params: { name, namespace: group.namespace, original } });
    return name;
  });
}
