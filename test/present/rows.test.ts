import { HOURS_PER_MONTH, RESERVATION_PROFILES, type RegionPricing } from "eksize";
import { getRegionPricing, instanceTypes } from "eksize/data";
import { describe, expect, test } from "vitest";
import {
  buildBreakdown,
  buildRows,
  costPerPodSlotUsd,
  DEFAULT_SETTINGS,
  monthlyUsd,
  type ExplorerSettings,
} from "../../src/present/explorer/rows.js";
import { instance } from "../support/core.js";

const usEast1 = getRegionPricing("us-east-1");

function row(name: string, settings: ExplorerSettings = DEFAULT_SETTINGS, pricing = usEast1) {
  const [only] = buildRows([instance(name)], pricing, settings);
  if (only === undefined) throw new Error("no row");
  return only;
}

describe("buildRows", () => {
  test("builds one row per instance type, in the dataset's order", () => {
    const rows = buildRows(instanceTypes, usEast1, DEFAULT_SETTINGS);
    expect(rows).toHaveLength(1420);
    expect(rows[0]?.name).toBe("a1.2xlarge");
  });

  test("m5.large in us-east-1 with the VPC CNI defaults", () => {
    expect(row("m5.large")).toMatchObject({
      name: "m5.large",
      family: "m5",
      vcpu: 2,
      memoryMiB: 8192,
      architecture: "amd64",
      maxPods: 29,
      maxPodsIssue: null,
      allocatableCpuMillicores: 1930,
      allocatableMemoryMiB: 6959,
      allocatableIssue: null,
      priced: true,
      onDemandUsdPerHour: 0.096,
      // The bill's Spot price, $0.04366, is 54.5% below on-demand; the Spot Instance Advisor says 66%.
      advisorSpotSavingsPercent: 66,
      spotInterruption: 3,
    });
    expect(row("m5.large").spotSavingsPercent).toBeCloseTo((1 - 0.04366 / 0.096) * 100, 10);
    expect(row("m5.large").onDemandUsdPerMonth).toBeCloseTo(70.08, 10);
    expect(row("m5.large").costPerPodSlotUsdPerMonth).toBeCloseTo(70.08 / 29, 10);
  });

  test("prefix delegation, custom networking and the ceiling change max pods", () => {
    expect(row("m5.large", { ...DEFAULT_SETTINGS, prefixDelegation: true }).maxPods).toBe(110);
    expect(row("m5.large", { ...DEFAULT_SETTINGS, customNetworking: true }).maxPods).toBe(20);
    expect(row("t2.medium", { ...DEFAULT_SETTINGS, prefixDelegation: true }).maxPods).toBe(17);
    expect(row("c5.18xlarge").maxPods).toBe(250);
    expect(row("c5.18xlarge", { ...DEFAULT_SETTINGS, uncapped: true }).maxPods).toBe(737);
  });

  test("the profile decides max pods: m5.4xlarge has 110 on Amazon Linux, 234 on Bottlerocket and Karpenter", () => {
    const amazonLinux = row("m5.4xlarge");
    const bottlerocket = row("m5.4xlarge", { ...DEFAULT_SETTINGS, profile: "bottlerocket" });
    const karpenter = row("m5.4xlarge", { ...DEFAULT_SETTINGS, profile: "karpenter" });
    expect([amazonLinux.maxPods, bottlerocket.maxPods, karpenter.maxPods]).toEqual([110, 234, 234]);
    // On-demand $0.768/hour × 730 = $560.64 per month, over 110 or 234 pod slots.
    expect(amazonLinux.costPerPodSlotUsdPerMonth).toBeCloseTo(560.64 / 110, 10);
    expect(bottlerocket.costPerPodSlotUsdPerMonth).toBeCloseTo(560.64 / 234, 10);
    expect(karpenter.costPerPodSlotUsdPerMonth).toBeCloseTo(560.64 / 234, 10);
  });

  test("prefix delegation raises m5.large to 110 on Amazon Linux only; Bottlerocket and Karpenter keep 29", () => {
    const withPrefixes = { ...DEFAULT_SETTINGS, prefixDelegation: true };
    expect(row("m5.large", withPrefixes).maxPods).toBe(110);
    expect(row("m5.large", withPrefixes).costPerPodSlotUsdPerMonth).toBeCloseTo(70.08 / 110, 10);
    for (const profile of ["bottlerocket", "karpenter"] as const) {
      const pods = row("m5.large", { ...withPrefixes, profile });
      expect(pods.maxPods, profile).toBe(29);
      expect(pods.costPerPodSlotUsdPerMonth, profile).toBeCloseTo(70.08 / 29, 10);
    }
  });

  test("the profile changes allocatable memory", () => {
    expect(row("m5.large", { ...DEFAULT_SETTINGS, profile: "karpenter" }).allocatableMemoryMiB).toBe(6903);
    // Bottlerocket reserves memory for the 29 pods of the ENI table, prefix delegation or not: 7633 − 574 − 100.
    const bottlerocket = row("m5.large", { ...DEFAULT_SETTINGS, profile: "bottlerocket", prefixDelegation: true });
    expect(bottlerocket.allocatableMemoryMiB).toBe(6959);
  });

  test("a node without pod slots has no cost per pod slot", () => {
    const settings = { ...DEFAULT_SETTINGS, profile: "karpenter", customNetworking: true } as const;
    const [hpc] = buildRows([instance("hpc6id.32xlarge")], getRegionPricing("us-east-2"), settings);
    expect(hpc?.maxPods).toBe(0);
    expect(hpc?.costPerPodSlotUsdPerMonth).toBeNull();
  });

  test("a type without vCPU or memory data is unknown, never 0, and says why", () => {
    const unknown = row("c7i.32xlarge");
    expect(unknown.vcpu).toBeNull();
    expect(unknown.memoryMiB).toBeNull();
    expect(unknown.maxPods).toBeNull();
    expect(unknown.maxPodsIssue).toEqual({ code: "vcpu-unknown", params: { instanceType: "c7i.32xlarge" } });
    expect(unknown.allocatableCpuMillicores).toBeNull();
    expect(unknown.allocatableMemoryMiB).toBeNull();
    expect(unknown.allocatableIssue?.code).toBe("vcpu-unknown");
    expect(unknown.costPerPodSlotUsdPerMonth).toBeNull();
  });

  test("a small type without vCPU data still has max pods below the ceiling", () => {
    const flex = row("c7g-flex.large");
    expect(flex.maxPods).toBe(29);
    expect(flex.allocatableCpuMillicores).toBeNull();
  });

  test("a type missing from the region's prices has every price unknown", () => {
    const unsold = row("c5a.metal");
    expect(unsold.priced).toBe(false);
    expect(unsold.onDemandUsdPerHour).toBeNull();
    expect(unsold.onDemandUsdPerMonth).toBeNull();
    expect(unsold.spotInterruption).toBeNull();
    expect(unsold.costPerPodSlotUsdPerMonth).toBeNull();
  });

  test("a region without prices leaves every price unknown", () => {
    const [noRegion] = buildRows([instance("m5.large")], undefined, DEFAULT_SETTINGS);
    if (noRegion === undefined) throw new Error("no row");
    expect(noRegion.priced).toBe(false);
    expect(noRegion.onDemandUsdPerHour).toBeNull();
    expect(noRegion.maxPods).toBe(29);
  });

  test("a known price of null stays unknown while the row is priced", () => {
    const pricing: RegionPricing = {
      region: "test-1",
      onDemandSources: [],
      spotSources: [],
      autoModeFeeSources: [],
      instances: {
        "m5.large": {
          onDemandUsdPerHour: null,
          spotUsdPerHour: null,
          spotSavingsPercent: 10,
          spotInterruption: 0,
          autoModeFee: null,
        },
      },
    };
    const partial = row("m5.large", DEFAULT_SETTINGS, pricing);
    expect(partial.priced).toBe(true);
    expect(partial.onDemandUsdPerMonth).toBeNull();
    expect(partial.spotSavingsPercent).toBeNull();
    expect(partial.advisorSpotSavingsPercent).toBe(10);
    expect(partial.spotInterruption).toBe(0);
  });
});

