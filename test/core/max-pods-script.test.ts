import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxPods, vpcCniPodCapacity, type CniSettings, type MaxPodsOptions } from "eksize";
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

/**
 * The script's uncapped modes as VPC CNI settings for `vpcCniPodCapacity`: what the addresses allow.
 * The script skips prefix delegation on bare metal (EC2 reports no hypervisor there) although the VPC
 * CNI delegates prefixes on Nitro bare metal, so the prefix modes compare the types with a hypervisor.
 */
const CAPACITY_MODES: readonly (readonly [string, Partial<CniSettings>, boolean])[] = [
  ["showMax", {}, false],
  ["pdShowMax", { prefixDelegation: true }, true],
  ["maxEni2CnPdShowMax", { maxEni: 2, customNetworking: true, prefixDelegation: true }, true],
];

describe("vpcCniPodCapacity agrees with the script's --show-max-allowed", () => {
  it.each(CAPACITY_MODES)("for every instance type in mode %s", (mode, settings, hypervisorOnly) => {
    const mismatches: string[] = [];
    for (const name of typeNames) {
      const instance = getInstanceType(name);
      const expected = fixture.expected[name]?.[mode];
      if (instance === undefined || expected === undefined || (hypervisorOnly && instance.hypervisor === null))
        continue;
      const actual = vpcCniPodCapacity(instance, settings);
      if (actual !== expected) mismatches.push(`${name}: script ${expected}, eksize ${actual}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("counts the trunk ENI of security groups for pods as one ENI more taken, like --cni-max-eni one lower", () => {
    // The script has no flag for the trunk: with MAX_ENI 3, custom networking and the trunk, one ENI is
    // left for pod addresses, as the script's --cni-max-eni 2 with custom networking leaves one.
    const trunking = typeNames.flatMap((name) => {
      const instance = getInstanceType(name);
      return instance !== undefined &&
        instance.trunking === true &&
        instance.defaultCardEnis >= 3 &&
        instance.hypervisor !== null
        ? [instance]
        : [];
    });
    expect(trunking.length).toBeGreaterThan(500);
    const mismatches = trunking.flatMap((instance) => {
      const expected = fixture.expected[instance.name]?.maxEni2CnPdShowMax;
      const actual = vpcCniPodCapacity(instance, {
        maxEni: 3,
        customNetworking: true,
        securityGroupsForPods: true,
        prefixDelegation: true,
      });
      return actual === expected ? [] : [`${instance.name}: script ${expected}, eksize ${actual}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("gives m5.xlarge 16 pods with MAX_ENI 3, custom networking and security groups for pods (not 44)", () => {
    const m5 = getInstanceType("m5.xlarge")!;
    // 4 ENIs × 15 IPv4: the script's default 58 and custom networking 44 ...
    expect([fixture.expected["m5.xlarge"]?.default, fixture.expected["m5.xlarge"]?.cn]).toEqual([58, 44]);
    expect(vpcCniPodCapacity(m5, { customNetworking: true })).toBe(44);
    // ... the trunk takes one more ENI: 2 × 14 + 2 = 30; with MAX_ENI 3 only 1 ENI is left: 1 × 14 + 2 = 16.
    expect(vpcCniPodCapacity(m5, { customNetworking: true, securityGroupsForPods: true })).toBe(30);
    expect(vpcCniPodCapacity(m5, { customNetworking: true, securityGroupsForPods: true, maxEni: 3 })).toBe(16);
    // t3 types cannot trunk: security groups for pods take no ENI there.
    expect(vpcCniPodCapacity(getInstanceType("t3.large")!, { securityGroupsForPods: true })).toBe(35);
  });
});
