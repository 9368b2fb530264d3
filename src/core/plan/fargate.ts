import type { FargateRates, FargateRegionRate } from "../catalog/catalog.js";
import { fail } from "../errors.js";

/**
 * A pod's requests as the scheduler sees them: per resource, already the larger of the largest init
 * container and the sum of the long-running containers (EKS user guide, `fargate-pod-configuration`).
 * Fargate runs pods with requests equal to limits, so these are also the limits.
 */
export interface PodRequests {
  /** CPU request, millicores (`500m` → 500, `2` → 2000); 0 when nothing is requested. */
  readonly cpuMillicores: number;
  /** Memory request, MiB (`512Mi` → 512, `1Gi` → 1024), before Fargate's 256 MiB; 0 when nothing is requested. */
  readonly memoryMiB: number;
}

/**
 * The size Fargate provisions and bills for a pod (the pod's `CapacityProvisioned` annotation).
 * Memory is in GB as AWS states it, and Fargate's GB are binary: 1 GB = 1024 MiB, 0.5 GB = 512 MiB.
 */
export interface FargatePodSize {
  /** vCPUs, one of the sizes in {@link FargateRates.sizes} (0.25 to 16). */
  readonly vcpu: number;
  /** Memory, GB (GiB), one of that size's options (0.5 to 120). */
  readonly memoryGB: number;
}

/** The parts of {@link FargateRates} that decide a pod's size: the valid sizes and the memory overhead. */
export type FargateSizingRules = Pick<FargateRates, "sizes" | "podMemoryOverheadMiB">;

/** MiB in one Fargate GB: 1024, so 0.5 GB is 512 MiB and 8 GB + 256 MiB no longer fits 8 GB (EKS user guide). */
export const FARGATE_MIB_PER_GB = 1024;

/** Ephemeral storage every EKS Fargate pod gets without charge, GiB (EKS user guide, `fargate-pod-configuration`). */
export const FARGATE_INCLUDED_EPHEMERAL_STORAGE_GIB = 20;

/** The most ephemeral storage an EKS Fargate pod can request, GiB (AWS What's New, 2023-08-02). */
export const FARGATE_MAX_EPHEMERAL_STORAGE_GIB = 175;

/**
 * The size EKS Fargate provisions, and bills, for a pod (EKS user guide, `fargate-pod-configuration`;
 * eks-formulas.md §4):
 *
 * - memory needed = the memory request + {@link FargateRates.podMemoryOverheadMiB} (256 MiB, for the
 *   kubelet, kube-proxy and containerd)
 * - the smallest vCPU size ≥ the CPU request that offers a memory option ≥ the memory needed
 * - memory rounded up to the smallest such option of that size
 *
 * A pod without requests gets the smallest size, 0.25 vCPU with 0.5 GB, as the rule gives. Sizes
 * are compared in whole millicores and MiB (1 GB = 1024 MiB), never in fractional GB.
 *
 * @param pod the pod's effective requests (see {@link PodRequests}).
 * @param rates `services.fargate` from `eksize/data`, or any object with the sizes and the overhead.
 * @returns vCPUs and memory in GB (GiB).
 * @throws {EksizeError} `invalid-option` for a negative or non-finite request; `fargate-pod-too-large`
 *   when no size holds the pod (more than 16 vCPU, or more than 120 GB with the 256 MiB).
 * @example
 * fargatePodSize({ cpuMillicores: 500, memoryMiB: 1024 }, services.fargate)   // { vcpu: 0.5, memoryGB: 2 }
 * fargatePodSize({ cpuMillicores: 1000, memoryMiB: 8192 }, services.fargate)  // { vcpu: 2, memoryGB: 9 }
 * fargatePodSize({ cpuMillicores: 0, memoryMiB: 0 }, services.fargate)        // { vcpu: 0.25, memoryGB: 0.5 }
 */
