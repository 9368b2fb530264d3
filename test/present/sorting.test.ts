import { instanceTypes } from "eksize/data";
import { describe, expect, test } from "vitest";
import { compareInstanceTypes, sizeRank } from "../../src/present/explorer/sorting.js";

describe("instance type order", () => {
  test("sizes go from nano to the largest multiple, then bare metal", () => {
    const sizes = ["metal", "2xlarge", "large", "nano", "48xlarge", "xlarge", "metal-24xl", "medium", "micro", "small"];
    expect([...sizes].sort((a, b) => sizeRank(a) - sizeRank(b))).toEqual([
      "nano",
      "micro",
      "small",
      "medium",
      "large",
      "xlarge",
      "2xlarge",
      "48xlarge",
      "metal",
      "metal-24xl",
    ]);
  });

  test("families in natural order, then sizes", () => {
    const names = ["m5.2xlarge", "c5a.large", "m5.large", "c5.24xlarge", "c5.large", "m5.metal"];
    const byName = new Map(instanceTypes.map((type) => [type.name, type]));
    const sorted = names.map((name) => byName.get(name)!).sort(compareInstanceTypes);
    expect(sorted.map((type) => type.name)).toEqual([
      "c5.large",
      "c5.24xlarge",
      "c5a.large",
      "m5.large",
      "m5.2xlarge",
      "m5.metal",
    ]);
  });

  test("an unrecognised size sorts after the known ones, by name", () => {
    expect(sizeRank("huge")).toBeGreaterThan(sizeRank("metal-48xl"));
    const a = { name: "x1.zeta", family: "x1", size: "zeta" };
    const b = { name: "x1.alpha", family: "x1", size: "alpha" };
    expect(compareInstanceTypes(a, b)).toBeGreaterThan(0);
  });
});
