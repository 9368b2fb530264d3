/**
 * A plan's entities in words, for the site and the command line alike: a strategy's name, why pods
 * cannot be scheduled, Fargate pods and unschedulable pods as the plan lists them.
 */
import {
  EKS_NODE_DAEMONSETS,
  type AcceleratorResource,
  type ClusterPlan,
  type FargateWorkloadPlan,
  type Strategy,
  type UnschedulablePods,
  type UnschedulableReason,
} from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import { nodesPerZone } from "./node-fill.js";

/** How many instance types the ranking shows, in the site and in `eksize plan`. */
export const RANKING_SIZE = 10;

/** A strategy's name, with the node group and its type for the cheapest-type one. */
export function strategyName(t: Translate, strategy: Pick<Strategy, "id" | "ranked">): string {
  if (strategy.id === "cheapest-type") {
    return t("strategy.cheapest-type", {
      nodeGroup: strategy.ranked?.nodeGroup ?? "—",
      instanceType: strategy.ranked?.instanceType ?? "—",
    });
  }
  return t(`strategy.${strategy.id}`);
}

/** An accelerator kind in words: "NVIDIA GPU", "NeuronCore". */
export function acceleratorName(t: Translate, resource: AcceleratorResource): string {
  return t(`accelerator.${resource}`);
}

/** Why pods cannot be scheduled, in words. */
export function unschedulableReason(t: Translate, reason: UnschedulableReason): string {
  switch (reason.kind) {
    case "exceeds-node":
      if (reason.resource === "gpus") {
        return t("unschedulable.exceeds-node.gpus", {
          devices: String(reason.devices),
          accelerator: acceleratorName(t, reason.accelerator),
          resource: reason.accelerator,
        });
      }
      return t(`unschedulable.exceeds-node.${reason.resource}`);
    case "no-node-group":
      return t("unschedulable.no-node-group");
    case "max-nodes":
      return t("unschedulable.max-nodes", { maxNodes: reason.maxNodes });
    case "max-pods-per-node":
      return t("unschedulable.max-pods-per-node", { perNode: reason.maxPodsPerNode, maxNodes: reason.maxNodes });
    case "fargate":
      return t(`unschedulable.fargate.${reason.ineligibility}`);
  }
}

/** One workload's unschedulable pods: "web: 3 pods. A pod needs more CPU than …". */
export function unschedulableEntry(t: Translate, format: Formatters, entry: UnschedulablePods): string {
  return t("planner.plan.unschedulableEntry", {
    workload: entry.workload,
    pods: format.integer(entry.pods),
    reason: unschedulableReason(t, entry.reason),
  });
}

/** A zone by its number, from 1: "Zone 2". */
export function zoneName(t: Translate, zone: number): string {
  return t("network.zone", { zone: String(zone + 1) });
}

/**
 * The nodes of a group planned zone by zone, in words: "Zone 1: 2, Zone 2: 1, Zone 3: 1"; null when it
 * was planned as one pool.
 */
export function zoneNodesText(
  t: Translate,
  format: Formatters,
  group: Parameters<typeof nodesPerZone>[0],
): string | null {
  return (
    nodesPerZone(group)
      ?.map((nodes, zone) => `${zoneName(t, zone)}: ${format.integer(nodes)}`)
      .join(", ") ?? null
  );
}

/** One workload's Fargate pods: "email-worker: 2 pods of 0.25 vCPU and 1 GB". */
export function fargateEntry(t: Translate, format: Formatters, entry: FargateWorkloadPlan): string {
  return t("planner.plan.fargatePods", {
    workload: entry.workload,
    pods: format.integer(entry.pods),
    vcpu: format.decimal(entry.size.vcpu),
    memory: format.decimal(entry.size.memoryGB),
  });
}

/**
 * Why the plan counts DaemonSets the scenario does not list (aws-node, kube-proxy): "Counted on every
 * node although the scenario does not list them: aws-node (50m CPU), …"; null when it lists them all.
 */
export function addedDaemonSetsNote(
  t: Translate,
  format: Formatters,
  plan: Pick<ClusterPlan, "addedDaemonSets">,
): string | null {
  if (plan.addedDaemonSets.length === 0) return null;
  const added = EKS_NODE_DAEMONSETS.filter((daemonSet) => plan.addedDaemonSets.includes(daemonSet.name));
  return t("planner.plan.addedDaemonSets", {
    daemonSets: added
      .map((daemonSet) =>
        t("planner.plan.addedDaemonSet", { name: daemonSet.name, cpu: format.millicores(daemonSet.cpuMillicores) }),
      )
      .join(", "),
  });
}

/**
 * Nodes by instance type in words, most first: "5 × m6a.xlarge, 2 × c6a.xlarge"; "—" without nodes.
 *
 * @example nodesByTypeText(formatter, [{ instanceType: "m5.2xlarge", nodes: 2 }]) // "2 × m5.2xlarge"
 */
export function nodesByTypeText(
  format: Pick<Formatters, "integer">,
  entries: readonly { readonly instanceType: string; readonly nodes: number }[],
): string {
  if (entries.length === 0) return "—";
  return entries.map((entry) => `${format.integer(entry.nodes)} × ${entry.instanceType}`).join(", ");
}
