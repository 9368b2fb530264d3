import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costCluster, planCluster, planCsv, planReport, type PodGroup, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { launchNodeClaims, type LaunchOption } from "../../src/core/plan/karpenter-launch.js";
import { consolidate } from "../../src/core/plan/karpenter-consolidation.js";
import { scenario, WEB } from "../support/scenario.js";

const API = { name: "api", replicas: 7, cpuMillicores: 1500, memoryMiB: 3000 };
const TYPES = ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large", "c5.xlarge", "r5.large"];

/** WEB and API on one node group of `instanceTypes`, planned by Karpenter unless `autoscaler` says otherwise. */
function pool(
  instanceTypes: readonly string[],
  group: Record<string, unknown> = {},
  autoscaler = "karpenter",
): Scenario {
  return scenario({
    workloads: [WEB, API],
    nodeGroups: [{ name: "pool", instanceTypes, ...group }],
    cluster: { autoscaler },
  });
}

function billOf(input: Scenario): number {
  return costCluster(input, planCluster(input, catalog), catalog).totalUsdPerMonth!;
}

describe("a Karpenter NodePool planned as Karpenter launches", () => {
  // Pods largest first: 7 api (1500m, 3000 MiB), then 10 web (500m, 1 GiB). A claim grows until no
  // type holds more: 5 api fill an m5.2xlarge (7,910m allocatable less 125m of DaemonSets); the next
  // takes 2 api and 9 web; the last web pod goes alone, on the cheapest type that holds it, c5.large.
  it("mixes types node by node: 2 m5.2xlarge and a c5.large", () => {
    const group = planCluster(pool(TYPES), catalog).nodeGroups[0]!;
    expect(group.provisioning).toBe("karpenter");
    expect(group.byType.map((nodes) => [nodes.instanceType, nodes.nodes])).toEqual([
      ["m5.2xlarge", 2],
      ["c5.large", 1],
    ]);
    expect(group.instanceType).toBe("m5.2xlarge");
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m5.2xlarge", pods: { api: 5 }, zone: null },
      { count: 1, instanceType: "m5.2xlarge", pods: { web: 9, api: 2 }, zone: null },
      { count: 1, instanceType: "c5.large", pods: { web: 1 }, zone: null },
    ]);
    expect(group.consolidation).toEqual({ launchedNodes: 3, launchedUsdPerHour: 0.853, steps: [] });
  });

  it("costs no more than the cheapest single type for the same pods", () => {
    const mixed = billOf(pool(TYPES));
    const singles = TYPES.map((type) => billOf(pool([type])));
    expect(mixed).toBeCloseTo(700.49, 2);
    expect(Math.min(...singles)).toBeCloseTo(781.8, 2); // m5.xlarge, 5 nodes
    expect(mixed).toBeLessThanOrEqual(Math.min(...singles));
    // The same group as a managed node group takes its best single type.
    expect(billOf(pool(TYPES, {}, "cluster-autoscaler"))).toBeCloseTo(781.8, 2);
  });

  it("bills each type at its own price", () => {
    const input = pool(TYPES);
    const cost = costCluster(input, planCluster(input, catalog), catalog);
    expect(cost.lines.onDemand.terms.map((term) => [term.instanceType, term.quantity, term.usdPerUnit])).toEqual([
      ["m5.2xlarge", 2, 0.384],
      ["c5.large", 1, 0.085],
    ]);
  });

  // With minValues 3 a claim stops growing while three types can still hold it: the m5.xlarge, c5.xlarge
  // and m5.2xlarge hold 2 api and a web pod; the claim launches as the cheapest, m5.xlarge.
  it("keeps minValues types per node, which caps how large a node grows", () => {
    const group = planCluster(pool(TYPES, { minValues: 3 }), catalog).nodeGroups[0]!;
    expect(group.fills).toEqual([
      { count: 3, instanceType: "m5.xlarge", pods: { web: 1, api: 2 }, zone: null },
      { count: 1, instanceType: "c5.xlarge", pods: { web: 3, api: 1 }, zone: null },
      { count: 1, instanceType: "c5.xlarge", pods: { web: 4 }, zone: null },
    ]);
    expect(billOf(pool(TYPES, { minValues: 3 }))).toBeCloseTo(749.68, 2);
  });

  it("launches Spot nodes by their Spot price in an all-Spot pool", () => {
    const group = planCluster(pool(["m5.xlarge", "m5a.xlarge"], { capacity: { type: "spot" } }), catalog)
      .nodeGroups[0]!;
    const prices = catalog.regions["us-east-1"]!.instances;
    const spot = (type: string) => prices[type]!.spotUsdPerHour!;
    const cheaper = spot("m5.xlarge") <= spot("m5a.xlarge") ? "m5.xlarge" : "m5a.xlarge";
    expect(group.spotNodes).toBe(group.nodes);
    expect(group.byType.map((nodes) => nodes.instanceType)).toEqual([cheaper]);
  });

  it("holds the NodePool's node limit, leaving the rest pending", () => {
    const plan = planCluster(pool(TYPES, { maxNodes: 1 }), catalog);
    expect(plan.nodeGroups[0]!.nodes).toBe(1);
    expect(plan.unschedulable).toEqual([
      { workload: "web", pods: 10, nodeGroup: "pool", reason: { kind: "max-nodes", maxNodes: 1 } },
      { workload: "api", pods: 2, nodeGroup: "pool", reason: { kind: "max-nodes", maxNodes: 1 } },
    ]);
  });
});

