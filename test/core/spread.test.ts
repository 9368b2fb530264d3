import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterAddresses, planCluster, type NodeGroupPlan, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

// m5.large with aws-node and kube-proxy offers the workloads 1805m, 6959 MiB and 27 pod slots
// (plan.test.ts): three pods of 250m / 512 MiB fit one node many times over.
const SMALL = { name: "web", cpuMillicores: 250, memoryMiB: 512 };
const SPREAD = { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" };

/** The plan of one m5.large group over `zones` zones (and `group`'s other settings) for `workloads`. */
function plan(workloads: readonly Record<string, unknown>[], group: Record<string, unknown> = {}) {
  return planCluster(
    scenario({
      workloads,
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], availabilityZones: 3, ...group }],
    }),
    catalog,
  );
}

describe("a zone spread in the plan", () => {
  it("puts 3 replicas with maxSkew 1 over 3 zones on 3 nodes, one in each zone", () => {
    const planned = plan([{ ...SMALL, replicas: 3, zoneSpread: SPREAD }]);
    const group = planned.nodeGroups[0]!;
    expect(group.nodes).toBe(3);
    expect(group.zones).toBe(3);
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 1 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 2 },
    ]);
    expect(planned.unschedulable).toEqual([]);
  });

  it("changes nothing without a spread, or with a preferred one (ScheduleAnyway): the 3 replicas share 1 node", () => {
    for (const zoneSpread of [null, { maxSkew: 1, whenUnsatisfiable: "ScheduleAnyway" }]) {
      const group = plan([{ ...SMALL, replicas: 3, zoneSpread }]).nodeGroups[0]!;
      expect(group.nodes).toBe(1);
      expect(group.zones).toBeNull();
      expect(group.fills).toEqual([{ count: 1, instanceType: "m5.large", pods: { web: 3 }, zone: null }]);
    }
  });

  it("gives the first zones one replica more, and splits the other workloads of the group the same way", () => {
    // web: 2, 2, 1 over the zones; cache (no spread) 3 replicas: 1, 1, 1. Each zone's pods fit one node.
    const group = plan([
      { ...SMALL, replicas: 5, zoneSpread: SPREAD },
      { name: "cache", replicas: 3, cpuMillicores: 500, memoryMiB: 1024 },
    ]).nodeGroups[0]!;
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { web: 2, cache: 1 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 2, cache: 1 }, zone: 1 },
      { count: 1, instanceType: "m5.large", pods: { web: 1, cache: 1 }, zone: 2 },
    ]);
  });

  it("splits minNodes over the zones as an Auto Scaling group balances them: 4 nodes are 2, 1, 1", () => {
    const group = plan([{ ...SMALL, replicas: 3, zoneSpread: SPREAD }], { minNodes: 4 }).nodeGroups[0]!;
    expect(group.nodes).toBe(4);
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: {}, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 1 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 2 },
    ]);
  });

  it("plans no more zones than maxNodes allows: with 2 nodes at most, 3 replicas spread 2 and 1 over 2 zones", () => {
    const planned = plan([{ ...SMALL, replicas: 3, zoneSpread: SPREAD }], { maxNodes: 2 });
    expect(planned.nodeGroups[0]!.zones).toBe(2);
    expect(planned.nodeGroups[0]!.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { web: 2 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 1 },
    ]);
    expect(planned.unschedulable).toEqual([]);
  });

  it("holds each zone to its share of maxNodes: 6 pods of 1 vCPU over 3 zones with 4 nodes leave 2 pending", () => {
    // One 1000m pod a node; the zones may have 2, 1 and 1 nodes and each wants 2 pods.
    const planned = plan([{ name: "api", replicas: 6, cpuMillicores: 1000, memoryMiB: 1024, zoneSpread: SPREAD }], {
      maxNodes: 4,
    });
    expect(planned.nodeGroups[0]!.nodes).toBe(4);
    expect(planned.unschedulable).toEqual([
      { workload: "api", pods: 2, nodeGroup: "general", reason: { kind: "max-nodes", maxNodes: 4 } },
    ]);
  });

  it("plans a group with one zone as one pool, whatever its pods' spread", () => {
    const group = plan([{ ...SMALL, replicas: 3, zoneSpread: SPREAD }], { availabilityZones: 1 }).nodeGroups[0]!;
    expect(group.nodes).toBe(1);
    expect(group.zones).toBeNull();
  });
});

