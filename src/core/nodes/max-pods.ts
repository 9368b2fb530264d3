import { fail } from "../errors.js";
import type { NetworkLimits } from "../catalog/instance-type.js";

/**
 * How the Amazon VPC CNI is configured on the node. Every option defaults to the VPC CNI's own
 * default, so `maxPods(m5Large)` is 29, as AWS documents.
 */
export interface MaxPodsOptions {
  /**
   * `ENABLE_PREFIX_DELEGATION=true`: each secondary-IP slot holds a /28 prefix (16 addresses).
   * Applied only on Nitro types with VPC CNI ≥ 1.9, exactly like `max-pods-calculator.sh`, which
   * silently ignores it elsewhere (Xen types, and bare metal, where EC2 reports no hypervisor).
   */
  readonly prefixDelegation?: boolean;
  /**
   * `AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true`: pods get addresses from an ENIConfig subnet and the
   * primary ENI carries none, so one ENI fewer counts (m5.large: 29 → 20).
   */
  readonly customNetworking?: boolean;
  /** `MAX_ENI` / `--cni-max-eni`: use at most this many ENIs (applied before the custom-networking −1). */
  readonly maxEnis?: number;
  /**
   * VPC CNI version, `MAJOR.MINOR.PATCH` with an optional `v` prefix or `-eksbuild.N` suffix. It only
   * decides whether prefix delegation is possible (≥ 1.9.0). Omitted: a current CNI is assumed.
   */
  readonly cniVersion?: string;
  /**
   * `--show-max-allowed`: return the formula's result without AWS's recommended ceiling of 110 pods
   * (30 vCPUs or fewer) or 250 pods (more than 30 vCPUs).
   */
  readonly uncapped?: boolean;
  /**
   * `ENABLE_POD_ENI=true` (security groups for pods): the trunk ENI takes one ENI slot, so pods that
   * use the node's own address pool get one ENI fewer. Pods with their own security groups use branch
   * ENIs instead, counted apart in {@link MaxPodsBreakdown.branchEniPods}. Needs a trunking-capable type.
   */
  readonly securityGroupsForPods?: boolean;
  /**
   * IPv6 cluster: pods take addresses from a /80 prefix, so addresses never limit them; EKS recommends
   * the prefix-delegation formula and its ceiling (EKS best practices, IPv6). Nitro (bare metal
   * included) only, VPC CNI ≥ 1.10, and the VPC CNI rejects custom networking with IPv6.
   */
  readonly ipv6?: boolean;
}

/**
 * Why a requested prefix delegation was not applied: `not-nitro` (a Xen type), `bare-metal` (EC2
 * reports no hypervisor for it, so `max-pods-calculator.sh` ignores the flag, although VPC CNI ≥ 1.11
 * does delegate prefixes on Nitro bare metal), `cni-too-old` (before 1.9).
 */
export type PrefixDelegationSkipReason = "not-nitro" | "bare-metal" | "cni-too-old";

/** The pieces of a max-pods result, for showing the formula. */
export interface MaxPodsBreakdown {
  /** The answer: {@link formulaPods}, limited by {@link ceiling} unless uncapped. */
  readonly maxPods: number;
  /** ENIs whose secondary slots hold pod addresses. */
  readonly enis: number;
  /** Secondary slots per ENI: IPv4 addresses per ENI − 1 (the ENI's primary address is never a pod's). */
  readonly slotsPerEni: number;
  /** Pod addresses per slot: 16 with prefix delegation (a /28), else 1. */
  readonly addressesPerSlot: 1 | 16;
  /** Host-network pods that need no VPC address (aws-node and kube-proxy): always 2. */
  readonly hostNetworkPods: 2;
  /** `enis × slotsPerEni × addressesPerSlot + hostNetworkPods`. */
  readonly formulaPods: number;
  /** AWS's recommended ceiling (110 or 250), or null when `uncapped`. */
  readonly ceiling: 110 | 250 | null;
  /** Whether the prefix formula was applied (prefix delegation on Nitro with CNI ≥ 1.9, or IPv6). */
  readonly prefixDelegation: boolean;
  /** Set when prefix delegation was requested but not applied. */
  readonly prefixDelegationSkipped: PrefixDelegationSkipReason | null;
  /** With security groups for pods: the branch ENIs available to pods with their own security groups; else 0. */
  readonly branchEniPods: number;
}