export function fargatePodSize(pod: PodRequests, rates: FargateSizingRules): FargatePodSize {
  const size = smallestFittingSize(pod, rates);
  if (size === null) {
    return fail("fargate-pod-too-large", { cpuMillicores: pod.cpuMillicores, memoryMiB: pod.memoryMiB });
  }
  return size;
}

/** Ephemeral storage for {@link fargatePodHourlyCost}: what the pod requests and the rate above the included 20 GiB. */
export interface FargateEphemeralStorage {
  /** The pod's ephemeral storage request, GiB (the sum of its containers' `ephemeral-storage` requests), 0 to 175. */
  readonly requestGiB: number;
  /** USD per GB-hour above the included 20 GiB: {@link FargateRates.ephemeralStorageUsdPerGbHour}. */
  readonly usdPerGbHour: number;
}

/**
 * What one EKS Fargate pod of a size costs per hour, USD (Linux/x86; AWS Fargate pricing):
 * `vcpu × usdPerVcpuHour + memoryGB × usdPerGbHour`, plus, when `storage` is given,
 * `(⌈requestGiB⌉ − 20) × storage.usdPerGbHour` for the request above the included 20 GiB (billed in
 * whole GB). Fargate bills per second with a one-minute minimum; multiply by hours run, or use
 * `monthlyCost` for 730 hours.
 *
 * @param size the provisioned size, usually from {@link fargatePodSize}.
 * @param rate one region's rates: `services.fargate.regions["us-east-1"]`.
 * @param storage optional ephemeral storage; omitted, only the included 20 GiB is assumed.
 * @returns USD per pod-hour.
 * @throws {EksizeError} `invalid-option` for a storage request outside 0–175 GiB or a negative storage rate.
 * @example
 * const usEast1 = services.fargate.regions["us-east-1"]!
 * fargatePodHourlyCost({ vcpu: 0.5, memoryGB: 2 }, usEast1)    // 0.02913  (≈ $21.26 a month)
 * fargatePodHourlyCost({ vcpu: 0.25, memoryGB: 0.5 }, usEast1)  // 0.0123425
 * fargatePodHourlyCost({ vcpu: 0.25, memoryGB: 0.5 }, usEast1,
 *   { requestGiB: 50, usdPerGbHour: services.fargate.ephemeralStorageUsdPerGbHour })  // 0.0123425 + 30 × 0.000111
 */
export function fargatePodHourlyCost(
  size: FargatePodSize,
  rate: FargateRegionRate,
  storage?: FargateEphemeralStorage,
): number {
  const compute = size.vcpu * rate.usdPerVcpuHour + size.memoryGB * rate.usdPerGbHour;
  if (storage === undefined) return compute;
  const { requestGiB, usdPerGbHour } = storage;
  if (!(Number.isFinite(requestGiB) && requestGiB >= 0 && requestGiB <= FARGATE_MAX_EPHEMERAL_STORAGE_GIB)) {
    fail("invalid-option", {
      option: "requestGiB",
      value: requestGiB,
      expected: `0 to ${FARGATE_MAX_EPHEMERAL_STORAGE_GIB} GiB`,
    });
  }
  if (!(Number.isFinite(usdPerGbHour) && usdPerGbHour >= 0)) {
    fail("invalid-option", { option: "usdPerGbHour", value: usdPerGbHour, expected: "a finite number ≥ 0" });
  }
  const billedGiB = Math.max(0, Math.ceil(requestGiB) - FARGATE_INCLUDED_EPHEMERAL_STORAGE_GIB);
  return compute + billedGiB * usdPerGbHour;
}

/**
 * Why a pod cannot run on EKS Fargate (EKS user guide, `fargate` considerations; eks-formulas.md §4):
 * `daemonset` (DaemonSets are not supported), `gpu`, `privileged` (privileged containers),
 * `host-network` (hostNetwork), `arm64` (EKS Fargate runs only x86 pods), `too-large` (no size holds
 * the pod, or more than 175 GiB of ephemeral storage).
 */
export type FargateIneligibility = "daemonset" | "gpu" | "privileged" | "host-network" | "arm64" | "too-large";

