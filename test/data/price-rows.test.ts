import { describe, expect, it } from "vitest";
import { regionPricingOf } from "../../src/data/price-rows.js";

describe("regionPricingOf: the Auto Mode fee of a prices.json row", () => {
  const pricing = regionPricingOf("us-east-1", {
    onDemandSources: ["karpenterOnDemand"],
    spotSources: [],
    autoModeFeeSources: ["eksAutoModePriceList@2026-11-20", "autoModeFeeEstimate"],
    instances: {
      "m5.large": [0.096, null, null, null, true],
      "m5.xlarge": [0.192, null, null, null, 0.02304],
      "g5.xlarge": [null, null, null, null, 0.06036],
      "t3.micro": [0.0104, null, null, null, null],
    },
  });

  it("reads true as the estimate from the row's on-demand price, a number as the published fee, null as none", () => {
    expect(pricing.instances["m5.large"]?.autoModeFee).toEqual({ usdPerHour: 0.01152, estimate: true });
    expect(pricing.instances["m5.xlarge"]?.autoModeFee).toEqual({ usdPerHour: 0.02304, estimate: false });
    expect(pricing.instances["g5.xlarge"]?.autoModeFee).toEqual({ usdPerHour: 0.06036, estimate: false });
    expect(pricing.instances["t3.micro"]?.autoModeFee).toBeNull();
    expect(pricing.autoModeFeeSources).toEqual(["eksAutoModePriceList@2026-11-20", "autoModeFeeEstimate"]);
  });
});
