import { fail } from "../errors.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { maxPods, type MaxPodsOptions } from "./max-pods.js";

/**
 * Which node image and launcher the node runs, which decide its max pods and its reservations
 * (eks-formulas.md §1.5 and §3):
 *
 * - `amazon-linux`: the EKS-optimized Amazon Linux AMIs (AL2023 nodeadm, AL2 bootstrap.sh) in a
 *   managed node group. Max pods is EKS's recommended value, `maxPods(instance, network)` (with the
 *   110/250 ceiling). Kube-reserved memory is computed from the ENI-limited max pods even when max
 *   pods is set to something else (prefix delegation, an override): AWS's AMIs do exactly that.
 * - `bottlerocket`: max pods from the ENI table (`eni-max-pods`, no ceiling, no prefix delegation)
 *   unless set; the same CPU tiers; kube-reserved memory follows the max pods actually configured.
 * - `karpenter`: what Karpenter predicts before a node exists, for AL2023: ENI-limited max pods
 *   without a ceiling or prefix delegation (one ENI reserved with custom networking, 0 pods when no
 *   ENI is left), the Amazon Linux reservations, plus 7.5% of memory held back as VM overhead (after
 *   64 MiB on arm64).
 *
 * With `amazon-linux` and `bottlerocket` the node's memory capacity is what the kubelet reports, the
 * kernel's MemTotal ({@link kubeletMemoryCapacity}), not EC2's nominal memory.
 */
export type ReservationProfile = "amazon-linux" | "bottlerocket" | "karpenter";

/** The reservation profiles, in the order a picker shows them. */
export const RESERVATION_PROFILES: readonly ReservationProfile[] = ["amazon-linux", "bottlerocket", "karpenter"];

/** Options of {@link allocatable}. Every reservation can be overridden. */
export interface AllocatableOptions {
  /** The node image's reservation rules; default `amazon-linux`. */
  readonly profile?: ReservationProfile;
  /** How the VPC CNI is configured; decides the default max pods (see `maxPods`). */
  readonly network?: MaxPodsOptions;
  /** Kubelet `maxPods` as configured on the node; default: what the profile and `network` give ({@link kubeletMaxPods}). */
  readonly maxPods?: number;
  /** Override of kube-reserved CPU, millicores. */
  readonly kubeReservedCpuMillicores?: number;
  /** Override of kube-reserved memory, MiB. */
  readonly kubeReservedMemoryMiB?: number;
  /** System-reserved CPU, millicores; default 0 (EKS AMIs reserve none). */
  readonly systemReservedCpuMillicores?: number;
  /** System-reserved memory, MiB; default 0 (EKS AMIs reserve none). */
  readonly systemReservedMemoryMiB?: number;
  /** Hard eviction threshold `memory.available`, MiB; default 100. */
  readonly evictionMemoryMiB?: number;
  /**
   * Share of EC2's memory the hypervisor and kernel keep, percent (Karpenter's `VM_MEMORY_OVERHEAD_PERCENT`);
   * default 7.5 for `karpenter`, else what {@link kubeletMemoryCapacity} leaves.
   */
  readonly vmMemoryOverheadPercent?: number;
  /** The kubelet's memory capacity (MemTotal) as measured on a node, MiB; wins over `vmMemoryOverheadPercent`. */
  readonly memoryCapacityMiB?: number;
  /** Root volume that holds the kubelet's ephemeral storage, GiB; default 20. */
  readonly rootVolumeGiB?: number;
}

/** CPU, memory and ephemeral storage in one bucket of the breakdown. */
export interface ResourceAmounts {
  /** Millicores (1000 = one vCPU). */
  readonly cpuMillicores: number;
  /** MiB. */
  readonly memoryMiB: number;
  /** MiB. */
  readonly ephemeralStorageMiB: number;
}

/** What the scheduler can place on a node, with every reservation that was taken from its capacity. */
export interface Allocatable extends ResourceAmounts {
  /** Pods the kubelet admits (kubelet `maxPods`). */
  readonly pods: number;
  /** What the instance has: vCPUs × 1000, catalogue memory, the root volume. */
  readonly capacity: ResourceAmounts;
  /** Memory the VM and kernel keep: EC2's memory less the kubelet's capacity (MemTotal). */
  readonly vmOverhead: ResourceAmounts;
  /** Where `vmOverhead` comes from (see {@link VmOverheadSource}). */
  readonly vmOverheadSource: VmOverheadSource;
  /** Kubelet `kubeReserved`. */
  readonly kubeReserved: ResourceAmounts;
  /** Kubelet `systemReserved`. */
  readonly systemReserved: ResourceAmounts;
  /** Hard eviction thresholds (`memory.available`, `nodefs.available`). */
  readonly eviction: ResourceAmounts;
  /** The max pods that the kube-reserved memory formula used (`11 × pods + 255`). */
  readonly podsForMemoryReservation: number;
}

