import { describe, expect, it } from "vitest";
import { costCluster, planCluster, type Scenario } from "eksize";
import { catalog, getInstanceType } from "eksize/data";

import { autoModeMaxPods } from "../../src/core/plan/auto-mode-rules.js";
import { scenario, WEB } from "../support/scenario.js";

/** WEB on one node group of `instanceTypes` on EKS Auto Mode. */
function autoMode(
  instanceTypes: readonly string[],
  group: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Scenario {
  return scenario({
    workloads: [WEB],
    nodeGroups: [{ name: "pool", instanceTypes, profile: "bottlerocket", ...group }],
    cluster: { autoscaler: "auto-mode" },
    ...extra,
  });
}

describe("EKS Auto Mode nodes", () => {
  // The lower of 110 and the ENI formula, ENIs × (IPv4 per ENI − 1) + 2 (eni-max-pods.txt's figures).
  it.each([
    ["m5.large", 29],
    ["m5.xlarge", 58],
    ["m5.2xlarge", 58],
    ["m5.4xlarge", 110], // the formula gives 234
    ["m5.24xlarge", 110], // 737
    ["c5.large", 29],
    ["c5.xlarge", 58],
    ["r5.large", 29],
    ["t3.medium", 17],
    ["t3.large", 35],
    ["m6i.large", 29],
    ["g5.xlarge", 58],
  ])("%s runs at most %i pods", (name, pods) => {
    expect(autoModeMaxPods(getInstanceType(name)!)).toBe(pods);
  });

  it("plans Bottlerocket nodes with Auto Mode's max pods and bills its fee per node-hour, marked an estimate", () => {
    const input = autoMode(["m5.large"]);
    const plan = planCluster(input, catalog);
    const group = plan.nodeGroups[0]!;
    expect(group.provisioning).toBe("auto-mode");
    expect(group.allocatable?.pods).toBe(29);
    const cost = costCluster(input, plan, catalog);
    expect(
      cost.lines.autoMode.terms.map((term) => [term.instanceType, term.quantity, term.usdPerUnit, term.estimate]),
    ).toEqual([
      ["m5.large", group.nodes, 0.01152, true], // 12% of $0.096
    ]);
    expect(cost.lines.autoMode.usdPerMonth).toBeCloseTo(group.nodes * 0.01152 * 730, 6);
    // The same group as a Karpenter NodePool pays no fee.
    const karpenter = { ...input, cluster: { ...input.cluster, autoscaler: "karpenter" as const } };
    expect(costCluster(karpenter, planCluster(karpenter, catalog), catalog).lines.autoMode.usdPerMonth).toBe(0);
  });

  it("leaves out the types Auto Mode does not launch, and says why", () => {
    const plan = planCluster(autoMode(["t3.micro", "m5.large"]), catalog);
    expect(plan.nodeGroups[0]!.byType.map((nodes) => nodes.instanceType)).toEqual(["m5.large"]);
    expect(plan.issues).toEqual([
      {
        code: "auto-mode-unsupported-type",
        path: "nodeGroups.0.instanceTypes.0",
        params: { nodeGroup: "pool", instanceType: "t3.micro", reason: "size-too-small" },
      },
    ]);
  });

  it("names each setting it does not honour", () => {
    const plan = planCluster(
      autoMode(
        ["m5.large"],
        { profile: "amazon-linux", maxPods: 50, network: { customNetworking: true } },
        { network: { securityGroupWorkloads: ["web"], cni: { warmIpTarget: 5 } } },
      ),
      catalog,
    );
    expect(plan.issues.map((issue) => [issue.path, issue.params])).toEqual([
      ["nodeGroups.0.network.customNetworking", { nodeGroup: "pool", setting: "customNetworking" }],
      ["nodeGroups.0.maxPods", { nodeGroup: "pool", setting: "maxPods" }],
      ["nodeGroups.0.profile", { nodeGroup: "pool", setting: "profile" }],
      ["network.securityGroupWorkloads", { nodeGroup: null, setting: "securityGroupsForPods" }],
      ["network.cni", { nodeGroup: null, setting: "warmPool" }],
    ]);
    // Planned as Auto Mode plans, whatever the group says: 29 pods on an m5.large.
    expect(plan.nodeGroups[0]!.allocatable?.pods).toBe(29);
  });
});
