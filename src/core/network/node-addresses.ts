import { cniSettings, ipTargetsSet, type CniSettings } from "./cni-settings.js";
import { fail } from "../errors.js";
import type { NetworkLimits } from "../catalog/instance-type.js";
import { ADDRESSES_PER_PREFIX, HOST_NETWORK_PODS, maxPods } from "../nodes/max-pods.js";

/** How a node's pods get their addresses: single secondary IPv4 addresses, /28 prefixes, or IPv6. */
export type AddressMode = "secondary-ip" | "prefix" | "ipv6";

/** What one node runs, as far as addresses go. */
export interface NodePods {
  /**
   * Pods that take an address from the node's pool: every pod that is neither `hostNetwork` (those use
   * the node's own address) nor given its own security groups (those use a branch ENI). DaemonSet pods
   * count too.
   */
  readonly pods: number;
  /** Pods with their own security groups (a SecurityGroupPolicy): one branch ENI and one address each; default 0. */
  readonly branchPods?: number;
  /**
   * The kubelet's max pods: the pool stops growing once it holds this many addresses. Default:
   * `maxPods(instance, ...)` for the settings (EKS's recommended value).
   */
  readonly maxPods?: number;
}

/** The ENIs and addresses one node takes. Addresses are IPv4 addresses of the VPC. */
export interface NodeAddresses {
  readonly mode: AddressMode;
  /** Set when prefix delegation was asked for but the type cannot delegate prefixes (Xen): secondary IPs are used. */
  readonly prefixDelegationSkipped: boolean;
  /** ENIs attached: the primary, the pool's secondary ENIs and the trunk (branch ENIs are not attached ENIs). */
  readonly enis: number;
  /** ENIs whose addresses or prefixes serve pods (with custom networking the primary ENI is not one). */
  readonly podEnis: number;
  /** 1 with security groups for pods on a trunking-capable type with room for it, else 0. */
  readonly trunkEnis: 0 | 1;
  /** Branch ENIs: one per pod with its own security groups, up to the type's limit. */
  readonly branchEnis: number;
  /** /28 prefixes held (prefix mode), else 0. */
  readonly prefixes: number;
  /** Pod addresses held by the pool: secondary IPs, or 16 per prefix. */
  readonly poolAddresses: number;
  /** Pool addresses no pod uses: the warm pool. */
  readonly warmAddresses: number;
  /** The most pool addresses the node's ENIs can hold (IPv6: 2^48, a /80). */
  readonly poolCapacity: number;
  /** Addresses taken from the node's subnet: ENI primaries and the pool; with custom networking only the primary ENI's one. */
  readonly nodeSubnetAddresses: number;
  /** Addresses taken from the pod (ENIConfig) subnet with custom networking, else 0. */
  readonly podSubnetAddresses: number;
  /**
   * Of `nodeSubnetAddresses`, the ENIs' own addresses outside the pod pool: ENI primaries, the trunk and
   * the branches (IPv6: the node's one IPv4 address). In prefix mode these are the addresses outside /28
   * prefixes, which can fragment a subnet.
   */
  readonly nodeSubnetSingles: number;
  /** The same for `podSubnetAddresses`. */
  readonly podSubnetSingles: number;
  /** /80 IPv6 prefixes (1 in IPv6 clusters). */
  readonly ipv6Prefixes: 0 | 1;
  /** Pods that get no address: beyond the pool's capacity, or beyond the branch ENIs. */
  readonly podsWithoutAddress: number;
  /** Of those, pods with their own security groups. */
  readonly branchPodsWithoutAddress: number;
}

/** Addresses in a /80, the IPv6 prefix a node gets: never a limit in practice. */
const IPV6_PREFIX_ADDRESSES = 2 ** 48;

