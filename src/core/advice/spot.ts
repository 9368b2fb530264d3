import { finding, type AdviceInput, type Finding } from "./findings.js";
import { plannedTypes, sameShape } from "./instance-shape.js";

/**
 * Instance types a Spot workload should be able to use: "A good rule of thumb is to be flexible across
 * at least 10 instance types for each workload" (Amazon EC2 User Guide, Spot best practice "Be flexible
 * about instance types and Availability Zones", in the section that recommends `CreateFleet` of type
 * `instant` over `RunInstances`; read in a copy of the guide, the Hugging Face dataset
 * CadenShokat/aws-rag-qa. The Spot whitepaper, docs.aws.amazon.com/whitepapers/latest/
 * cost-optimization-leveraging-ec2-spot-instances/spot-best-practices.html, says "be flexible about
 * instance types" without a number).
 */
export const SPOT_MINIMUM_INSTANCE_TYPES = 10;

/**
 * Cheaper instance-type options Karpenter needs before it replaces a single Spot node with a cheaper
 * Spot node (spot-to-spot consolidation): 15 (karpenter-provider-aws
 * `website/content/en/docs/concepts/disruption.md`; eks-formulas.md §6).
 */
export const KARPENTER_SPOT_CONSOLIDATION_MINIMUM_TYPES = 15;

/**
 * Spot findings:
 *
 * - `advice-spot-few-types`, per node group that plans Spot nodes or buys Spot (`spot`, `mixed`): fewer
 *   than {@link SPOT_MINIMUM_INSTANCE_TYPES} types. With Cluster Autoscaler (or none) only the types
 *   of the first type's shape count (`sameShape`: CA simulates the group with its first type); with
 *   Karpenter, which chooses among all of a NodePool's types, every type counts, and the params add
 *   {@link KARPENTER_SPOT_CONSOLIDATION_MINIMUM_TYPES}.
 * - `advice-spot-single-replica`, per workload with exactly 1 replica planned on a group with Spot
 *   nodes: one reclaimed node takes it down. Replicas the plan packs on one node are not warned of:
 *   kube-scheduler's default spreading (a soft topology spread over nodes) places them on several.
 * - `advice-spot-interruption`, once when any group plans Spot nodes: EC2 reclaims a Spot instance
 *   with a 2-minute notice (EC2 user guide, `spot-instance-termination-notices`), so the workloads with
 *   2 or more replicas on such groups and no disruption budget yet should have PodDisruptionBudgets
 *   (with 1 replica a budget would block every drain). How the notice is handled depends on
 *   `cluster.autoscaler`.
 */
export function spotFindings(input: AdviceInput): Finding[] {
  const { scenario, plan } = input;
  const spotGroupOf = new Map<string, string>();
  for (const group of plan.nodeGroups) {
    if (group.spotNodes > 0) for (const workload of group.workloads) spotGroupOf.set(workload, group.name);
  }
  const findings = fewTypesFindings(input);
  for (const workload of scenario.workloads) {
    const nodeGroup = spotGroupOf.get(workload.name);
    if (nodeGroup !== undefined && workload.replicas === 1) {
      findings.push(finding("advice-spot-single-replica", "warning", workload.name, { nodeGroup }));
    }
  }
  const spotNodes = plan.nodeGroups.reduce((sum, group) => sum + group.spotNodes, 0);
  if (spotNodes > 0) {
    findings.push(
      finding("advice-spot-interruption", "info", null, {
        spotNodes,
        workloads: scenario.workloads
          .filter(
            (workload) =>
              workload.replicas >= 2 && workload.disruptionBudget === null && spotGroupOf.has(workload.name),
          )
          .map((workload) => workload.name),
        autoscaler: scenario.cluster.autoscaler,
      }),
    );
  }
  return findings;
}

function fewTypesFindings(input: AdviceInput): Finding[] {
  const karpenter = input.scenario.cluster.autoscaler === "karpenter";
  return input.scenario.nodeGroups.flatMap((group, index) => {
    const buysSpot = (input.plan.nodeGroups[index]?.spotNodes ?? 0) > 0 || group.capacity.type !== "on-demand";
    const types = plannedTypes(input, index);
    const first = types[0];
    if (!buysSpot || first === undefined) return [];
    const counted = karpenter ? types : types.filter((type) => sameShape(type, first));
    if (counted.length >= SPOT_MINIMUM_INSTANCE_TYPES) return [];
    return [
      finding("advice-spot-few-types", "warning", group.name, {
        count: counted.length,
        instanceTypes: counted.map((type) => type.name),
        minimum: SPOT_MINIMUM_INSTANCE_TYPES,
        consolidationMinimum: karpenter ? KARPENTER_SPOT_CONSOLIDATION_MINIMUM_TYPES : null,
      }),
    ];
  });
}
