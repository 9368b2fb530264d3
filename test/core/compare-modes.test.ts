import { describe, expect, it } from "vitest";
import { compareModes, COMPUTE_MODES, defaultScenario } from "eksize";
import { catalog } from "eksize/data";
import { scenario } from "../support/scenario.js";

describe("compareModes", () => {
  const modes = compareModes(defaultScenario, catalog);

  it("plans the same workloads on managed node groups, Karpenter, Auto Mode and Fargate, in that order", () => {
    expect(modes.map((mode) => mode.mode)).toEqual(COMPUTE_MODES);
    expect(modes.map((mode) => Number(mode.cost.totalUsdPerMonth!.toFixed(2)))).toEqual([
      686.4, 753.56, 843.89, 1036.23,
    ]);
  });

  it("bills Auto Mode's fee on top of the same nodes Karpenter launches", () => {
    const [, karpenter, autoMode] = modes;
    expect(autoMode!.nodesByType).toEqual(karpenter!.nodesByType);
    // 12% of on-demand (estimated): m6a.4xlarge $0.6912 → $0.082944, c5.2xlarge $0.34 → $0.0408.
    expect(
      autoMode!.cost.lines.autoMode.terms.map((term) => [term.instanceType, term.usdPerUnit, term.estimate]),
    ).toEqual([
      ["m6a.4xlarge", 0.082944, true],
      ["c5.2xlarge", 0.0408, true],
    ]);
    expect(autoMode!.cost.lines.autoMode.usdPerMonth).toBeCloseTo((0.082944 + 0.0408) * 730, 6);
    expect(autoMode!.plan.issues).toEqual([]);
  });

  it("lists nodes by type: one type per managed node group, a NodePool's pick from its families", () => {
    expect(modes[0]!.nodesByType).toEqual([
      { instanceType: "m6a.xlarge", nodes: 4 },
      { instanceType: "c6a.xlarge", nodes: 2 },
    ]);
    // Karpenter launches large nodes for a batch of pending pods: general's 35 pods fill one m6a.4xlarge.
    expect(modes[1]!.nodesByType).toEqual([
      { instanceType: "c5.2xlarge", nodes: 1 },
      { instanceType: "m6a.4xlarge", nodes: 1 },
    ]);
    // The NodePool keeps general's own types first, then every other size of their families.
    const allowed = modes[1]!.scenario.nodeGroups[0]!.instanceTypes;
    expect(allowed.slice(0, 3)).toEqual(defaultScenario.nodeGroups[0]!.instanceTypes);
    expect(allowed).toContain("m6a.4xlarge");
    expect(allowed.some((type) => type.includes("metal"))).toBe(false);
    expect(modes[3]!.nodesByType).toEqual([]);
  });

  it("says what a mode cannot run and why", () => {
    const gpu = scenario({
      workloads: [
        { name: "train", replicas: 1, cpuMillicores: 1000, memoryMiB: 4096, gpus: 1 },
        { name: "web", replicas: 2, cpuMillicores: 250, memoryMiB: 512 },
      ],
      daemonSets: [{ name: "fluent-bit", cpuMillicores: 100, memoryMiB: 128 }],
      nodeGroups: [{ name: "gpu", instanceTypes: ["g5.xlarge"] }],
    });
    const [managed, karpenter, autoMode, fargate] = compareModes(gpu, catalog);
    expect(managed!.plan.unschedulable).toEqual([]);
    expect(karpenter!.plan.unschedulable).toEqual([]);
    expect(autoMode!.plan.unschedulable).toEqual([]);
    expect(fargate!.plan.unschedulable).toEqual([
      { workload: "train", pods: 1, nodeGroup: null, reason: { kind: "fargate", ineligibility: "gpu" } },
    ]);
    expect(fargate!.daemonSetsNotRun).toEqual(["fluent-bit"]);
    expect(managed!.daemonSetsNotRun).toEqual([]);
  });
});