/**
 * The ENIs and VPC addresses one node takes for the pods it runs, in every VPC CNI mode
 * (eks-formulas.md §2.2, validated against the tables of amazon-vpc-cni-k8s
 * `docs/eni-and-ip-target.md` and `docs/prefix-and-ip-target.md`; the pool logic of
 * `pkg/ipamd/ipamd.go`: `isDatastorePoolTooLow`, `datastoreTargetState`, `hasRoomForEni`). With
 * `E` = min(MAX_ENI, ENIs of the default card), `S` = IPv4 per ENI − 1, `N` = pool pods, `M` = max pods,
 * and pool ENIs at most `E` − 1 with custom networking − 1 for a trunk:
 *
 * - secondary IPs, WARM_ENI_TARGET `W`: pool ENIs = clamp(⌈N/S⌉ + W, 1, min(pool ENIs, ⌈M/S⌉)), each
 *   with all `S` addresses (W = 0: ⌊N/S⌋ + 1, a new ENI once none is free); addresses = ENIs × (S + 1)
 * - secondary IPs, WARM_IP_TARGET `w`, MINIMUM_IP_TARGET `m`: `T` = min(max(N + w, m), pool capacity),
 *   ENIs = max(1, ⌈T/S⌉); addresses = T + ENIs (an upper bound when the target passes max pods)
 * - prefixes, WARM_PREFIX_TARGET `P`: prefixes = clamp(⌈N/16⌉ + P, 1, min(pool ENIs × S, ⌈M/16⌉));
 *   with IP targets max(1, ⌈(N + w)/16⌉, ⌈m/16⌉); ENIs = ⌈prefixes/S⌉; addresses = 16 × prefixes + ENIs
 * - custom networking: the node subnet pays the primary ENI's one address; the pod subnet the rest,
 *   with no pool ENI required (minimum 0)
 * - security groups for pods: a trunk ENI (an ENI slot and an address) and one branch ENI with one
 *   address per such pod, in the subnet of the pod ENIs (VPC resource controller; eks-formulas.md §2.4)
 * - IPv6: one /80 on the primary ENI and one IPv4 address per node; warm targets do not apply (§2.3)
 *
 * @param instance the type's network limits (`getInstanceType` from `eksize/data`).
 * @param node the pods on the node (see {@link NodePods}).
 * @param settings VPC CNI settings; omitted ones take their defaults (see `cniSettings`).
 * @returns ENIs and addresses (counts of IPv4 addresses).
 * @throws {EksizeError} `invalid-option` for a negative or fractional pod count, or more pods than max
 *   pods; the errors of `cniSettings`; `ipv6-requires-nitro`; `vcpu-unknown` when max pods is needed
 *   and cannot be known.
 * @example
 * nodeAddresses(getInstanceType("m5.large")!, { pods: 5 }).nodeSubnetAddresses // 20: 2 ENIs × 10
 * nodeAddresses(getInstanceType("m5.large")!, { pods: 30 }, { prefixDelegation: true }).nodeSubnetAddresses // 49
 */
