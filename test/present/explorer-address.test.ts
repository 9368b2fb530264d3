import { describe, expect, test } from "vitest";
import {
  DEFAULT_VIEW,
  explorerParams,
  readExplorerAddress,
  type ExplorerView,
} from "../../src/present/explorer/address.js";

const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-2"];

/** A view with every setting away from its default. */
const FULL_VIEW: ExplorerView = {
  name: "m5 c7g, r6i",
  family: "m5",
  architecture: "arm64",
  vcpu: { min: 2, max: 8 },
  memory: { min: 0.5, max: null },
  profile: "karpenter",
  prefixDelegation: true,
  customNetworking: true,
  uncapped: true,
  sort: { id: "costPerPod", desc: true },
  hiddenColumns: ["allocatableCpu", "spotInterruption"],
  selected: "m5.large",
};

describe("the explorer's address", () => {
  test("the default view is the region alone", () => {
    expect(explorerParams(DEFAULT_VIEW, "us-east-1")).toEqual([["region", "us-east-1"]]);
    expect(readExplorerAddress([], REGIONS)).toEqual({ view: DEFAULT_VIEW, region: null, issues: [] });
  });

  test("every setting is written in a fixed order, text percent-encoded with commas kept", () => {
    expect(explorerParams(FULL_VIEW, "eu-west-1")).toEqual([
      ["region", "eu-west-1"],
      ["name", "m5%20c7g,%20r6i"],
      ["family", "m5"],
      ["arch", "arm64"],
      ["vcpu", "2-8"],
      ["memory", "0.5-"],
      ["profile", "karpenter"],
      ["prefix-delegation", "1"],
      ["custom-networking", "1"],
      ["uncapped", "1"],
      ["sort", "-costPerPod"],
      [
        "columns",
        "family,vcpu,memory,architecture,maxPods,allocatableMemory,onDemandHour,onDemandMonth,spotSavings,costPerPod,autoModeFee",
      ],
      ["type", "m5.large"],
    ]);
  });

  test("a view survives the round trip exactly", () => {
    expect(readExplorerAddress(explorerParams(FULL_VIEW, "eu-west-1"), REGIONS)).toEqual({
      view: FULL_VIEW,
      region: "eu-west-1",
      issues: [],
    });
  });

  test("ranges: min-max, either side open, one value for exactly it", () => {
    const read = (value: string) => readExplorerAddress([["vcpu", value]], REGIONS);
    expect(read("4-").view.vcpu).toEqual({ min: 4, max: null });
    expect(read("-16").view.vcpu).toEqual({ min: null, max: 16 });
    expect(read("4").view.vcpu).toEqual({ min: 4, max: 4 });
    expect(readExplorerAddress([["memory", "0.5-1.5"]], REGIONS).view.memory).toEqual({ min: 0.5, max: 1.5 });
    for (const bad of ["abc", "8-2", "1.5", "1-2-3", "--4"]) {
      expect(read(bad)).toEqual({
        view: DEFAULT_VIEW,
        region: null,
        issues: [{ code: "bad-value", name: "vcpu", value: bad }],
      });
    }
  });

  test("ascending sort has no sign; the family column cannot be sorted by", () => {
    expect(readExplorerAddress([["sort", "maxPods"]], REGIONS).view.sort).toEqual({ id: "maxPods", desc: false });
    expect(readExplorerAddress([["sort", "-name"]], REGIONS).view.sort).toEqual({ id: "name", desc: true });
    expect(readExplorerAddress([["sort", "family"]], REGIONS).issues).toEqual([
      { code: "bad-value", name: "sort", value: "family" },
    ]);
  });

  test("columns: the name is always shown; unknown ids are left out; none known keeps the default", () => {
    const read = (value: string) => readExplorerAddress([["columns", value]], REGIONS);
    expect(read("name,vcpu,maxPods").view.hiddenColumns).toEqual([
      "family",
      "memory",
      "architecture",
      "allocatableCpu",
      "allocatableMemory",
      "onDemandHour",
      "onDemandMonth",
      "spotSavings",
      "spotInterruption",
      "costPerPod",
      "autoModeFee",
    ]);
    expect(read("").view.hiddenColumns).toHaveLength(13);
    expect(read("vcpu,speed")).toMatchObject({ issues: [{ code: "bad-value", name: "columns", value: "speed" }] });
    expect(read("vcpu,speed").view.hiddenColumns).not.toContain("vcpu");
    expect(read("speed")).toEqual({
      view: DEFAULT_VIEW,
      region: null,
      issues: [{ code: "bad-value", name: "columns", value: "speed" }],
    });
  });

  test("bad values and unknown parameters are issues in the address's order; the rest applies; s is the scenario's", () => {
    const read = readExplorerAddress(
      [
        ["s", "1.abc"],
        ["zoom", "2"],
        ["arch", "sparc"],
        ["uncapped", "yes"],
        ["profile", "windows"],
        ["region", "mars-east-1"],
        ["type", "m5.huge"],
        ["name", "%E0%A4%A"],
        ["prefix-delegation", "1"],
        ["prefix-delegation", "0"],
      ],
      REGIONS,
    );
    expect(read.issues).toEqual([
      { code: "unknown-parameter", name: "zoom" },
      { code: "bad-value", name: "arch", value: "sparc" },
      { code: "bad-value", name: "uncapped", value: "yes" },
      { code: "bad-value", name: "profile", value: "windows" },
      { code: "bad-value", name: "region", value: "mars-east-1" },
      { code: "bad-value", name: "type", value: "m5.huge" },
      { code: "bad-value", name: "name", value: "%E0%A4%A" },
    ]);
    // The first of a repeated parameter counts.
    expect(read.view).toEqual({ ...DEFAULT_VIEW, prefixDelegation: true });
    expect(read.region).toBeNull();
  });
});
