/**
 * Where a validation issue is, in words: the core gives the dot path of the value
 * (`network.subnets.0.availabilityZone`), the site says "Availability zone of subnet 1" (or
 * "CPU request of workload “web”" when the form knows the row's name). A path into a kubectl
 * document (the import's `kube-*` issues) is written as a JSON path, `items[13].spec.overhead.cpu`,
 * which finds the value in the pasted text. Never a bare dot path.
 */
import type { CoreIssue, Scenario } from "eksize";
import type { PlainMessageKey, Translate } from "../i18n/index.js";

/** The named lists of a scenario, whose items the words name. */
export type ScenarioList = "workloads" | "daemonSets" | "nodeGroups" | "fargateProfiles";

/** The name of item `index` of a list as the user sees it, when known. */
export type ItemNames = (list: ScenarioList, index: number) => string | undefined;

/** The label of each field, by its path without the item's index (`workloads.cpuMillicores`). */
const FIELD_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  region: "settings.region",
  currency: "currency.label",
  krwPerUsd: "currency.rate",
  name: "scenarios.name",
  "workloads.name": "planner.workload.name",
  "workloads.replicas": "planner.workload.replicas",
  "workloads.cpuMillicores": "planner.workload.cpu",
  "workloads.memoryMiB": "planner.workload.memory",
  "workloads.architecture": "planner.workload.architecture",
  "workloads.gpus": "planner.workload.gpus",
  "workloads.accelerator": "planner.workload.accelerator",
  "workloads.hostNetwork": "planner.workload.hostNetwork",
  "workloads.fargate": "planner.workload.mayUseFargate",
  "workloads.nodeGroup": "planner.workload.nodeGroup",
  "workloads.zoneSpread": "planner.workload.zoneSpread",
  "workloads.zoneSpread.maxSkew": "planner.workload.maxSkew",
  "workloads.zoneSpread.whenUnsatisfiable": "planner.workload.zoneSpread",
  "workloads.maxPodsPerNode": "planner.workload.maxPerNode",
  "workloads.autoscaling": "week.editor.scales",
  "workloads.autoscaling.minReplicas": "week.editor.min",
  "workloads.autoscaling.maxReplicas": "week.editor.max",
  "workloads.autoscaling.profile": "week.editor.profile",
  "daemonSets.name": "planner.workload.name",
  "daemonSets.cpuMillicores": "planner.workload.cpu",
  "daemonSets.memoryMiB": "planner.workload.memory",
  "daemonSets.hostNetwork": "planner.workload.hostNetwork",
  "nodeGroups.name": "planner.nodeGroup.name",
  "nodeGroups.instanceTypes": "planner.nodeGroup.instanceTypes",
  "nodeGroups.capacity.type": "planner.nodeGroup.capacity",
  "nodeGroups.capacity.onDemandBase": "planner.nodeGroup.onDemandBase",
  "nodeGroups.capacity.spotPercentAboveBase": "planner.nodeGroup.spotPercent",
  "nodeGroups.minNodes": "planner.nodeGroup.minNodes",
  "nodeGroups.maxNodes": "planner.nodeGroup.maxNodes",
  "nodeGroups.availabilityZones": "planner.nodeGroup.azs",
  "nodeGroups.maxPods": "planner.nodeGroup.maxPods",
  "nodeGroups.profile": "settings.profile",
  "nodeGroups.amazonLinux": "planner.nodeGroup.amazonLinux",
  "nodeGroups.vmMemoryOverheadPercent": "planner.nodeGroup.vmOverhead",
  "nodeGroups.rootVolume.sizeGiB": "planner.nodeGroup.rootVolume",
  "nodeGroups.rootVolume.type": "planner.nodeGroup.rootVolumeType",
  "nodeGroups.targetUtilisationPercent": "planner.nodeGroup.target",
  "nodeGroups.minValues": "planner.nodeGroup.minValues",
  "nodeGroups.consolidationPolicy": "planner.nodeGroup.consolidation",
  "nodeGroups.network.prefixDelegation": "settings.prefixDelegation",
  "nodeGroups.network.customNetworking": "settings.customNetworking",
  "cluster.supportTier": "planner.cluster.supportTier",
  "cluster.scaleDownDelayMinutes": "week.delay.label",
  "cluster.discounts.savingsPlanType": "week.plan.label",
  "cluster.discounts.savingsPlanDiscountPercent": "week.discount.label",
  "cluster.controlPlaneTier": "planner.cluster.controlPlaneTier",
  "cluster.peakPodsPerSecond": "planner.cluster.peakPodsPerSecond",
  "cluster.peakApiSeats": "planner.cluster.peakApiSeats",
  "cluster.kubernetesVersion": "planner.cluster.kubernetesVersion",
  "cluster.privateCluster": "planner.cluster.privateCluster",
  "cluster.autoscaler": "planner.cluster.autoscaler",
  "cluster.loadBalancers.ingresses": "planner.cluster.ingresses",
  "cluster.loadBalancers.ingressesPerAlb": "planner.cluster.ingressesPerAlb",
  "cluster.loadBalancers.nlbs": "planner.cluster.nlbs",
  "cluster.loadBalancers.nlbTargetType": "planner.cluster.nlbTargetType",
  "cluster.discounts.computeSavingsPercent": "planner.cluster.computeSavings",
  "cluster.discounts.enterpriseDiscountPercent": "planner.cluster.enterpriseDiscount",
  "network.cni": "network.cni.heading",
  "network.cni.warmEniTarget": "network.cni.warmEniTarget",
  "network.cni.warmIpTarget": "network.cni.warmIpTarget",
  "network.cni.minimumIpTarget": "network.cni.minimumIpTarget",
  "network.cni.warmPrefixTarget": "network.cni.warmPrefixTarget",
  "network.cni.maxEni": "network.cni.maxEni",
  "network.subnets.availabilityZone": "network.subnet.availabilityZone",
  "network.subnets.cidr": "network.subnet.cidr",
  "network.subnets.usedAddresses": "network.subnet.used",
  "network.subnets.role": "network.subnet.role",
  "network.securityGroupWorkloads": "planner.workloads.heading",
  "fargateProfiles.workloads": "planner.workloads.heading",
};

