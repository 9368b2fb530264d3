import { kubeletMaxPods, type KubeletMaxPodsOptions } from "../nodes/allocatable.js";
import { costCluster, nodeGroupMonthlyCost, type ClusterCost } from "../cost/cluster-cost.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { maxPods, maxPodsBreakdown, type PrefixDelegationSkipReason } from "../nodes/max-pods.js";
import { planCluster } from "../plan/plan.js";
import { isBurstable } from "../plan/rank.js";
import type { NodeGroup, Scenario } from "../scenario/scenario.js";
import { finding, type AdviceInput, type AdviceParams, type Finding } from "./findings.js";
import { plannedTypes, sameShape } from "./instance-shape.js";

/**
 * Prefix delegation findings, node group by node group in the scenario's order:
 *
 * - `advice-prefix-delegation-unsupported`: prefix delegation is on but a type of the group cannot
 *   use it (Xen, or bare metal without a reported hypervisor), exactly as `maxPods` decides it
 *   (amazon-eks-ami `max-pods-calculator.sh`; VPC CNI `ENABLE_PREFIX_DELEGATION`, Nitro only).
 * - `advice-max-pods-binding`: pod slots, not CPU or memory, decide the group's node count (not
 *   its minimum: `minNodes`, or the one node any pod needs). When prefix delegation is off and
 *   every type can use it, the scenario is planned and billed again with it on for that group
 *   (`planCluster`, `costCluster`), with the group's maxPods set to {@link prefixDelegationMaxPods}
 *   where its max pods would otherwise ignore prefix delegation (`kubeletMaxPods`: Bottlerocket,
 *   Karpenter, a maxPods set by hand); the finding is reported only when that re-plan needs fewer nodes.
 */
export function prefixDelegationFindings(input: AdviceInput): Finding[] {
  return [...unsupportedFindings(input), ...bindingFindings(input)];
}

/** The kubelet max-pods settings of a group, as the planner sizes its nodes but without a manual override. */
function podSettings(group: NodeGroup): KubeletMaxPodsOptions {
  return { profile: group.profile, network: group.network };
}

/**
 * The max pods prefix delegation allows a type in a group: `maxPods` with the group's network and
 * prefix delegation on (the max-pods-calculator value, with the 110/250 ceiling). Unlike
 * `kubeletMaxPods`, it does not depend on the profile: Bottlerocket, Karpenter and a custom launch
 * template reach it only when the kubelet's maxPods is set to it.
 */
function prefixDelegationMaxPods(type: InstanceType, group: NodeGroup): number {
  return maxPods(type, { ...group.network, prefixDelegation: true });
}

/** Whether a group's kubelet max pods ignore prefix delegation (`kubeletMaxPods`): not Amazon Linux, or set by hand. */
function maxPodsIgnorePrefixDelegation(group: NodeGroup): boolean {
  return group.profile !== "amazon-linux" || group.maxPods !== null;
}

/** Why prefix delegation cannot apply to a type, or null when it can (uncapped: the ceiling is not the question). */
function prefixDelegationSkip(type: InstanceType): PrefixDelegationSkipReason | null {
  return maxPodsBreakdown(type, { prefixDelegation: true, uncapped: true }).prefixDelegationSkipped;
}

function unsupportedFindings(input: AdviceInput): Finding[] {
  return input.scenario.nodeGroups.flatMap((group, index) => {
    if (!group.network.prefixDelegation) return [];
    return plannedTypes(input, index).flatMap((type) => {
      const reason = prefixDelegationSkip(type);
      if (reason === null || reason === "cni-too-old") return [];
      const alternative = nitroAlternative(type, input);
      return [
        finding("advice-prefix-delegation-unsupported", "warning", group.name, {
          instanceType: type.name,
          reason,
          maxPods: kubeletMaxPods(type, podSettings(group)),
          ...(alternative === null
            ? { alternative: null, alternativeMaxPods: null }
            : { alternative: alternative.name, alternativeMaxPods: prefixDelegationMaxPods(alternative, group) }),
        }),
      ];
    });
  });
}

/**
 * A Nitro type that can replace `type`: the same shape (`sameShape`), burstable only if `type` is,
 * the cheapest on demand in the scenario's region; the first by name when none has a price there;
 * null when the catalogue has none.
 */