/** Pods that use the host network and need no VPC address: aws-node and kube-proxy (`+2` in every formula). */
export const HOST_NETWORK_PODS = 2;

/** Addresses in one IPv4 /28 prefix, the unit of prefix delegation. */
export const ADDRESSES_PER_PREFIX = 16;

/** vCPU count above which AWS's ceiling is 250 pods instead of 110 (`max-pods-calculator.sh`: `> 30`). */
export const CEILING_VCPU_THRESHOLD = 30;

/**
 * Max pods per node, exactly as awslabs/amazon-eks-ami `max-pods-calculator.sh` computes it, from the
 * default network card only:
 *
 * - secondary IPs: `ENIs × (IPv4 per ENI − 1) + 2`
 * - prefix delegation (Nitro, CNI ≥ 1.9): `ENIs × (IPv4 per ENI − 1) × 16 + 2`
 * - ENIs = min(`maxEnis`, ENIs on the default card), − 1 with custom networking, − 1 for the trunk ENI
 *   with security groups for pods
 * - then the recommended ceiling: 250 above 30 vCPUs, else 110 (skipped with `uncapped`)
 *
 * Uncapped without prefix delegation the result equals the VPC CNI's `eni-max-pods.txt`.
 * Sources: amazon-eks-ami `templates/al2/runtime/max-pods-calculator.sh` (0a6d499, 2025-12-19);
 * amazon-vpc-cni-k8s `misc/eni-max-pods.txt`; EKS user guide `choosing-instance-type`.
 *
 * @returns pods per node (a count).
 * @throws {EksizeError} `invalid-option` (a bad `maxEnis`, or a CNI before 1.10 with IPv6),
 *   `invalid-cni-version`, `vcpu-unknown` (the ceiling depends on vCPUs that no source reports),
 *   `security-groups-for-pods-unsupported`, `ipv6-requires-nitro`, `ipv6-with-custom-networking`.
 * @example
 * maxPods(getInstanceType("m5.large")!)                              // 29
 * maxPods(getInstanceType("m5.large")!, { prefixDelegation: true })  // 110
 * maxPods(getInstanceType("m5.large")!, { customNetworking: true })  // 20
 */
export function maxPods(instance: NetworkLimits, options: MaxPodsOptions = {}): number {
  return maxPodsBreakdown(instance, options).maxPods;
}

/**
 * {@link maxPods} with every intermediate value, so a view can spell the formula out.
 *
 * @example
 * maxPodsBreakdown(getInstanceType("m5.4xlarge")!)
 * // { maxPods: 110, enis: 8, slotsPerEni: 29, addressesPerSlot: 1, formulaPods: 234, ceiling: 110, ... }
 */
