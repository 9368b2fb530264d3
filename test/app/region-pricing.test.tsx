import { screen, within } from "@testing-library/react";
import { costCluster, defaultScenario, planCluster } from "eksize";
import { catalog, getRegionPricing, regions, services, sources } from "eksize/data";
import { afterEach, describe, expect, test } from "vitest";
import { groupSources } from "../../src/app/features/explorer/freshness.js";
import { PlannerPage } from "../../src/app/features/planner/PlannerPage.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import {
  loadInstanceTypes,
  loadRegion,
  retryRegion,
  useRegionPricingStore,
} from "../../src/app/store/region-pricing-store.js";
import { bootData, loadRegionPricing, regionCodes, regionSources } from "virtual:eksize/region-prices";
import { cell, filterByName, renderExplorer, renderFeature, rowOf } from "./helpers.js";
import { LOADED_AFTER_VISIT } from "./setup.js";

const loaders = loadRegionPricing as Record<string, () => Promise<unknown>>;
const original = { ...loaders };

/** The store as a visit opens: nothing loaded but what the first script carries. */
const ON_OPENING = { loaded: {}, failed: {}, instanceTypes: null, lookup: null, typesFailed: false };

afterEach(() => {
  Object.assign(loaders, original);
  useRegionPricingStore.setState(LOADED_AFTER_VISIT);
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

  test("the first script carries the default scenario's instance types and their prices, which plan it as the whole catalogue does", () => {
    expect(bootData.instanceTypes.map((type) => type.name)).toEqual([
      "c5.xlarge",
      "c5a.xlarge",
      "c6a.xlarge",
      "c6i.xlarge",
      "m5.xlarge",
      "m6a.xlarge",
      "m6i.xlarge",
    ]);
    expect(bootData.instanceTypes).toEqual(
      catalog.instanceTypes.filter((type) => bootData.instanceTypes.some((boot) => boot.name === type.name)),
    );
    const full = getRegionPricing("us-east-1")!;
    expect(bootData.pricing).toEqual({
      ...full,
      instances: Object.fromEntries(
        Object.entries(full.instances).filter(([name]) => name in bootData.pricing.instances),
      ),
    });
    expect(Object.keys(bootData.pricing.instances)).toHaveLength(7);
    const boot = { ...catalog, instanceTypes: bootData.instanceTypes, regions: { "us-east-1": bootData.pricing } };
    const plan = planCluster(defaultScenario, boot);
    expect(plan).toEqual(planCluster(defaultScenario, catalog));
    expect(costCluster(defaultScenario, plan, boot).totalUsdPerMonth).toBeCloseTo(686.40, 2);
  });

  test("the planner shows the default scenario's total before the dataset loads, the comparison after", async () => {
    useRegionPricingStore.setState(ON_OPENING);
    renderFeature(<PlannerPage />);
    expect(screen.getByTestId("total").textContent).toBe("$686.40");
    expect(screen.getByText("Comparing strategies and instance types…")).toBeTruthy();
    expect(await screen.findByRole("table", { name: /cheapest instance types for general/ })).toBeTruthy();
    expect(useRegionPricingStore.getState().instanceTypes).toHaveLength(catalog.instanceTypes.length);
    // The whole catalogue plans the scenario as the first script's rows did: no "Last edit" to report.
    expect(screen.getByTestId("summary-change").textContent).toBe("");
    expect(Object.keys(useRegionPricingStore.getState().loaded)).toEqual(["us-east-1"]);
  });

  test("when the instance dataset cannot be fetched the plan stands, and Try again loads the rest", async () => {
    useRegionPricingStore.setState({ ...ON_OPENING, typesFailed: true });
    const { user } = renderFeature(<PlannerPage />);
    expect(screen.getByTestId("total").textContent).toBe("$686.40");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The prices of US East (N. Virginia), us-east-1 could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: /cheapest instance types for general/ })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a type typed before the dataset loads is checked once it is there: a misspelt one gets its error", async () => {
    useRegionPricingStore.setState(ON_OPENING);
    const store = usePlannerStore.getState();
    const general = store.draft.nodeGroups[0]!;
    store.setInstanceType(general.key, 0, "m5.lage");
    // Not known yet: no error, and the plan keeps the last scenario it could check.
    expect(usePlannerStore.getState().issues).toEqual([]);
    expect(usePlannerStore.getState().scenario).toBe(defaultScenario);
    await loadInstanceTypes();
    expect(usePlannerStore.getState().issues).toEqual([
      {
        code: "unknown-instance-type",
        path: "nodeGroups.0.instanceTypes.0",
        params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge", "m5a.large"] },
      },
    ]);
    expect(usePlannerStore.getState().scenario).toBe(defaultScenario);
  });

  test("a scenario naming a type the first script lacks waits for the whole catalogue: its prices show as loading", async () => {
    useRegionPricingStore.setState(ON_OPENING);
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    loaders["us-east-1"] = () => released.then(() => original["us-east-1"]!());
    renderFeature(<PlannerPage />);
    const store = usePlannerStore.getState();
    store.setInstanceType(store.draft.nodeGroups[0]!.key, 0, "m6g.xlarge");
    await loadInstanceTypes();
    const status = await screen.findByText((_text, element) => element?.classList.contains("prices-status") ?? false);
    expect(status.textContent).toBe("Loading the prices of US East (N. Virginia), us-east-1…");
    expect(screen.queryByTestId("total")).toBeNull();
    release();
    expect((await screen.findByTestId("total")).textContent).toBe("$631.87");
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