/** What {@link fargateIneligibility} reads about a pod: its requests and the features Fargate lacks. */
export interface FargatePodTraits extends PodRequests {
  /** GPUs requested (`nvidia.com/gpu` and the like); 0 or omitted for none. */
  readonly gpus?: number;
  /** Whether any container runs privileged. */
  readonly privileged?: boolean;
  /** `hostNetwork: true`. */
  readonly hostNetwork?: boolean;
  /** Whether the pod belongs to a DaemonSet. */
  readonly daemonSet?: boolean;
  /** The CPU architecture the pod must run on; `null` or omitted when any will do. */
  readonly architecture?: "amd64" | "arm64" | null;
  /** Ephemeral storage request, GiB; omitted for the included 20 GiB. */
  readonly ephemeralStorageGiB?: number;
}

/**
 * Why a pod cannot run on EKS Fargate at all, or `null` when it can. With several reasons the first
 * in this order is given: `daemonset`, `gpu`, `privileged`, `host-network`, `arm64`, `too-large`.
 * Only these properties are checked; EKS Fargate also refuses Windows pods, hostPort, EBS volumes
 * and pods outside a Fargate profile (EKS user guide, `fargate`).
 *
 * @param pod the pod's requests and the features that matter.
 * @param rates `services.fargate` from `eksize/data`, or any object with the sizes and the overhead.
 * @throws {EksizeError} `invalid-option` for a negative or non-finite request, GPU count or storage.
 * @example
 * fargateIneligibility({ cpuMillicores: 500, memoryMiB: 1024 }, services.fargate)                  // null
 * fargateIneligibility({ cpuMillicores: 500, memoryMiB: 1024, daemonSet: true }, services.fargate) // "daemonset"
 * fargateIneligibility({ cpuMillicores: 32000, memoryMiB: 1024 }, services.fargate)                // "too-large"
 */
export function fargateIneligibility(pod: FargatePodTraits, rates: FargateSizingRules): FargateIneligibility | null {
  const { gpus = 0, ephemeralStorageGiB = 0 } = pod;
  checkAmount("gpus", gpus);
  checkAmount("ephemeralStorageGiB", ephemeralStorageGiB);
  const fits = smallestFittingSize(pod, rates) !== null;

  if (pod.daemonSet === true) return "daemonset";
  if (gpus > 0) return "gpu";
  if (pod.privileged === true) return "privileged";
  if (pod.hostNetwork === true) return "host-network";
  if (pod.architecture === "arm64") return "arm64";
  if (!fits || ephemeralStorageGiB > FARGATE_MAX_EPHEMERAL_STORAGE_GIB) return "too-large";
  return null;
}

/** {@link fargatePodSize} without the throw: `null` when no size holds the pod. */
function smallestFittingSize(pod: PodRequests, rates: FargateSizingRules): FargatePodSize | null {
  checkAmount("cpuMillicores", pod.cpuMillicores);
  checkAmount("memoryMiB", pod.memoryMiB);
  const neededMiB = pod.memoryMiB + rates.podMemoryOverheadMiB;

  let best: FargatePodSize | null = null;
  let bestMillicores = Infinity;
  for (const size of rates.sizes) {
    const millicores = Math.round(size.vcpu * 1000);
    if (millicores < pod.cpuMillicores || millicores >= bestMillicores) continue;
    let memoryGB: number | null = null;
    let memoryMiB = Infinity;
    for (const gb of size.memoryGB) {
      const optionMiB = Math.round(gb * FARGATE_MIB_PER_GB);
      if (optionMiB >= neededMiB && optionMiB < memoryMiB) [memoryGB, memoryMiB] = [gb, optionMiB];
    }
    if (memoryGB === null) continue;
    best = { vcpu: size.vcpu, memoryGB };
    bestMillicores = millicores;
  }
  return best;
}

/** Rejects a negative or non-finite amount with `invalid-option`. */
function checkAmount(option: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    fail("invalid-option", { option, value, expected: "a finite number ≥ 0" });
  }
}
