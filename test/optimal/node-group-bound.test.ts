import loadHighs from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultScenario, planCluster, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { nodeGroupCostBound } from "../../src/core/optimal/node-group-bound.js";
import type { LinearProgramSolver } from "../../src/core/optimal/linear-program.js";
import { highsLinearSolver } from "../../src/optimal/highs-solver.js";
import { twoZoneCluster } from "../support/scenario.js";

let solve: LinearProgramSolver;
beforeAll(async () => {
  solve = highsLinearSolver(await loadHighs());
});

const bound = (scenario: Scenario, nodeGroup: string) =>
  nodeGroupCostBound(scenario, catalog, planCluster(scenario, catalog), nodeGroup, solve);

describe("nodeGroupCostBound", () => {
  it("proves a plan cheapest: ten pods of 500m, three to an m5.large, need four nodes", () => {
    const result = bound(twoZoneCluster(), "general");
    const m5Large = catalog.regions["us-east-1"]!.instances["m5.large"]!.onDemandUsdPerHour!;
    expect(result).toMatchObject({ kind: "bound", nodeGroup: "general" });
    if (result?.kind !== "bound") return;
    expect(result.planUsdPerHour).toBeCloseTo(4 * m5Large, 6);
    expect(result.boundUsdPerHour).toBeCloseTo(4 * m5Large, 4);
    expect(result.boundUsdPerHour).toBeLessThanOrEqual(result.planUsdPerHour);
  });

  it("says nothing of a plan that leaves pods pending at its node limit", () => {
    expect(bound(twoZoneCluster({}, { maxNodes: 3 }), "general")).toEqual({
      kind: "none",
      nodeGroup: "general",
      reason: "pods-pending",
    });
  });

  it("says nothing without the prices of the group's types", () => {
    const unpriced = {
      ...catalog,
      regions: { ...catalog.regions, "us-east-1": { ...catalog.regions["us-east-1"]!, instances: {} } },
    };
    const scenario = twoZoneCluster();
    expect(nodeGroupCostBound(scenario, unpriced, planCluster(scenario, unpriced), "general", solve)).toEqual({
      kind: "none",
      nodeGroup: "general",
      reason: "no-price",
    });
  });

  it("is null for a group the scenario does not have", () => {
    expect(bound(twoZoneCluster(), "gpu")).toBeNull();
  });

  it("never stands above the plan, for every group of the default scenario under every autoscaler", () => {
    for (const autoscaler of ["cluster-autoscaler", "karpenter", "auto-mode"] as const) {
      const scenario = { ...defaultScenario, cluster: { ...defaultScenario.cluster, autoscaler } };
      for (const group of scenario.nodeGroups) {
        const result = bound(scenario, group.name);
        expect(result?.kind).toBe("bound");
        if (result?.kind === "bound") expect(result.boundUsdPerHour).toBeLessThanOrEqual(result.planUsdPerHour);
      }
    }
  });

  it("finds the default scenario's Spot batch group cheapest: 4 pods of 1 vCPU, 3 to a 4-vCPU node, need 2 nodes", () => {
    const result = bound(defaultScenario, "batch-spot");
    if (result?.kind !== "bound") throw new Error(JSON.stringify(result));
    expect(result.boundUsdPerHour).toBeCloseTo(result.planUsdPerHour, 4);
  });
});
