/**
 * The published `eksize max-pods` reads a dataset the build writes with only the columns max pods needs
 * (`maxPodsDatasetModule`, from `data/instance-types.json`). It must give every type the same answer
 * as the whole catalogue, under every CNI setting.
 */
import { attempt, maxPodsBreakdown, type InstanceType, type MaxPodsOptions } from "eksize";
import { instanceTypes } from "eksize/data";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PODS_COLUMNS, maxPodsDatasetModule, type MaxPodsType } from "../../src/cli/max-pods-columns.js";

/** The CLI's settings that change max pods, and the core's other two (security groups for pods, IPv6). */
const SETTINGS: readonly MaxPodsOptions[] = [
  {},
  { uncapped: true },
  { prefixDelegation: true },
  { prefixDelegation: true, uncapped: true },
  { prefixDelegation: true, cniVersion: "1.8.0" },
  { customNetworking: true },
  { customNetworking: true, prefixDelegation: true },
  { maxEnis: 2 },
  { securityGroupsForPods: true },
  { ipv6: true },
];

let slim: readonly MaxPodsType[] = [];

beforeAll(async () => {
  const source = maxPodsDatasetModule(instanceTypes);
  ({ instanceTypes: slim } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    instanceTypes: readonly MaxPodsType[];
  });
});

describe("the max-pods dataset the build writes", () => {
  it("has every type of the dataset, in its order, with only the max-pods columns and their values", () => {
    expect(slim).toHaveLength(instanceTypes.length);
    expect(slim.length).toBeGreaterThan(1000);
    slim.forEach((type, index) => {
      const full: InstanceType = instanceTypes[index]!;
      expect(type).toEqual(Object.fromEntries(MAX_PODS_COLUMNS.map((column) => [column, full[column]])));
    });
  });

  it("gives every type the same max pods, breakdown and errors as the whole catalogue, in every setting", () => {
    let compared = 0;
    slim.forEach((type, index) => {
      const full = instanceTypes[index]!;
      for (const options of SETTINGS) {
        expect(
          attempt(() => maxPodsBreakdown(type, options)),
          `${type.name} ${JSON.stringify(options)}`,
        ).toEqual(attempt(() => maxPodsBreakdown(full, options)));
        compared++;
      }
    });
    expect(compared).toBe(instanceTypes.length * SETTINGS.length);
  });

  it("writes m5.large as the row the formula reads", () => {
    expect(slim.find((type) => type.name === "m5.large")).toEqual({
      name: "m5.large",
      family: "m5",
      size: "large",
      vcpu: 2,
      hypervisor: "nitro",
      bareMetal: false,
      defaultCardEnis: 3,
      ipv4PerEni: 10,
      trunking: true,
      branchEnis: 9,
    });
    expect(
      maxPodsBreakdown(
        slim.find((type) => type.name === "m5.large")!,
        { prefixDelegation: true },
      ).maxPods,
    ).toBe(110);
  });
});
