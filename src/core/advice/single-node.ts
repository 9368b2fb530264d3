import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * `advice-single-node`, per node group whose plan has exactly one node and runs pods on it: that
 * node is a single point of failure. When it fails, is replaced (an AMI or Kubernetes update drains it) or, on Spot, is
 * reclaimed, every pod on it stops until another node is ready (EKS best practices for reliability:
 * "run worker nodes in multiple Availability Zones"). The plan gives a group a node in each of its
 * `availabilityZones` once it runs pods (`minimumNodes`), so one node means one zone or a `maxNodes`
 * of 1.
 */
export function singleNodeFindings(input: AdviceInput): Finding[] {
  return input.plan.nodeGroups.flatMap((planned, index) => {
    const group = input.scenario.nodeGroups[index];
    const runsPods = planned.fills.some((fill) => Object.keys(fill.pods).length > 0);
    if (group === undefined || planned.nodes !== 1 || !runsPods) return [];
    return [
      finding("advice-single-node", "warning", group.name, {
        availabilityZones: group.availabilityZones,
        maxNodes: group.maxNodes,
      }),
    ];
  });
}
