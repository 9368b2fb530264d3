import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultScenario,
  nodeLowerBound,
  planCluster,
  podsBeyondMaxNodes,
  unschedulablePodCount,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

/** A scenario from the essentials, completed by validateScenario (which fills every default). */

describe("planCluster on worked examples", () => {
  // m5.large, Amazon Linux: 1930m, 6959 MiB (7633 MiB MemTotal − 574 − 100), 29 pods. Less the
  // DaemonSets: 1805m, 6959 MiB, 27 slots.
  // 500m pods: 3 a node by CPU (7 by memory), so 10 pods need 4 nodes: 3 + 3 + 3 + 1.
  it("packs ten 500m pods onto four m5.large nodes, CPU binding", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
      }),
      catalog,
    );
    const group = plan.nodeGroups[0]!;
    expect(group.instanceType).toBe("m5.large");
    expect(group.nodes).toBe(4);
    expect(group.workloadCapacity).toEqual({ cpuMillicores: 1805, memoryMiB: 6959, pods: 27, gpus: 0 });
    expect(group.daemonSetOverhead).toEqual({ cpuMillicores: 125, memoryMiB: 0, pods: 2 });
    expect(group.fills).toEqual([
      { count: 3, instanceType: "m5.large", pods: { web: 3 }, zone: null },
      { count: 1, instanceType: "m5.large", pods: { web: 1 }, zone: null },
    ]);
    expect(group.utilisation.cpu).toBeCloseTo(5500 / 7720, 10);
    expect(group.utilisation.memory).toBeCloseTo(10240 / (4 * 6959), 10);
    expect(group.utilisation.pods).toBeCloseTo(18 / 116, 10);
    expect(group.bindingResource).toBe("cpu");
    expect([group.onDemandNodes, group.spotNodes]).toEqual([4, 0]);
    expect(plan.unschedulable).toEqual([]);
  });

  // m5.xlarge: 3920m − 125m = 3795m → 7 pods a node → 2 nodes at 2 × $0.192 = $0.384/h, the same as
  // 4 × m5.large at $0.096: the tie goes to fewer nodes.
  it("sizes a group with the type that places every pod at the lowest on-demand cost, then the fewest nodes", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large", "m5.xlarge", "m5.2xlarge"] }],
      }),
      catalog,
    );
    const group = plan.nodeGroups[0]!;
    expect(group.options).toEqual([
      { instanceType: "m5.large", nodes: 4, unplacedPods: 0, onDemandUsdPerHour: 0.384 },
      { instanceType: "m5.xlarge", nodes: 2, unplacedPods: 0, onDemandUsdPerHour: 0.384 },
      { instanceType: "m5.2xlarge", nodes: 1, unplacedPods: 0, onDemandUsdPerHour: 0.384 },
    ]);
    expect(group.instanceType).toBe("m5.2xlarge");
  });

  it("splits a mixed group: the on-demand base, then the Spot share of the rest with on-demand rounded up", () => {
    const mixed = (replicas: number) =>
      planCluster(
        scenario({
          workloads: [{ ...WEB, replicas }],
          daemonSets: SYSTEM_DAEMONSETS,
          nodeGroups: [
            {
              name: "general",
              instanceTypes: ["m5.large"],
              capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
            },
          ],
        }),
        catalog,
      ).nodeGroups[0]!;
    expect([mixed(12).nodes, mixed(12).onDemandNodes, mixed(12).spotNodes]).toEqual([4, 3, 1]);
    expect([mixed(15).nodes, mixed(15).onDemandNodes, mixed(15).spotNodes]).toEqual([5, 4, 1]);
    expect([mixed(3).nodes, mixed(3).onDemandNodes, mixed(3).spotNodes]).toEqual([1, 1, 0]);
  });

  it("keeps the minimum nodes and headroom: 50% target utilisation halves what a node takes", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], minNodes: 6, targetUtilisationPercent: 50 }],
      }),
      catalog,
    );
    // floor(1930 × 0.5) − 125 = 840m: one 500m pod a node, so 10 nodes (above the minimum of 6).
    expect(plan.nodeGroups[0]!.workloadCapacity?.cpuMillicores).toBe(840);
    expect(plan.nodeGroups[0]!.nodes).toBe(10);
  });

  it("runs Fargate-profile workloads on Fargate at their Fargate size", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB, { name: "jobs", replicas: 2, cpuMillicores: 250, memoryMiB: 512 }],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
        fargateProfiles: [{ name: "batch", workloads: ["jobs"] }],
      }),
      catalog,
    );
    expect(plan.fargate).toEqual([{ workload: "jobs", pods: 2, size: { vcpu: 0.25, memoryGB: 1 } }]);
    expect(plan.nodeGroups[0]!.workloads).toEqual(["web"]);
  });

  it("says why pods cannot run: too big, a GPU, no pod slot, no node group of their architecture, Fargate", () => {
    const plan = planCluster(
      scenario({
        workloads: [
          { name: "huge", replicas: 2, cpuMillicores: 4000, memoryMiB: 1024 },
          { name: "trainer", replicas: 1, cpuMillicores: 500, memoryMiB: 1024, gpus: 1 },
          { name: "graviton", replicas: 3, cpuMillicores: 100, memoryMiB: 128, architecture: "arm64" },
          { name: "agent", replicas: 1, cpuMillicores: 100, memoryMiB: 128, hostNetwork: true },
        ],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
        fargateProfiles: [{ name: "default", workloads: ["agent"] }],
      }),
      catalog,
    );
    expect(plan.unschedulable).toEqual([
      { workload: "agent", pods: 1, nodeGroup: null, reason: { kind: "fargate", ineligibility: "host-network" } },
      { workload: "graviton", pods: 3, nodeGroup: null, reason: { kind: "no-node-group" } },
      { workload: "huge", pods: 2, nodeGroup: "general", reason: { kind: "exceeds-node", resource: "cpu" } },
      {
        workload: "trainer",
        pods: 1,
        nodeGroup: "general",
        reason: { kind: "exceeds-node", resource: "gpus", accelerator: "nvidia.com/gpu", devices: 1 },
      },
    ]);
    expect(unschedulablePodCount(plan)).toBe(7);
  });

  it("sends GPU and arm64 workloads to the first group whose first type has them", () => {
    const plan = planCluster(
      scenario({
        workloads: [
          { name: "trainer", replicas: 2, cpuMillicores: 2000, memoryMiB: 8192, gpus: 1 },
          { name: "graviton", replicas: 3, cpuMillicores: 100, memoryMiB: 128, architecture: "arm64" },
          WEB,
        ],
        nodeGroups: [
          { name: "general", instanceTypes: ["m5.large"] },
          { name: "arm", instanceTypes: ["m6g.large"] },
          { name: "gpu", instanceTypes: ["g5.xlarge"] },
        ],
      }),
      catalog,
    );
    expect(plan.nodeGroups.map((group) => [group.name, group.workloads])).toEqual([
      ["general", ["web"]],
      ["arm", ["graviton"]],
      ["gpu", ["trainer"]],
    ]);
    expect(plan.nodeGroups[2]!.nodes).toBe(2);
    expect(plan.unschedulable).toEqual([]);
  });

  it("reports DaemonSets that use up every pod slot (t3.nano has 4)", () => {
    const daemonSets = ["a", "b", "c", "d"].map((name) => ({ name, cpuMillicores: 1, memoryMiB: 1 }));
    const plan = planCluster(
      scenario({
        workloads: [{ name: "sidecar", replicas: 10, cpuMillicores: 10, memoryMiB: 10 }],
        daemonSets,
        nodeGroups: [{ name: "tiny", instanceTypes: ["t3.nano"] }],
      }),
      catalog,
    );
    expect(plan.unschedulable).toEqual([
      { workload: "sidecar", pods: 10, nodeGroup: "tiny", reason: { kind: "exceeds-node", resource: "pods" } },
    ]);
  });

  it("lists instance types the catalogue lacks or cannot size, with suggestions, and plans with the rest", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.lage", "c7i.32xlarge", "m5.large"] }],
      }),
      catalog,
    );
    expect(plan.issues).toEqual([
      {
        code: "unknown-instance-type",
        path: "nodeGroups.0.instanceTypes.0",
        params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge", "m5a.large"] },
      },
      { code: "vcpu-unknown", path: "nodeGroups.0.instanceTypes.1", params: { instanceType: "c7i.32xlarge" } },
    ]);
    expect(plan.nodeGroups[0]!.instanceType).toBe("m5.large");
  });

  // m5.large has 29 pod slots (3 ENIs × 9 + 2): aws-node and kube-proxy take 2 of them on every EKS node.
  it("counts aws-node and kube-proxy when the scenario lists no DaemonSets: 29 tiny pods need 2 m5.large, not 1", () => {
    const tiny = { name: "tiny", replicas: 29, cpuMillicores: 10, memoryMiB: 16 };
    const plan = planCluster(
      scenario({ workloads: [tiny], nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }] }),
      catalog,
    );
    expect(plan.addedDaemonSets).toEqual(["aws-node", "kube-proxy"]);
    expect(plan.nodeGroups[0]!.daemonSetOverhead).toEqual({ cpuMillicores: 150, memoryMiB: 0, pods: 2 });
    expect(plan.nodeGroups[0]!.workloadCapacity).toEqual({ cpuMillicores: 1780, memoryMiB: 6959, pods: 27, gpus: 0 });
    expect(plan.nodeGroups[0]!.fills).toEqual([
      { count: 1, instanceType: "m5.large", pods: { tiny: 27 }, zone: null },
      { count: 1, instanceType: "m5.large", pods: { tiny: 2 }, zone: null },
    ]);
  });

  it("never counts a system DaemonSet twice: a listed aws-node keeps its own requests, kube-proxy is added", () => {
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        daemonSets: [
          { name: "aws-node", cpuMillicores: 25, memoryMiB: 64, hostNetwork: true },
          { name: "fluent-bit", cpuMillicores: 100, memoryMiB: 128, hostNetwork: false },
        ],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
      }),
      catalog,
    );
    expect(plan.addedDaemonSets).toEqual(["kube-proxy"]);
    expect(plan.nodeGroups[0]!.daemonSetOverhead).toEqual({ cpuMillicores: 225, memoryMiB: 192, pods: 3 });
    expect(planCluster(defaultScenario, catalog).addedDaemonSets).toEqual([]);
  });

  // Real m5.large nodes have 6,966 to 7,091 MiB allocatable (data/upstream/real-node-capacities.json):
  // 3 pods of 1,800 MiB fit, 4 (7,200 MiB) do not. EC2's nominal 8,192 MiB gave 7,518 and room for 4.
  it("sizes memory-bound pods by the kubelet's memory: 20 pods of 1,800 MiB need 7 m5.large, not 5", () => {
    const heavy = { name: "cache", replicas: 20, cpuMillicores: 100, memoryMiB: 1800 };
    const group = (extra: Record<string, unknown>) =>
      planCluster(
        scenario({
          workloads: [heavy],
          daemonSets: SYSTEM_DAEMONSETS,
          nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], ...extra }],
        }),
        catalog,
      ).nodeGroups[0]!;
    expect(group({}).allocatable?.memoryMiB).toBe(6959);
    expect(group({}).fills).toEqual([
      { count: 6, instanceType: "m5.large", pods: { cache: 3 }, zone: null },
      { count: 1, instanceType: "m5.large", pods: { cache: 2 }, zone: null },
    ]);
    expect(group({}).bindingResource).toBe("memory");
    // A user who sets the overhead to 0% plans with EC2's nominal memory, as eksize did before.
    expect(group({ vmMemoryOverheadPercent: 0 }).allocatable?.memoryMiB).toBe(7518);
    expect(group({ vmMemoryOverheadPercent: 0 }).nodes).toBe(5);
  });

  it("holds maxNodes as a hard limit: 2 m5.large nodes take 6 of the 10 web pods, 4 stay pending", () => {
    const plan = planCluster(
      scenario({ workloads: [WEB], nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], maxNodes: 2 }] }),
      catalog,
    );
    expect(plan.nodeGroups[0]!.nodes).toBe(2);
    expect(plan.nodeGroups[0]!.fills).toEqual([{ count: 2, instanceType: "m5.large", pods: { web: 3 }, zone: null }]);
    expect(plan.unschedulable).toEqual([
      { workload: "web", pods: 4, nodeGroup: "general", reason: { kind: "max-nodes", maxNodes: 2 } },
    ]);
    expect(podsBeyondMaxNodes(plan, "general")).toBe(4);
    expect(podsBeyondMaxNodes(plan, "other")).toBe(0);
  });

  it("prefers the type that places every pod under maxNodes, even when another is cheaper per node", () => {
    // m5.large holds 3 web pods a node: 2 nodes leave 4 pending. m5.xlarge holds 7: 2 nodes take all 10.
    const plan = planCluster(
      scenario({
        workloads: [WEB],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large", "m5.xlarge"], maxNodes: 2 }],
      }),
      catalog,
    );
    expect(
      plan.nodeGroups[0]!.options.map((option) => [option.instanceType, option.nodes, option.unplacedPods]),
    ).toEqual([
      ["m5.large", 2, 4],
      ["m5.xlarge", 2, 0],
    ]);
    expect(plan.nodeGroups[0]!.instanceType).toBe("m5.xlarge");
    expect(plan.unschedulable).toEqual([]);
  });
});

