import { describe, expect, it } from "vitest";
import type { BoundOption } from "../../src/core/optimal/cost-lower-bound.js";
import { mixCost, searchPrices } from "../../src/core/optimal/mix-pricing.js";
import type { PodGroup } from "../../src/core/plan/bin-pack.js";

const groups: PodGroup[] = [{ key: "web", count: 1, cpuMillicores: 500, memoryMiB: 512 }];

function option(name: string, onDemandUsdPerHour: number | null, spotUsdPerHour: number | null): BoundOption {
  return {
    name,
    onDemandUsdPerHour,
    spotUsdPerHour,
    capacity: { cpuMillicores: 2000, memoryMiB: 8192, pods: 110 },
    pods: groups,
  };
}

const small = option("small", 0.1, 0.04);
const large = option("large", 0.4, 0.12);
const mixed = { type: "mixed", onDemandBase: 0, spotPercentAboveBase: 50 } as const;

describe("searchPrices", () => {
  it("ranks on demand or Spot by their own price", () => {
    expect(searchPrices([small, large], { type: "on-demand" })).toEqual([[0.1, 0.4]]);
    expect(searchPrices([small, option("none", 0.2, null)], { type: "spot" })).toEqual([
      [0.04, Number.POSITIVE_INFINITY],
    ]);
  });

  it("ranks a mixed group by the blend, and by the on-demand row priced at the smallest premium ($0.06)", () => {
    const [blend, lagrangian] = searchPrices([small, large, option("spot only", null, 0.01)], mixed);
    expect(blend![0]).toBeCloseTo(0.07, 12);
    expect(blend![1]).toBeCloseTo(0.26, 12);
    expect(blend![2]).toBe(Number.POSITIVE_INFINITY);
    // min(0.10 − 0.03, 0.04 + 0.03) and min(0.40 − 0.03, 0.12 + 0.03).
    expect(lagrangian![0]).toBeCloseTo(0.07, 12);
    expect(lagrangian![1]).toBeCloseTo(0.15, 12);
    expect(lagrangian![2]).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("mixCost", () => {
  it("puts a mixed group's on-demand count on the smallest premiums: 2 small on demand, 2 large on Spot", () => {
    // 4 nodes, half Spot: 2 on demand, the small ones ($0.06 premium against $0.28).
    expect(mixCost([small, large], mixed, [0.07, 0.26], 0)([2, 2])).toBeCloseTo(2 * 0.1 + 2 * 0.12, 12);
    // 3 nodes: ⌈1.5⌉ = 2 on demand, one of them large.
    expect(mixCost([small, large], mixed, [0.07, 0.26], 0)([1, 2])).toBeCloseTo(0.1 + 0.4 + 0.12, 12);
  });

  it("counts a type without a Spot price on demand, whatever the share", () => {
    const onDemandOnly = option("od", 0.05, null);
    expect(mixCost([onDemandOnly, large], mixed, [0.05, 0.26], 0)([3, 1])).toBeCloseTo(3 * 0.05 + 0.12, 12);
  });

  it("adds the minimum's empty nodes of the cheapest option at `prices`", () => {
    expect(mixCost([small, large], { type: "on-demand" }, [0.1, 0.4], 3)([0, 1])).toBeCloseTo(0.4 + 2 * 0.1, 12);
    expect(mixCost([small, large], { type: "spot" }, [0.04, 0.12], 0)([1, 1])).toBeCloseTo(0.16, 12);
  });
});
