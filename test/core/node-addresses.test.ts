import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cniSettings, nodeAddresses, type CniSettings, type InstanceType } from "eksize";
import { getInstanceType } from "eksize/data";
import { errorCode, instance } from "../support/core.js";

// Expected numbers: eks-formulas.md §2.2 "Worked examples" (validated there against the VPC CNI's
// docs/eni-and-ip-target.md and docs/prefix-and-ip-target.md), and the rows of those two docs tables
// (amazon-vpc-cni-k8s b521883) written out here: ENIs, secondary IPs or prefixes, addresses taken.

/** [pods, ENIs, addresses taken from the node subnet] for one node. */
type Row = readonly [pods: number, enis: number, addresses: number];

function expectRows(type: string, rows: readonly Row[], settings: Partial<CniSettings> = {}, maxPods?: number): void {
  for (const [pods, enis, addresses] of rows) {
    const node = nodeAddresses(instance(type), { pods, ...(maxPods === undefined ? {} : { maxPods }) }, settings);
    expect([node.enis, node.nodeSubnetAddresses], `${type} ${JSON.stringify(settings)} with ${pods} pods`).toEqual([
      enis,
      addresses,
    ]);
  }
}

describe("nodeAddresses: secondary IPs (eks-formulas.md §2.2 worked examples)", () => {
  it("t3.small, WARM_ENI_TARGET=1 (docs table): 0 / 5 / 9 pods → 1 / 3 / 3 ENIs, 4 / 12 / 12 addresses", () => {
    expectRows("t3.small", [
      [0, 1, 4],
      [5, 3, 12],
      [9, 3, 12],
    ]);
  });

  it("t3.small, WARM_IP_TARGET=2, MINIMUM_IP_TARGET=5 (docs): 2 / 3 / 3 ENIs, 7 / 10 / 12 addresses", () => {
    expectRows(
      "t3.small",
      [
        [0, 2, 7],
        [5, 3, 10],
        [9, 3, 12],
      ],
      { warmIpTarget: 2, minimumIpTarget: 5 },
    );
  });

  it("p3dn.24xlarge, WARM_IP_TARGET=5, MINIMUM_IP_TARGET=10 (docs): 1 / 1 / 1 / 2 ENIs, 11 / 13 / 21 / 52", () => {
    expectRows(
      "p3dn.24xlarge",
      [
        [0, 1, 11],
        [7, 1, 13],
        [15, 1, 21],
        [45, 2, 52],
      ],
      { warmIpTarget: 5, minimumIpTarget: 10 },
    );
  });

  it("m5.large, defaults: 0 / 1–9 / 10–27 pods → 1 / 2 / 3 ENIs, 10 / 20 / 30 addresses", () => {
    expectRows("m5.large", [
      [0, 1, 10],
      [1, 2, 20],
      [9, 2, 20],
      [10, 3, 30],
      [27, 3, 30],
    ]);
  });

  it("m5.4xlarge, defaults, max pods 234: 1–29 / 30–58 / 100 pods → 2 / 3 / 5 ENIs, 60 / 90 / 150", () => {
    expectRows(
      "m5.4xlarge",
      [
        [1, 2, 60],
        [29, 2, 60],
        [30, 3, 90],
        [58, 3, 90],
        [100, 5, 150],
      ],
      {},
      234,
    );
    // With EKS's recommended 110 the pool stops at ⌈110 / 29⌉ = 4 ENIs (trap 5).
    expect(nodeAddresses(instance("m5.4xlarge"), { pods: 100 }).nodeSubnetAddresses).toBe(120);
  });

  it("the other rows of docs/eni-and-ip-target.md", () => {
    // t3.small, WARM_IP_TARGET=1, MINIMUM_IP_TARGET=1: 1 / 2 / 3 ENIs with 1 / 6 / 9 secondary IPs.
    expectRows(
      "t3.small",
      [
        [0, 1, 2],
        [5, 2, 8],
        [9, 3, 12],
      ],
      { warmIpTarget: 1, minimumIpTarget: 1 },
    );
    // p3dn.24xlarge, WARM_ENI_TARGET=1: 1 / 2 / 3 ENIs with 49 / 98 / 147 secondary IPs.
    expectRows("p3dn.24xlarge", [
      [0, 1, 50],
      [3, 2, 100],
      [95, 3, 150],
    ]);
    const node = nodeAddresses(instance("p3dn.24xlarge"), { pods: 95 });
    expect([node.poolAddresses, node.warmAddresses]).toEqual([147, 52]);
  });

  it("WARM_ENI_TARGET=0: a new ENI only once every address is taken; 2 keeps two spare ENIs", () => {
    expectRows(
      "m5.large",
      [
        [0, 1, 10],
        [8, 1, 10],
        [9, 2, 20],
        [18, 3, 30],
      ],
      { warmEniTarget: 0 },
    );
    expectRows(
      "m5.xlarge",
      [
        [0, 2, 30],
        [1, 3, 45],
      ],
      { warmEniTarget: 2 },
    );
  });

  it("MAX_ENI limits the ENIs, and pods beyond them get no address", () => {
    const node = nodeAddresses(instance("m5.large"), { pods: 20, maxPods: 29 }, { maxEni: 2 });
    expect([node.enis, node.nodeSubnetAddresses, node.poolCapacity, node.podsWithoutAddress]).toEqual([2, 20, 18, 2]);
    // Without a maxPods given, max pods follows MAX_ENI (20 for 2 ENIs), so 20 pods is the limit.
    expect(nodeAddresses(instance("m5.large"), { pods: 18 }, { maxEni: 2 }).podsWithoutAddress).toBe(0);
  });
});

