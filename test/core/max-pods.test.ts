import { describe, expect, it } from "vitest";
import { maxPods, maxPodsBreakdown, supportsPrefixDelegation, type MaxPodsOptions } from "eksize";
import { errorCode, instance } from "../support/core.js";
import { MAX_PODS_GOLDEN } from "../support/max-pods-golden.js";

// Expected values: eks-formulas.md §1.1 worked-example table (test/support/max-pods-golden.ts), the
// amazon-eks-ami repo's own test cases, and the EKS user guide (m5.large 29 / 20 / 110).
const PD: MaxPodsOptions = { prefixDelegation: true };
const CN: MaxPodsOptions = { customNetworking: true };
const UNCAPPED: MaxPodsOptions = { uncapped: true };

describe("maxPods, as max-pods-calculator.sh computes it", () => {
  it.each(MAX_PODS_GOLDEN)(
    "gives %s the script's numbers in every mode",
    (name, defaultPods, uncapped, pd, pdRaw, cn, cnPd) => {
      const type = instance(name);
      expect(maxPods(type)).toBe(defaultPods);
      expect(maxPods(type, UNCAPPED)).toBe(uncapped);
      expect(maxPods(type, PD)).toBe(pd);
      expect(maxPods(type, { ...PD, ...UNCAPPED })).toBe(pdRaw);
      expect(maxPods(type, CN)).toBe(cn);
      expect(maxPods(type, { ...CN, ...PD })).toBe(cnPd);
    },
  );

  it("matches the amazon-eks-ami repository's own test cases", () => {
    expect(maxPods(instance("m4.xlarge"), { cniVersion: "1.7.5" })).toBe(58);
    expect(maxPods(instance("m5.8xlarge"), { cniVersion: "1.11.2" })).toBe(234);
    expect(maxPods(instance("m5.8xlarge"), { cniVersion: "1.11.2", prefixDelegation: true })).toBe(250);
    expect(maxPods(instance("c6in.32xlarge"), { cniVersion: "1.18.0", uncapped: true })).toBe(394);
  });

  it("ignores prefix delegation before VPC CNI 1.9, like the script", () => {
    expect(maxPods(instance("m5.large"), { prefixDelegation: true, cniVersion: "1.8.0" })).toBe(29);
    expect(maxPods(instance("m5.large"), { prefixDelegation: true, cniVersion: "1.9.0-eksbuild.1" })).toBe(110);
    expect(
      maxPodsBreakdown(instance("m5.large"), { prefixDelegation: true, cniVersion: "1.8.0" }).prefixDelegationSkipped,
    ).toBe("cni-too-old");
  });

  it("ignores prefix delegation on Xen and on bare metal, where EC2 reports no hypervisor", () => {
    expect(maxPodsBreakdown(instance("t2.medium"), PD).prefixDelegationSkipped).toBe("not-nitro");
    const metal = maxPodsBreakdown(instance("m5.metal"), { ...PD, ...UNCAPPED });
    expect(metal.prefixDelegation).toBe(false);
    expect(metal.prefixDelegationSkipped).toBe("bare-metal");
    expect(metal.maxPods).toBe(737);
  });

  it("applies --cni-max-eni before the custom-networking ENI is taken away", () => {
    expect(maxPods(instance("m5.large"), { maxEnis: 2 })).toBe(20);
    expect(maxPods(instance("m5.large"), { maxEnis: 2, customNetworking: true })).toBe(11);
    expect(maxPods(instance("m5.large"), { maxEnis: 10 })).toBe(29);
    expect(maxPods(instance("m5.xlarge"), { maxEnis: 1, prefixDelegation: true, uncapped: true })).toBe(226);
  });

  it("caps at 110 up to 30 vCPUs and at 250 above, as the script's '> 30' test does", () => {
    // c5.9xlarge has 36 vCPUs, m5.4xlarge 16; a 30-vCPU type does not exist, the boundary is in the rule.
    expect(maxPodsBreakdown(instance("m5.4xlarge")).ceiling).toBe(110);
    expect(maxPodsBreakdown(instance("c5.9xlarge")).ceiling).toBe(250);
    expect(maxPodsBreakdown(instance("m5.large"), UNCAPPED).ceiling).toBeNull();
  });

  it("spells the formula out in the breakdown", () => {
    expect(maxPodsBreakdown(instance("m5.4xlarge"))).toEqual({
      maxPods: 110,
      enis: 8,
      slotsPerEni: 29,
      addressesPerSlot: 1,
      hostNetworkPods: 2,
      formulaPods: 234,
      ceiling: 110,
      prefixDelegation: false,
      prefixDelegationSkipped: null,
      branchEniPods: 0,
    });
  });
});

