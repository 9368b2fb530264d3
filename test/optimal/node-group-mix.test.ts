import loadHighs from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { costCluster, defaultScenario, planCluster, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import type { LinearProgramSolver } from "../../src/core/optimal/linear-program.js";
import { nodeGroupMix } from "../../src/core/optimal/node-group-mix.js";
import { highsLinearSolver } from "../../src/optimal/highs-solver.js";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

let solve: LinearProgramSolver;
beforeAll(async () => {
  solve = highsLinearSolver(await loadHighs());
});

const mixOf = (input: Scenario, nodeGroup: string) =>
  nodeGroupMix(input, catalog, planCluster(input, catalog), nodeGroup, solve);

/** CPU-heavy api pods and memory-heavy cache pods on a group that may use c6i.xlarge or r6i.xlarge. */
const apiAndCache = (autoscaler: "cluster-autoscaler" | "karpenter") =>
  scenario({
    cluster: { autoscaler },
    workloads: [
      { name: "api", replicas: 16, cpuMillicores: 1800, memoryMiB: 512 },
      { name: "cache", replicas: 8, cpuMillicores: 200, memoryMiB: 14336 },
    ],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "general", instanceTypes: ["c6i.xlarge", "r6i.xlarge"] }],
  });

describe("nodeGroupMix", () => {
  it("splits a managed node group in two when one type for api and one for cache costs less, measured by re-planning", () => {
    const input = apiAndCache("cluster-autoscaler");
    const result = mixOf(input, "general");
    expect(result).toMatchObject({
      kind: "mix",
      plan: { nodes: 10 },
      mix: {
        nodes: 10,
        byType: [
          { instanceType: "c6i.xlarge", onDemandNodes: 6, spotNodes: 0 },
          { instanceType: "r6i.xlarge", onDemandNodes: 4, spotNodes: 0 },
        ],
      },
      proven: true,
      cutShort: false,
    });
    if (result?.kind !== "mix") return;
    // 10 × r6i.xlarge at $0.252 against 6 × c6i.xlarge at $0.17 and 4 × r6i.xlarge.
    expect(result.plan.usdPerHour).toBeCloseTo(2.52, 9);
    expect(result.mix.usdPerHour).toBeCloseTo(2.028, 9);
    expect(result.boundUsdPerHour).toBe(result.mix.usdPerHour);
    expect(result.change?.kind).toBe("split-group");
    const split = result.change!.scenario;
    expect(split.nodeGroups.map((group) => [group.name, group.instanceTypes])).toEqual([
      ["general-c6i-xlarge", ["c6i.xlarge"]],
      ["general-r6i-xlarge", ["r6i.xlarge"]],
    ]);
    expect(split.workloads.map((workload) => [workload.name, workload.nodeGroup])).toEqual([
      ["api", "general-c6i-xlarge"],
      ["cache", "general-r6i-xlarge"],
    ]);
    // Re-planned: 8 c6i.xlarge for api alone (two pods each) and 4 r6i.xlarge for cache.
    const after = planCluster(split, catalog);
    expect(after.nodeGroups.map((group) => group.nodes)).toEqual([8, 4]);
    const saved =
      costCluster(input, planCluster(input, catalog), catalog).totalUsdPerMonth! -
      costCluster(split, after, catalog).totalUsdPerMonth!;
    expect(result.change!.usdPerMonthSaved).toBeCloseTo(saved, 9);
    expect(result.change!.usdPerMonthSaved).toBeCloseTo(107.76, 2);
    // Two nodes more: 8 + 4 against 10 r6i.xlarge, and cheaper still.
    expect(result.change!.nodesSaved).toBe(-2);
  });

  it("measures how far Karpenter's launch is from the cheapest mix, and offers no change when the mix needs every type", () => {
    const result = mixOf(apiAndCache("karpenter"), "general");
    expect(result).toMatchObject({ kind: "mix", plan: { nodes: 12 }, mix: { nodes: 10 }, proven: true, change: null });
    if (result?.kind !== "mix") return;
    expect(result.plan.usdPerHour).toBeCloseTo(2.368, 9);
    expect(result.mix.usdPerHour).toBeCloseTo(2.028, 9);
  });

  it("limits a NodePool to the mix's types when Karpenter's launch then costs less (the default scenario under Karpenter)", () => {
    const input = { ...defaultScenario, cluster: { ...defaultScenario.cluster, autoscaler: "karpenter" as const } };
    const result = mixOf(input, "general");
    expect(result).toMatchObject({
      kind: "mix",
      mix: { nodes: 4, byType: [{ instanceType: "m6a.xlarge", onDemandNodes: 3, spotNodes: 1 }] },
    });
    if (result?.kind !== "mix") return;
    expect(result.change?.kind).toBe("limit-types");
    expect(result.change?.scenario.nodeGroups[0]?.instanceTypes).toEqual(["m6a.xlarge"]);
    expect(result.change?.usdPerMonthSaved).toBeCloseTo(28.03, 2);
  });

  it("never costs more than the plan, and is never below the bound (the default scenario's groups)", () => {
    for (const group of defaultScenario.nodeGroups) {
      const result = mixOf(defaultScenario, group.name);
      expect(result?.kind).toBe("mix");
      if (result?.kind !== "mix") continue;
      expect(result.mix.usdPerHour).toBeLessThanOrEqual(result.plan.usdPerHour + 1e-9);
      expect(result.mix.usdPerHour).toBeGreaterThanOrEqual(result.boundUsdPerHour - 1e-9);
    }
  });

  it("says why there is no mix: pods pending at the node limit; null for a group the scenario lacks", () => {
    const limited = scenario({
      workloads: [{ name: "web", replicas: 10, cpuMillicores: 500, memoryMiB: 1024 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], maxNodes: 2 }],
    });
    expect(mixOf(limited, "general")).toEqual({ kind: "none", nodeGroup: "general", reason: "pods-pending" });
    expect(mixOf(limited, "missing")).toBeNull();
  });
});
