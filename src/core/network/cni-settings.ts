import { fail } from "../errors.js";

/**
 * The warm-pool settings of the VPC CNI (environment variables of the `aws-node` DaemonSet), one
 * value for the whole cluster. Sources: amazon-vpc-cni-k8s `README.md` and `pkg/ipamd/ipamd.go`
 * (b521883, 2026-08-20); eks-formulas.md §2.1.
 */
export interface WarmPoolSettings {
  /** `WARM_ENI_TARGET`: whole ENIs' worth of free addresses kept on each node (secondary-IP mode); default 1. */
  readonly warmEniTarget: number;
  /** `WARM_IP_TARGET`: free addresses kept on each node; null (or 0) when unset. Overrides the ENI and prefix targets. */
  readonly warmIpTarget: number | null;
  /** `MINIMUM_IP_TARGET`: addresses each node holds at least; null (or 0) when unset. */
  readonly minimumIpTarget: number | null;
  /** `WARM_PREFIX_TARGET`: free /28 prefixes kept on each node (prefix delegation); default 1, as the EKS add-on and manifest set it. */
  readonly warmPrefixTarget: number;
  /** `MAX_ENI`: ENIs a node uses at most; null for the instance type's limit. */
  readonly maxEni: number | null;
}

/** Every VPC CNI setting that decides how many addresses a node takes. */
export interface CniSettings extends WarmPoolSettings {
  /** `ENABLE_PREFIX_DELEGATION`: /28 prefixes instead of single secondary addresses (ignored on Xen types). */
  readonly prefixDelegation: boolean;
  /** `AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG`: pod ENIs in an ENIConfig (pod) subnet; the primary ENI holds no pod addresses. */
  readonly customNetworking: boolean;
  /** `ENABLE_POD_ENI` (security groups for pods): a trunk ENI, and one branch ENI per pod with its own security groups. */
  readonly securityGroupsForPods: boolean;
  /** IPv6 cluster: one /80 prefix per node, one IPv4 address per node, pods take no IPv4 address from the VPC. */
  readonly ipv6: boolean;
}

/** The VPC CNI's defaults: WARM_ENI_TARGET=1, WARM_PREFIX_TARGET=1 (EKS add-on), everything else off or unset. */
export const DEFAULT_CNI_SETTINGS: CniSettings = {
  warmEniTarget: 1,
  warmIpTarget: null,
  minimumIpTarget: null,
  warmPrefixTarget: 1,
  maxEni: null,
  prefixDelegation: false,
  customNetworking: false,
  securityGroupsForPods: false,
  ipv6: false,
};

const WHOLE = "a whole number ≥ 0";

/**
 * CNI settings with every omitted one at its default, checked. `warmIpTarget` and `minimumIpTarget`
 * of 0 mean unset, as in the VPC CNI (`noWarmIPTarget = 0`, `noMinimumIPTarget = 0`, `ipamd.go`).
 *
 * @throws {EksizeError} `invalid-option` for a negative or fractional target, or a `maxEni` below 1;
 *   `cni-settings-unsupported` for MINIMUM_IP_TARGET without WARM_IP_TARGET (ipamd's `short` only
 *   counts up to the floor, so the pool never grows past it and pods beyond it get no address),
 *   WARM_PREFIX_TARGET=0 with prefix delegation and no IP target (`docs/prefix-and-ip-target.md`:
 *   not supported), custom networking in IPv6 (`ipamd.go: isConfigValid`), and security groups for
 *   pods in IPv6 (not modelled).
 * @example cniSettings({ warmIpTarget: 5 }).warmEniTarget // 1
 */
export function cniSettings(input: Partial<CniSettings> = {}): CniSettings {
  const settings: CniSettings = { ...DEFAULT_CNI_SETTINGS, ...input };
  const check = (option: keyof WarmPoolSettings, value: number | null, minimum: number): void => {
    if (value !== null && !(Number.isInteger(value) && value >= minimum)) {
      fail("invalid-option", { option, value, expected: minimum === 0 ? WHOLE : "a whole number ≥ 1" });
    }
  };
  check("warmEniTarget", settings.warmEniTarget, 0);
  check("warmIpTarget", settings.warmIpTarget, 0);
  check("minimumIpTarget", settings.minimumIpTarget, 0);
  check("warmPrefixTarget", settings.warmPrefixTarget, 0);
  check("maxEni", settings.maxEni, 1);
  const reason = unsupportedReason(settings);
  if (reason !== null) fail("cni-settings-unsupported", { reason });
  return settings;
}

/** Why eksize cannot plan addresses for these settings, or null when it can (see {@link cniSettings}). */
export function unsupportedReason(
  settings: CniSettings,
):
  | "minimum-ip-target-alone"
  | "warm-prefix-target-zero"
  | "ipv6-with-custom-networking"
  | "ipv6-with-security-groups-for-pods"
  | null {
  if (settings.ipv6 && settings.customNetworking) return "ipv6-with-custom-networking";
  if (settings.ipv6 && settings.securityGroupsForPods) return "ipv6-with-security-groups-for-pods";
  if (!settings.ipv6 && !ipTargetsSet(settings) && (settings.minimumIpTarget ?? 0) > 0)
    return "minimum-ip-target-alone";
  if (settings.prefixDelegation && !settings.ipv6 && !ipTargetsSet(settings) && settings.warmPrefixTarget === 0) {
    return "warm-prefix-target-zero";
  }
  return null;
}

/** Whether WARM_IP_TARGET is set (above 0): then it and MINIMUM_IP_TARGET replace the ENI and prefix targets. */
export function ipTargetsSet(settings: WarmPoolSettings): boolean {
  return (settings.warmIpTarget ?? 0) > 0;
}
