/**
 * Readers for the public AWS data files the dataset is built from, each in its published format.
 * Every reader takes the file's text and returns plain records; nothing here touches the disk.
 */

/** `eni-max-pods.txt` (amazon-vpc-cni-k8s `misc/`): `# comments`, then `<type> <maxPods>` lines. */
export function readEniMaxPods(text: string): Map<string, number> {
  const result = new Map<string, number>();
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [name, value, extra] = line.split(/\s+/);
    const pods = Number(value);
    if (name === undefined || extra !== undefined || !Number.isInteger(pods)) {
      throw new Error(`eni-max-pods.txt line ${String(index + 1)}: expected "<type> <pods>", got "${line}"`);
    }
    result.set(name, pods);
  });
  return result;
}

/** One type of `vpc-cni-instance-limits.json` (the VPC CNI's `vpc_ip_resource_limit.go` map). */
export interface VpcCniLimits {
  maxENIs: number;
  ipv4PerENI: number;
  defaultNetworkCardIndex: number;
  networkCards: { networkCardIndex: number; maximumNetworkInterfaces: number }[];
  hypervisor: "nitro" | "xen" | "unknown";
  isBareMetal: boolean;
}

/** One type of `karpenter-vpc-limits.json` (Karpenter's `zz_generated.vpclimits.go`). */
export interface KarpenterVpcLimits {
  isTrunkingCompatible: boolean;
  branchInterfaces: number;
}

/** One type of `karpenter-instance-types.json` (Karpenter's generated instance-type reference). */
export interface KarpenterInstanceType {
  vcpu: number;
  memoryMiB: number;
  arch: "amd64" | "arm64";
  cpuManufacturer?: string;
  networkBandwidthMbps?: number;
  localNvmeGB?: number;
  gpuCount?: number;
  gpuName?: string;
  gpuManufacturer?: string;
  gpuMemoryMiB?: number;
  acceleratorCount?: number;
  acceleratorName?: string;
  acceleratorManufacturer?: string;
  allocatable: { cpuMillicores: number; memoryMiB: number; pods: number };
}

/**
 * The parts of one EC2 `DescribeInstanceTypes` record (`InstanceTypeInfo`) that the dataset uses, as
 * both a saved `aws ec2 describe-instance-types` response and the AWS SDK return them.
 */
export interface Ec2InstanceTypeInfo {
  InstanceType: string;
  VCpuInfo?: { DefaultVCpus?: number };
  MemoryInfo?: { SizeInMiB?: number };
  ProcessorInfo?: { SupportedArchitectures?: string[]; Manufacturer?: string };
  Hypervisor?: string;
  BareMetal?: boolean;
  NetworkInfo?: {
    MaximumNetworkInterfaces?: number;
    DefaultNetworkCardIndex?: number;
    NetworkCards?: { NetworkCardIndex?: number; MaximumNetworkInterfaces?: number; BaselineBandwidthInGbps?: number }[];
    Ipv4AddressesPerInterface?: number;
  };
  GpuInfo?: { Gpus?: { Name?: string; Manufacturer?: string; Count?: number; MemoryInfo?: { SizeInMiB?: number } }[] };
  /** Inferentia and Trainium (AWS's Neuron devices). */
  NeuronInfo?: { NeuronDevices?: { Name?: string; Count?: number }[] };
  /** Other inference accelerators (first-generation Inferentia, Qualcomm AI 100). */
  InferenceAcceleratorInfo?: { Accelerators?: { Name?: string; Manufacturer?: string; Count?: number }[] };
  InstanceStorageInfo?: { TotalSizeInGB?: number; NvmeSupport?: string };
}

/** The Spot Instance Advisor's figures for one type in one region. */
export interface SpotAdvisorEntry {
  /** Typical saving of Spot over on-demand, percent (negative where Spot costs more). */
  s: number;
  /** Interruption frequency bucket: 0 `<5%` … 4 `>20%` (the feed's `ranges`). */
  r: number;
}

/** `spot-advisor-data.json`, AWS's Spot Instance Advisor feed. */
export interface SpotAdvisorFeed {
  instance_types: Record<string, { cores: number; ram_gb: number }>;
  spot_advisor: Record<string, { Linux?: Record<string, SpotAdvisorEntry> }>;
}

/** A `{ _meta, prices: { region: { type: USD per hour } } }` price file. */
export interface RegionPriceFile {
  _meta: Record<string, unknown>;
  prices: Record<string, Record<string, number>>;
}

/** `karpenter-ondemand-prices.json`: as {@link RegionPriceFile}, with a currency and date per region. */
export interface KarpenterPriceFile extends RegionPriceFile {
  _meta: { regions: Record<string, { currency: string; generatedAt: string }> };
}

/** Parses JSON and names the file in the error when it is not JSON. */
export function parseJson(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** `instanceTypes` of a `{ _meta, instanceTypes: {...} }` file as a map. */
export function instanceTypeMap<T>(fileName: string, text: string): Map<string, T> {
  const parsed = parseJson(fileName, text) as { instanceTypes?: Record<string, T> };
  if (parsed.instanceTypes === undefined) throw new Error(`${fileName}: no "instanceTypes" object`);
  return new Map(Object.entries(parsed.instanceTypes));
}

/** The `InstanceTypes` array of a saved `aws ec2 describe-instance-types` response, by name. */
export function readDescribeInstanceTypes(fileName: string, text: string): Map<string, Ec2InstanceTypeInfo> {
  const parsed = parseJson(fileName, text) as { InstanceTypes?: Ec2InstanceTypeInfo[] };
  if (!Array.isArray(parsed.InstanceTypes)) throw new Error(`${fileName}: no "InstanceTypes" array`);
  return new Map(parsed.InstanceTypes.map((info) => [info.InstanceType, info]));
}

/** One type of `karpenter-bottlerocket-2023-capacity.json`: Karpenter's two runs of its memory-overhead generator. */
interface MemoryCapacityRecord {
  instanceType: string;
  /** Second run (2023-08-29): capacity floored to MiB; null where the launch failed. */
  capacityMiB_run2?: number | null;
  /** First run (2023-07-03): capacity in Ki, exact. */
  capacityKi_run1?: number | null;
  /** The first run's launch failed (its overhead is the whole memory). */
  run1_failed?: boolean;
}

/**
 * `karpenter-bottlerocket-2023-capacity.json`: the kubelet's memory capacity (`status.capacity.memory`,
 * the kernel's MemTotal) of one Bottlerocket node per type, MiB: the second run's value, else the
 * first run's floored to MiB where that launch did not fail; types with neither are left out.
 */
export function readMemoryCapacities(fileName: string, text: string): Map<string, number> {
  const file = parseJson(fileName, text) as { instanceTypes: MemoryCapacityRecord[] };
  const result = new Map<string, number>();
  for (const record of file.instanceTypes) {
    const run1 =
      record.run1_failed !== true && typeof record.capacityKi_run1 === "number" && record.capacityKi_run1 > 0
        ? Math.floor(record.capacityKi_run1 / 1024)
        : null;
    const capacity = record.capacityMiB_run2 ?? run1;
    if (capacity !== null) result.set(record.instanceType, capacity);
  }
  return result;
}