describe("at most so many pods of a workload per node", () => {
  it("puts one pod on each node with maxPodsPerNode 1 (required anti-affinity on the hostname): 4 replicas, 4 nodes", () => {
    const group = plan([{ ...SMALL, replicas: 4, maxPodsPerNode: 1 }]).nodeGroups[0]!;
    expect(group.nodes).toBe(4);
    expect(group.fills).toEqual([{ count: 4, instanceType: "m5.large", pods: { web: 1 }, zone: null }]);
  });

  it("combines with a zone spread: 7 replicas, 2 per node, over 3 zones (3, 2, 2 pods) need 2, 1 and 1 nodes", () => {
    const group = plan([{ ...SMALL, replicas: 7, maxPodsPerNode: 2, zoneSpread: SPREAD }]).nodeGroups[0]!;
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { web: 2 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: 0 },
      { count: 1, instanceType: "m5.large", pods: { web: 2 }, zone: 1 },
      { count: 1, instanceType: "m5.large", pods: { web: 2 }, zone: 2 },
    ]);
  });

  it("reports the pods the limit keeps off every node allowed: 5 replicas, 1 per node, at most 3 nodes", () => {
    const planned = plan([{ ...SMALL, replicas: 5, maxPodsPerNode: 1 }], { maxNodes: 3 });
    expect(planned.nodeGroups[0]!.nodes).toBe(3);
    expect(planned.unschedulable).toEqual([
      {
        workload: "web",
        pods: 2,
        nodeGroup: "general",
        reason: { kind: "max-pods-per-node", maxPodsPerNode: 1, maxNodes: 3 },
      },
    ]);
  });

  it("tells the pods the limit keeps out from those the nodes are too full for", () => {
    // 1 vCPU pods, 2 per node at most: a node holds 1 by CPU; 3 nodes take 3 pods of 8. The limit keeps
    // 8 − 2 × 3 = 2 off any 3 nodes; the other 3 pending pods are the nodes' CPU.
    const planned = plan([{ name: "api", replicas: 8, cpuMillicores: 1000, memoryMiB: 1024, maxPodsPerNode: 2 }], {
      maxNodes: 3,
    });
    expect(planned.unschedulable).toEqual([
      {
        workload: "api",
        pods: 2,
        nodeGroup: "general",
        reason: { kind: "max-pods-per-node", maxPodsPerNode: 2, maxNodes: 3 },
      },
      { workload: "api", pods: 3, nodeGroup: "general", reason: { kind: "max-nodes", maxNodes: 3 } },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------

/** A group of 1 to 6 zones, with or without limits, and 1 to 4 workloads that may spread or be capped. */
const anyScenario: fc.Arbitrary<Scenario> = fc
  .record({
    availabilityZones: fc.integer({ min: 1, max: 6 }),
    minNodes: fc.integer({ min: 0, max: 7 }),
    extra: fc.option(fc.integer({ min: 0, max: 10 })),
    instanceType: fc.constantFrom("m5.large", "c5.xlarge", "r5.2xlarge"),
    workloads: fc.array(
      fc.record({
        replicas: fc.integer({ min: 0, max: 40 }),
        cpuMillicores: fc.integer({ min: 0, max: 5000 }),
        memoryMiB: fc.integer({ min: 0, max: 20_000 }),
        zoneSpread: fc.constantFrom(
          null,
          { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" },
          { maxSkew: 2, whenUnsatisfiable: "ScheduleAnyway" },
        ),
        maxPodsPerNode: fc.option(fc.integer({ min: 1, max: 5 })),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ availabilityZones, minNodes, extra, instanceType, workloads }) =>
    scenario({
      workloads: workloads.map((workload, index) => ({ name: `w${index}`, ...workload })),
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [
        {
          name: "general",
          instanceTypes: [instanceType],
          availabilityZones,
          minNodes,
          maxNodes: extra === null ? null : minNodes + extra,
        },
      ],
    }),
  );

/** Nodes of a planned group in each zone (one zone when it was not split). */
function nodesPerZone(group: NodeGroupPlan): number[] {
  const nodes = new Array<number>(group.zones ?? 1).fill(0);
  for (const fill of group.fills) nodes[fill.zone ?? 0]! += fill.count;
  return nodes;
}

describe("spread and per-node limits, for any scenario", () => {
  it("never puts more than maxPodsPerNode of a workload on a node, and places or reports every pod", () => {
    fc.assert(
      fc.property(anyScenario, (input) => {
        const planned = planCluster(input, catalog);
        const group = planned.nodeGroups[0]!;
        for (const workload of input.workloads) {
          const placed = group.fills.reduce((sum, fill) => sum + fill.count * (fill.pods[workload.name] ?? 0), 0);
          const pending = planned.unschedulable
            .filter((entry) => entry.workload === workload.name)
            .reduce((sum, entry) => sum + entry.pods, 0);
          expect(placed + pending).toBe(workload.replicas);
          for (const fill of group.fills) {
            expect(fill.pods[workload.name] ?? 0).toBeLessThanOrEqual(workload.maxPodsPerNode ?? Infinity);
          }
        }
      }),
    );
  });

  it("puts a split group's nodes in the network's zones where the plan put them", () => {
    fc.assert(
      fc.property(anyScenario, (input) => {
        const planned = planCluster(input, catalog);
        const group = planned.nodeGroups[0]!;
        if (group.zones === null) return;
        const perZone = clusterAddresses(input, planned, catalog).nodeGroups[0]!.perZone.map((zone) => zone.nodes);
        const expected = nodesPerZone(group);
        expect(perZone).toEqual([...expected, ...new Array<number>(perZone.length - expected.length).fill(0)]);
      }),
    );
  });

  it("keeps each zone's pods of a hard-spread workload within maxSkew 1, and the nodes within the group's limits", () => {
    fc.assert(
      fc.property(anyScenario, (input) => {
        const planned = planCluster(input, catalog);
        const group = planned.nodeGroups[0]!;
        const settings = input.nodeGroups[0]!;
        expect(group.nodes).toBe(nodesPerZone(group).reduce((sum, nodes) => sum + nodes, 0));
        expect(group.nodes).toBeGreaterThanOrEqual(settings.minNodes);
        expect(group.nodes).toBeLessThanOrEqual(settings.maxNodes ?? Infinity);
        if (group.zones === null) return;
        const nothingPending = planned.unschedulable.length === 0;
        for (const workload of input.workloads) {
          const perZone = new Array<number>(group.zones).fill(0);
          for (const fill of group.fills) perZone[fill.zone!]! += fill.count * (fill.pods[workload.name] ?? 0);
          // With every pod placed, each zone holds its even share: never more than one apart.
          if (nothingPending) expect(Math.max(...perZone) - Math.min(...perZone)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
