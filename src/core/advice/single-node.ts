import type { NodeGroupPlan } from "../plan/plan.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * Whether a node group's plan runs its pods on a single node: exactly one node, with at least one pod
 * on it (a single point of failure; see {@link singleNodeFindings}).
 */
export function runsOnOneNode(planned: Pick<NodeGroupPlan, "nodes" | "fills">): boolean {
  return planned.nodes === 1 && planned.fills.some((fill) => Object.keys(fill.pods).length > 0);
}

/**
 * `advice-single-node`, per node group whose plan has exactly one node and runs pods on it: that
 * node is a single point of failure. When it fails, is replaced (an AMI or Kubernetes update drains
 * it) or, on Spot, is reclaimed, every pod on it stops until another node is ready (EKS best
 * practices for reliability: "run worker nodes in multiple Availability Zones"). The remedy is a
 * `minNodes` of 2 or more over 2 or more `availabilityZones` (or a `maxNodes` above 1 where it is 1).
 */
export function singleNodeFindings(input: AdviceInput): Finding[] {
  return input.plan.nodeGroups.flatMap((planned, index) => {
    const group = input.scenario.nodeGroups[index];
    if (group === undefined || !runsOnOneNode(planned)) return [];
    return [
      finding("advice-single-node", "warning", group.name, {
        availabilityZones: group.availabilityZones,
        maxNodes: group.maxNodes,
      }),
    ];
  });
}
