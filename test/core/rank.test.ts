import { describe, expect, it } from "vitest";
import {
  costCluster,
  defaultScenario,
  isBurstable,
  planCluster,
  rankedNodeGroup,
  rankInstanceTypes,
  withInstanceType,
} from "eksize";
import { catalog, getInstanceType } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

describe("rankInstanceTypes on the default scenario", () => {
  const ranking = rankInstanceTypes(defaultScenario, catalog);

  it("ranks types for general, its first node group, by the whole bill with general's Spot mix", () => {
    // general on m6g.xlarge: 33 pods need 4 nodes; the mix (2 on-demand, then 50 % Spot, on-demand
    // rounded up) makes them 3 on-demand and 1 Spot:
    //   3 × $0.154 × 730 = $337.26, 1 × $0.06978 × 730 = $50.9394, 4 × 20 GiB × $0.08 = $6.40 → $394.5994;
    // the rest of the bill as configured: batch-spot 2 Spot c6a.xlarge
    //   2 × $0.06626 × 730 + 2 × 20 × $0.08 = $99.9396, control plane $73.00, one ALB and one NLB with a
    //   capacity unit each (0.0225 + 0.008 + 0.0225 + 0.006) × 730 = $43.07, Fargate 2 pods of 0.25 vCPU
    //   and 1 GB 2 × (0.25 × 0.04048 + 1 × 0.004445) × 730 = $21.2649;
    // total $631.8739.
    expect(ranking.slice(0, 3).map((entry) => [entry.instanceType, entry.nodes, entry.monthlyCost.toFixed(2)])).toEqual(
      [
        ["m6g.xlarge", 4, "631.87"],
        ["m7g.xlarge", 4, "666.33"],
        ["m8g.xlarge", 4, "684.00"],
      ],
    );
    const first = ranking[0]!;
    expect(first).toMatchObject({ nodeGroup: "general", onDemandNodes: 3, spotNodes: 1, unschedulablePods: 0 });
    expect(first.monthlyCost).toBeCloseTo(631.8739, 6);
    expect(first.nodeGroupMonthlyCost).toBeCloseTo(394.5994, 6);
  });

  it("costs exactly what the scenario with the type in use costs", () => {
    for (const entry of ranking.slice(0, 5)) {
      const used = withInstanceType(defaultScenario, entry);
      expect(used.nodeGroups.map((group) => group.instanceTypes)).toEqual([
        [entry.instanceType],
        defaultScenario.nodeGroups[1]!.instanceTypes,
      ]);
      expect(costCluster(used, planCluster(used, catalog), catalog).totalUsdPerMonth).toBe(entry.monthlyCost);
    }
  });

  it("finds general's own types no cheaper: m6a.xlarge costs what the scenario as configured costs", () => {
    const configured = costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog);
    const m6a = ranking.find((entry) => entry.instanceType === "m6a.xlarge")!;
    expect(m6a.monthlyCost).toBe(configured.totalUsdPerMonth);
    expect(m6a.monthlyCost).toBeCloseTo(686.4049, 6);
    expect(ranking[0]!.monthlyCost).toBeLessThan(m6a.monthlyCost);
  });

  it("ranks another group when asked: batch-spot's cheapest type for its four batch jobs", () => {
    const batch = rankInstanceTypes(defaultScenario, catalog, { nodeGroup: "batch-spot", limit: 2 });
    // c6gd.2xlarge, Spot: one node of 8 vCPUs holds the 4 jobs: 1 × $0.07974 × 730 + 20 × $0.08 = $58.2102
    // + $1.60 = $59.8102 (a single node: the advice calls it a single point of failure).
    expect(batch.map((entry) => [entry.nodeGroup, entry.instanceType, entry.nodes, entry.spotNodes])).toEqual([
      ["batch-spot", "c6gd.2xlarge", 1, 1],
      ["batch-spot", "inf1.2xlarge", 1, 1],
    ]);
    expect(batch[0]!.nodeGroupMonthlyCost).toBeCloseTo(59.8102, 6);
    // One node runs the four jobs: a single point of failure, as the advice would say; general's 5 nodes are not.
    expect(batch.map((entry) => entry.singleNode)).toEqual([true, true]);
    expect(ranking.slice(0, 10).some((entry) => entry.singleNode)).toBe(false);
  });

  it("gives the first entries alone with a limit, without billing every type", () => {
    expect(rankInstanceTypes(defaultScenario, catalog, { limit: 10 })).toEqual(ranking.slice(0, 10));
  });

  it("leaves out burstable types, and types without a price in the region", () => {
    expect(ranking.length).toBeGreaterThan(500);
    expect(ranking.some((entry) => isBurstable(getInstanceType(entry.instanceType)!.family))).toBe(false);
    expect(ranking.some((entry) => entry.instanceType === "c7i.32xlarge")).toBe(false);
    expect([isBurstable("t4g"), isBurstable("t2"), isBurstable("trn1"), isBurstable("m7i-flex")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("puts the cheapest bill first, then the fewest nodes", () => {
    for (let index = 1; index < ranking.length; index++) {
      const [before, after] = [ranking[index - 1]!, ranking[index]!];
      expect(after.monthlyCost).toBeGreaterThanOrEqual(before.monthlyCost);
      if (after.monthlyCost === before.monthlyCost) expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
    }
  });
});

describe("rankInstanceTypes: the group's settings and the workloads' needs", () => {
  const group = (settings: Record<string, unknown>) =>
    scenario({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "g", instanceTypes: ["m5.large"], ...settings }],
    });

  it("never plans fewer nodes than the group's minimum", () => {
    expect(rankInstanceTypes(group({}), catalog).some((entry) => entry.nodes === 1)).toBe(true);
    const ranking = rankInstanceTypes(group({ minNodes: 3 }), catalog);
    expect(ranking.length).toBeGreaterThan(500);
    expect(Math.min(...ranking.map((entry) => entry.nodes))).toBe(3);
  });

  it("prices m5.large as 4 nodes: 4 × $0.096 × 730 = $280.32, 4 × 20 GiB × $0.08 = $6.40, control plane $73.00", () => {
    const m5 = rankInstanceTypes(group({}), catalog).find((entry) => entry.instanceType === "m5.large")!;
    expect([m5.nodes, m5.onDemandNodes, m5.spotNodes]).toEqual([4, 4, 0]);
    expect(m5.nodeGroupMonthlyCost).toBeCloseTo(286.72, 6);
    expect(m5.monthlyCost).toBeCloseTo(359.72, 6);
    expect(m5.spotInterruption).toBe(3);
    expect(m5.bindingResource).toBe("cpu");
  });

  it("prices a Spot group at Spot prices: m5.large 4 × $0.04366 × 730 = $127.4872", () => {
    const m5 = rankInstanceTypes(group({ capacity: { type: "spot" } }), catalog).find(
      (entry) => entry.instanceType === "m5.large",
    )!;
    expect([m5.onDemandNodes, m5.spotNodes]).toEqual([0, 4]);
    expect(m5.nodeGroupMonthlyCost).toBeCloseTo(127.4872 + 6.4, 6);
  });

  it("leaves out types that cannot run a pod: too small, of another architecture, without a GPU", () => {
    const big = rankInstanceTypes(scenario({ workloads: [{ ...WEB, cpuMillicores: 7000 }] }), catalog);
    expect(big.every((entry) => (getInstanceType(entry.instanceType)?.vcpu ?? 0) >= 8)).toBe(true);
    const arm = rankInstanceTypes(scenario({ workloads: [{ ...WEB, architecture: "arm64" }] }), catalog);
    expect(arm.length).toBeGreaterThan(100);
    expect(arm.every((entry) => getInstanceType(entry.instanceType)?.architecture === "arm64")).toBe(true);
    const gpu = rankInstanceTypes(scenario({ workloads: [{ ...WEB, replicas: 1, gpus: 1 }] }), catalog);
    expect(gpu.length).toBeGreaterThan(10);
    expect(gpu.every((entry) => (getInstanceType(entry.instanceType)?.gpuCount ?? 0) >= 1)).toBe(true);
  });

  it("keeps the types that place the most pods when maxNodes holds some back everywhere", () => {
    const ranking = rankInstanceTypes(group({ maxNodes: 1, availabilityZones: 1 }), catalog);
    // One node holds at most 10 pods of 500m: m5.4xlarge and up place them all, so smaller types are left out.
    expect(ranking.every((entry) => entry.unschedulablePods === 0 && entry.nodes === 1)).toBe(true);
    expect(ranking.some((entry) => entry.instanceType === "m5.large")).toBe(false);
  });

  it("ranks a new on-demand group for a scenario without node groups, and nothing for a group with nothing to run", () => {
    const none = scenario({ workloads: [WEB], daemonSets: SYSTEM_DAEMONSETS });
    expect(rankedNodeGroup(none)).toBe("node-group");
    const ranking = rankInstanceTypes(none, catalog, { limit: 1 });
    // a1.2xlarge, on demand: 1 × $0.204 × 730 = $148.92, 20 GiB × $0.08 = $1.60, control plane $73.00: $223.52.
    // (4 a1.large cost the same for the nodes, $6.40 for their root volumes.)
    expect(
      ranking.map((entry) => [entry.nodeGroup, entry.instanceType, entry.nodes, entry.monthlyCost.toFixed(2)]),
    ).toEqual([["node-group", "a1.2xlarge", 1, "223.52"]]);
    expect(withInstanceType(none, ranking[0]!).nodeGroups.map((added) => added.instanceTypes)).toEqual([
      [ranking[0]!.instanceType],
    ]);
    expect(
      rankInstanceTypes(scenario({ workloads: [], nodeGroups: [{ name: "g", instanceTypes: ["m5.large"] }] }), catalog),
    ).toEqual([]);
  });

  it("leaves workloads in a Fargate profile on Fargate", () => {
    const withFargate = rankInstanceTypes(
      scenario({
        workloads: [WEB, { name: "jobs", replicas: 50, cpuMillicores: 2000, memoryMiB: 4096 }],
        daemonSets: SYSTEM_DAEMONSETS,
        fargateProfiles: [{ name: "batch", workloads: ["jobs"] }],
      }),
      catalog,
    );
    expect(withFargate.find((entry) => entry.instanceType === "m5.large")?.nodes).toBe(4);
  });
});
