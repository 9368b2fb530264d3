import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareStrategies,
  costCluster,
  defaultScenario,
  NODE_GROUP_DEFAULTS,
  planCluster,
  rankInstanceTypes,
  withInstanceType,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

describe("compareStrategies on the default scenario", () => {
  const strategies = compareStrategies(defaultScenario, catalog);
  const byId = Object.fromEntries(strategies.map((strategy) => [strategy.id, strategy]));

  it("compares the scenario as configured, all on-demand, all Fargate and the cheapest single type", () => {
    expect(strategies.map((strategy) => strategy.id)).toEqual([
      "as-configured",
      "on-demand",
      "fargate",
      "cheapest-type",
    ]);
    const asConfigured = byId["as-configured"]!;
    expect(asConfigured.cost).toEqual(costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog));
  });

  it("buys every node on demand in the on-demand strategy, which costs at least the Spot mix", () => {
    const onDemand = byId["on-demand"]!;
    expect(onDemand.plan.nodeGroups.every((group) => group.spotNodes === 0)).toBe(true);
    expect(onDemand.cost.totalUsdPerMonth!).toBeGreaterThanOrEqual(byId["as-configured"]!.cost.totalUsdPerMonth!);
  });

  it("moves every workload Fargate can run to Fargate, and keeps the ones it cannot on nodes", () => {
    const fargate = byId.fargate!;
    const onFargate = fargate.plan.fargate.map((entry) => entry.workload).sort();
    const allowed = defaultScenario.workloads.filter((workload) => workload.fargate).map((workload) => workload.name);
    expect(onFargate).toEqual([...allowed].sort());
    expect(fargate.plan.nodeGroups.flatMap((group) => group.workloads).sort()).toEqual(["prometheus", "redis"]);
    expect(fargate.plan.unschedulable).toEqual([]);
  });

  it("plans the cheapest-type strategy as the ranking's first type in general, the rest as configured", () => {
    const cheapest = byId["cheapest-type"]!;
    const first = rankInstanceTypes(defaultScenario, catalog, { limit: 1 })[0]!;
    expect(cheapest.ranked).toEqual(first);
    // general on 4 m6g.xlarge (3 on-demand, 1 Spot) and batch-spot as configured: $631.8739 (see rank.test.ts).
    expect(cheapest.plan.nodeGroups.map((group) => [group.name, group.instanceType, group.nodes])).toEqual([
      ["general", "m6g.xlarge", 4],
      ["batch-spot", "c6a.xlarge", 2],
    ]);
    expect(cheapest.cost.totalUsdPerMonth).toBe(first.monthlyCost);
    expect(cheapest.cost.totalUsdPerMonth).toBeCloseTo(631.8739, 6);
    expect(byId["as-configured"]!.cost.totalUsdPerMonth).toBeCloseTo(686.4049, 6);
    expect(cheapest.plan.unschedulable).toEqual([]);
    expect(strategies.filter((strategy) => strategy.id !== "cheapest-type").map((strategy) => strategy.ranked)).toEqual(
      [null, null, null],
    );
  });

  it("becomes the scenario as configured once its type is used", () => {
    const cheapest = byId["cheapest-type"]!;
    const used = withInstanceType(defaultScenario, cheapest.ranked!);
    const after = compareStrategies(used, catalog).find((strategy) => strategy.id === "as-configured")!;
    expect(after.scenario).toEqual(cheapest.scenario);
    expect(after.cost).toEqual(cheapest.cost);
  });

  it("reuses a ranking the caller already has, for the group it ranked", () => {
    const ranking = rankInstanceTypes(defaultScenario, catalog, { limit: 1 });
    expect(compareStrategies(defaultScenario, catalog, ranking)).toEqual(strategies);
    const batch = rankInstanceTypes(defaultScenario, catalog, { nodeGroup: "batch-spot", limit: 1 });
    const cheapest = compareStrategies(defaultScenario, catalog, batch).find(
      (strategy) => strategy.id === "cheapest-type",
    );
    expect(cheapest?.plan.nodeGroups.map((group) => group.instanceType)).toEqual(["m6a.xlarge", "c6gd.2xlarge"]);
  });

  it("places as many pods as any type can when no type runs every workload, and is left out with nothing to rank", () => {
    const mixed = scenario({
      workloads: [
        { name: "x86", replicas: 1, cpuMillicores: 100, memoryMiB: 100, architecture: "amd64" },
        { name: "arm", replicas: 1, cpuMillicores: 100, memoryMiB: 100, architecture: "arm64" },
      ],
    });
    // One new node group, of one architecture: the other workload's pod has no group under every type.
    const cheapest = compareStrategies(mixed, catalog).find((strategy) => strategy.id === "cheapest-type")!;
    expect(cheapest.ranked?.unschedulablePods).toBe(1);
    expect(cheapest.plan.unschedulable.map((entry) => [entry.pods, entry.reason.kind])).toEqual([[1, "no-node-group"]]);

    const idle = scenario({ workloads: [], nodeGroups: [{ name: "g", instanceTypes: ["m5.large"] }] });
    expect(compareStrategies(idle, catalog).map((strategy) => strategy.id)).toEqual([
      "as-configured",
      "on-demand",
      "fargate",
    ]);
  });
});

