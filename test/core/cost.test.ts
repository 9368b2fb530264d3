import { describe, expect, it } from "vitest";
import { costPerPodSlot, HOURS_PER_MONTH, monthlyCost, spotHourlyPrice } from "eksize";

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

describe("spotHourlyPrice", () => {
  const price = { onDemandUsdPerHour: 0.1, spotUsdPerHour: null, spotSavingsPercent: 70, spotInterruption: 1 } as const;

  it("prefers the captured Spot average, else applies the advisor's saving to on-demand", () => {
    expect(spotHourlyPrice({ ...price, spotUsdPerHour: 0.04 })).toBe(0.04);
    expect(spotHourlyPrice(price)).toBeCloseTo(0.03, 10);
    expect(spotHourlyPrice({ ...price, spotSavingsPercent: null })).toBeNull();
  });

  it("never exceeds on-demand, the default Spot maximum price (the advisor has negative savings)", () => {
    expect(spotHourlyPrice({ ...price, spotSavingsPercent: -62 })).toBe(0.1);
    expect(spotHourlyPrice({ ...price, spotUsdPerHour: 0.2 })).toBe(0.1);
    expect(spotHourlyPrice({ ...price, onDemandUsdPerHour: null, spotUsdPerHour: 0.2 })).toBe(0.2);
  });
});
