import fc from "fast-check";
import loadHighs from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { costLowerBound, type BoundOption } from "../../src/core/optimal/cost-lower-bound.js";
import type { LinearProgramSolver } from "../../src/core/optimal/linear-program.js";
import type { PodGroup } from "../../src/core/plan/bin-pack.js";
import type { CapacityMix } from "../../src/core/scenario/scenario.js";
import { highsLinearSolver } from "../../src/optimal/highs-solver.js";
import { cheapestPlan, smallProblems } from "../support/cheapest-plan.js";

let solve: LinearProgramSolver;
beforeAll(async () => {
  solve = highsLinearSolver(await loadHighs());
});

/** An option whose pods are the groups as given (no accelerators to convert). */
function option(
  name: string,
  usdPerHour: number,
  cpuMillicores: number,
  memoryMiB: number,
  pods = 110,
): (groups: readonly PodGroup[]) => BoundOption {
  return (groups) => ({
    name,
    onDemandUsdPerHour: usdPerHour,
    spotUsdPerHour: null,
    capacity: { cpuMillicores, memoryMiB, pods },
    pods: groups,
  });
}

function bound(groups: PodGroup[], makers: ReturnType<typeof option>[], minNodes = 0) {
  return costLowerBound(
    groups,
    makers.map((make) => make(groups)),
    solve,
    { minNodes },
  );
}

