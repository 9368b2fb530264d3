import { compareVersions } from "../catalog/control-plane-tiers.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * The end of Amazon Linux 2 on EKS (EKS user guide `nodes/eks-ami-deprecation-faqs.adoc`): EKS
 * released its last AL2 AMIs on `amiEndOfSupport`, for Kubernetes `lastVersion` at most; Amazon Linux
 * 2 itself ends on `endOfLife`. AL2 runs cgroup v1, which the kubelet refuses by default from
 * Kubernetes `cgroupV1RefusedFrom` (KEP-5573: `failCgroupV1` defaults to true; kubernetes/enhancements
 * `keps/sig-node/5573-remove-cgroup-v1`).
 */
export const AMAZON_LINUX_2_ON_EKS = {
  amiEndOfSupport: "2025-11-26",
  lastVersion: "1.32",
  endOfLife: "2026-06-30",
  cgroupV1RefusedFrom: "1.35",
} as const;

/**
 * `advice-amazon-linux-2`: a node group on Amazon Linux 2 (`amazonLinux: "2"`) and what replaces it,
 * AL2023 (the same reservations and max pods in eksize's plan) or Bottlerocket, with what the
 * cluster's Kubernetes version adds: no EKS AL2 AMI exists for it (`noAmi`), and its kubelet refuses
 * AL2's cgroup v1 (`cgroupV1Refused`).
 */
export function amazonLinux2Findings(input: AdviceInput): Finding[] {
  const version = input.scenario.cluster.kubernetesVersion;
  const from = (edge: string, after: number) => version !== null && compareVersions(version, edge) >= after;
  return input.scenario.nodeGroups
    .filter((group) => group.amazonLinux === "2" && group.profile !== "bottlerocket")
    .map((group) =>
      finding("advice-amazon-linux-2", "warning", group.name, {
        kubernetesVersion: version,
        ...AMAZON_LINUX_2_ON_EKS,
        noAmi: from(AMAZON_LINUX_2_ON_EKS.lastVersion, 1),
        cgroupV1Refused: from(AMAZON_LINUX_2_ON_EKS.cgroupV1RefusedFrom, 0),
      }),
    );
}
