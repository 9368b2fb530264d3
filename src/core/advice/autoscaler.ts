import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * `advice-private-cluster-autoscaler`: a private cluster (no internet access from the nodes) that runs
 * Cluster Autoscaler. EKS user guide, `private-clusters`: "make sure that the command line includes
 * --aws-use-static-instance-list=true", and the VPC needs the STS and Auto Scaling endpoints. The flag
 * makes CA use the instance list compiled into its release instead of fetching instance types at run
 * time (kubernetes/autoscaler `cluster-autoscaler/cloudprovider/aws/README.md`, "Use Static Instance
 * List"; eks-formulas.md §6), so that release must know every type the node groups use. The params
 * name the scenario's instance types, once each, in the order of its node groups. No finding without
 * node groups.
 */
export function autoscalerFindings(input: AdviceInput): Finding[] {
  const { cluster, nodeGroups } = input.scenario;
  if (!cluster.privateCluster || cluster.autoscaler !== "cluster-autoscaler") return [];
  const instanceTypes = [...new Set(nodeGroups.flatMap((group) => group.instanceTypes))];
  if (instanceTypes.length === 0) return [];
  return [finding("advice-private-cluster-autoscaler", "warning", null, { instanceTypes })];
}
