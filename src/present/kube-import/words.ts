/**
 * What a kubectl import found, in words, for the site's import page and `eksize import` alike.
 */
import type { KubeImport, LeftOutPods, NodeSummary, PodWithoutRequests } from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";

/** "12 workloads and 3 DaemonSets from 40 running or pending pods." */
export function importSummary(t: Translate, format: Formatters, result: KubeImport): string {
  return t("import.summary", {
    workloads: format.integer(result.workloads.length),
    daemonSets: format.integer(result.daemonSets.length),
    pods: format.integer(result.livePods),
  });
}

/** "Left out: 2 completed pods and 1 pods of finished Jobs." */
export function importSkipped(t: Translate, format: Formatters, result: KubeImport): string {
  return t("import.skipped", {
    completed: format.integer(result.skipped.completed),
    finishedJobs: format.integer(result.skipped.finishedJobs),
  });
}

/** The requests a pod lacks, in words: "CPU, memory". */
export function missingRequests(t: Translate, pod: PodWithoutRequests): string {
  return pod.missing.map((resource) => t(`import.resource.${resource}`)).join(", ");
}

/** What a pod without requests was planned with: "100m, 128 MiB (the default)". */
export function plannedWith(t: Translate, format: Formatters, pod: PodWithoutRequests): string {
  return t("import.assumed.amounts", {
    cpu: format.millicores(pod.cpuMillicores),
    memory: format.mib(pod.memoryMiB),
    source: t(`import.assumed.${pod.assumed}`),
  });
}

/** An owner's pods left out of the plan, and why: "kube-system/etcd-cp-1 (Pod, 1 pods): a static pod of the control plane". */
export function leftOutEntry(t: Translate, format: Formatters, entry: LeftOutPods): string {
  return t("import.leftOut.entry", {
    namespace: entry.namespace,
    name: entry.name,
    kind: entry.kind,
    pods: format.integer(entry.pods),
    reason: t(`import.leftOut.${entry.reason}`),
  });
}

/** How much of today's nodes the pods request: "Requested: 3.5 vCPU of 7.7 vCPU allocatable CPU (45.5%) …". */
export function nodesRequested(t: Translate, format: Formatters, nodes: NodeSummary): string {
  return t("import.nodes.use", {
    cpu: format.percent(nodes.utilisationPercent.cpu),
    memory: format.percent(nodes.utilisationPercent.memory),
    requestedCpu: format.millicores(nodes.requested.cpuMillicores),
    allocatableCpu: format.millicores(nodes.allocatable.cpuMillicores),
    requestedMemory: format.gibFromMib(nodes.requested.memoryMiB),
    allocatableMemory: format.gibFromMib(nodes.allocatable.memoryMiB),
  });
}