const LISTS: readonly ScenarioList[] = ["workloads", "daemonSets", "nodeGroups", "fargateProfiles"];

/** An item of a scenario's list in words: by its name when known, else by its number from 1. */
function itemWords(t: Translate, list: ScenarioList, index: number, names?: ItemNames): string {
  const name = names?.(list, index);
  const n = String(index + 1);
  switch (list) {
    case "workloads":
      return name ? t("field.item.workload", { name }) : t("field.item.workloadN", { n });
    case "daemonSets":
      return name ? t("field.item.daemonSet", { name }) : t("field.item.daemonSetN", { n });
    case "nodeGroups":
      return name ? t("field.item.nodeGroup", { name }) : t("field.item.nodeGroupN", { n });
    case "fargateProfiles":
      return name ? t("field.item.fargateProfile", { name }) : t("field.item.fargateProfileN", { n });
  }
}

/** The first letter in capitals (for English; a Korean letter has no case), for words that start a line. */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether a path segment is an index in a list. */
const isIndex = (segment: string): boolean => /^\d+$/.test(segment);

/** A field the words have no label for is named by its key (`hoursPerMonth`), never by a dotted path. */
const lastKey = (segments: readonly string[]): string | undefined =>
  segments.filter((segment) => !isIndex(segment)).at(-1);

/**
 * The place of an issue in words, or null when it has no path. `names` gives the names of the rows
 * the user sees (the form's); without it, rows are named by their number.
 *
 * @example issuePlace(t, { path: "network.subnets.0.availabilityZone", ... }) // "Availability zone of subnet 1"
 * @example issuePlace(t, { path: "workloads.2.cpuMillicores", ... }, names) // "CPU request of workload “web”"
 */
export function issuePlace(t: Translate, issue: CoreIssue, names?: ItemNames): string | null {
  const path = issue.path ?? "";
  if (path === "") return null;
  if (issue.code.startsWith("kube-")) return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
  const segments = path.split(".");
  // The first number in a path is the index of an item in one of the scenario's lists.
  const at = segments.findIndex(isIndex);
  if (at === -1) {
    const label = FIELD_LABELS[path];
    return label === undefined ? (lastKey(segments) ?? null) : t(label);
  }
  const listPath = segments.slice(0, at).join(".");
  const index = Number(segments[at]);
  const fields = segments.slice(at + 1);
  const list = LISTS.find((name) => name === listPath);
  const item =
    list !== undefined
      ? itemWords(t, list, index, names)
      : listPath === "network.subnets"
        ? t("field.item.subnet", { n: String(index + 1) })
        : null;
  if (item === null) {
    const label = FIELD_LABELS[listPath];
    return label === undefined ? (lastKey(segments) ?? null) : t(label);
  }
  if (fields.length === 0) return capitalised(item);
  // An instance type of a node group is named as its input is: "Instance type 2 of general".
  if (list === "nodeGroups" && fields[0] === "instanceTypes" && fields.length === 2) {
    return t("planner.nodeGroup.instanceTypeN", {
      n: String(Number(fields[1]) + 1),
      group: names?.(list, index) ?? item,
    });
  }
  const label = FIELD_LABELS[`${listPath}.${fields.filter((segment) => !isIndex(segment)).join(".")}`];
  const field = label === undefined ? lastKey(fields) : t(label);
  return field === undefined ? capitalised(item) : t("field.of", { field, item });
}

/** The names of a scenario's rows (a valid one: the plan's, the network advice's). */
export function scenarioNames(scenario: Scenario): ItemNames {
  return (list, index) => scenario[list][index]?.name;
}
