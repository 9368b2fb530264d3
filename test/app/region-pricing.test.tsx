import { screen, within } from "@testing-library/react";
import { defaultScenario } from "eksize";
import { getRegionPricing, regions, services, sources } from "eksize/data";
import { afterEach, describe, expect, test } from "vitest";
import { groupSources } from "../../src/app/features/explorer/freshness.js";
import { loadRegion, retryRegion, useRegionPricingStore } from "../../src/app/store/region-pricing-store.js";
import { loadRegionPricing, preloadedPricing, regionCodes, regionSources } from "virtual:eksize/region-prices";
import { cell, filterByName, renderExplorer, rowOf } from "./helpers.js";

const loaders = loadRegionPricing as Record<string, () => Promise<unknown>>;
const original = { ...loaders };

afterEach(() => {
  Object.assign(loaders, original);
  useRegionPricingStore.setState({ loaded: { [preloadedPricing.region]: preloadedPricing }, failed: {} });
});

describe("prices per region, loaded on demand", () => {
  test("every region's chunk holds exactly what eksize/data has for it", async () => {
    expect(regionCodes).toEqual([...regions].sort());
    // The tests' fixed price catalogue (test/fixtures/prices.json) has seven of data/'s 36 regions.
    expect(regionCodes).toHaveLength(7);
    for (const code of regionCodes) {
      const pricing = await loadRegionPricing[code]!();
      expect(pricing).toEqual(getRegionPricing(code));
      expect(regionSources[code]).toEqual({
        onDemandSources: pricing.onDemandSources,
        spotSources: pricing.spotSources,
        autoModeFeeSources: pricing.autoModeFeeSources,
      });
    }
  });

  test("the first script carries the default scenario's region", () => {
    expect(preloadedPricing.region).toBe(defaultScenario.region);
    expect(useRegionPricingStore.getState().loaded).toEqual({ "us-east-1": getRegionPricing("us-east-1") });
  });

  test("the freshness groups read the same sources from the region index as from the full prices", () => {
    const all = regions.map((code) => getRegionPricing(code)!);
    for (const code of ["us-east-1", "ap-northeast-2", "us-gov-west-1"]) {
      expect(groupSources(sources, regionSources[code], Object.values(regionSources), services)).toEqual(
        groupSources(sources, getRegionPricing(code), all, services),
      );
    }
  });

  test("a region loads once however often it is asked for; an unknown region loads nothing", async () => {
    let calls = 0;
    loaders["eu-west-1"] = () => {
      calls += 1;
      return original["eu-west-1"]!();
    };
    await Promise.all([loadRegion("eu-west-1"), loadRegion("eu-west-1")]);
    await loadRegion("eu-west-1");
    await loadRegion("mars-north-1");
    expect(calls).toBe(1);
    expect(Object.keys(useRegionPricingStore.getState().loaded).sort()).toEqual(["eu-west-1", "us-east-1"]);
  });

  test("a chunk that fails is recorded, and trying again loads it", async () => {
    loaders["eu-west-1"] = () => Promise.reject(new Error("offline"));
    await loadRegion("eu-west-1");
    expect(useRegionPricingStore.getState().failed).toEqual({ "eu-west-1": true });
    loaders["eu-west-1"] = original["eu-west-1"]!;
    await retryRegion("eu-west-1");
    expect(useRegionPricingStore.getState().failed).toEqual({});
    expect(useRegionPricingStore.getState().loaded["eu-west-1"]).toEqual(getRegionPricing("eu-west-1"));
  });

  test("the explorer says the prices are loading, then shows them; a failure offers to try again", async () => {
    let fail = true;
    loaders["ap-northeast-2"] = () => (fail ? Promise.reject(new Error("offline")) : original["ap-northeast-2"]!());
    const { user } = await renderExplorer();
    await user.selectOptions(screen.getByLabelText("Region"), "ap-northeast-2");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The prices of Asia Pacific (Seoul), ap-northeast-2 could not be loaded.");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await filterByName(user, "m5.large");
    expect(cell(rowOf("m5.large"), "onDemandHour").textContent).toBe("$0.118");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