export function maxPodsBreakdown(instance: NetworkLimits, options: MaxPodsOptions = {}): MaxPodsBreakdown {
  const { maxEnis, ipv6 = false, customNetworking = false, securityGroupsForPods = false } = options;
  if (maxEnis !== undefined && !(Number.isInteger(maxEnis) && maxEnis >= 1)) {
    fail("invalid-option", { option: "maxEnis", value: maxEnis, expected: "a whole number ≥ 1" });
  }
  if (ipv6 && instance.hypervisor !== "nitro" && !instance.bareMetal) {
    fail("ipv6-requires-nitro", { instanceType: instance.name });
  }
  if (ipv6 && customNetworking) fail("ipv6-with-custom-networking", { instanceType: instance.name });
  if (ipv6 && options.cniVersion !== undefined && !supportsIpv6(options.cniVersion)) {
    fail("invalid-option", { option: "cniVersion", value: options.cniVersion, expected: "1.10.0 or later for IPv6" });
  }
  if (securityGroupsForPods && instance.trunking !== true) {
    fail("security-groups-for-pods-unsupported", { instanceType: instance.name });
  }

  const cniSupportsPrefixes = options.cniVersion === undefined || supportsPrefixDelegation(options.cniVersion);
  const pdSkipped =
    !ipv6 && options.prefixDelegation === true ? prefixDelegationSkipReason(instance, cniSupportsPrefixes) : null;
  const prefixDelegation = ipv6 || (options.prefixDelegation === true && pdSkipped === null);

  let enis = Math.min(maxEnis ?? instance.defaultCardEnis, instance.defaultCardEnis);
  if (customNetworking) enis -= 1;
  if (securityGroupsForPods) enis -= 1;
  enis = Math.max(0, enis);

  const slotsPerEni = instance.ipv4PerEni - 1;
  const addressesPerSlot = prefixDelegation ? ADDRESSES_PER_PREFIX : 1;
  const formulaPods = enis * slotsPerEni * addressesPerSlot + HOST_NETWORK_PODS;
  const ceiling = options.uncapped === true ? null : podCeiling(instance, formulaPods);

  return {
    maxPods: ceiling === null ? formulaPods : Math.min(ceiling, formulaPods),
    enis,
    slotsPerEni,
    addressesPerSlot,
    hostNetworkPods: HOST_NETWORK_PODS,
    formulaPods,
    ceiling,
    prefixDelegation,
    prefixDelegationSkipped: pdSkipped,
    branchEniPods: securityGroupsForPods ? (instance.branchEnis ?? 0) : 0,
  };
}

/**
 * AWS's recommended ceiling: 250 pods above 30 vCPUs, else 110. When vCPUs are unknown the ceiling
 * can still be decided if the formula stays at or below 110 (both ceilings then leave it unchanged).
 */
function podCeiling(instance: NetworkLimits, formulaPods: number): 110 | 250 {
  if (instance.vcpu === null) {
    if (formulaPods <= 110) return 110;
    return fail("vcpu-unknown", { instanceType: instance.name });
  }
  return instance.vcpu > CEILING_VCPU_THRESHOLD ? 250 : 110;
}

function prefixDelegationSkipReason(
  instance: NetworkLimits,
  cniSupportsPrefixes: boolean,
): PrefixDelegationSkipReason | null {
  if (instance.hypervisor !== "nitro") return instance.bareMetal ? "bare-metal" : "not-nitro";
  return cniSupportsPrefixes ? null : "cni-too-old";
}

/**
 * Whether a VPC CNI version supports prefix delegation (≥ 1.9.0, as `max-pods-calculator.sh` checks).
 *
 * @throws {EksizeError} `invalid-cni-version` for anything that is not `[v]MAJOR.MINOR[.PATCH][suffix]`.
 * @example supportsPrefixDelegation("1.9.0-eksbuild.1") // true
 */
export function supportsPrefixDelegation(cniVersion: string): boolean {
  return cniVersionAtLeast(cniVersion, 1, 9);
}

/** Whether a VPC CNI version runs IPv6 clusters (≥ 1.10.0, EKS user guide `cni-ipv6`). */
function supportsIpv6(cniVersion: string): boolean {
  return cniVersionAtLeast(cniVersion, 1, 10);
}

function cniVersionAtLeast(cniVersion: string, major: number, minor: number): boolean {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(cniVersion.trim());
  if (match === null) return fail("invalid-cni-version", { value: cniVersion });
  const [givenMajor, givenMinor] = [Number(match[1]), Number(match[2])];
  return givenMajor > major || (givenMajor === major && givenMinor >= minor);
}
