/**
 * What one EC2 `DescribeInstanceTypes` record says about the dataset's instance-type fields. The
 * importer reads it for types its other sources lack; the refresh (`src/importer/refresh`) takes it
 * over the current dataset. Units follow `InstanceType`: MiB, GB, Mbps.
 */
import type { Architecture, InstanceType } from "../core/catalog/instance-type.js";
import type { Ec2InstanceTypeInfo } from "./upstream.js";

/** The instance-type fields DescribeInstanceTypes reports. */
export type Ec2FactField =
  | "vcpu"
  | "memoryMiB"
  | "architecture"
  | "cpuManufacturer"
  | "hypervisor"
  | "bareMetal"
  | "defaultCardEnis"
  | "ipv4PerEni"
  | "networkCardEnis"
  | "gpuCount"
  | "gpuModel"
  | "gpuMemoryMiB"
  | "acceleratorCount"
  | "acceleratorModel"
  | "networkBandwidthMbps"
  | "localNvmeGB";

/**
 * A record's facts: the value, `null` where the record says the type has none (no hypervisor
 * reported, no GPU), `undefined` where the record is silent and another source must answer.
 */
export type Ec2Facts = { readonly [K in Ec2FactField]: InstanceType[K] | undefined };

/**
 * The facts of one DescribeInstanceTypes record, in the dataset's terms:
 * - ENIs of the default card (`NetworkCards[DefaultNetworkCardIndex]`) and of each card by index;
 * - GPUs and accelerators summed over the record's devices, named by the first, as Karpenter labels
 *   them (`nvidia h100`, `aws inferentia2`); an absent `GpuInfo` / `NeuronInfo` means none;
 * - bandwidth: the cards' `BaselineBandwidthInGbps` summed, in Mbps;
 * - local NVMe: `InstanceStorageInfo.TotalSizeInGB` when the disks are NVMe, else 0.
 */
export function ec2InstanceFacts(info: Ec2InstanceTypeInfo): Ec2Facts {
  const network = info.NetworkInfo;
  const cards =
    network?.NetworkCards === undefined
      ? undefined
      : [...network.NetworkCards].sort((a, b) => (a.NetworkCardIndex ?? 0) - (b.NetworkCardIndex ?? 0));
  const defaultIndex = network?.DefaultNetworkCardIndex ?? 0;
  const gpus = info.GpuInfo?.Gpus ?? [];
  const accelerators =
    info.NeuronInfo?.NeuronDevices?.map((device) => ({ ...device, Manufacturer: "AWS" })) ??
    info.InferenceAcceleratorInfo?.Accelerators ??
    [];
  const storage = info.InstanceStorageInfo;
  return {
    vcpu: info.VCpuInfo?.DefaultVCpus,
    memoryMiB: info.MemoryInfo?.SizeInMiB,
    architecture: architectureOf(info),
    cpuManufacturer: info.ProcessorInfo?.Manufacturer?.toLowerCase(),
    hypervisor: info.Hypervisor === "nitro" || info.Hypervisor === "xen" ? info.Hypervisor : null,
    bareMetal: info.BareMetal,
    defaultCardEnis:
      cards === undefined
        ? network?.MaximumNetworkInterfaces
        : cards.find((card) => (card.NetworkCardIndex ?? 0) === defaultIndex)?.MaximumNetworkInterfaces,
    ipv4PerEni: network?.Ipv4AddressesPerInterface,
    networkCardEnis: cardEnis(cards, network?.MaximumNetworkInterfaces),
    gpuCount: sum(gpus.map((gpu) => gpu.Count ?? 0)),
    gpuModel: gpus[0]?.Name === undefined ? null : model(gpus[0].Manufacturer, gpus[0].Name),
    gpuMemoryMiB: gpus[0]?.MemoryInfo?.SizeInMiB ?? null,
    acceleratorCount: sum(accelerators.map((accelerator) => accelerator.Count ?? 0)),
    acceleratorModel:
      accelerators[0]?.Name === undefined ? null : model(accelerators[0].Manufacturer, accelerators[0].Name),
    networkBandwidthMbps: bandwidthMbps(cards),
    localNvmeGB: storage === undefined ? 0 : storage.NvmeSupport === "unsupported" ? 0 : storage.TotalSizeInGB,
  };
}

/** The Kubernetes architecture of a record: `arm64` or `amd64`; undefined for anything else (e.g. `x86_64_mac`). */
function architectureOf(described: Ec2InstanceTypeInfo | undefined): Architecture | undefined {
  const architectures = described?.ProcessorInfo?.SupportedArchitectures ?? [];
  if (architectures.includes("arm64")) return "arm64";
  if (architectures.includes("x86_64")) return "amd64";
  return undefined;
}

/** A device model as Karpenter labels it: maker and name, lower case, spaces in the name as dashes (`amd radeon-pro-v520`). */
export function model(manufacturer: string | undefined, name: string): string {
  return `${manufacturer ?? ""} ${name.trim().replace(/\s+/g, "-")}`.trim().toLowerCase();
}

function cardEnis(
  cards: readonly { MaximumNetworkInterfaces?: number }[] | undefined,
  total: number | undefined,
): number[] | undefined {
  if (cards === undefined) return total === undefined ? undefined : [total];
  const enis = cards.map((card) => card.MaximumNetworkInterfaces);
  return enis.length > 0 && enis.every((count) => count !== undefined) ? enis : undefined;
}

function bandwidthMbps(cards: readonly { BaselineBandwidthInGbps?: number }[] | undefined): number | undefined {
  const baselines = cards?.map((card) => card.BaselineBandwidthInGbps) ?? [];
  if (baselines.length === 0 || !baselines.every((gbps) => gbps !== undefined)) return undefined;
  return Math.round(sum(baselines) * 1000);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
