import type { InstanceType } from "../catalog/instance-type.js";

/** eksctl `amiFamily` values eksize exports. */
export type EksctlAmiFamily = "AmazonLinux2023" | "Bottlerocket";

/**
 * The EKS AMI types (`CreateNodegroup` `amiType`) eksctl picks for AL2023 and Bottlerocket managed
 * node groups (eksctl `pkg/apis/eksctl.io/v1alpha5/amitype.go`, `GetAMIType`).
 */
export type EksAmiType =
  | "AL2023_x86_64_STANDARD"
  | "AL2023_x86_64_NVIDIA"
  | "AL2023_x86_64_NEURON"
  | "AL2023_ARM_64_STANDARD"
  | "AL2023_ARM_64_NVIDIA"
  | "BOTTLEROCKET_x86_64"
  | "BOTTLEROCKET_x86_64_NVIDIA"
  | "BOTTLEROCKET_ARM_64"
  | "BOTTLEROCKET_ARM_64_NVIDIA";

/**
 * The EKS AMI type of an instance type in an eksctl managed node group, as eksctl's `GetAMIType`
 * decides it: arm64 or x86 (an unknown architecture counts as x86, as eksctl's lookup does), then an
 * NVIDIA GPU (the `_NVIDIA` image), or AWS Neuron (Inferentia, Trainium: `AL2023_x86_64_NEURON`; on
 * arm64 and on Bottlerocket eksctl has no Neuron image and takes the plain one). Other accelerators
 * (AMD GPUs, Qualcomm, Gaudi) take the plain image. eksctl gives a managed node group one AMI type,
 * from its first GPU type or else its first type, and EKS refuses the group's other types when they
 * need another (one `amiType` per managed node group: EKS API `CreateNodegroup`).
 *
 * @example eksAmiType(getInstanceType("g5.xlarge")!, "AmazonLinux2023") // "AL2023_x86_64_NVIDIA"
 */
export function eksAmiType(type: InstanceType, family: EksctlAmiFamily): EksAmiType {
  const arm = type.architecture === "arm64";
  const nvidia = type.gpuModel?.startsWith("nvidia") === true;
  const neuron = /^aws (inferentia|trainium)/.test(type.acceleratorModel ?? "");
  if (family === "Bottlerocket") {
    const base = arm ? "BOTTLEROCKET_ARM_64" : "BOTTLEROCKET_x86_64";
    return nvidia ? `${base}_NVIDIA` : base;
  }
  if (arm) return nvidia ? "AL2023_ARM_64_NVIDIA" : "AL2023_ARM_64_STANDARD";
  return nvidia ? "AL2023_x86_64_NVIDIA" : neuron ? "AL2023_x86_64_NEURON" : "AL2023_x86_64_STANDARD";
}

/**
 * The suffix a managed node group's name gets when its node group is split by AMI type: `x86`,
 * `arm64`, `nvidia`, `arm64-nvidia` or `neuron`.
 */
export function amiTypeSuffix(amiType: EksAmiType): string {
  const arm = amiType.includes("ARM_64");
  if (amiType.endsWith("NVIDIA")) return arm ? "arm64-nvidia" : "nvidia";
  if (amiType.endsWith("NEURON")) return "neuron";
  return arm ? "arm64" : "x86";
}
