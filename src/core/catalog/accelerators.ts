import type { InstanceType } from "./instance-type.js";

/**
 * The Kubernetes extended resources of the accelerators eksize plans, as their device plugins
 * advertise them on a node and pods request them:
 *
 * - `nvidia.com/gpu`: NVIDIA GPUs (the NVIDIA device plugin; the EKS-optimized accelerated AMIs);
 * - `amd.com/gpu`: AMD GPUs (the ROCm device plugin; g4ad);
 * - `aws.amazon.com/neuron`: whole AWS Neuron devices, Inferentia or Trainium chips (the Neuron device plugin);
 * - `aws.amazon.com/neuroncore`: single NeuronCores of those chips (the same plugin).
 *
 * Extended resources are whole numbers and cannot be overcommitted: a pod that sets only a limit
 * gets a request equal to it (Kubernetes, "Resource Management for Pods and Containers", Extended
 * resources).
 */
export const ACCELERATOR_RESOURCES = [
  "nvidia.com/gpu",
  "amd.com/gpu",
  "aws.amazon.com/neuron",
  "aws.amazon.com/neuroncore",
] as const;

/** One of {@link ACCELERATOR_RESOURCES}. */
export type AcceleratorResource = (typeof ACCELERATOR_RESOURCES)[number];

/**
 * NeuronCores in one Neuron device, by the dataset's `acceleratorModel`. Source: the AWS Neuron
 * documentation's architecture pages (awsdocs-neuron.readthedocs-hosted.com, "Neuron Hardware"):
 * "Inferentia Architecture" (each chip, four NeuronCore-v1), "Inferentia2 Architecture" (two
 * NeuronCore-v2), "Trainium Architecture" (two NeuronCore-v2), "Trainium2 Architecture" (eight
 * NeuronCore-v3). Trainium2 counts its physical cores: with Logical NeuronCore Configuration (LNC=2)
 * the device plugin advertises half as many, each twice as large.
 */
export const NEURON_CORES_PER_DEVICE: Readonly<Record<string, number>> = {
  "aws inferentia": 4,
  "aws inferentia2": 2,
  "aws trainium": 2,
  "aws trainium2": 8,
};

/** Whether an accelerator model of the dataset is an AWS Neuron device (`"aws inferentia2"`, `"aws trainium"`, ...). */
function isNeuron(model: string | null): model is string {
  return model !== null && /^aws (inferentia|trainium)/.test(model);
}

/**
 * The accelerator units one node of the type offers to pods: its GPUs (NVIDIA or AMD), or its
 * NeuronCores (devices × {@link NEURON_CORES_PER_DEVICE}; the devices where the model's cores are
 * unknown), else 0. Every accelerator resource a pod of the type asks for is counted in these
 * units (see {@link acceleratorUnits}), so one number per node packs them all: a Neuron node's
 * whole devices and single cores come from the same cores.
 *
 * @example nodeAcceleratorUnits(getInstanceType("g5.12xlarge")!) // 4 (NVIDIA A10G GPUs)
 * @example nodeAcceleratorUnits(getInstanceType("inf2.24xlarge")!) // 12 (6 Inferentia2 devices × 2 NeuronCores)
 * @example nodeAcceleratorUnits(getInstanceType("m5.large")!) // 0
 */
export function nodeAcceleratorUnits(type: InstanceType): number {
  if ((type.gpuCount ?? 0) > 0) return type.gpuCount ?? 0;
  if (isNeuron(type.acceleratorModel)) {
    return (type.acceleratorCount ?? 0) * (NEURON_CORES_PER_DEVICE[type.acceleratorModel] ?? 1);
  }
  return 0;
}

/**
 * The units of {@link nodeAcceleratorUnits} that `count` of `resource` take on a node of the type,
 * or null when the type has no such device: `nvidia.com/gpu` needs an NVIDIA GPU (`gpuModel`
 * "nvidia …"), `amd.com/gpu` an AMD one ("amd …"), `aws.amazon.com/neuron` an AWS Neuron device (a
 * device is its NeuronCores), `aws.amazon.com/neuroncore` a Neuron device whose cores are known.
 * A count of 0 takes nothing anywhere.
 *
 * @example acceleratorUnits(getInstanceType("inf2.xlarge")!, "aws.amazon.com/neuron", 1) // 2
 * @example acceleratorUnits(getInstanceType("inf2.xlarge")!, "aws.amazon.com/neuroncore", 1) // 1
 * @example acceleratorUnits(getInstanceType("g4ad.xlarge")!, "nvidia.com/gpu", 1) // null (an AMD GPU)
 */
export function acceleratorUnits(type: InstanceType, resource: AcceleratorResource, count: number): number | null {
  if (count === 0) return 0;
  const gpuMaker = (type.gpuCount ?? 0) > 0 ? (type.gpuModel?.split(" ")[0] ?? null) : null;
  const neuron = isNeuron(type.acceleratorModel) && (type.acceleratorCount ?? 0) > 0 ? type.acceleratorModel : null;
  const cores = neuron === null ? undefined : NEURON_CORES_PER_DEVICE[neuron];
  switch (resource) {
    case "nvidia.com/gpu":
      return gpuMaker === "nvidia" ? count : null;
    case "amd.com/gpu":
      return gpuMaker === "amd" ? count : null;
    case "aws.amazon.com/neuron":
      return neuron === null ? null : count * (cores ?? 1);
    case "aws.amazon.com/neuroncore":
      return cores === undefined ? null : count;
  }
}