/**
 * Where a node's VM overhead comes from: `measured` (the type's `measuredMemoryCapacityMiB`), `model`
 * ({@link MEMORY_CAPACITY_FIT}), `karpenter` (Karpenter's percentage estimate), or `override` (the
 * caller's `memoryCapacityMiB` or `vmMemoryOverheadPercent`).
 */
export type VmOverheadSource = "measured" | "model" | "karpenter" | "override";

/**
 * The kubelet's memory capacity of a type nobody measured: `⌊ratio × EC2 memory − offsetMiB⌋` MiB. A
 * least-squares fit over real EKS Amazon Linux nodes on Nitro (eksize `data/upstream/real-node-capacities.json`,
 * within ±1.5% there); against Karpenter's 2023 measurements of 536 Nitro types it is a median 0.8%
 * low, above the measurement on 12% of them (at most 4.3%, vt1.3xlarge), and up to 8.5% low on the
 * 512 MiB nano types.
 */
export const MEMORY_CAPACITY_FIT = { ratio: 0.959, offsetMiB: 102 } as const;

/** Kube-reserved memory per pod slot, MiB (amazon-eks-ami PR #419). */
export const KUBE_RESERVED_MIB_PER_POD = 11;
/** Kube-reserved memory base, MiB (amazon-eks-ami PR #419). */
export const KUBE_RESERVED_MIB_BASE = 255;
/** Kube-reserved ephemeral storage, MiB (1Gi). */
export const KUBE_RESERVED_EPHEMERAL_MIB = 1024;
/** Default hard eviction threshold for `memory.available`, MiB. */
export const DEFAULT_EVICTION_MEMORY_MIB = 100;
/** Default hard eviction threshold for `nodefs.available`, percent of the volume. */
export const EVICTION_NODEFS_PERCENT = 10;
/** Karpenter's default `vmMemoryOverheadPercent` (0.075), in percent. */
export const KARPENTER_VM_MEMORY_OVERHEAD_PERCENT = 7.5;
/** Memory Karpenter subtracts on arm64 before its VM overhead, MiB. */
export const KARPENTER_ARM64_MEMORY_OFFSET_MIB = 64;
/** Default root volume, GiB (EKS AMIs and Karpenter). */
export const DEFAULT_ROOT_VOLUME_GIB = 20;

/**
 * Kube-reserved CPU for a host, millicores: 6% of the first core, 1% of the second, 0.5% of the third
 * and fourth, 0.25% of every further core, each band rounded down. Same tiers in the EKS AMIs
 * (AL2 `bootstrap.sh`, AL2023 nodeadm), Bottlerocket and Karpenter.
 *
 * @param hostMillicores vCPUs × 1000.
 * @example kubeReservedCpu(2000) // 70
 * @example kubeReservedCpu(96000) // 310
 */
export function kubeReservedCpu(hostMillicores: number): number {
  // [band start, band end, percent × 100] so every product stays an integer.
  const bands: readonly (readonly [number, number, number])[] = [
    [0, 1000, 600],
    [1000, 2000, 100],
    [2000, 4000, 50],
    [4000, Number.POSITIVE_INFINITY, 25],
  ];
  let reserved = 0;
  for (const [start, end, basisPoints] of bands) {
    if (hostMillicores <= start) break;
    reserved += Math.floor(((Math.min(hostMillicores, end) - start) * basisPoints) / 10000);
  }
  return reserved;
}

/**
 * Kube-reserved memory, MiB: `11 × pods + 255` (amazon-eks-ami PR #419, used by the EKS AMIs,
 * Bottlerocket and Karpenter).
 *
 * @param pods the max pods the formula is given (see {@link ReservationProfile} for which one).
 * @example kubeReservedMemory(29) // 574
 */
export function kubeReservedMemory(pods: number): number {
  return KUBE_RESERVED_MIB_PER_POD * pods + KUBE_RESERVED_MIB_BASE;
}

