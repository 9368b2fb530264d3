import type { CoreIssue } from "../errors.js";
import type { NodeGroupPlan } from "./plan.js";

/**
 * The node groups whose DaemonSets ask for more than one node has: for each group sized with a type,
 * every resource (`cpu` in millicores, `memory` in MiB, `pods` in slots) where the DaemonSets'
 * requests on a node exceed the type's allocatable with the group's settings, as a
 * `daemonsets-exceed-node` issue.
 *
 * This is the only way a planned node goes over 100% of a resource: the packer fills the workloads
 * into what the DaemonSets leave, never beyond it (`packPods`), so a node holds more than its
 * allocatable only when the DaemonSets alone do, and then every node of the group does, and the
 * group's pods that need that resource cannot run there. The kubelet admits a pod only when its
 * requests fit the node's allocatable (Kubernetes, "Node Allocatable"), so on a real node some
 * DaemonSet pods would stay Pending.
 *
 * @example
 * daemonSetsOverNodes(planCluster(scenario, catalog).nodeGroups)
 * // [{ code: "daemonsets-exceed-node", params: { nodeGroup: "small", instanceType: "t3.medium", resource: "cpu", requested: 2500, allocatable: 1930 } }]
 */
export function daemonSetsOverNodes(plans: readonly NodeGroupPlan[]): CoreIssue[] {
  return plans.flatMap((plan) => {
    const { instanceType, allocatable: node } = plan;
    if (instanceType === null || node === null) return [];
    const overhead = plan.daemonSetOverhead;
    const resources = [
      ["cpu", overhead.cpuMillicores, node.cpuMillicores],
      ["memory", overhead.memoryMiB, node.memoryMiB],
      ["pods", overhead.pods, node.pods],
    ] as const;
    return resources
      .filter(([, requested, allocatable]) => requested > allocatable)
      .map(([resource, requested, allocatable]) => ({
        code: "daemonsets-exceed-node" as const,
        params: { nodeGroup: plan.name, instanceType, resource, requested, allocatable },
      }));
  });
}