describe("planCluster on the default scenario", () => {
  it("schedules every pod: batch jobs on the Spot group, the email worker on Fargate", () => {
    const plan = planCluster(defaultScenario, catalog);
    expect(plan.unschedulable).toEqual([]);
    expect(plan.issues).toEqual([]);
    expect(plan.nodeGroups.map((group) => group.workloads.includes("batch-jobs"))).toEqual([false, true]);
    expect(plan.fargate.map((entry) => entry.workload)).toEqual(["email-worker"]);
    const [general, batch] = plan.nodeGroups;
    expect(general!.onDemandNodes + general!.spotNodes).toBe(general!.nodes);
    expect(batch!.spotNodes).toBe(batch!.nodes);
  });
});

describe("planCluster invariants", () => {
  const workloadArbitrary = fc.record({
    replicas: fc.integer({ min: 0, max: 60 }),
    cpuMillicores: fc.integer({ min: 0, max: 6000 }),
    memoryMiB: fc.integer({ min: 0, max: 20000 }),
  });
  const typeArbitrary = fc.constantFrom("t3.medium", "m5.large", "m5.xlarge", "c5.2xlarge", "r5.large", "m6g.large");

  function build(workloads: { replicas: number; cpuMillicores: number; memoryMiB: number }[], type: string): Scenario {
    return scenario({
      workloads: workloads.map((workload, index) => ({ name: `w${index}`, ...workload })),
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "g", instanceTypes: [type] }],
    });
  }

  it("places or reports every pod, and no node exceeds its allocatable CPU, memory or pod slots", () => {
    fc.assert(
      fc.property(fc.array(workloadArbitrary, { maxLength: 8 }), typeArbitrary, (workloads, type) => {
        const input = build(workloads, type);
        const plan = planCluster(input, catalog);
        const group = plan.nodeGroups[0]!;
        const placed = group.fills.reduce(
          (total, fill) => total + fill.count * Object.values(fill.pods).reduce((a, b) => a + b, 0),
          0,
        );
        const unplaced = plan.unschedulable.reduce((total, entry) => total + entry.pods, 0);
        expect(placed + unplaced).toBe(input.workloads.reduce((total, workload) => total + workload.replicas, 0));
        const node = group.allocatable!;
        for (const fill of group.fills) {
          const requests = (key: "cpuMillicores" | "memoryMiB") =>
            Object.entries(fill.pods).reduce(
              (total, [name, pods]) => total + pods * input.workloads.find((w) => w.name === name)![key],
              0,
            );
          expect(requests("cpuMillicores") + group.daemonSetOverhead.cpuMillicores).toBeLessThanOrEqual(
            node.cpuMillicores,
          );
          expect(requests("memoryMiB") + group.daemonSetOverhead.memoryMiB).toBeLessThanOrEqual(node.memoryMiB);
          const pods = Object.values(fill.pods).reduce((a, b) => a + b, 0);
          expect(pods + group.daemonSetOverhead.pods).toBeLessThanOrEqual(node.pods);
        }
        if (plan.unschedulable.length === 0 && group.workloadCapacity) {
          const groups = input.workloads.map((workload) => ({
            key: workload.name,
            count: workload.replicas,
            cpuMillicores: workload.cpuMillicores,
            memoryMiB: workload.memoryMiB,
          }));
          expect(group.nodes).toBeGreaterThanOrEqual(nodeLowerBound(groups, group.workloadCapacity));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never needs fewer nodes when one workload gets more replicas", () => {
    fc.assert(
      fc.property(workloadArbitrary, fc.integer({ min: 1, max: 40 }), typeArbitrary, (workload, extra, type) => {
        const before = planCluster(build([workload], type), catalog).nodeGroups[0]!.nodes;
        const after = planCluster(build([{ ...workload, replicas: workload.replicas + extra }], type), catalog)
          .nodeGroups[0]!.nodes;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
