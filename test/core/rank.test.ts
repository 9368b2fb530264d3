import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBurstable, planCluster, rankInstanceTypes } from "eksize";
import { catalog, getInstanceType } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

describe("rankInstanceTypes", () => {
  const ranking = rankInstanceTypes(scenario({ workloads: [WEB], daemonSets: SYSTEM_DAEMONSETS }), catalog);

  it("prices m5.large as four nodes at $0.096 for 730 hours: $280.32 a month", () => {
    const m5 = ranking.find((entry) => entry.instanceType === "m5.large")!;
    expect(m5.nodes).toBe(4);
    expect(m5.monthlyCost).toBeCloseTo(280.32, 6);
    expect(m5.monthlySpotCost).toBeCloseTo(4 * 0.04366 * 730, 6);
    expect(m5.spotInterruption).toBe(3);
    expect(m5.bindingResource).toBe("cpu");
    expect(m5.utilisation.cpu).toBeCloseTo(5500 / 7720, 10);
  });

  it("flags the T families as burstable", () => {
    expect(ranking.find((entry) => entry.instanceType === "t3.large")?.burstable).toBe(true);
    expect(ranking.find((entry) => entry.instanceType === "m5.large")?.burstable).toBe(false);
    expect([isBurstable("t4g"), isBurstable("t2"), isBurstable("trn1"), isBurstable("m7i-flex")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("puts the cheapest month first and ranks only types priced in the region", () => {
    expect(ranking.length).toBeGreaterThan(500);
    for (let index = 1; index < ranking.length; index++) {
      expect(ranking[index]!.monthlyCost).toBeGreaterThanOrEqual(ranking[index - 1]!.monthlyCost);
    }
    expect(ranking.some((entry) => entry.instanceType === "c7i.32xlarge")).toBe(false);
  });

  it("agrees with planCluster for the type it ranks first", () => {
    const best = ranking[0]!;
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "g", instanceTypes: [best.instanceType] }],
      }),
      catalog,
    );
    expect(plan.nodeGroups[0]!.nodes).toBe(best.nodes);
  });

  it("leaves out types that cannot run a pod: too small, or of another architecture", () => {
    const big = rankInstanceTypes(scenario({ workloads: [{ ...WEB, cpuMillicores: 7000 }] }), catalog);
    expect(big.every((entry) => (getInstanceType(entry.instanceType)?.vcpu ?? 0) >= 8)).toBe(true);
    const arm = rankInstanceTypes(scenario({ workloads: [{ ...WEB, architecture: "arm64" }] }), catalog);
    expect(arm.length).toBeGreaterThan(100);
    expect(arm.every((entry) => getInstanceType(entry.instanceType)?.architecture === "arm64")).toBe(true);
    const gpu = rankInstanceTypes(scenario({ workloads: [{ ...WEB, replicas: 1, gpus: 1 }] }), catalog);
    expect(gpu.every((entry) => (getInstanceType(entry.instanceType)?.gpuCount ?? 0) >= 1)).toBe(true);
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

  it("never costs less, for the cheapest type, when a workload gets more replicas; Spot never above on-demand", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 50, max: 4000 }),
        fc.integer({ min: 64, max: 16384 }),
        (replicas, extra, cpuMillicores, memoryMiB) => {
          const rank = (count: number) =>
            rankInstanceTypes(
              scenario({ workloads: [{ name: "w", replicas: count, cpuMillicores, memoryMiB }] }),
              catalog,
            );
          const fewer = rank(replicas);
          const more = rank(replicas + extra);
          expect(more[0]!.monthlyCost).toBeGreaterThanOrEqual(fewer[0]!.monthlyCost);
          for (const entry of fewer) {
            if (entry.monthlySpotCost !== null)
              expect(entry.monthlySpotCost).toBeLessThanOrEqual(entry.monthlyCost + 1e-9);
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});
