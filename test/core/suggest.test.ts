import { describe, expect, it } from "vitest";
import { editDistance, suggestNames, unknownInstanceType } from "eksize";
import { lookupInstanceType } from "eksize/data";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("m5.lage", "m5.large")).toBe(1);
    expect(editDistance("m5.large", "m5.large")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("c5.xlarge", "m5.large")).toBe(2);
  });
});

describe("suggestNames", () => {
  it("puts the nearest names first and leaves far ones out", () => {
    expect(suggestNames("m5.lage", ["c5.large", "m5.xlarge", "p5.48xlarge", "m5.large"])).toEqual([
      "m5.large",
      "m5.xlarge",
      "c5.large",
    ]);
    expect(suggestNames("zzzzzz", ["m5.large"])).toEqual([]);
  });
});

describe("lookupInstanceType", () => {
  it("finds a type by name, ignoring surrounding spaces", () => {
    const result = lookupInstanceType(" m5.large ");
    expect(result.ok && result.value.name).toBe("m5.large");
  });

  it("gives the unknown-instance-type issue with suggestions from the whole dataset", () => {
    expect(lookupInstanceType("m5.lage")).toEqual({
      ok: false,
      issues: [
        {
          code: "unknown-instance-type",
          params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge", "m5a.large"] },
        },
      ],
    });
  });
});

describe("unknownInstanceType", () => {
  it("is the unknown-instance-type issue with the nearest of the names given", () => {
    expect(unknownInstanceType("m5.lage", ["c5.large", "m5.large", "m5.xlarge", "p5.48xlarge"])).toEqual({
      code: "unknown-instance-type",
      params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge", "c5.large"] },
    });
  });
});
