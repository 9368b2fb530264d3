import { describe, expect, it } from "vitest";
import {
  defaultScenario,
  planCluster,
  settingWithoutEffect,
  unchangedByPlan,
  type PodSlotSetting,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

/** The scenario with `setting` on in the node groups named. */
function withSetting(input: Scenario, setting: PodSlotSetting, groups: readonly string[]): Scenario {
  return {
    ...input,
    nodeGroups: input.nodeGroups.map((group) =>
      groups.includes(group.name) ? { ...group, network: { ...group.network, [setting]: true } } : group,
    ),
  };
}

function withoutEffect(input: Scenario, setting: PodSlotSetting) {
  return settingWithoutEffect(input, planCluster(input, catalog), catalog, setting);
}

describe("what limits the default scenario's node groups", () => {
  it("CPU fills general's m6a.xlarge nodes first, memory batch-spot's c6a.xlarge", () => {
    const plan = planCluster(defaultScenario, catalog);
    expect(
      plan.nodeGroups.map((group) => [group.name, group.instanceType, group.nodes, group.bindingResource]),
    ).toEqual([
      ["general", "m6a.xlarge", 4, "cpu"],
      ["batch-spot", "c6a.xlarge", 2, "memory"],
    ]);
  });
});

describe("settingWithoutEffect", () => {
  it("prefix delegation in both default groups: 58 pods by IP addresses, 110 with prefixes, and the plan stays", () => {
    const input = withSetting(defaultScenario, "prefixDelegation", ["general", "batch-spot"]);
    expect(withoutEffect(input, "prefixDelegation")).toEqual([
      {
        nodeGroupIndex: 0,
        nodeGroup: "general",
        setting: "prefixDelegation",
        instanceType: "m6a.xlarge",
        nodes: 4,
        maxPodsOff: 58,
        maxPodsOn: 110,
        // 10 workload pods and the 5 DaemonSets' on the busiest node.
        busiestNodePods: 15,
        limitedBy: "cpu",
      },
      {
        nodeGroupIndex: 1,
        nodeGroup: "batch-spot",
        setting: "prefixDelegation",
        instanceType: "c6a.xlarge",
        nodes: 2,
        maxPodsOff: 58,
        maxPodsOn: 110,
        busiestNodePods: 8,
        limitedBy: "memory",
      },
    ]);
  });

  it("custom networking in general: 44 pods instead of 58, more than the busiest node's 15, so CPU still decides", () => {
    const input = withSetting(defaultScenario, "customNetworking", ["general"]);
    expect(withoutEffect(input, "customNetworking")).toEqual([
      {
        nodeGroupIndex: 0,
        nodeGroup: "general",
        setting: "customNetworking",
        instanceType: "m6a.xlarge",
        nodes: 4,
        maxPodsOff: 58,
        maxPodsOn: 44,
        busiestNodePods: 15,
        limitedBy: "cpu",
      },
    ]);
  });

  it("says nothing when the setting is off, or when it changes the plan", () => {
    expect(withoutEffect(defaultScenario, "prefixDelegation")).toEqual([]);
    // 200 pods of 10m: pod slots decide; m5.large takes 29 pods without prefixes, 110 with them.
    const tiny = scenario({
      workloads: [{ name: "tiny", replicas: 200, cpuMillicores: 10, memoryMiB: 16 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "small", instanceTypes: ["m5.large"], network: { prefixDelegation: true } }],
    });
    expect(planCluster(tiny, catalog).nodeGroups[0]?.nodes).toBe(2);
    expect(withoutEffect(tiny, "prefixDelegation")).toEqual([]);
  });

  it("max pods set on the group: the same max pods either way", () => {
    const fixed = scenario({
      workloads: [{ name: "web", replicas: 10, cpuMillicores: 500, memoryMiB: 1024 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "g", instanceTypes: ["m5.large"], maxPods: 20, network: { prefixDelegation: true } }],
    });
    expect(withoutEffect(fixed, "prefixDelegation")).toMatchObject([
      { nodeGroup: "g", maxPodsOff: 20, maxPodsOn: 20, limitedBy: "same-max-pods" },
    ]);
  });

  it("pod slots fill first, yet the group's minimum size keeps as many nodes", () => {
    const idle = scenario({
      workloads: [{ name: "tiny", replicas: 20, cpuMillicores: 10, memoryMiB: 16 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "g", instanceTypes: ["m5.large"], minNodes: 3, network: { prefixDelegation: true } }],
    });
    expect(withoutEffect(idle, "prefixDelegation")).toMatchObject([
      { nodeGroup: "g", nodes: 3, maxPodsOff: 29, maxPodsOn: 110, limitedBy: "pods" },
    ]);
  });

  it("unchangedByPlan compares only the groups it is given", () => {
    const plan = planCluster(defaultScenario, catalog);
    expect(unchangedByPlan(plan, plan, "prefixDelegation", [])).toEqual([]);
    expect(unchangedByPlan(plan, plan, "prefixDelegation", [1]).map((group) => group.limitedBy)).toEqual([
      "same-max-pods",
    ]);
  });
});
