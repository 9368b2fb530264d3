import { describe, expect, it } from "vitest";
import { costPerPodSlot, gbMonths, HOURS_PER_MONTH, monthlyCost, spotHourlyPrice, spotSavingsPercent } from "eksize";

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
  const price = {
    onDemandUsdPerHour: 0.1,
    spotUsdPerHour: null,
    spotSavingsPercent: 70,
    spotInterruption: 1,
    autoModeFee: null,
  } as const;

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

describe("spotSavingsPercent", () => {
  it("is the saving of the Spot price the bill uses: m5.large in us-east-1, $0.04366 against $0.096, is 54.5%", () => {
    const m5Large = {
      onDemandUsdPerHour: 0.096,
      spotUsdPerHour: 0.04366,
      spotSavingsPercent: 66,
      spotInterruption: 3,
      autoModeFee: null,
    } as const;
    expect(spotSavingsPercent(m5Large)).toBeCloseTo(54.521, 3);
  });

  it("falls back to the Advisor's estimate without a captured price, and never goes below 0", () => {
    expect(
      spotSavingsPercent({
        onDemandUsdPerHour: 0.1,
        spotUsdPerHour: null,
        spotSavingsPercent: 70,
        spotInterruption: 1,
        autoModeFee: null,
      }),
    ).toBeCloseTo(70, 9);
    expect(
      spotSavingsPercent({
        onDemandUsdPerHour: 0.1,
        spotUsdPerHour: 0.2,
        spotSavingsPercent: -62,
        spotInterruption: 0,
        autoModeFee: null,
      }),
    ).toBe(0);
    expect(
      spotSavingsPercent({
        onDemandUsdPerHour: null,
        spotUsdPerHour: 0.02,
        spotSavingsPercent: 70,
        spotInterruption: 0,
        autoModeFee: null,
      }),
    ).toBeNull();
  });
});

describe("gbMonths", () => {
  it("is the hours over 730, never more than one GB-month in a month", () => {
    expect(gbMonths(730)).toBe(1);
    expect(gbMonths(744)).toBe(1);
    expect(gbMonths(200)).toBeCloseTo(200 / 730, 12);
    expect(gbMonths(0)).toBe(0);
  });
});
