import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BoundOption } from "../../src/core/optimal/cost-lower-bound.js";
import { addPods, emptyNode, fitsOne, roomFor } from "../../src/core/optimal/mix-nodes.js";

/** One option of 4 vCPU, 16 GiB, 20 pod slots and 1 GPU, with one group of the given requests. */
function option(pod: { cpuMillicores: number; memoryMiB: number; gpus: number; maxPerNode?: number }): BoundOption {
  return {
    name: "test",
    capacity: { cpuMillicores: 4000, memoryMiB: 16384, pods: 20, gpus: 1 },
    pods: [{ key: "web", count: 100, ...pod }],
    onDemandUsdPerHour: 0.2,
    spotUsdPerHour: null,
  };
}

describe("fitsOne", () => {
  it("says whether one more pod fits, by the first resource that is full", () => {
    const options = [option({ cpuMillicores: 1500, memoryMiB: 1024, gpus: 0 })];
    const node = emptyNode(0, 1);
    addPods(options, node, 0, 2);
    // 3000m of 4000m taken: 1000m left, a pod asks 1500m.
    expect(fitsOne(options, node, 0)).toBe(false);
    expect(fitsOne(options, emptyNode(0, 1), 0)).toBe(true);
    const capped = [option({ cpuMillicores: 100, memoryMiB: 100, gpus: 0, maxPerNode: 1 })];
    const one = emptyNode(0, 1);
    addPods(capped, one, 0, 1);
    expect(fitsOne(capped, one, 0)).toBe(false);
  });

  it("agrees with roomFor ≥ 1 on any node and pod", () => {
    fc.assert(
      fc.property(
        fc.record({
          cpuMillicores: fc.integer({ min: 0, max: 5000 }),
          memoryMiB: fc.integer({ min: 0, max: 20000 }),
          gpus: fc.integer({ min: 0, max: 2 }),
          maxPerNode: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        }),
        fc.nat({ max: 25 }),
        (pod, pods) => {
          const { maxPerNode, ...requests } = pod;
          const options = [option(maxPerNode === undefined ? requests : { ...requests, maxPerNode })];
          const node = emptyNode(0, 1);
          // Any node, full or not: the pods' sums as addPods keeps them (they may exceed the capacity).
          addPods(options, node, 0, pods);
          expect(fitsOne(options, node, 0)).toBe(roomFor(options, node, 0) >= 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
