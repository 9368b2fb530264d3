import { getRegionPricing, regions, services, sources } from "eksize/data";
import { describe, expect, test } from "vitest";
import { dateSpan, groupSources, spotSourceRoles } from "../../src/app/features/explorer/freshness.js";

const allPricing = regions.flatMap((code) => getRegionPricing(code) ?? []);
const ids = (list: readonly { id: string }[]) => list.map((source) => source.id);

describe("groupSources", () => {
  test("us-east-1 prices come from Karpenter's Price List copy first, then the ec2instances.info snapshot", () => {
    const groups = groupSources(sources, getRegionPricing("us-east-1"), allPricing, services);
    expect(ids(groups.onDemand)).toEqual(["karpenterOnDemand", "vantageOnDemand"]);
    expect(ids(groups.spot)).toEqual(["vantageSpot", "spotAdvisor"]);
    expect(ids(groups.autoMode)).toEqual(["autoModeFeeEstimate"]);
    expect(ids(groups.instances)).toEqual([
      "eniMaxPods",
      "vpcCniLimits",
      "karpenterVpcLimits",
      "karpenterInstanceTypes",
      "describeInstanceTypes",
      "karpenterMemoryCapacity",
    ]);
  });

  test("other regions have the snapshot only, and a region without prices has no price source", () => {
    expect(ids(groupSources(sources, getRegionPricing("ap-northeast-2"), allPricing, services).onDemand)).toEqual([
      "vantageOnDemand",
    ]);
    const none = groupSources(sources, undefined, allPricing, services);
    expect(none.onDemand).toEqual([]);
    expect(none.spot).toEqual([]);
  });
});

describe("spotSourceRoles", () => {
  test("Spot prices come from the ec2instances.info snapshot, savings and interruptions from the Spot Instance Advisor", () => {
    const { spot } = groupSources(sources, getRegionPricing("us-east-1"), allPricing, services);
    const roles = spotSourceRoles(spot);
    expect(ids(roles.prices)).toEqual(["vantageSpot"]);
    expect(ids(roles.advisor)).toEqual(["spotAdvisor"]);
    expect(roles.prices.map((source) => source.asOf)).toEqual(["2026-05"]);
    expect(roles.advisor.map((source) => source.asOf)).toEqual(["2025-06-28"]);
  });
});

describe("dateSpan", () => {
  test("oldest and newest date", () => {
    expect(dateSpan([{ asOf: "2026-08-11" }, { asOf: "2021-10-20" }, { asOf: "2026-05" }])).toEqual({
      oldest: "2021-10-20",
      newest: "2026-08-11",
    });
    expect(dateSpan([])).toBeNull();
  });
});
