import { instanceTypes } from "eksize/data";
import { describe, expect, test } from "vitest";
import { matchingTypes, SHOWN_MATCHES } from "../../src/app/features/planner/instance-type-matches.js";

const names = (query: string): string[] => matchingTypes(query, instanceTypes).map((type) => type.name);

describe("matchingTypes", () => {
  test("the exact name first, then names that start with the text, then the others, smaller types first", () => {
    expect(names("m5.large")).toEqual(["m5.large"]);
    expect(names("c7g.")).toEqual([
      "c7g.medium",
      "c7g.large",
      "c7g.xlarge",
      "c7g.2xlarge",
      "c7g.4xlarge",
      "c7g.8xlarge",
      "c7g.12xlarge",
      "c7g.16xlarge",
      "c7g.metal",
      // Names that only hold the text come after every name that starts with it.
      "hpc7g.4xlarge",
      "hpc7g.8xlarge",
      "hpc7g.16xlarge",
    ]);
    expect(names("m7i-flex.1")).toEqual(["m7i-flex.12xlarge", "m7i-flex.16xlarge"]);
    // "7g.me": no name starts with it; the mediums and metals of c7g, m7g and r7g hold it.
    expect(names("7g.me")).toEqual(["c7g.medium", "m7g.medium", "r7g.medium", "c7g.metal", "m7g.metal", "r7g.metal"]);
  });

  test("any case and spaces around; nothing for nothing; at most the shown number", () => {
    expect(names(" M5.LARGE ")).toEqual(["m5.large"]);
    expect(names("")).toEqual([]);
    expect(names("   ")).toEqual([]);
    expect(names("zz")).toEqual([]);
    expect(names("large")).toHaveLength(SHOWN_MATCHES);
  });
});