describe("nodeAddresses: custom networking", () => {
  it("m5.large: the node subnet pays 1 address; the pod subnet 10 with no pods, 20 with 1 or more (§2.2)", () => {
    for (const [pods, podEnis, podSubnet] of [
      [0, 1, 10],
      [1, 2, 20],
      [9, 2, 20],
      [18, 2, 20],
    ] as const) {
      const node = nodeAddresses(instance("m5.large"), { pods }, { customNetworking: true });
      expect([node.nodeSubnetAddresses, node.podSubnetAddresses, node.podEnis, node.enis]).toEqual([
        1,
        podSubnet,
        podEnis,
        podEnis + 1,
      ]);
    }
  });

  it("m5.large with WARM_IP_TARGET=2: only the addresses asked for, on as few pod ENIs as hold them", () => {
    const none = nodeAddresses(instance("m5.large"), { pods: 0 }, { customNetworking: true, warmIpTarget: 2 });
    expect([none.podEnis, none.nodeSubnetAddresses, none.podSubnetAddresses]).toEqual([1, 1, 3]);
    const some = nodeAddresses(instance("m5.large"), { pods: 10 }, { customNetworking: true, warmIpTarget: 2 });
    expect([some.podEnis, some.podSubnetAddresses]).toEqual([2, 14]);
  });
});