describe("money", () => {
  test("a month is 730 hours", () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monthlyUsd(0.1)).toBeCloseTo(73, 10);
    expect(monthlyUsd(null)).toBeNull();
  });

  test("cost per pod slot is unknown without a price or without slots", () => {
    expect(costPerPodSlotUsd(58, 29)).toBe(2);
    expect(costPerPodSlotUsd(null, 29)).toBeNull();
    expect(costPerPodSlotUsd(58, null)).toBeNull();
    expect(costPerPodSlotUsd(58, 0)).toBeNull();
  });
});

describe("buildBreakdown", () => {
  test("m5.large: the max-pods pieces, allocatable and cost", () => {
    const breakdown = buildBreakdown(instance("m5.large"), usEast1, DEFAULT_SETTINGS);
    expect(breakdown.maxPods).toEqual({
      ok: true,
      value: {
        maxPods: 29,
        enis: 3,
        slotsPerEni: 9,
        addressesPerSlot: 1,
        hostNetworkPods: 2,
        formulaPods: 29,
        ceiling: 110,
        prefixDelegation: false,
        prefixDelegationSkipped: null,
        branchEniPods: 0,
      },
    });
    expect(breakdown.allocatable.ok && breakdown.allocatable.value.cpuMillicores).toBe(1930);
    expect(breakdown.onDemandUsdPerMonth).toBeCloseTo(70.08, 10);
    expect(breakdown.costPerPodSlotUsdPerMonth).toBeCloseTo(70.08 / 29, 10);
  });

  test("under Karpenter, m5.large with prefix delegation: the formula, the headline and the cost agree on 29", () => {
    const settings: ExplorerSettings = { ...DEFAULT_SETTINGS, profile: "karpenter", prefixDelegation: true };
    const breakdown = buildBreakdown(instance("m5.large"), usEast1, settings);
    expect(breakdown.kubeletPods).toEqual({ ok: true, value: 29 });
    expect(breakdown.maxPods.ok && breakdown.maxPods.value).toMatchObject({
      maxPods: 29,
      formulaPods: 29,
      ceiling: null,
      prefixDelegation: false,
      prefixDelegationSkipped: null,
    });
    expect(breakdown.allocatable.ok && breakdown.allocatable.value.pods).toBe(29);
    expect(breakdown.costPerPodSlotUsdPerMonth).toBeCloseTo(70.08 / 29, 10);
  });

  test("for every type, profile and CNI mode the formula ends on the kubelet's max pods", () => {
    const mismatches: string[] = [];
    for (const profile of RESERVATION_PROFILES) {
      for (const prefixDelegation of [false, true]) {
        for (const customNetworking of [false, true]) {
          for (const uncapped of [false, true]) {
            const settings: ExplorerSettings = {
              ...DEFAULT_SETTINGS,
              profile,
              prefixDelegation,
              customNetworking,
              uncapped,
            };
            for (const type of instanceTypes) {
              const { kubeletPods, maxPods: formula } = buildBreakdown(type, undefined, settings);
              if (
                kubeletPods.ok !== formula.ok ||
                (kubeletPods.ok && formula.ok && kubeletPods.value !== formula.value.maxPods)
              ) {
                mismatches.push(`${type.name} ${JSON.stringify(settings)}`);
              }
            }
          }
        }
      }
    }
    // The one known difference: Karpenter predicts 0 where custom networking leaves no ENI (the formula's 2 host pods).
    expect(mismatches).toEqual([
      'hpc6id.32xlarge {"region":"us-east-1","prefixDelegation":false,"customNetworking":true,"uncapped":false,"profile":"karpenter"}',
      'hpc6id.32xlarge {"region":"us-east-1","prefixDelegation":false,"customNetworking":true,"uncapped":true,"profile":"karpenter"}',
      'hpc6id.32xlarge {"region":"us-east-1","prefixDelegation":true,"customNetworking":true,"uncapped":false,"profile":"karpenter"}',
      'hpc6id.32xlarge {"region":"us-east-1","prefixDelegation":true,"customNetworking":true,"uncapped":true,"profile":"karpenter"}',
    ]);
  });

  test("t2.medium with prefix delegation: skipped because it is not Nitro", () => {
    const breakdown = buildBreakdown(instance("t2.medium"), usEast1, { ...DEFAULT_SETTINGS, prefixDelegation: true });
    expect(breakdown.maxPods.ok && breakdown.maxPods.value.prefixDelegationSkipped).toBe("not-nitro");
    expect(breakdown.maxPods.ok && breakdown.maxPods.value.maxPods).toBe(17);
  });

  test("a type without data fails with its issue", () => {
    const breakdown = buildBreakdown(instance("c7i.32xlarge"), usEast1, DEFAULT_SETTINGS);
    expect(breakdown.maxPods).toEqual({
      ok: false,
      issues: [{ code: "vcpu-unknown", params: { instanceType: "c7i.32xlarge" } }],
    });
    expect(breakdown.allocatable.ok).toBe(false);
    expect(breakdown.costPerPodSlotUsdPerMonth).toBeNull();
  });
});
