import { describe, expect, it } from "vitest";
import {
  compareStrategies,
  costCluster,
  defaultScenario,
  planCluster,
  rankInstanceTypes,
  validateScenario,
} from "eksize";
import { catalog } from "eksize/data";

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

  it("plans the cheapest-type strategy with rankInstanceTypes' cheapest non-burstable type as one on-demand group", () => {
    const cheapest = byId["cheapest-type"]!;
    const ranking = rankInstanceTypes(defaultScenario, catalog);
    expect(ranking[0]!.burstable).toBe(true); // t4g.xlarge is cheapest on paper
    const best = ranking.find((entry) => !entry.burstable)!;
    expect(cheapest.plan.nodeGroups.map((group) => [group.instanceType, group.nodes])).toEqual([
      [best.instanceType, best.nodes],
    ]);
    expect(cheapest.plan.unschedulable).toEqual([]);
  });

  it("reuses a ranking the caller already has", () => {
    const ranking = rankInstanceTypes(defaultScenario, catalog);
    expect(compareStrategies(defaultScenario, catalog, ranking)).toEqual(strategies);
    const forced = ranking.filter((entry) => entry.instanceType === "m5.2xlarge");
    const cheapest = compareStrategies(defaultScenario, catalog, forced).find(
      (strategy) => strategy.id === "cheapest-type",
    );
    expect(cheapest?.plan.nodeGroups.map((group) => group.instanceType)).toEqual(["m5.2xlarge"]);
  });

  it("leaves out the cheapest-type strategy when no single type can run every workload", () => {
    const checked = validateScenario({
      version: 1,
      region: "us-east-1",
      workloads: [
        { name: "x86", replicas: 1, cpuMillicores: 100, memoryMiB: 100, architecture: "amd64" },
        { name: "arm", replicas: 1, cpuMillicores: 100, memoryMiB: 100, architecture: "arm64" },
      ],
    });
    if (!checked.ok) throw new Error("invalid");
    expect(compareStrategies(checked.value, catalog).map((strategy) => strategy.id)).toEqual([
      "as-configured",
      "on-demand",
      "fargate",
    ]);
  });
});