describe("nodeAddresses: prefix delegation", () => {
  it("t3.small, WARM_PREFIX_TARGET=1 (docs): 0 / 5 / 17 / 58 pods → 1 / 1 / 1 / 2 ENIs, 17 / 33 / 49 / 82", () => {
    expectRows(
      "t3.small",
      [
        [0, 1, 17],
        [5, 1, 33],
        [16, 1, 33],
        [17, 1, 49],
        [58, 2, 82],
      ],
      { prefixDelegation: true },
    );
    expect(
      [0, 5, 16, 17, 58].map(
        (pods) => nodeAddresses(instance("t3.small"), { pods }, { prefixDelegation: true }).prefixes,
      ),
    ).toEqual([1, 2, 2, 3, 5]);
  });

  it("m5.large, WARM_PREFIX_TARGET=1, max pods 110: 1 / 30 / 108 pods → 33 / 49 / 113 (7 prefixes: stops at ≥ 110)", () => {
    expectRows(
      "m5.large",
      [
        [1, 1, 33],
        [30, 1, 49],
        [108, 1, 113],
      ],
      { prefixDelegation: true },
    );
    expect(nodeAddresses(instance("m5.large"), { pods: 108 }, { prefixDelegation: true }).prefixes).toBe(7);
  });

  it("the rows of docs/prefix-and-ip-target.md (prefix counts; the code's ENIs where the table shows empty ENIs)", () => {
    const prefixes = (type: string, pods: number, settings: Partial<CniSettings>) =>
      nodeAddresses(instance(type), { pods }, { prefixDelegation: true, ...settings }).prefixes;
    // t3.small, WARM_IP_TARGET=1, MINIMUM_IP_TARGET=1: 1 / 1 / 2 / 4 prefixes on 1 / 1 / 1 / 2 ENIs.
    expectRows(
      "t3.small",
      [
        [0, 1, 17],
        [5, 1, 17],
        [17, 1, 33],
        [58, 2, 66],
      ],
      { prefixDelegation: true, warmIpTarget: 1, minimumIpTarget: 1 },
    );
    // t3.small, WARM_IP_TARGET=7, MINIMUM_IP_TARGET=20: 2 prefixes at 0 pods (MINIMUM 20 > 16; the table's
    // "1" contradicts its own "prefixes per ENI 2"), then 2 / 2 / 5.
    expect([0, 5, 17, 58].map((pods) => prefixes("t3.small", pods, { warmIpTarget: 7, minimumIpTarget: 20 }))).toEqual([
      2, 2, 2, 5,
    ]);
    // p3dn.24xlarge, WARM_PREFIX_TARGET=1: 1 / 2 / 7 prefixes, all on the primary ENI (49 prefix slots).
    expect([0, 3, 95].map((pods) => prefixes("p3dn.24xlarge", pods, {}))).toEqual([1, 2, 7]);
    expectRows(
      "p3dn.24xlarge",
      [
        [0, 1, 17],
        [3, 1, 33],
        [95, 1, 113],
      ],
      { prefixDelegation: true },
    );
    // p3dn.24xlarge, WARM_IP_TARGET=5, MINIMUM_IP_TARGET=10: 1 / 1 / 2 / 4 prefixes.
    expect(
      [0, 7, 15, 45].map((pods) => prefixes("p3dn.24xlarge", pods, { warmIpTarget: 5, minimumIpTarget: 10 })),
    ).toEqual([1, 1, 2, 4]);
  });

  it("custom networking with prefixes: 1 address in the node subnet, prefixes on pod ENIs", () => {
    const node = nodeAddresses(instance("m5.large"), { pods: 20 }, { prefixDelegation: true, customNetworking: true });
    // ⌈20/16⌉ + 1 = 3 prefixes on one pod ENI: 48 + 1.
    expect([node.nodeSubnetAddresses, node.podSubnetAddresses, node.prefixes, node.podEnis, node.enis]).toEqual([
      1, 49, 3, 1, 2,
    ]);
  });

  it("is ignored on Xen types, which use secondary IPs (ipamd.go isConfigValid)", () => {
    const node = nodeAddresses(instance("t2.medium"), { pods: 5 }, { prefixDelegation: true });
    expect([node.mode, node.prefixDelegationSkipped, node.prefixes, node.nodeSubnetAddresses]).toEqual([
      "secondary-ip",
      true,
      0,
      12,
    ]);
  });
});

describe("nodeAddresses: security groups for pods and IPv6", () => {
  it("m5.large: a trunk ENI and one branch ENI per pod; pool pods lose an ENI (§2.4)", () => {
    const node = nodeAddresses(instance("m5.large"), { pods: 5, branchPods: 3 }, { securityGroupsForPods: true });
    // Pool: ⌈5/9⌉ + 1 = 2 ENIs of 10; trunk 1; branches 3.
    expect([node.enis, node.trunkEnis, node.branchEnis, node.poolCapacity, node.nodeSubnetAddresses]).toEqual([
      3, 1, 3, 18, 24,
    ]);
    // 10 branch pods on a type with 9 branch ENIs: one gets no address.
    const full = nodeAddresses(instance("m5.large"), { pods: 0, branchPods: 10 }, { securityGroupsForPods: true });
    expect([full.branchEnis, full.branchPodsWithoutAddress, full.podsWithoutAddress]).toEqual([9, 1, 1]);
  });

  it("t-family types cannot trunk: no trunk, and pods with security groups get no address", () => {
    const node = nodeAddresses(instance("t3.large"), { pods: 2, branchPods: 2 }, { securityGroupsForPods: true });
    expect([node.trunkEnis, node.branchEnis, node.branchPodsWithoutAddress]).toEqual([0, 0, 2]);
  });

  it("IPv6: one /80 and one IPv4 address per node, whatever the pods (§2.3)", () => {
    for (const pods of [0, 50, 108]) {
      const node = nodeAddresses(instance("m5.large"), { pods }, { ipv6: true, warmIpTarget: 5 });
      expect([node.mode, node.enis, node.nodeSubnetAddresses, node.ipv6Prefixes, node.podsWithoutAddress]).toEqual([
        "ipv6",
        1,
        1,
        1,
        0,
      ]);
    }
  });
});

