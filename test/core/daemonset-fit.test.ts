/**
 * A plan never shows a node over 100% of a resource without an issue saying why: only DaemonSets
 * that ask for more than a node has can overfill one, and the plan then says so.
 * m5.large on Amazon Linux: 1930m, 6959 MiB, 29 pods allocatable; t3.nano: 4 pods (README). Every
 * node also runs aws-node (50m) and kube-proxy (100m), which these scenarios do not list.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCluster } from "eksize";
import { catalog } from "eksize/data";
import { scenario } from "../support/scenario.js";

describe("DaemonSets that ask for more than a node has", () => {
  it("are an issue with the resource, what they request and what the node has", () => {
    const plan = planCluster(
      scenario({
        workloads: [{ name: "web", replicas: 2, cpuMillicores: 100, memoryMiB: 128 }],
        daemonSets: [
          { name: "agent", cpuMillicores: 1500, memoryMiB: 4096 },
          { name: "scanner", cpuMillicores: 1000, memoryMiB: 4000 },
        ],
        nodeGroups: [{ name: "small", instanceTypes: ["m5.large"], minNodes: 1 }],
      }),
      catalog,
    );
    const group = plan.nodeGroups[0]!;
    // One node kept by minNodes: 2650m of 1930m and 8096 of 6959 MiB, from the DaemonSets alone.
    expect(group.nodes).toBe(1);
    expect(group.utilisation.cpu).toBeCloseTo(2650 / 1930, 10);
    expect(plan.issues).toEqual([
      {
        code: "daemonsets-exceed-node",
        params: { nodeGroup: "small", instanceType: "m5.large", resource: "cpu", requested: 2650, allocatable: 1930 },
      },
      {
        code: "daemonsets-exceed-node",
        params: {
          nodeGroup: "small",
          instanceType: "m5.large",
          resource: "memory",
          requested: 8096,
          allocatable: 6959,
        },
      },
    ]);
    expect(plan.unschedulable).toEqual([
      { workload: "web", pods: 2, nodeGroup: "small", reason: { kind: "exceeds-node", resource: "cpu" } },
    ]);
  });

  it("counts pod slots: five DaemonSets (3 listed, aws-node, kube-proxy) on a t3.nano of 4 pods; four fill it exactly", () => {
    const daemonSets = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ name: `d${index}`, cpuMillicores: 1, memoryMiB: 1 }));
    const plan = (count: number) =>
      planCluster(
        scenario({
          daemonSets: daemonSets(count),
          nodeGroups: [{ name: "tiny", instanceTypes: ["t3.nano"], minNodes: 1 }],
        }),
        catalog,
      );
    expect(plan(3).issues).toEqual([
      {
        code: "daemonsets-exceed-node",
        params: { nodeGroup: "tiny", instanceType: "t3.nano", resource: "pods", requested: 5, allocatable: 4 },
      },
    ]);
    expect(plan(2).issues).toEqual([]);
  });

  it("no planned node is ever over 100% of CPU, memory or pods without that issue (600 scenarios)", () => {
    const types = ["t3.nano", "m5.large", "c5.xlarge", "r5.large"];
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.array(fc.record({ cpu: fc.nat(1500), memory: fc.nat(5000) }), { maxLength: 6 }),
        fc.array(fc.record({ replicas: fc.nat(12), cpu: fc.nat(3000), memory: fc.nat(9000) }), { maxLength: 3 }),
        fc.nat(2),
        fc.integer({ min: 50, max: 100 }),
        (type, daemonSets, workloads, minNodes, target) => {
          const plan = planCluster(
            scenario({
              workloads: workloads.map((w, i) => ({
                name: `w${i}`,
                replicas: w.replicas,
                cpuMillicores: w.cpu,
                memoryMiB: w.memory,
              })),
              daemonSets: daemonSets.map((d, i) => ({ name: `d${i}`, cpuMillicores: d.cpu, memoryMiB: d.memory })),
              nodeGroups: [{ name: "g", instanceTypes: [type], minNodes, targetUtilisationPercent: target }],
            }),
            catalog,
          );
          const group = plan.nodeGroups[0]!;
          const node = group.allocatable!;
          const overhead = group.daemonSetOverhead;
          const flagged = (resource: string) =>
            plan.issues.some((issue) => issue.code === "daemonsets-exceed-node" && issue.params.resource === resource);
          for (const fill of group.fills) {
            const onNode = (pick: (w: (typeof workloads)[number]) => number) =>
              workloads.reduce((sum, w, i) => sum + (fill.pods[`w${i}`] ?? 0) * pick(w), 0);
            const pods = Object.values(fill.pods).reduce((sum, n) => sum + n, 0);
            if (onNode((w) => w.cpu) + overhead.cpuMillicores > node.cpuMillicores) expect(flagged("cpu")).toBe(true);
            if (onNode((w) => w.memory) + overhead.memoryMiB > node.memoryMiB) expect(flagged("memory")).toBe(true);
            if (pods + overhead.pods > node.pods) expect(flagged("pods")).toBe(true);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