describe("the cheapest-type strategy and the ranking: one rule", () => {
  const workload = fc.record({
    replicas: fc.integer({ min: 0, max: 40 }),
    cpuMillicores: fc.integer({ min: 50, max: 6000 }),
    memoryMiB: fc.integer({ min: 64, max: 24_000 }),
    architecture: fc.constantFrom(null, null, "arm64" as const, "amd64" as const),
    gpus: fc.constantFrom(0, 0, 0, 1),
    pinned: fc.boolean(),
    fargate: fc.boolean(),
  });
  const capacity = fc.constantFrom(
    { type: "on-demand" },
    { type: "spot" },
    { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
  );
  const group = fc.record({
    instanceTypes: fc.constantFrom(["m5.large"], ["c6g.xlarge", "c7g.xlarge"], ["r6i.2xlarge"], ["g5.xlarge"]),
    capacity,
    minNodes: fc.integer({ min: 0, max: 4 }),
    availabilityZones: fc.integer({ min: 1, max: 3 }),
    maxNodes: fc.constantFrom(null, null, 6),
  });
  const anyScenario = fc
    .record({
      workloads: fc.array(workload, { minLength: 1, maxLength: 4 }),
      groups: fc.array(group, { minLength: 0, maxLength: 2 }),
      ranked: fc.integer({ min: 0, max: 1 }),
      computeSavingsPercent: fc.constantFrom(0, 20),
      enterpriseDiscountPercent: fc.constantFrom(0, 10),
    })
    .map(({ workloads, groups, ranked, computeSavingsPercent, enterpriseDiscountPercent }) => {
      const nodeGroups = groups.map((settings, index) => ({ name: `g${index}`, ...settings }));
      const built = scenario({
        workloads: workloads.map(({ pinned, fargate, ...fields }, index) => ({
          name: `w${index}`,
          ...fields,
          nodeGroup: pinned && nodeGroups.length > 0 ? "g0" : null,
          fargate,
        })),
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups,
        fargateProfiles: workloads.some((entry) => entry.fargate) ? [{ name: "f", workloads: ["w0"] }] : [],
        cluster: { discounts: { computeSavingsPercent, enterpriseDiscountPercent } },
      });
      return { built, nodeGroup: nodeGroups[ranked]?.name ?? null };
    });

  it("plans the strategy with the ranking's first type, at the ranking's cost, in every scenario", () => {
    fc.assert(
      fc.property(anyScenario, ({ built, nodeGroup }) => {
        const ranking = rankInstanceTypes(built, catalog, { nodeGroup, limit: 3 });
        const cheapest = compareStrategies(built, catalog, ranking).find((strategy) => strategy.id === "cheapest-type");
        if (ranking.length === 0) {
          expect(cheapest).toBeUndefined();
          return;
        }
        const first = ranking[0]!;
        const planned = cheapest!.plan.nodeGroups.find((entry) => entry.name === first.nodeGroup)!;
        expect(planned.instanceType).toBe(first.instanceType);
        expect(planned.nodes).toBe(first.nodes);
        expect(cheapest!.cost.totalUsdPerMonth).toBe(first.monthlyCost);
        // The limit only saves work: the first entries are those of the whole ranking.
        expect(ranking).toEqual(rankInstanceTypes(built, catalog, { nodeGroup }).slice(0, 3));
        // The group's minimum holds.
        const settings = built.nodeGroups.find((entry) => entry.name === first.nodeGroup) ?? NODE_GROUP_DEFAULTS;
        expect(first.nodes).toBeGreaterThanOrEqual(settings.minNodes);
      }),
      { numRuns: 12 },
    );
  });
});
