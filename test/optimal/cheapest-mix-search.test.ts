import fc from "fast-check";
import loadHighs from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { cheapestMix } from "../../src/core/optimal/cheapest-mix.js";
import type { BoundOption } from "../../src/core/optimal/cost-lower-bound.js";
import type { LinearProgramSolver } from "../../src/core/optimal/linear-program.js";
import { packPods, type PodGroup } from "../../src/core/plan/bin-pack.js";
import { highsLinearSolver } from "../../src/optimal/highs-solver.js";

let solve: LinearProgramSolver;
beforeAll(async () => {
  solve = highsLinearSolver(await loadHighs());
});

describe("cheapestMix on problems too large to solve exactly (the search)", () => {
  it("never costs more than first-fit decreasing on any one type, stays above the bound, places every pod, overfills no node", () => {
    const group = fc.record({
      count: fc.integer({ min: 1, max: 12 }),
      cpuMillicores: fc.integer({ min: 50, max: 3000 }),
      memoryMiB: fc.integer({ min: 64, max: 12000 }),
      maxPerNode: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    });
    const node = fc.record({
      usdPerHour: fc.integer({ min: 5, max: 100 }).map((cents) => cents / 100),
      cpuMillicores: fc.integer({ min: 3000, max: 16000 }),
      memoryMiB: fc.integer({ min: 12000, max: 64000 }),
      pods: fc.integer({ min: 8, max: 110 }),
    });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 8, maxLength: 20 }),
        fc.array(node, { minLength: 2, maxLength: 4 }),
        (specs, nodes) => {
          const groups: PodGroup[] = specs.map((spec, index) => ({ key: `g${index}`, ...spec }));
          const options: BoundOption[] = nodes.map((spec, index) => ({
            name: `t${index}`,
            onDemandUsdPerHour: spec.usdPerHour,
            spotUsdPerHour: null,
            capacity: { cpuMillicores: spec.cpuMillicores, memoryMiB: spec.memoryMiB, pods: spec.pods },
            pods: groups,
          }));
          const mix = cheapestMix(groups, options, solve, { rounds: 150 });
          expect(mix).not.toBeNull();
          const { bound, nodes: placed } = mix!;
          for (const option of options) {
            const packing = packPods(groups, option.capacity);
            if (packing.unplaced.length === 0)
              expect(mix!.usdPerHour).toBeLessThanOrEqual(packing.nodes * option.onDemandUsdPerHour! + 1e-9);
          }
          expect(mix!.usdPerHour).toBeGreaterThanOrEqual(bound.usdPerHour - 1e-9);
          groups.forEach((g, index) => {
            if (bound.unplaceable.includes(index)) return;
            expect(placed.reduce((sum, entry) => sum + entry.count * entry.pods[index]!, 0)).toBe(g.count);
          });
          for (const entry of placed) {
            const { capacity } = options[entry.option]!;
            expect(entry.pods.reduce((sum, count, g) => sum + count * groups[g]!.cpuMillicores, 0)).toBeLessThanOrEqual(
              capacity.cpuMillicores,
            );
            expect(entry.pods.reduce((sum, count, g) => sum + count * groups[g]!.memoryMiB, 0)).toBeLessThanOrEqual(
              capacity.memoryMiB,
            );
            expect(entry.pods.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(capacity.pods);
            entry.pods.forEach((count, g) => {
              expect(count).toBeLessThanOrEqual(groups[g]!.maxPerNode ?? Number.POSITIVE_INFINITY);
            });
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