export function nodeAddresses(
  instance: NetworkLimits,
  node: NodePods,
  settings: Partial<CniSettings> = {},
): NodeAddresses {
  const cni = cniSettings(settings);
  const { pods, branchPods = 0 } = node;
  for (const [option, value] of [
    ["pods", pods],
    ["branchPods", branchPods],
  ] as const) {
    if (!(Number.isInteger(value) && value >= 0))
      fail("invalid-option", { option, value, expected: "a whole number ≥ 0" });
  }
  if (cni.ipv6 && instance.hypervisor !== "nitro" && !instance.bareMetal) {
    fail("ipv6-requires-nitro", { instanceType: instance.name });
  }
  // ipamd.go isConfigValid: prefix delegation on a type that cannot do it falls back to secondary IPs.
  const prefixCapable = instance.hypervisor === "nitro" || instance.bareMetal;
  const prefixMode = cni.prefixDelegation && prefixCapable && !cni.ipv6;
  const limit =
    node.maxPods ??
    maxPods(instance, {
      prefixDelegation: cni.prefixDelegation,
      customNetworking: cni.customNetworking,
      ipv6: cni.ipv6,
      ...(cni.maxEni === null ? {} : { maxEnis: cni.maxEni }),
    });
  if (!(Number.isInteger(limit) && limit >= 1)) {
    fail("invalid-option", { option: "maxPods", value: limit, expected: "a whole number ≥ 1" });
  }
  if (pods + branchPods > limit) {
    fail("invalid-option", { option: "pods", value: pods + branchPods, expected: `at most max pods (${limit})` });
  }

  const { custom, trunk, poolEniLimit } = eniSlots(instance, cni);
  const branchCapacity = trunk === 1 ? (instance.branchEnis ?? 0) : 0;
  const branchEnis = Math.min(branchPods, branchCapacity);
  const branchPodsWithoutAddress = branchPods - branchEnis;

  if (cni.ipv6) {
    return result("ipv6", cni.prefixDelegation && !prefixCapable, {
      enis: 1,
      podEnis: 1,
      trunk: 0,
      branchEnis: 0,
      prefixes: 0,
      pool: 0,
      capacity: IPV6_PREFIX_ADDRESSES,
      pods,
      custom: false,
      branchPodsWithoutAddress,
    });
  }

  const slots = instance.ipv4PerEni - 1;
  const minimumEnis = custom === 1 ? 0 : 1;
  const warmIp = cni.warmIpTarget ?? 0;
  const minimumIp = cni.minimumIpTarget ?? 0;
  let poolEnis: number;
  let prefixes = 0;
  let pool: number;
  let capacity: number;

  if (prefixMode) {
    const prefixLimit = poolEniLimit * slots;
    capacity = prefixLimit * ADDRESSES_PER_PREFIX;
    const wanted = ipTargetsSet(cni)
      ? Math.max(minimumEnis, ceil(pods + warmIp, ADDRESSES_PER_PREFIX), ceil(minimumIp, ADDRESSES_PER_PREFIX))
      : clamp(
          cni.warmPrefixTarget === 0
            ? Math.floor(pods / ADDRESSES_PER_PREFIX) + 1
            : ceil(pods, ADDRESSES_PER_PREFIX) + cni.warmPrefixTarget,
          minimumEnis,
          ceil(limit, ADDRESSES_PER_PREFIX),
        );
    prefixes = Math.min(wanted, prefixLimit);
    pool = prefixes * ADDRESSES_PER_PREFIX;
    poolEnis = Math.min(poolEniLimit, Math.max(minimumEnis, ceil(prefixes, slots)));
  } else {
    capacity = poolEniLimit * slots;
    if (ipTargetsSet(cni)) {
      pool = Math.min(Math.max(pods + warmIp, minimumIp), capacity);
      poolEnis = Math.min(poolEniLimit, Math.max(minimumEnis, ceil(pool, slots)));
    } else {
      const wanted =
        cni.warmEniTarget === 0 ? Math.floor(pods / Math.max(1, slots)) + 1 : ceil(pods, slots) + cni.warmEniTarget;
      poolEnis = Math.min(poolEniLimit, clamp(wanted, minimumEnis, ceil(limit, slots)));
      pool = poolEnis * slots;
    }
  }
  return result(prefixMode ? "prefix" : "secondary-ip", cni.prefixDelegation && !prefixCapable, {
    enis: custom + poolEnis + trunk,
    podEnis: poolEnis,
    trunk,
    branchEnis,
    prefixes,
    pool,
    capacity,
    pods,
    custom: custom === 1,
    branchPodsWithoutAddress,
  });
}

/** How a node's ENI slots are used: the primary ENI with custom networking, the trunk, and the pool's ENIs. */
interface EniSlots {
  /** 1 with custom networking: the primary ENI holds no pod addresses. */
  readonly custom: 0 | 1;
  /** 1 when a trunk ENI takes a slot (security groups for pods on a trunking type with room for it). */
  readonly trunk: 0 | 1;
  /** ENIs whose secondary addresses or prefixes can serve pods: min(MAX_ENI, E) − custom − trunk, at least 0. */
  readonly poolEniLimit: number;
}

/**
 * ENI slots as ipamd uses them (`pkg/ipamd/ipamd.go`): `getMaxENI` (MAX_ENI below the type's limit
 * wins), the primary ENI left out of the pool with custom networking, and `hasRoomForEni`, where the
 * trunk ENI needs a free slot besides the primary ENI.
 */
