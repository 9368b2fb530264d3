import { describe, expect, it } from "vitest";
import { editDistance, findInstanceType, suggestNames } from "eksize";
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

describe("findInstanceType", () => {
  const types = [
    { name: "c5.large", vcpu: 2 },
    { name: "m5.large", vcpu: 2 },
    { name: "m5.xlarge", vcpu: 4 },
  ];

  it("finds an item of any list of named types by its trimmed name, keeping the item's other fields", () => {
    expect(findInstanceType(types, " m5.xlarge ")).toEqual({ ok: true, value: { name: "m5.xlarge", vcpu: 4 } });
  });

  it("suggests the nearest names of that list for an unknown one", () => {
    expect(findInstanceType(types, "m5.lage")).toEqual({
      ok: false,
      issues: [
        {
          code: "unknown-instance-type",
          params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge", "c5.large"] },
        },
      ],
    });
  });
});