describe("CNI settings", () => {
  it("fills the defaults: WARM_ENI_TARGET=1, WARM_PREFIX_TARGET=1", () => {
    expect(cniSettings()).toEqual({
      warmEniTarget: 1,
      warmIpTarget: null,
      minimumIpTarget: null,
      warmPrefixTarget: 1,
      maxEni: null,
      prefixDelegation: false,
      customNetworking: false,
      securityGroupsForPods: false,
      ipv6: false,
    });
  });

  it("refuses bad values and combinations with coded errors", () => {
    expect(errorCode(() => cniSettings({ warmEniTarget: -1 }))).toBe("invalid-option");
    expect(errorCode(() => cniSettings({ warmIpTarget: 1.5 }))).toBe("invalid-option");
    expect(errorCode(() => cniSettings({ maxEni: 0 }))).toBe("invalid-option");
    const reason = (settings: Partial<CniSettings>) => {
      try {
        cniSettings(settings);
      } catch (error) {
        return (error as { issue: { code: string; params: { reason?: string } } }).issue;
      }
      return undefined;
    };
    expect(reason({ minimumIpTarget: 10 })).toEqual({
      code: "cni-settings-unsupported",
      params: { reason: "minimum-ip-target-alone" },
    });
    expect(reason({ prefixDelegation: true, warmPrefixTarget: 0 })?.params.reason).toBe("warm-prefix-target-zero");
    expect(reason({ ipv6: true, customNetworking: true })?.params.reason).toBe("ipv6-with-custom-networking");
    expect(reason({ ipv6: true, securityGroupsForPods: true })?.params.reason).toBe(
      "ipv6-with-security-groups-for-pods",
    );
    // WARM_IP_TARGET and MINIMUM_IP_TARGET of 0 mean unset, as in ipamd.
    expect(reason({ prefixDelegation: true, warmPrefixTarget: 0, warmIpTarget: 5 })).toBeUndefined();
    expect(reason({ warmIpTarget: 0, minimumIpTarget: 0 })).toBeUndefined();
  });

  it("refuses more pods than max pods, and IPv6 on Xen", () => {
    expect(errorCode(() => nodeAddresses(instance("m5.large"), { pods: 30 }))).toBe("invalid-option");
    expect(errorCode(() => nodeAddresses(instance("m5.large"), { pods: 20, branchPods: 10 }))).toBe("invalid-option");
    expect(errorCode(() => nodeAddresses(instance("m5.large"), { pods: -1 }))).toBe("invalid-option");
    expect(errorCode(() => nodeAddresses(instance("t2.medium"), { pods: 1 }, { ipv6: true }))).toBe(
      "ipv6-requires-nitro",
    );
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────────

const base = getInstanceType("m5.large")!;

/** Any plausible Nitro instance (trunking or not): 1–15 ENIs, 2–50 addresses each, 2–192 vCPUs. */
const anyInstance = fc
  .record({
    defaultCardEnis: fc.integer({ min: 1, max: 15 }),
    ipv4PerEni: fc.integer({ min: 2, max: 50 }),
    vcpu: fc.integer({ min: 2, max: 192 }),
    trunking: fc.boolean(),
    branchEnis: fc.integer({ min: 0, max: 120 }),
  })
  .map((fields): InstanceType => ({ ...base, name: "x.test", hypervisor: "nitro", bareMetal: false, ...fields }));

/** Settings eksize plans for, in every IPv4 mode. */
const anySettings: fc.Arbitrary<Partial<CniSettings>> = fc
  .record({
    warmEniTarget: fc.integer({ min: 0, max: 4 }),
    warmIp: fc.option(
      fc.record({ warm: fc.integer({ min: 1, max: 40 }), minimum: fc.option(fc.integer({ min: 0, max: 80 })) }),
    ),
    warmPrefixTarget: fc.integer({ min: 1, max: 4 }),
    maxEni: fc.option(fc.integer({ min: 1, max: 16 })),
    prefixDelegation: fc.boolean(),
    customNetworking: fc.boolean(),
    securityGroupsForPods: fc.boolean(),
  })
  .map(({ warmIp, ...rest }) => ({
    ...rest,
    warmIpTarget: warmIp?.warm ?? null,
    minimumIpTarget: warmIp?.minimum ?? null,
  }));

/** An instance, settings, a max pods and pods on the node within it. */
const anyNode = fc
  .tuple(
    anyInstance,
    anySettings,
    fc.integer({ min: 1, max: 250 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([type, settings, maxPods, share, branchShare]) => {
    const total = Math.floor(maxPods * share);
    const branchPods = settings.securityGroupsForPods === true ? Math.floor(total * branchShare) : 0;
    return { type, settings, node: { pods: total - branchPods, branchPods, maxPods } };
  });

describe("nodeAddresses properties", () => {
  it("never takes fewer addresses than the pods that get one; only pods beyond the ENIs' capacity get none", () => {
    fc.assert(
      fc.property(anyNode, ({ type, settings, node }) => {
        const result = nodeAddresses(type, node, settings);
        const taken = result.nodeSubnetAddresses + result.podSubnetAddresses;
        const addressed = node.pods + node.branchPods - result.podsWithoutAddress;
        expect(taken).toBeGreaterThanOrEqual(addressed);
        expect(result.poolAddresses).toBeGreaterThanOrEqual(
          node.pods - (result.podsWithoutAddress - result.branchPodsWithoutAddress),
        );
        if (node.pods <= result.poolCapacity) {
          expect(result.podsWithoutAddress - result.branchPodsWithoutAddress).toBe(0);
          expect(result.poolAddresses).toBeGreaterThanOrEqual(node.pods);
        }
        expect(result.enis).toBeLessThanOrEqual(
          Math.min(settings.maxEni ?? type.defaultCardEnis, type.defaultCardEnis),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("never takes fewer addresses with a larger warm target (ENI, IP, minimum IP or prefix target)", () => {
    fc.assert(
      fc.property(
        anyNode,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom("eni", "ip", "minimum", "prefix"),
        ({ type, settings, node }, more, target) => {
          const larger: Partial<CniSettings> =
            target === "eni"
              ? { ...settings, warmEniTarget: (settings.warmEniTarget ?? 1) + more }
              : target === "prefix"
                ? { ...settings, warmPrefixTarget: (settings.warmPrefixTarget ?? 1) + more }
                : target === "ip"
                  ? { ...settings, warmIpTarget: (settings.warmIpTarget ?? 1) + more }
                  : {
                      ...settings,
                      warmIpTarget: settings.warmIpTarget ?? 1,
                      minimumIpTarget: (settings.minimumIpTarget ?? 0) + more,
                    };
          const smaller: Partial<CniSettings> =
            target === "ip" || target === "minimum"
              ? { ...settings, warmIpTarget: settings.warmIpTarget ?? 1 }
              : settings;
          const total = (s: Partial<CniSettings>) => {
            const result = nodeAddresses(type, node, s);
            return result.nodeSubnetAddresses + result.podSubnetAddresses;
          };
          expect(total(larger)).toBeGreaterThanOrEqual(total(smaller));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("in prefix mode takes whole /28 prefixes plus one address per ENI", () => {
    fc.assert(
      fc.property(anyNode, ({ type, settings, node }) => {
        const result = nodeAddresses(
          type,
          { ...node, branchPods: 0 },
          { ...settings, prefixDelegation: true, securityGroupsForPods: false },
        );
        expect(result.mode).toBe("prefix");
        expect(result.poolAddresses).toBe(16 * result.prefixes);
        expect(result.nodeSubnetAddresses + result.podSubnetAddresses).toBe(16 * result.prefixes + result.enis);
        expect(result.prefixes).toBeLessThanOrEqual(result.podEnis * (type.ipv4PerEni - 1));
      }),
      { numRuns: 2000 },
    );
  });
});
