import { autoModeSupport } from "../catalog/auto-mode-types.js";
import type { InstanceType } from "../catalog/instance-type.js";
import type { CoreIssue } from "../errors.js";
import { DEFAULT_CNI_SETTINGS } from "../network/cni-settings.js";
import { maxPods } from "../nodes/max-pods.js";
import type { NodeSettings } from "../nodes/node-sizing.js";
import { scenarioNetwork, type NodeGroup, type Scenario } from "../scenario/scenario.js";

/** EKS Auto Mode's ceiling on pods per node (EKS user guide `automode/create-node-class.adoc`: "limits the maximum number of pods on a node to 110"). */
export const AUTO_MODE_MAX_PODS = 110;

/**
 * How long an EKS Auto Mode node lives before it is replaced, hours: 336 (14 days), Auto Mode's
 * default (EKS User Guide `automode/create-node-pool.adoc`: "Terminates instances after 336 hours").
 */
export const AUTO_MODE_NODE_EXPIRY_HOURS = 336;

/** The longest an EKS Auto Mode node may live, days: 21 (EKS User Guide `automode/automode.adoc`). */
export const AUTO_MODE_NODE_MAXIMUM_DAYS = 21;

/**
 * Max pods of an EKS Auto Mode node: the lower of 110 and the max pods calculation (EKS user guide
 * `choosing-instance-type.adoc`, "EKS Auto Mode limits the number of pods on nodes to the lower of:
 * 110 pods hard cap; the result of the max pods calculation"). The guide does not say whether the
 * calculation counts prefixes (Auto Mode assigns /28 prefixes, with a fallback to single addresses);
 * eksize takes the secondary-address formula, as users report nodes held below 110 by their type
 * (aws/containers-roadmap #2506), so m5.large gets 29.
 *
 * @example autoModeMaxPods(getInstanceType("m5.large")!) // 29
 * @example autoModeMaxPods(getInstanceType("m5.4xlarge")!) // 110
 */
export function autoModeMaxPods(type: InstanceType): number {
  return Math.min(AUTO_MODE_MAX_PODS, maxPods(type));
}

/**
 * The node settings EKS Auto Mode gives a node of `type` in the group: Bottlerocket (EKS user guide
 * `automode/automode.adoc`), max pods {@link autoModeMaxPods}, no custom networking; the group's
 * disk, headroom and node limits stay.
 */
export function autoModeNodeSettings(group: NodeGroup, type: InstanceType): NodeSettings {
  return {
    ...group,
    profile: "bottlerocket",
    network: { prefixDelegation: false, customNetworking: false },
    maxPods: autoModeMaxPods(type),
    vmMemoryOverheadPercent: null,
  };
}

/**
 * What EKS Auto Mode cannot honour in a scenario whose node groups are Auto Mode NodePools: instance
 * types it never launches (`auto-mode-unsupported-type`, with `autoModeSupport`'s reason), and
 * settings it does not have (`auto-mode-setting-ignored`): custom networking, a max pods set by hand,
 * an Amazon Linux or Karpenter node image, security groups for pods, and VPC CNI warm-pool settings
 * (EKS user guide `automode/auto-networking.adoc`, "Not supported").
 */
export function autoModeIssues(scenario: Scenario, types: ReadonlyMap<string, InstanceType>): CoreIssue[] {
  const issues: CoreIssue[] = [];
  scenario.nodeGroups.forEach((group, index) => {
    group.instanceTypes.forEach((name, at) => {
      const type = types.get(name);
      if (type === undefined) return;
      const support = autoModeSupport(type);
      if (support === "supported") return;
      issues.push({
        code: "auto-mode-unsupported-type",
        path: `nodeGroups.${index}.instanceTypes.${at}`,
        params: { nodeGroup: group.name, instanceType: name, reason: support },
      });
    });
    const ignored = (setting: "customNetworking" | "maxPods" | "profile", path: string) =>
      issues.push({
        code: "auto-mode-setting-ignored",
        path: `nodeGroups.${index}.${path}`,
        params: { nodeGroup: group.name, setting },
      });
    if (group.network.customNetworking) ignored("customNetworking", "network.customNetworking");
    if (group.maxPods !== null) ignored("maxPods", "maxPods");
    if (group.profile !== "bottlerocket") ignored("profile", "profile");
  });
  const network = scenarioNetwork(scenario);
  if (network.securityGroupWorkloads.length > 0) {
    issues.push({
      code: "auto-mode-setting-ignored",
      path: "network.securityGroupWorkloads",
      params: { nodeGroup: null, setting: "securityGroupsForPods" },
    });
  }
  const { cni } = network;
  const warmDefaults =
    cni.warmEniTarget === DEFAULT_CNI_SETTINGS.warmEniTarget &&
    cni.warmIpTarget === DEFAULT_CNI_SETTINGS.warmIpTarget &&
    cni.minimumIpTarget === DEFAULT_CNI_SETTINGS.minimumIpTarget &&
    cni.warmPrefixTarget === DEFAULT_CNI_SETTINGS.warmPrefixTarget &&
    cni.maxEni === DEFAULT_CNI_SETTINGS.maxEni;
  if (!warmDefaults) {
    issues.push({
      code: "auto-mode-setting-ignored",
      path: "network.cni",
      params: { nodeGroup: null, setting: "warmPool" },
    });
  }
  return issues;
}
