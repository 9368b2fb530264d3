import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxPods, type MaxPodsOptions } from "eksize";
import { getInstanceType, instanceTypes } from "eksize/data";

// Golden values printed by AWS's real max-pods-calculator.sh (awslabs/amazon-eks-ami @ 0a6d499), run
// over every instance type with a stub `aws ec2 describe-instance-types` built from the upstream
// VPC CNI limits and Karpenter vCPU counts, never from data/instance-types.json: so this compares two
// independent paths. How the fixture was produced is in its "_about".
interface ScriptFixture {
  readonly _about: string;
  readonly modes: Record<string, readonly string[]>;
  readonly expected: Record<string, Record<string, number>>;
}

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/max-pods-script.json", import.meta.url), "utf8"),
) as ScriptFixture;

/** The script's flags of each fixture mode, as eksize options. */
const MODE_OPTIONS: Record<string, MaxPodsOptions> = {
  default: { cniVersion: "1.18.0" },
  showMax: { cniVersion: "1.18.0", uncapped: true },
  pd: { cniVersion: "1.18.0", prefixDelegation: true },
  pdShowMax: { cniVersion: "1.18.0", prefixDelegation: true, uncapped: true },
  pdOldCni: { cniVersion: "1.8.0", prefixDelegation: true },
  cn: { cniVersion: "1.18.0", customNetworking: true },
  cnPd: { cniVersion: "1.18.0", customNetworking: true, prefixDelegation: true },
  maxEni2: { cniVersion: "1.18.0", maxEnis: 2 },
  maxEni2CnPdShowMax: {
    cniVersion: "1.18.0",
    maxEnis: 2,
    customNetworking: true,
    prefixDelegation: true,
    uncapped: true,
  },
};

const typeNames = Object.keys(fixture.expected);

describe("the max-pods-calculator.sh fixture", () => {
  it("covers at least 1,300 instance types", () => {
    expect(typeNames.length).toBeGreaterThanOrEqual(1300);
  });

  it("names only instance types that are in the dataset", () => {
    const known = new Set(instanceTypes.map((type) => type.name));
    expect(typeNames.filter((name) => !known.has(name))).toEqual([]);
  });

  it("has exactly the modes this test knows how to translate, each for every type", () => {
    expect(Object.keys(fixture.modes).sort()).toEqual(Object.keys(MODE_OPTIONS).sort());
    const incomplete = typeNames.filter((name) =>
      Object.keys(MODE_OPTIONS).some((mode) => typeof fixture.expected[name]?.[mode] !== "number"),
    );
    expect(incomplete).toEqual([]);
  });
});

describe("maxPods agrees with AWS's max-pods-calculator.sh", () => {
  it.each(Object.entries(MODE_OPTIONS))(
    "gives the script's answer for every instance type in mode %s",
    (mode, options) => {
      const mismatches: string[] = [];
      for (const name of typeNames) {
        const expected = fixture.expected[name]?.[mode];
        const instance = getInstanceType(name);
        if (expected === undefined || instance === undefined) continue; // reported by the fixture tests above
        let actual: number | string;
        try {
          actual = maxPods(instance, options);
        } catch (error) {
          actual = `threw ${String(error)}`;
        }
        if (actual !== expected) {
          mismatches.push(
            `${name}: script ${expected}, eksize ${actual} (hypervisor ${instance.hypervisor}, ` +
              `${instance.defaultCardEnis} ENIs, ${instance.ipv4PerEni} IPv4/ENI, ${instance.vcpu} vCPU)`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