function nitroAlternative(type: InstanceType, input: AdviceInput): InstanceType | null {
  const prices = input.catalog.regions[input.scenario.region]?.instances ?? {};
  const candidates = input.catalog.instanceTypes.filter(
    (candidate) =>
      candidate.hypervisor === "nitro" &&
      sameShape(candidate, type) &&
      isBurstable(candidate.family) === isBurstable(type.family),
  );
  let best: { type: InstanceType; usdPerHour: number } | null = null;
  for (const candidate of candidates) {
    const usdPerHour = prices[candidate.name]?.onDemandUsdPerHour ?? null;
    if (usdPerHour !== null && (best === null || usdPerHour < best.usdPerHour)) best = { type: candidate, usdPerHour };
  }
  return best?.type ?? candidates[0] ?? null;
}

function bindingFindings(input: AdviceInput): Finding[] {
  const { scenario, plan, cost } = input;
  return plan.nodeGroups.flatMap((planned, index) => {
    const group = scenario.nodeGroups[index];
    const { instanceType, allocatable } = planned;
    if (
      group === undefined ||
      planned.bindingResource !== "pods" ||
      // The node count is then the group's minimum (minNodes, or the one node any pod needs), not pod slots.
      planned.nodes <= Math.max(group.minNodes, 1) ||
      instanceType === null ||
      allocatable === null
    ) {
      return [];
    }
    const now = {
      instanceType,
      maxPods: allocatable.pods,
      nodes: planned.nodes,
      costUsdPerMonth: groupCost(cost, index),
    };
    const types = plannedTypes(input, index);
    const canUse = types.every((type) => prefixDelegationSkip(type) === null);
    const replanned = group.network.prefixDelegation || !canUse ? null : withPrefixDelegation(input, index, types);
    if (replanned !== null && replanned.nodesWithPrefixDelegation >= planned.nodes) return [];
    const params: AdviceParams["advice-max-pods-binding"] =
      replanned === null
        ? {
            ...now,
            prefixDelegation: group.network.prefixDelegation ? "on" : "unsupported",
            maxPodsWithPrefixDelegation: null,
            nodesWithPrefixDelegation: null,
            costWithPrefixDelegationUsdPerMonth: null,
            savingUsdPerMonth: null,
            setsMaxPods: null,
          }
        : {
            ...now,
            prefixDelegation: "off",
            ...replanned,
            savingUsdPerMonth:
              now.costUsdPerMonth === null || replanned.costWithPrefixDelegationUsdPerMonth === null
                ? null
                : now.costUsdPerMonth - replanned.costWithPrefixDelegationUsdPerMonth,
          };
    const saves = params.savingUsdPerMonth !== null && params.savingUsdPerMonth > 0;
    return [finding("advice-max-pods-binding", saves ? "saving" : "warning", group.name, params)];
  });
}

/**
 * The node group at `index` planned and billed with prefix delegation on (the rest of the scenario
 * unchanged). Where the group's max pods ignore prefix delegation (Bottlerocket, Karpenter, a maxPods
 * set by hand) its maxPods is set as well, to the smallest {@link prefixDelegationMaxPods} over
 * `types` (the group's usable types), so that every type can run with it. Null when the planner then
 * cannot size the group.
 */
function withPrefixDelegation(
  input: AdviceInput,
  index: number,
  types: readonly InstanceType[],
): {
  maxPodsWithPrefixDelegation: number;
  nodesWithPrefixDelegation: number;
  costWithPrefixDelegationUsdPerMonth: number | null;
  setsMaxPods: boolean;
} | null {
  const { scenario, catalog } = input;
  const group = scenario.nodeGroups[index];
  if (group === undefined || types.length === 0) return null;
  const setsMaxPods = maxPodsIgnorePrefixDelegation(group);
  const changedGroup: NodeGroup = {
    ...group,
    network: { ...group.network, prefixDelegation: true },
    ...(setsMaxPods ? { maxPods: Math.min(...types.map((type) => prefixDelegationMaxPods(type, group))) } : {}),
  };
  const changed: Scenario = {
    ...scenario,
    nodeGroups: scenario.nodeGroups.map((candidate, at) => (at === index ? changedGroup : candidate)),
  };
  const plan = planCluster(changed, catalog);
  const planned = plan.nodeGroups[index];
  if (planned === undefined || planned.allocatable === null) return null;
  return {
    maxPodsWithPrefixDelegation: planned.allocatable.pods,
    nodesWithPrefixDelegation: planned.nodes,
    costWithPrefixDelegationUsdPerMonth: groupCost(costCluster(changed, plan, catalog), index),
    setsMaxPods,
  };
}

/** The node group at `index`'s monthly cost on the bill (`nodeGroupMonthlyCost`); null when unknown. */
function groupCost(cost: ClusterCost, index: number): number | null {
  const group = cost.nodeGroups[index];
  return group === undefined ? null : nodeGroupMonthlyCost(group);
}