describe("maxPods with security groups for pods", () => {
  it("gives the trunk ENI one slot and reports the branch ENIs apart", () => {
    const breakdown = maxPodsBreakdown(instance("m5.large"), { securityGroupsForPods: true });
    expect(breakdown.maxPods).toBe(20);
    expect(breakdown.branchEniPods).toBe(9);
    expect(maxPodsBreakdown(instance("m5.xlarge"), { securityGroupsForPods: true }).branchEniPods).toBe(18);
    expect(maxPodsBreakdown(instance("c5.4xlarge"), { securityGroupsForPods: true }).branchEniPods).toBe(54);
  });

  it("refuses t-family types, which cannot trunk", () => {
    expect(errorCode(() => maxPods(instance("t3.large"), { securityGroupsForPods: true }))).toBe(
      "security-groups-for-pods-unsupported",
    );
  });
});

describe("maxPods in an IPv6 cluster", () => {
  it("uses the prefix formula and its ceiling (EKS best practices: m5.large 3 × 9 × 16 + 2 = 434)", () => {
    expect(maxPods(instance("m5.large"), { ipv6: true, uncapped: true })).toBe(434);
    expect(maxPods(instance("m5.large"), { ipv6: true })).toBe(110);
    expect(maxPods(instance("c5.18xlarge"), { ipv6: true })).toBe(250);
  });

  it("runs on Nitro bare metal, whose hypervisor EC2 does not report", () => {
    expect(maxPods(instance("m5.metal"), { ipv6: true, uncapped: true })).toBe(15 * 49 * 16 + 2);
    expect(maxPods(instance("m5.metal"), { ipv6: true })).toBe(250);
  });

  it("needs VPC CNI 1.10 or later", () => {
    expect(maxPods(instance("m5.large"), { ipv6: true, cniVersion: "1.10.0" })).toBe(110);
    expect(errorCode(() => maxPods(instance("m5.large"), { ipv6: true, cniVersion: "1.9.3" }))).toBe("invalid-option");
  });

  it("refuses Xen types and custom networking", () => {
    expect(errorCode(() => maxPods(instance("t2.medium"), { ipv6: true }))).toBe("ipv6-requires-nitro");
    expect(errorCode(() => maxPods(instance("m5.large"), { ipv6: true, customNetworking: true }))).toBe(
      "ipv6-with-custom-networking",
    );
  });
});

describe("maxPods on bad input", () => {
  it("reports an impossible ENI count as an invalid option", () => {
    expect(errorCode(() => maxPods(instance("m5.large"), { maxEnis: 0 }))).toBe("invalid-option");
    expect(errorCode(() => maxPods(instance("m5.large"), { maxEnis: 1.5 }))).toBe("invalid-option");
  });

  it("reports a malformed CNI version", () => {
    expect(errorCode(() => maxPods(instance("m5.large"), { prefixDelegation: true, cniVersion: "latest" }))).toBe(
      "invalid-cni-version",
    );
    expect(errorCode(() => maxPods(instance("t2.medium"), { cniVersion: "1.x" }))).toBe("invalid-cni-version");
    expect(supportsPrefixDelegation("v1.10.1")).toBe(true);
    expect(supportsPrefixDelegation("2.0")).toBe(true);
    expect(supportsPrefixDelegation("1.8.9")).toBe(false);
  });

  it("reports an unknown vCPU count only when the ceiling depends on it", () => {
    const unknownCpu = { ...instance("m5.large"), name: "x.test", vcpu: null };
    expect(maxPods(unknownCpu)).toBe(29);
    expect(errorCode(() => maxPods({ ...unknownCpu, defaultCardEnis: 8, ipv4PerEni: 30 }))).toBe("vcpu-unknown");
    expect(maxPods({ ...unknownCpu, defaultCardEnis: 8, ipv4PerEni: 30 }, UNCAPPED)).toBe(234);
  });
});
