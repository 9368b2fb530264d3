import { fargateIneligibility } from "../plan/fargate.js";
import type { ClusterPlan } from "../plan/plan.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * DaemonSets left out of `advice-fargate-daemonsets`: the VPC CNI (`aws-node`) and `kube-proxy`, EKS
 * add-ons whose work Fargate does itself for its pods (EKS user guide, `fargate`).
 */
export const FARGATE_PROVIDED_DAEMONSETS: readonly string[] = ["aws-node", "kube-proxy"];

/** The workloads the plan runs on Fargate with at least one pod, in the plan's (the scenario's) order. */
export function fargateWorkloads(plan: ClusterPlan): string[] {
  return plan.fargate.filter((entry) => entry.pods > 0).map((entry) => entry.workload);
}

/**
 * Fargate findings (EKS user guide, `fargate` considerations; eks-formulas.md §4):
 *
 * - `advice-fargate-unsupported`, per workload (in the scenario's order) that a Fargate profile selects
 *   but EKS Fargate cannot run (`fargateIneligibility`: DaemonSet, GPUs, privileged, host network,
 *   arm64, too large), with the first profile that selects it;
 * - `advice-fargate-daemonsets`, once when Fargate runs pods: the scenario's DaemonSets, except
 *   {@link FARGATE_PROVIDED_DAEMONSETS}, do not run on Fargate pods; what they do for a pod (logs,
 *   metrics, security agents) needs a sidecar there.
 */
export function fargateFindings(input: AdviceInput): Finding[] {
  const { scenario, plan, catalog } = input;
  const findings = scenario.workloads.flatMap((workload) => {
    const profile = scenario.fargateProfiles.find((candidate) => candidate.workloads.includes(workload.name));
    const reason = profile === undefined ? null : fargateIneligibility(workload, catalog.services.fargate);
    return profile === undefined || reason === null
      ? []
      : [finding("advice-fargate-unsupported", "warning", workload.name, { profile: profile.name, reason })];
  });
  const onFargate = fargateWorkloads(plan);
  const daemonSets = scenario.daemonSets
    .map((daemonSet) => daemonSet.name)
    .filter((name) => !FARGATE_PROVIDED_DAEMONSETS.includes(name));
  if (onFargate.length > 0 && daemonSets.length > 0) {
    findings.push(finding("advice-fargate-daemonsets", "warning", null, { daemonSets, fargateWorkloads: onFargate }));
  }
  return findings;
}
