/**
 * The published `eksize max-pods` reads a text the build writes from `data/instance-types.json` with
 * only the columns max pods needs (`maxPodsDatasetModule`). Read a type at a time or all at once, it
 * must give every type the same answer as the whole catalogue, under every CNI setting.
 */
import { attempt, maxPodsBreakdown, type MaxPodsOptions } from "eksize";
import { instanceTypes } from "eksize/data";
import { beforeAll, describe, expect, it } from "vitest";
import {
  MAX_PODS_COLUMNS,
  maxPodsDatasetModule,
  maxPodsDatasetText,
  type MaxPodsType,
} from "../../src/cli/max-pods-columns.js";
import { MAX_PODS_DATASET } from "../../src/cli/max-pods-dataset.js";
import { typeOnItsLine, typesOf } from "../../src/cli/max-pods-types.js";

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

/** The text of the module the build writes, as the command imports it. */
let built = "";

beforeAll(async () => {
  const source = maxPodsDatasetModule(instanceTypes);
  ({ MAX_PODS_DATASET: built } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    MAX_PODS_DATASET: string;
  });
});

describe("the max-pods dataset the build writes", () => {
  it("is the text the command reads from source, a line per type of the dataset", () => {
    expect(built).toBe(MAX_PODS_DATASET);
    expect(built).toBe(maxPodsDatasetText(instanceTypes));
    expect(built.split("\n")).toHaveLength(instanceTypes.length + 1);
    expect(built.length).toBeLessThan(100_000);
  });

  it("gives every type, read from its line or with all the others, only the max-pods columns and their values", () => {
    const all = typesOf(built);
    expect([...all.keys()]).toEqual(instanceTypes.map((type) => type.name));
    for (const full of instanceTypes) {
      const columns = Object.fromEntries(MAX_PODS_COLUMNS.map((column) => [column, full[column]]));
      expect(typeOnItsLine(built, full.name)).toEqual(columns);
      expect(all.get(full.name)).toEqual(columns);
    }
  });

  it("gives every type the same max pods, breakdown and errors as the whole catalogue, in every setting", () => {
    let compared = 0;
    for (const full of instanceTypes) {
      const type: MaxPodsType = typeOnItsLine(built, full.name)!;
      for (const options of SETTINGS) {
        expect(
          attempt(() => maxPodsBreakdown(type, options)),
          `${type.name} ${JSON.stringify(options)}`,
        ).toEqual(attempt(() => maxPodsBreakdown(full, options)));
        compared++;
      }
    }
    expect(compared).toBe(instanceTypes.length * SETTINGS.length);
  });

  it("reads m5.large's line as the formula needs it, and no type for a name it does not have", () => {
    expect(typeOnItsLine(built, "m5.large")).toEqual({
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
    expect(maxPodsBreakdown(typeOnItsLine(built, "m5.large")!, { prefixDelegation: true }).maxPods).toBe(110);
    expect(typeOnItsLine(built, "m5.lage")).toBeUndefined();
    expect(typeOnItsLine(built, "m5")).toBeUndefined();
    expect(typeOnItsLine(built, 'm5.large"')).toBeUndefined();
  });
});