/** Two made-up types: `small` 2 CPUs for $1, `large` 4 CPUs for $1.50; pods of one group of 1 CPU. */
function options(count: number): { groups: PodGroup[]; options: LaunchOption[] } {
  const groups = [{ key: "p", count, cpuMillicores: 1000, memoryMiB: 0 }];
  const option = (name: string, cpus: number, usdPerHour: number): LaunchOption => ({
    name,
    capacity: { cpuMillicores: cpus * 1000, memoryMiB: 1000, pods: 100, gpus: 0 },
    pods: groups,
    usdPerHour,
  });
  return { groups, options: [option("small", 2, 1), option("large", 4, 1.5)] };
}

describe("a NodePool's spread rules", () => {
  const SPREAD = { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" };
  const small = (workload: Record<string, unknown>, group: Record<string, unknown> = {}) =>
    planCluster(
      scenario({
        workloads: [{ name: "web", cpuMillicores: 250, memoryMiB: 512, ...workload }],
        nodeGroups: [{ name: "pool", instanceTypes: TYPES, availabilityZones: 3, ...group }],
        cluster: { autoscaler: "karpenter" },
      }),
      catalog,
    ).nodeGroups[0]!;

  // Alone, the 3 pods fit one c5.large; spread with maxSkew 1 over 3 zones they need a node in each,
  // and consolidation never moves a pod to another zone.
  it("launches 3 replicas with maxSkew 1 over 3 zones as 3 nodes, one in each zone", () => {
    expect(small({ replicas: 3 }).fills).toEqual([
      { count: 1, instanceType: "c5.large", pods: { web: 3 }, zone: null },
    ]);
    const group = small({ replicas: 3, zoneSpread: SPREAD });
    expect(group.zones).toBe(3);
    expect(group.fills).toEqual([
      { count: 1, instanceType: "c5.large", pods: { web: 1 }, zone: 0 },
      { count: 1, instanceType: "c5.large", pods: { web: 1 }, zone: 1 },
      { count: 1, instanceType: "c5.large", pods: { web: 1 }, zone: 2 },
    ]);
    expect(group.consolidation?.steps).toEqual([]);
  });

  it("puts one pod on each node with maxPodsPerNode 1, and consolidation keeps them apart: 4 replicas, 4 nodes", () => {
    const group = small({ replicas: 4, maxPodsPerNode: 1 });
    expect(group.fills).toEqual([{ count: 4, instanceType: "c5.large", pods: { web: 1 }, zone: null }]);
    expect(group.consolidation).toMatchObject({ launchedNodes: 4, steps: [] });
  });

  it("leaves pending, for max-pods-per-node, the pods the node limit keeps off: 4 replicas, 2 per node, 1 node", () => {
    const planned = planCluster(
      scenario({
        workloads: [{ name: "web", replicas: 4, cpuMillicores: 250, memoryMiB: 512, maxPodsPerNode: 2 }],
        nodeGroups: [{ name: "pool", instanceTypes: TYPES, maxNodes: 1 }],
        cluster: { autoscaler: "karpenter" },
      }),
      catalog,
    );
    expect(planned.nodeGroups[0]!.fills).toEqual([
      { count: 1, instanceType: "c5.large", pods: { web: 2 }, zone: null },
    ]);
    expect(planned.unschedulable).toEqual([
      {
        workload: "web",
        pods: 2,
        nodeGroup: "pool",
        reason: { kind: "max-pods-per-node", maxPodsPerNode: 2, maxNodes: 1 },
      },
    ]);
  });
});

describe("launchNodeClaims and consolidate", () => {
  it("fills claims to the roomiest type, then launches the cheapest that holds the rest", () => {
    const { groups, options: types } = options(9);
    expect(launchNodeClaims(groups, types, { minValues: 1, maxNodes: null })).toEqual({
      nodes: [
        { option: 1, count: 2, pods: [4] },
        { option: 0, count: 1, pods: [1] },
      ],
      tooLarge: [0],
      beyondMaxNodes: [0],
    });
  });

  it("deletes a node whose pods fit in another's room", () => {
    const { options: types } = options(0);
    // A large node with 2 pods and a small node with 1: the small node's pod moves to the large one.
    const result = consolidate(
      [
        { option: 1, count: 1, pods: [2] },
        { option: 0, count: 1, pods: [1] },
      ],
      types,
    );
    expect(result.nodes).toEqual([{ option: 1, count: 1, pods: [3] }]);
    expect(result.steps).toEqual([{ kind: "delete", removed: [0], launched: null, usdPerHour: 1 }]);
  });

  it("replaces two nodes with one cheaper node", () => {
    const { options: types } = options(0);
    // Two full small nodes ($2) hold 4 pods: one large node ($1.50) holds them too.
    const result = consolidate(
      [
        { option: 0, count: 1, pods: [2] },
        { option: 0, count: 1, pods: [2] },
      ],
      types,
    );
    expect(result.nodes).toEqual([{ option: 1, count: 1, pods: [4] }]);
    expect(result.steps).toEqual([{ kind: "replace", removed: [0, 0], launched: 1, usdPerHour: 0.5 }]);
  });

  it("places or reports every pod, never overfills a node nor puts more than maxPerNode of a group on it, and consolidation never costs more", () => {
    const group = fc.record({
      count: fc.integer({ min: 0, max: 40 }),
      cpuMillicores: fc.integer({ min: 0, max: 5000 }),
      memoryMiB: fc.integer({ min: 0, max: 9000 }),
      maxPerNode: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    const type = fc.record({
      cpus: fc.integer({ min: 1, max: 8 }),
      memoryMiB: fc.integer({ min: 512, max: 16_384 }),
      pods: fc.integer({ min: 1, max: 30 }),
      usdPerHour: fc.integer({ min: 1, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 5 }),
        fc.array(type, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (rawGroups, rawTypes, minValues) => {
          const groups: PodGroup[] = rawGroups.map(({ maxPerNode, ...entry }, index) => ({
            key: `g${index}`,
            ...entry,
            ...(maxPerNode === null ? {} : { maxPerNode }),
          }));
          const types = rawTypes.map((entry, index) => ({
            name: `t${index}`,
            capacity: { cpuMillicores: entry.cpus * 1000, memoryMiB: entry.memoryMiB, pods: entry.pods, gpus: 0 },
            pods: groups,
            usdPerHour: entry.usdPerHour,
          }));
          const launch = launchNodeClaims(groups, types, { minValues, maxNodes: null });
          const fits = (option: number, pods: readonly number[]) => {
            const capacity = types[option]!.capacity;
            const sum = (pick: (group: PodGroup) => number) =>
              pods.reduce((total, count, index) => total + count * pick(groups[index]!), 0);
            return (
              sum((group) => group.cpuMillicores) <= capacity.cpuMillicores &&
              sum((group) => group.memoryMiB) <= capacity.memoryMiB &&
              pods.reduce((total, count) => total + count, 0) <= capacity.pods &&
              pods.every((count, index) => count <= (groups[index]!.maxPerNode ?? Number.POSITIVE_INFINITY))
            );
          };
          groups.forEach((entry, index) => {
            const placed = launch.nodes.reduce((total, node) => total + node.count * node.pods[index]!, 0);
            expect(placed + launch.tooLarge[index]! + launch.beyondMaxNodes[index]!).toBe(entry.count);
            expect(launch.beyondMaxNodes[index]).toBe(0);
          });
          for (const node of launch.nodes) expect(fits(node.option, node.pods)).toBe(true);
          const price = (nodes: typeof launch.nodes) =>
            nodes.reduce((total, node) => total + node.count * types[node.option]!.usdPerHour, 0);
          const after = consolidate(launch.nodes, types);
          for (const node of after.nodes) expect(fits(node.option, node.pods)).toBe(true);
          expect(price(after.nodes)).toBeLessThanOrEqual(price(launch.nodes));
          groups.forEach((_, index) => {
            const count = (nodes: typeof launch.nodes) =>
              nodes.reduce((total, node) => total + node.count * node.pods[index]!, 0);
            expect(count(after.nodes)).toBe(count(launch.nodes));
          });
        },
      ),
    );
  });
});

describe("the plan report of a NodePool", () => {
  it("lists its nodes by type, and the CSV writes them as type:nodes pairs", () => {
    const input = pool(TYPES);
    const plan = planCluster(input, catalog);
    const report = planReport(input, plan, costCluster(input, plan, catalog));
    expect(report.nodeGroups[0]!.instanceTypes).toEqual([
      { instanceType: "m5.2xlarge", nodes: 2, onDemandNodes: 2, spotNodes: 0 },
      { instanceType: "c5.large", nodes: 1, onDemandNodes: 1, spotNodes: 0 },
    ]);
    expect(planCsv(report).split("\r\n")[1]).toContain(",m5.2xlarge:2 c5.large:1,");
  });
});
