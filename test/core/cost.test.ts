import { describe, expect, it } from "vitest";
import { costPerPodSlot, HOURS_PER_MONTH, monthlyCost } from "eksize";

describe("monthlyCost", () => {
  it("bills 730 hours a month unless told otherwise", () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monthlyCost(0.096)).toBeCloseTo(70.08, 10);
    expect(monthlyCost(0.1, 24 * 30)).toBeCloseTo(72, 10);
  });
});

describe("costPerPodSlot", () => {
  it("divides a node's cost by its pod slots, and has no answer without slots", () => {
    expect(costPerPodSlot(70.08, 29)).toBeCloseTo(2.4166, 4);
    expect(costPerPodSlot(70.08, 0)).toBeNull();
  });
});
