import { act, renderHook } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { useExplorerSettings, useExplorerStore } from "../../src/app/store/explorer-store.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { useSiteStore } from "../../src/app/store/site-store.js";

const store = () => useExplorerStore.getState();
const site = () => useSiteStore.getState();

describe("explorer store", () => {
  test("opens with the VPC CNI defaults, sorted by name, the family and Auto Mode fee columns hidden", () => {
    expect(store()).toMatchObject({
      prefixDelegation: false,
      customNetworking: false,
      uncapped: false,
      profile: "amazon-linux",
      sorting: [{ id: "name", desc: false }],
      hiddenColumns: ["family", "autoModeFee"],
      selected: null,
      addressIssues: [],
    });
  });

  test("a column is shown or hidden in table order; the name column is always shown", () => {
    store().setColumnShown("spotInterruption", false);
    store().setColumnShown("vcpu", false);
    store().setColumnShown("name", false);
    expect(store().hiddenColumns).toEqual(["family", "vcpu", "spotInterruption", "autoModeFee"]);
    store().setColumnShown("family", true);
    store().setColumnShown("autoModeFee", true);
    expect(store().hiddenColumns).toEqual(["vcpu", "spotInterruption"]);
  });

  test("a range keeps what was typed and applies only valid values", () => {
    store().setRangeText("vcpu", "min", "4");
    expect(store().appliedRanges.vcpu).toEqual({ min: 4, max: null });
    store().setRangeText("vcpu", "max", "2");
    expect(store().filters.vcpu).toEqual({ min: "4", max: "2" });
    expect(store().appliedRanges.vcpu).toEqual({ min: 4, max: null });
    store().setRangeText("vcpu", "max", "16");
    expect(store().appliedRanges.vcpu).toEqual({ min: 4, max: 16 });
    store().setRangeText("memory", "min", "0.5");
    expect(store().appliedRanges.memory).toEqual({ min: 0.5, max: null });
  });

  test("resetting the filters clears the typed text and the applied ranges", () => {
    store().setNameFilter("m5");
    store().setRangeText("memory", "max", "abc");
    store().resetFilters();
    expect(store().filters).toEqual({
      name: "",
      family: "",
      architecture: "all",
      vcpu: { min: "", max: "" },
      memory: { min: "", max: "" },
    });
    expect(store().appliedRanges).toEqual({ vcpu: { min: null, max: null }, memory: { min: null, max: null } });
  });
});

describe("site store", () => {
  test("opens on the planner, in English", () => {
    expect(site()).toMatchObject({ page: "planner", locale: "en" });
  });

  test("the language is remembered in localStorage", () => {
    site().setLocale("ko");
    expect(site().locale).toBe("ko");
    expect(localStorage.getItem("eksize.locale")).toBe("ko");
  });
});

describe("shared settings hook", () => {
  test("useExplorerSettings gives the same object until a setting changes; the region is the planner's", () => {
    const { result } = renderHook(() => useExplorerSettings());
    const first = result.current;
    expect(first).toEqual({
      region: "us-east-1",
      prefixDelegation: false,
      customNetworking: false,
      uncapped: false,
      profile: "amazon-linux",
    });
    act(() => {
      store().setNameFilter("m5");
      store().select("m5.large");
    });
    expect(result.current).toBe(first);
    act(() => {
      store().setProfile("karpenter");
    });
    expect(result.current).not.toBe(first);
    expect(result.current.profile).toBe("karpenter");
    act(() => {
      usePlannerStore.getState().updateCluster({ region: "eu-west-1" });
    });
    expect(result.current.region).toBe("eu-west-1");
  });
});