function eniSlots(instance: NetworkLimits, cni: CniSettings): EniSlots {
  const enis = Math.min(cni.maxEni ?? instance.defaultCardEnis, instance.defaultCardEnis);
  const custom: 0 | 1 = cni.customNetworking ? 1 : 0;
  const trunk: 0 | 1 = cni.securityGroupsForPods && instance.trunking === true && enis >= 2 ? 1 : 0;
  return { custom, trunk, poolEniLimit: Math.max(0, enis - custom - trunk) };
}

/**
 * The most pods a node's VPC CNI can give an address, with the +2 host-network pods (aws-node,
 * kube-proxy) that need none: `pool ENIs × (IPv4 per ENI − 1) + 2`, × 16 per slot with prefix
 * delegation on a type that can delegate prefixes, where pool ENIs = min(MAX_ENI, E) − 1 with custom
 * networking − 1 for the trunk ENI of security groups for pods (on a trunking type with room for
 * it), as {@link nodeAddresses} counts them. No ceiling: this is what the addresses allow, the bound
 * a kubelet's max pods must stay under. It is `max-pods-calculator.sh --show-max-allowed` with
 * `--cni-max-eni` and `--cni-custom-networking-enabled`, with the trunk taking one more ENI (the
 * script has no flag for it; eks-formulas.md §2.4: IP-mode pods lose one ENI). Pods with their own
 * security groups use branch ENIs on top of this, but the kubelet counts them too, so a max pods
 * above this bound can leave ordinary pods without an address (EKS best practices, security groups
 * for pods). IPv6: addresses never limit pods (`Infinity`).
 *
 * @returns pods per node.
 * @throws {EksizeError} the errors of `cniSettings`.
 * @example vpcCniPodCapacity(getInstanceType("m5.xlarge")!, { customNetworking: true, securityGroupsForPods: true, maxEni: 3 }) // 16: 1 ENI × 14 + 2
 */
export function vpcCniPodCapacity(instance: NetworkLimits, settings: Partial<CniSettings> = {}): number {
  const cni = cniSettings(settings);
  if (cni.ipv6) return Number.POSITIVE_INFINITY;
  const prefixCapable = instance.hypervisor === "nitro" || instance.bareMetal;
  const perSlot = cni.prefixDelegation && prefixCapable ? ADDRESSES_PER_PREFIX : 1;
  return eniSlots(instance, cni).poolEniLimit * (instance.ipv4PerEni - 1) * perSlot + HOST_NETWORK_PODS;
}

interface Counts {
  readonly enis: number;
  readonly podEnis: number;
  readonly trunk: 0 | 1;
  readonly branchEnis: number;
  readonly prefixes: number;
  readonly pool: number;
  readonly capacity: number;
  readonly pods: number;
  readonly custom: boolean;
  readonly branchPodsWithoutAddress: number;
}

function result(mode: AddressMode, prefixDelegationSkipped: boolean, counts: Counts): NodeAddresses {
  const { podEnis, trunk, branchEnis, prefixes, pool, custom } = counts;
  // IPv6: the primary ENI's IPv4 address only. Otherwise every pod ENI's primary, the trunk and the branches.
  const singles = mode === "ipv6" ? 1 : podEnis + trunk + branchEnis;
  const podSide = pool + singles;
  const ipPodsWithoutAddress = mode === "ipv6" ? 0 : Math.max(0, counts.pods - pool);
  return {
    mode,
    prefixDelegationSkipped,
    enis: counts.enis,
    podEnis,
    trunkEnis: trunk,
    branchEnis,
    prefixes,
    poolAddresses: pool,
    warmAddresses: Math.max(0, pool - counts.pods),
    poolCapacity: counts.capacity,
    nodeSubnetAddresses: custom ? 1 : podSide,
    podSubnetAddresses: custom ? podSide : 0,
    nodeSubnetSingles: custom ? 1 : singles,
    podSubnetSingles: custom ? singles : 0,
    ipv6Prefixes: mode === "ipv6" ? 1 : 0,
    podsWithoutAddress: ipPodsWithoutAddress + counts.branchPodsWithoutAddress,
    branchPodsWithoutAddress: counts.branchPodsWithoutAddress,
  };
}

function ceil(value: number, unit: number): number {
  return unit > 0 ? Math.ceil(value / unit) : 0;
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.max(minimum, Math.min(value, maximum));
}