/**
 * The memory the kubelet reports as the node's capacity (`status.capacity.memory`), MiB: the kernel's
 * MemTotal, 2.6% to 6.7% below EC2's nominal memory on Nitro types (firmware, the kernel's own
 * reservations, crash kernel). The type's measurement on a real node where there is one
 * (`measuredMemoryCapacityMiB`: Karpenter's 2023 Bottlerocket launches; Amazon Linux nodes of the
 * same type measure within −0.3% to +1.7% of it), else {@link MEMORY_CAPACITY_FIT}.
 *
 * @throws {EksizeError} `memory-unknown` when the type's memory is not known.
 * @example kubeletMemoryCapacity(getInstanceType("m5.large")!) // { memoryMiB: 7633, source: "measured" }
 * @example kubeletMemoryCapacity(getInstanceType("c7i.large")!) // { memoryMiB: 3826, source: "model" }
 */
export function kubeletMemoryCapacity(instance: InstanceType): {
  readonly memoryMiB: number;
  readonly source: "measured" | "model";
} {
  if (instance.memoryMiB === null) fail("memory-unknown", { instanceType: instance.name });
  if (instance.measuredMemoryCapacityMiB !== null) {
    return { memoryMiB: Math.min(instance.memoryMiB, instance.measuredMemoryCapacityMiB), source: "measured" };
  }
  const modelled = Math.floor(MEMORY_CAPACITY_FIT.ratio * instance.memoryMiB - MEMORY_CAPACITY_FIT.offsetMiB);
  return { memoryMiB: Math.max(0, modelled), source: "model" };
}

/** Options of {@link kubeletMaxPods}: the parts of {@link AllocatableOptions} that decide max pods. */
export type KubeletMaxPodsOptions = Pick<AllocatableOptions, "profile" | "network" | "maxPods">;

/**
 * The max pods the kubelet of a node is configured with, per {@link ReservationProfile}: the
 * `maxPods` override when given, else `maxPods(instance, network)` for `amazon-linux`, the ENI table
 * value (`maxPods(instance, { uncapped: true })`) for `bottlerocket`, and Karpenter's ENI-limited
 * count for `karpenter` (`(E − reserved ENIs) × (I − 1) + 2`, or 0 when no ENI is left; Karpenter
 * `types.go` `ENILimitedPods`, where custom networking reserves one ENI).
 *
 * @throws {EksizeError} whatever `maxPods` throws for `network`; `invalid-option` for a negative override.
 * @example kubeletMaxPods(getInstanceType("m5.4xlarge")!) // 110
 * @example kubeletMaxPods(getInstanceType("m5.4xlarge")!, { profile: "karpenter" }) // 234
 */
export function kubeletMaxPods(instance: InstanceType, options: KubeletMaxPodsOptions = {}): number {
  requireNonNegative("maxPods", options.maxPods);
  if (options.maxPods !== undefined) return options.maxPods;
  const network = options.network ?? {};
  switch (options.profile ?? "amazon-linux") {
    case "amazon-linux":
      return maxPods(instance, network);
    case "bottlerocket":
      return maxPods(instance, { uncapped: true });
    case "karpenter": {
      const reservedEnis = network.customNetworking === true ? 1 : 0;
      return instance.defaultCardEnis - reservedEnis <= 0
        ? 0
        : maxPods(instance, { uncapped: true, customNetworking: reservedEnis > 0 });
    }
  }
}

/**
 * Node allocatable: `capacity − VM overhead − kubeReserved − systemReserved − hard eviction`, per
 * resource, never below zero (kubelet's rule, as quoted in amazon-eks-ami `bootstrap.sh`). The VM
 * overhead is what EC2's memory loses before the kubelet sees it: {@link kubeletMemoryCapacity} for
 * `amazon-linux` and `bottlerocket`, Karpenter's estimate for `karpenter`.
 * With the `karpenter` profile it reproduces the allocatable CPU and memory that Karpenter v1.14
 * publishes for every instance type (AL2023, 20 GiB root volume); with `amazon-linux` and a node's
 * measured `memoryCapacityMiB` it gives the allocatable memory real EKS nodes report, to the KiB.
 *
 * @throws {EksizeError} `vcpu-unknown` or `memory-unknown` when the type's size is not known;
 *   `invalid-option` for a negative override; and whatever `maxPods` throws for `network`.
 * @example
 * const a = allocatable(getInstanceType("m5.large")!)
 * a.cpuMillicores // 1930
 * a.memoryMiB     // 6959 (8192 − 559 VM overhead − 574 kube-reserved − 100 eviction)
 * a.pods          // 29
 */
