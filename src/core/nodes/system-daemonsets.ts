import type { DaemonSet, Scenario } from "../scenario/scenario.js";

/**
 * The DaemonSets every EKS node runs whatever the scenario says, with their requests as EKS installs
 * them: `aws-node` (the VPC CNI: the `aws-node` and `aws-eks-nodeagent` containers request 25m CPU
 * each since VPC CNI v1.14, amazon-vpc-cni-k8s `config/master/aws-k8s-cni.yaml`; no memory request)
 * and `kube-proxy` (100m CPU, no memory request, the EKS add-on's manifest). Both run with
 * `hostNetwork`: they are the `+2` of the max-pods formula, two pod slots without a VPC address.
 */
export const EKS_NODE_DAEMONSETS: readonly DaemonSet[] = [
  { name: "aws-node", cpuMillicores: 50, memoryMiB: 0, hostNetwork: true },
  { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
];

/**
 * The DaemonSets of {@link EKS_NODE_DAEMONSETS} that a scenario does not list by name: the ones eksize
 * adds to every node, in that order. A scenario that lists one keeps its own requests for it.
 *
 * @example addedNodeDaemonSets({ ...defaultScenario, daemonSets: [] }).map((d) => d.name) // ["aws-node", "kube-proxy"]
 */
export function addedNodeDaemonSets(scenario: Pick<Scenario, "daemonSets">): readonly DaemonSet[] {
  const listed = new Set(scenario.daemonSets.map((daemonSet) => daemonSet.name));
  return EKS_NODE_DAEMONSETS.filter((daemonSet) => !listed.has(daemonSet.name));
}

/**
 * Every DaemonSet that runs on each node of the scenario: its own, then those of
 * {@link EKS_NODE_DAEMONSETS} it does not list (never one twice).
 *
 * @example nodeDaemonSets(defaultScenario).length // 5: the default lists aws-node and kube-proxy itself
 */
export function nodeDaemonSets(scenario: Pick<Scenario, "daemonSets">): readonly DaemonSet[] {
  return [...scenario.daemonSets, ...addedNodeDaemonSets(scenario)];
}