describe("costLowerBound", () => {
  it("is the exact cost when pods fill whole nodes", () => {
    const result = bound(
      [{ key: "web", count: 4, cpuMillicores: 1000, memoryMiB: 1024 }],
      [option("small", 0.1, 2000, 8192)],
    );
    expect(result?.usdPerHour).toBeCloseTo(0.2, 4);
    expect(result?.usdPerHour).toBeLessThanOrEqual(0.2);
    expect(result?.unplaceable).toEqual([]);
  });

  it("keeps a large pod whole: three pods of 60% of a node need three nodes, not two", () => {
    const result = bound(
      [{ key: "big", count: 3, cpuMillicores: 1200, memoryMiB: 1024 }],
      [option("small", 0.1, 2000, 8192)],
    );
    expect(result?.usdPerHour).toBeCloseTo(0.3, 4);
  });

  it("honours maxPerNode: four pods at most one per node need four nodes", () => {
    const result = bound(
      [{ key: "spread", count: 4, cpuMillicores: 100, memoryMiB: 128, maxPerNode: 1 }],
      [option("small", 0.1, 2000, 8192)],
    );
    expect(result?.usdPerHour).toBeCloseTo(0.4, 4);
  });

  it("mixes types: CPU-heavy pods on compute nodes, memory-heavy pods on memory nodes", () => {
    const groups: PodGroup[] = [
      { key: "cpu", count: 8, cpuMillicores: 1000, memoryMiB: 512 },
      { key: "memory", count: 8, cpuMillicores: 125, memoryMiB: 4096 },
    ];
    const compute = option("compute", 0.1, 4000, 4096);
    const memory = option("memory", 0.1, 1000, 32768);
    // Compute nodes alone: a memory pod fills one (8 nodes) and memory totals 9 nodes: $0.90.
    // Memory nodes alone: a CPU pod fills one, and CPU totals 9 nodes: $0.90.
    // Mixed: a compute and b memory nodes with 4000a + 1000b ≥ 9000 millicores and 4096a + 32768b ≥
    // 36864 MiB need a + b ≥ 63/31 + 27/31 = 2.9, so 3 whole nodes at $0.10: $0.30, the cost of the
    // plan of 2 compute nodes of 4 CPU pods and 1 memory node of 8 memory pods.
    const mixed = bound(groups, [compute, memory]);
    expect(mixed?.usdPerHour).toBeCloseTo(0.3, 4);
    expect(mixed?.usdPerHour).toBeLessThanOrEqual(0.3);
    expect(mixed?.nodesByZone).toEqual([3]);
  });

  it("counts a node group's minimum size", () => {
    const result = bound(
      [{ key: "tiny", count: 1, cpuMillicores: 100, memoryMiB: 128 }],
      [option("small", 0.1, 2000, 8192), option("large", 0.4, 8000, 32768)],
      3,
    );
    expect(result?.usdPerHour).toBeCloseTo(0.3, 4);
  });

  it("leaves out the pods that fit no option, and names their group", () => {
    const result = bound(
      [
        { key: "web", count: 2, cpuMillicores: 1000, memoryMiB: 1024 },
        { key: "huge", count: 1, cpuMillicores: 64000, memoryMiB: 1024 },
      ],
      [option("small", 0.1, 2000, 8192)],
    );
    expect(result?.unplaceable).toEqual([1]);
    expect(result?.usdPerHour).toBeCloseTo(0.1, 4);
  });

  it("reads pods in each option's units (GPUs)", () => {
    const groups: PodGroup[] = [{ key: "train", count: 4, cpuMillicores: 1000, memoryMiB: 4096, gpus: 1 }];
    const gpu: BoundOption = {
      name: "g5.xlarge",
      onDemandUsdPerHour: 1.006,
      spotUsdPerHour: null,
      capacity: { cpuMillicores: 3500, memoryMiB: 14000, pods: 50, gpus: 1 },
      pods: groups,
    };
    expect(costLowerBound(groups, [gpu], solve)?.usdPerHour).toBeCloseTo(4.024, 4);
  });

  it("bounds zone by zone: one pod in each of two zones needs two nodes, not one", () => {
    const groups: PodGroup[] = [{ key: "web", count: 2, cpuMillicores: 500, memoryMiB: 512 }];
    const small = option("small", 0.1, 2000, 8192)(groups);
    expect(costLowerBound(groups, [small], solve)?.usdPerHour).toBeCloseTo(0.1, 4);
    expect(costLowerBound(groups, [small], solve, { zones: [[1], [1]] })?.usdPerHour).toBeCloseTo(0.2, 4);
  });

  it("prices nodes as the capacity mix splits them", () => {
    // Four pods, one per node: four nodes. On demand $0.10, Spot $0.03.
    const groups: PodGroup[] = [{ key: "spread", count: 4, cpuMillicores: 100, memoryMiB: 128, maxPerNode: 1 }];
    const small: BoundOption = { ...option("small", 0.1, 2000, 8192)(groups), spotUsdPerHour: 0.03 };
    const cost = (capacity: CapacityMix, minNodes = 0) =>
      costLowerBound(groups, [small], solve, { capacity, minNodes })?.usdPerHour;
    expect(cost({ type: "on-demand" })).toBeCloseTo(0.4, 4);
    expect(cost({ type: "spot" })).toBeCloseTo(0.12, 4);
    // Base 2, half Spot above it, at least 2 nodes: 2 + ⌈2 × 50%⌉ = 3 on demand and 1 Spot.
    expect(cost({ type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 }, 2)).toBeCloseTo(0.33, 4);
    // Without the minimum too: the pods need 4 nodes, so the base of 2 is full.
    expect(cost({ type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 })).toBeCloseTo(0.33, 4);
    // A base above the nodes needed: all 4 on demand.
    expect(cost({ type: "mixed", onDemandBase: 6, spotPercentAboveBase: 50 })).toBeCloseTo(0.4, 4);
  });

  it("counts whole nodes: 5 pods of 300m fit one 2-vCPU node, which the fluid relaxation splits", () => {
    const groups: PodGroup[] = [{ key: "web", count: 5, cpuMillicores: 300, memoryMiB: 100 }];
    const options = [option("one", 1, 1000, 8192)(groups), option("two", 1.9, 2000, 8192)(groups)];
    // Fluid: y₁ + y₂ ≥ 1 (the first stage's fewest nodes) and 3y₁ + 6.67y₂ ≥ 5 pods (3 per 1-vCPU
    // node, 6.67 per 2-vCPU node): y₂ = 6/11, y₁ = 5/11, $1 × 5/11 + $1.90 × 6/11 = $1.4909.
    const fluid = costLowerBound(groups, options, solve, { branchSolves: 0 });
    expect(fluid?.usdPerHour).toBeCloseTo(1.4909, 4);
    // Whole: y₂ ≤ 0 needs y₁ ≥ 5/3 ($1.67), then y₁ ≤ 1 holds 3 pods (infeasible) and y₁ ≥ 2 is $2; y₂ ≥ 1 is $1.90.
    const whole = costLowerBound(groups, options, solve);
    expect(whole?.usdPerHour).toBeCloseTo(1.9, 4);
    expect(whole?.usdPerHour).toBeLessThanOrEqual(1.9);
  });

  it("stops branching at its work limit, still above the relaxation", () => {
    const groups: PodGroup[] = [{ key: "web", count: 5, cpuMillicores: 300, memoryMiB: 100 }];
    const options = [option("one", 1, 1000, 8192)(groups), option("two", 1.9, 2000, 8192)(groups)];
    // Two solves: one split, on y₁ = 5/11 (y₁ ≤ 0: $1.90; y₁ ≥ 1, y₂ ≥ 0.3: $1.57) or on y₂ = 6/11
    // (y₂ ≤ 0, y₁ ≥ 5/3: $1.67; y₂ ≥ 1: $1.90), as far from whole: the least of its two.
    const cut = costLowerBound(groups, options, solve, { branchSolves: 2 })!.usdPerHour;
    expect(cut).toBeGreaterThan(1.56);
    expect(cut).toBeLessThan(1.67);
  });

  it("is null when the solver finds no optimum", () => {
    const stopped: LinearProgramSolver = () => ({ status: "unsolved" });
    const groups: PodGroup[] = [{ key: "web", count: 1, cpuMillicores: 100, memoryMiB: 100 }];
    expect(costLowerBound(groups, [option("small", 0.1, 2000, 8192)(groups)], stopped)).toBeNull();
  });

  it("never exceeds the cheapest plan, found by trying every split of the pods into nodes, every type and price", () => {
    fc.assert(
      fc.property(smallProblems, ({ groups, options, minNodes, zones, capacity }) => {
        const result = costLowerBound(groups, options, solve, { minNodes, zones, capacity });
        if (result === null) {
          // No bound: only when no plan exists at all (a mixed group with no type sold on demand).
          expect(cheapestPlan(groups, options, zones, minNodes, capacity)).toBe(Number.POSITIVE_INFINITY);
          return;
        }
        const placed = zones.map((pods) =>
          pods.map((count, index) => (result.unplaceable.includes(index) ? 0 : count)),
        );
        expect(result.usdPerHour).toBeLessThanOrEqual(cheapestPlan(groups, options, placed, minNodes, capacity) + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it("with whole node counts, never falls below the relaxation alone nor exceeds the cheapest plan", () => {
    fc.assert(
      fc.property(smallProblems, ({ groups, options, minNodes, zones, capacity }) => {
        const fluid = costLowerBound(groups, options, solve, { minNodes, zones, capacity, branchSolves: 0 });
        const whole = costLowerBound(groups, options, solve, { minNodes, zones, capacity, branchSolves: 40 });
        expect(whole === null).toBe(fluid === null);
        if (fluid === null || whole === null) return;
        expect(whole.usdPerHour).toBeGreaterThanOrEqual(fluid.usdPerHour - 1e-9);
        const placed = zones.map((pods) => pods.map((count, index) => (whole.unplaceable.includes(index) ? 0 : count)));
        expect(whole.usdPerHour).toBeLessThanOrEqual(cheapestPlan(groups, options, placed, minNodes, capacity) + 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