export function allocatable(instance: InstanceType, options: AllocatableOptions = {}): Allocatable {
  const profile = options.profile ?? "amazon-linux";
  if (instance.vcpu === null) fail("vcpu-unknown", { instanceType: instance.name });
  if (instance.memoryMiB === null) fail("memory-unknown", { instanceType: instance.name });
  for (const key of OVERRIDE_KEYS) requireNonNegative(key, options[key]);

  const pods = kubeletMaxPods(instance, options);
  const podsForMemoryReservation = profile === "bottlerocket" ? pods : maxPods(instance, { uncapped: true });

  const capacity: ResourceAmounts = {
    cpuMillicores: instance.vcpu * 1000,
    memoryMiB: instance.memoryMiB,
    ephemeralStorageMiB: (options.rootVolumeGiB ?? DEFAULT_ROOT_VOLUME_GIB) * 1024,
  };
  const overhead = vmOverheadMemory(instance, capacity.memoryMiB, profile, options);
  const vmOverhead = zero({ memoryMiB: overhead.memoryMiB });
  const kubeReserved: ResourceAmounts = {
    cpuMillicores: options.kubeReservedCpuMillicores ?? kubeReservedCpu(capacity.cpuMillicores),
    memoryMiB: options.kubeReservedMemoryMiB ?? kubeReservedMemory(podsForMemoryReservation),
    ephemeralStorageMiB: KUBE_RESERVED_EPHEMERAL_MIB,
  };
  const systemReserved = zero({
    cpuMillicores: options.systemReservedCpuMillicores ?? 0,
    memoryMiB: options.systemReservedMemoryMiB ?? 0,
  });
  const eviction = zero({
    memoryMiB: options.evictionMemoryMiB ?? DEFAULT_EVICTION_MEMORY_MIB,
    ephemeralStorageMiB: Math.ceil((capacity.ephemeralStorageMiB * EVICTION_NODEFS_PERCENT) / 100),
  });

  const remaining = (key: keyof ResourceAmounts): number =>
    Math.max(0, capacity[key] - vmOverhead[key] - kubeReserved[key] - systemReserved[key] - eviction[key]);
  return {
    cpuMillicores: remaining("cpuMillicores"),
    memoryMiB: remaining("memoryMiB"),
    ephemeralStorageMiB: remaining("ephemeralStorageMiB"),
    pods,
    capacity,
    vmOverhead,
    vmOverheadSource: overhead.source,
    kubeReserved,
    systemReserved,
    eviction,
    podsForMemoryReservation,
  };
}

const OVERRIDE_KEYS = [
  "maxPods",
  "kubeReservedCpuMillicores",
  "kubeReservedMemoryMiB",
  "systemReservedCpuMillicores",
  "systemReservedMemoryMiB",
  "evictionMemoryMiB",
  "vmMemoryOverheadPercent",
  "memoryCapacityMiB",
  "rootVolumeGiB",
] as const;

function requireNonNegative(option: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    fail("invalid-option", { option, value, expected: "a number ≥ 0" });
  }
}

function zero(amounts: Partial<ResourceAmounts>): ResourceAmounts {
  return {
    cpuMillicores: amounts.cpuMillicores ?? 0,
    memoryMiB: amounts.memoryMiB ?? 0,
    ephemeralStorageMiB: amounts.ephemeralStorageMiB ?? 0,
  };
}

/**
 * The memory held back from catalogue memory, and where the figure comes from: the caller's measured
 * capacity; else a percentage (the caller's, or Karpenter's 7.5% for `karpenter`) as Karpenter
 * computes it (`types.go`: `m − ceil(m × percent)` with `m` = catalogue MiB − 64 on arm64 under
 * `karpenter`); else catalogue memory less {@link kubeletMemoryCapacity}.
 */
function vmOverheadMemory(
  instance: InstanceType,
  catalogueMiB: number,
  profile: ReservationProfile,
  options: AllocatableOptions,
): { memoryMiB: number; source: VmOverheadSource } {
  if (options.memoryCapacityMiB !== undefined) {
    return { memoryMiB: Math.max(0, catalogueMiB - options.memoryCapacityMiB), source: "override" };
  }
  const isKarpenter = profile === "karpenter";
  const percent = options.vmMemoryOverheadPercent ?? (isKarpenter ? KARPENTER_VM_MEMORY_OVERHEAD_PERCENT : null);
  if (percent === null) {
    const kubelet = kubeletMemoryCapacity(instance);
    return { memoryMiB: catalogueMiB - kubelet.memoryMiB, source: kubelet.source };
  }
  const offset = isKarpenter && instance.architecture === "arm64" ? KARPENTER_ARM64_MEMORY_OFFSET_MIB : 0;
  const base = catalogueMiB - offset;
  // Karpenter computes math.Ceil(float64(mib) * 0.075); percent / 100 is that same double.
  return {
    memoryMiB: Math.min(catalogueMiB, offset + Math.ceil(base * (percent / 100))),
    source: options.vmMemoryOverheadPercent === undefined ? "karpenter" : "override",
  };
}
