import { AUTO_MODE_NODE_EXPIRY_HOURS, AUTO_MODE_NODE_MAXIMUM_DAYS } from "../plan/auto-mode-rules.js";
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
  return [...privateClusterFindings(input), ...autoModeExpiryFindings(input)];
}

function privateClusterFindings(input: AdviceInput): Finding[] {
  const { cluster, nodeGroups } = input.scenario;
  if (!cluster.privateCluster || cluster.autoscaler !== "cluster-autoscaler") return [];
  const instanceTypes = [...new Set(nodeGroups.flatMap((group) => group.instanceTypes))];
  if (instanceTypes.length === 0) return [];
  return [finding("advice-private-cluster-autoscaler", "warning", null, { instanceTypes })];
}

/**
 * `advice-auto-mode-node-expiry`, once when EKS Auto Mode runs nodes of the plan: Auto Mode replaces
 * every node after {@link AUTO_MODE_NODE_EXPIRY_HOURS} hours (at most {@link AUTO_MODE_NODE_MAXIMUM_DAYS}
 * days; EKS User Guide `automode/create-node-pool.adoc` and `automode/automode.adoc`), draining it:
 * every pod on nodes is evicted at least that often. The params name the workloads on those nodes
 * without a PodDisruptionBudget, which a drain may take down all at once.
 */
function autoModeExpiryFindings(input: AdviceInput): Finding[] {
  const { scenario, plan } = input;
  if (scenario.cluster.autoscaler !== "auto-mode") return [];
  const onNodes = new Set(plan.nodeGroups.filter((group) => group.nodes > 0).flatMap((group) => group.workloads));
  if (onNodes.size === 0) return [];
  return [
    finding("advice-auto-mode-node-expiry", "info", null, {
      expiryHours: AUTO_MODE_NODE_EXPIRY_HOURS,
      maximumDays: AUTO_MODE_NODE_MAXIMUM_DAYS,
      workloads: scenario.workloads
        .filter((workload) => onNodes.has(workload.name) && workload.replicas > 0 && workload.disruptionBudget === null)
        .map((workload) => workload.name),
    }),
  ];
}
