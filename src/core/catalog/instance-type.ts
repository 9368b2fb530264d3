/**
 * The shape of one EC2 instance type as eksize knows it. Every field that an upstream source did not
 * report is `null` ("unknown"), never `0`: a calculation that needs an unknown value fails with an
 * {@link EksizeError} instead of guessing.
 *
 * Records come from `eksize/data` (`instanceTypes`, `getInstanceType`); any object of the same shape works.
 * Field sources are listed in the project's `data/SOURCES.md`.
 */
export interface InstanceType {
  /** EC2 API name, e.g. `"m5.large"`. */
  readonly name: string;
  /** The part before the dot, e.g. `"m5"`. */
  readonly family: string;
  /** The part after the dot, e.g. `"large"`, `"metal-24xl"`. */
  readonly size: string;
  /** Default vCPUs (EC2 `VCpuInfo.DefaultVCpus`). */
  readonly vcpu: number | null;
  /** Memory in MiB as EC2 advertises it (`MemoryInfo.SizeInMiB`), before any VM overhead. */
  readonly memoryMiB: number | null;
  /** Kubernetes architecture label value (`kubernetes.io/arch`). */
  readonly architecture: Architecture | null;
  /** CPU vendor as Karpenter labels it (`intel`, `amd`, `aws`, `apple`). */
  readonly cpuManufacturer: string | null;
  /**
   * `nitro` or `xen`. `null` where EC2 reports no hypervisor: most bare-metal types (c7g.metal is an
   * exception) and a few old ones (cr1.8xlarge, hs1.8xlarge). AWS's `max-pods-calculator.sh` then
   * treats the type as not prefix-delegation capable.
   */
  readonly hypervisor: Hypervisor | null;
  /** True for `*.metal*` types (EC2 `BareMetal`). */
  readonly bareMetal: boolean;
  /** Maximum ENIs on the default network card: the `E` of every max-pods formula. */
  readonly defaultCardEnis: number;
  /** IPv4 addresses per ENI, including the ENI's own primary address: the `I` of every max-pods formula. */
  readonly ipv4PerEni: number;
  /** Maximum ENIs on each network card, indexed by card (card 0 is the default card on every type). */
  readonly networkCardEnis: readonly number[];
  /** Whether the VPC Resource Controller can attach a trunk ENI (security groups for pods). */
  readonly trunking: boolean | null;
  /** Branch ENIs a trunk can carry: the node's `vpc.amazonaws.com/pod-eni` capacity (0 when not trunking-capable). */
  readonly branchEnis: number | null;
  /** GPUs (0 when the type has none). */
  readonly gpuCount: number | null;
  /** GPU model with its maker, e.g. `"nvidia h100"`; null without GPUs. */
  readonly gpuModel: string | null;
  /** Memory of one GPU in MiB; null without GPUs. */
  readonly gpuMemoryMiB: number | null;
  /** Inferentia/Trainium and other non-GPU accelerators (0 when the type has none). */
  readonly acceleratorCount: number | null;
  /** Accelerator model with its maker, e.g. `"aws inferentia2"`; null without accelerators. */
  readonly acceleratorModel: string | null;
  /** Baseline network bandwidth in Mbps. */
  readonly networkBandwidthMbps: number | null;
  /** Local NVMe instance storage in GB (0 when the type has none). */
  readonly localNvmeGB: number | null;
  /**
   * AWS's published max pods for the type: the value in the VPC CNI's `misc/eni-max-pods.txt`
   * (`E × (I − 1) + 2`, no cap, no prefix delegation).
   */
  readonly publishedMaxPods: number | null;
  /**
   * The kubelet's memory capacity (`status.capacity.memory`: the kernel's MemTotal, below
   * {@link memoryMiB}) measured on one Bottlerocket node of the type by Karpenter in 2023, MiB
   * (aws/karpenter-provider-aws `zz_generated.memory_overhead.go`, never released); null where not measured.
   */
  readonly measuredMemoryCapacityMiB: number | null;
}

/** Kubernetes `kubernetes.io/arch` values that EC2 types have. */
export type Architecture = "amd64" | "arm64";

/** Hypervisors EC2 reports (`DescribeInstanceTypes` `Hypervisor`). */
export type Hypervisor = "nitro" | "xen";

/** The fields the max-pods formulas read; any object with these works. */
export type NetworkLimits = Pick<
  InstanceType,
  "name" | "vcpu" | "hypervisor" | "bareMetal" | "defaultCardEnis" | "ipv4PerEni" | "trunking" | "branchEnis"
>;

/**
 * An instance type's family, its name before the dot (`InstanceType.family` from the name alone): `m6a`
 * of `m6a.xlarge`; the whole name when it has no dot.
 */
export function instanceFamily(name: string): string {
  const dot = name.indexOf(".");
  return dot < 0 ? name : name.slice(0, dot);
}
