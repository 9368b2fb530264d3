import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adviseSubnets,
  DEFAULT_CLUSTER_NETWORK,
  defaultNetworkChanges,
  defaultScenario,
  planCluster,
  prefixBlocks,
  subnetVerdict,
  usableAddresses,
  type Scenario,
  type SubnetAdviceOptions,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, twoZoneCluster } from "../support/scenario.js";

// The cluster of cluster-addresses.test.ts (4 m5.large nodes, 2 zones, at most 6 nodes), whose
// per-zone demand was worked out there by hand: planned 46, surge 86, at the maximum size 96 (node subnets,
// single addresses, the 6 control-plane addresses included).

function advise(input: Scenario, options: SubnetAdviceOptions = {}) {
  return adviseSubnets(input, planCluster(input, catalog), catalog, options);
}

const A = "us-east-1a";
const B = "us-east-1b";

describe("adviseSubnets: proposals", () => {
  it("sizes for the maximum size when known and larger: 96 × 1.25 = 120 addresses, a /25 (123 usable)", () => {
    const advice = advise(twoZoneCluster(), { changes: [] });
    expect(advice.headroomPercent).toBe(25);
    expect(
      advice.zones.map((zone) => [zone.node.sizedFor, zone.node.needed, zone.node.proposedPrefixLength, zone.pod]),
    ).toEqual([
      ["max-nodes", 120, 25, null],
      ["max-nodes", 120, 25, null],
    ]);
    expect(advice.issues).toEqual([]);
  });

  it("sizes for the surge without a maximum size: 86, with 50% headroom 129, a /24", () => {
    const advice = advise(twoZoneCluster({}, { maxNodes: null }), { headroomPercent: 50, changes: [] });
    expect(advice.zones.map((zone) => [zone.node.sizedFor, zone.node.needed, zone.node.proposedPrefixLength])).toEqual([
      ["surge", 129, 24],
      ["surge", 129, 24],
    ]);
  });

  it("with prefix delegation, sizes for whole /28 blocks: 8 prefixes and 10 singles need a /24", () => {
    const advice = advise(twoZoneCluster({}, { maxNodes: null, network: { prefixDelegation: true } }), {
      headroomPercent: 0,
      changes: [],
    });
    expect(advice.zones[0]!.node).toMatchObject({
      sizedFor: "surge",
      needed: 138,
      neededPrefixes: 8,
      proposedPrefixLength: 24,
    });
  });

  it("subnet-demand-too-large: 2,000 full prefix-delegation nodes in one zone need more than a /16", () => {
    const advice = advise(
      scenario({
        nodeGroups: [
          {
            name: "huge",
            instanceTypes: ["m5.large"],
            availabilityZones: 1,
            maxNodes: 2000,
            network: { prefixDelegation: true },
          },
        ],
      }),
      { headroomPercent: 0, changes: [] },
    );
    // Each full node: 7 prefixes + 1 ENI = 113; 2,000 of them and the control plane's 6.
    expect(advice.zones[0]!.node).toMatchObject({
      needed: 226_006,
      neededPrefixes: 14_000,
      proposedPrefixLength: null,
    });
    expect(advice.zones[1]!.node).toMatchObject({ needed: 6, proposedPrefixLength: 28 });
    expect(advice.issues).toEqual([
      {
        code: "subnet-demand-too-large",
        params: { zone: 1, availabilityZone: null, role: "node", needed: 226_006, maximum: 65_531 },
      },
    ]);
  });
});

describe("adviseSubnets: the subnets the user has", () => {
  it("subnet-too-small: a /26 (59 free) holds the planned 46 but not the surge's 86", () => {
    const advice = advise(
      twoZoneCluster({
        network: {
          subnets: [
            { availabilityZone: A, cidr: "10.0.0.0/26" },
            { availabilityZone: B, cidr: "10.0.1.0/24", usedAddresses: 10 },
          ],
        },
      }),
      { changes: [] },
    );
    expect(
      advice.zones.map((zone) => [
        zone.availabilityZone,
        zone.node.given,
        zone.node.usable,
        zone.node.free,
        zone.node.verdict,
      ]),
    ).toEqual([
      [A, ["10.0.0.0/26"], 59, 59, "too-small"],
      [B, ["10.0.1.0/24"], 251, 241, "fits"],
    ]);
    expect(advice.issues).toEqual([
      {
        code: "subnet-too-small",
        params: { zone: 1, availabilityZone: A, role: "node", when: "surge", needed: 86, free: 59 },
      },
    ]);
  });

  it("subnet-missing: a zone the node group needs has no subnet", () => {
    const advice = advise(twoZoneCluster({ network: { subnets: [{ availabilityZone: A, cidr: "10.0.0.0/24" }] } }), {
      changes: [],
    });
    expect(advice.issues).toEqual([
      { code: "subnet-missing", params: { zone: 2, availabilityZone: null, role: "node", needed: 96 } },
    ]);
    expect(advice.zones.map((zone) => [zone.node.verdict, zone.verdict])).toEqual([
      ["fits", "fits"],
      ["missing", "missing"],
    ]);
  });

  it("custom networking: node subnets need 1 address a node, pod subnets the rest", () => {
    const advice = advise(
      twoZoneCluster(
        {
          network: {
            subnets: [
              { availabilityZone: A, cidr: "10.0.0.0/28" },
              { availabilityZone: B, cidr: "10.0.0.16/28" },
              { availabilityZone: A, cidr: "100.64.0.0/24", role: "pod" },
              { availabilityZone: B, cidr: "100.64.1.0/25", role: "pod", usedAddresses: 100 },
            ],
          },
        },
        { network: { customNetworking: true } },
      ),
      { headroomPercent: 0, changes: [] },
    );
    // Node subnets: planned 2 + 6 = 8, surge 10, maximum 3 + 6 = 9: sized for the surge, a /28 (11).
    expect(
      advice.zones.map((zone) => [
        zone.node.planned.addresses,
        zone.node.needed,
        zone.node.proposedPrefixLength,
        zone.node.verdict,
      ]),
    ).toEqual([
      [8, 10, 28, "fits"],
      [8, 10, 28, "fits"],
    ]);
    // Pod subnets: planned 2 × 20, surge + 2 × 20, maximum 3 × 20: sized for the surge's 80, a /25.
    expect(
      advice.zones.map((zone) => [
        zone.pod?.planned.addresses,
        zone.pod?.needed,
        zone.pod?.proposedPrefixLength,
        zone.pod?.free,
        zone.pod?.verdict,
        zone.verdict,
      ]),
    ).toEqual([
      [40, 80, 25, 251, "fits", "fits"],
      [40, 80, 25, 23, "too-small", "too-small"],
    ]);
    expect(advice.issues).toEqual([
      {
        code: "subnet-too-small",
        params: { zone: 2, availabilityZone: B, role: "pod", when: "planned", needed: 40, free: 23 },
      },
    ]);
  });

  it("subnet-prefix-fragmentation: used and single addresses can break every /28 block of a /24", () => {
    const advice = advise(
      twoZoneCluster(
        {
          network: {
            subnets: [
              { availabilityZone: A, cidr: "10.0.0.0/24", usedAddresses: 10 },
              { availabilityZone: B, cidr: "10.0.4.0/22" },
            ],
          },
        },
        { maxNodes: null, network: { prefixDelegation: true } },
      ),
      { headroomPercent: 0, changes: [] },
    );
    // Zone 1 at the surge: 8 prefixes and 10 singles (4 ENIs, 6 control plane). A /24 has 14 whole blocks;
    // 10 used and 10 singles may break all of them. A /22's 62 blocks keep at least 52 whole.
    expect(advice.issues).toEqual([
      {
        code: "subnet-prefix-fragmentation",
        params: {
          zone: 1,
          availabilityZone: A,
          role: "node",
          prefixes: 8,
          guaranteedBlocks: 0,
          reservationPrefixLength: 25,
        },
      },
    ]);
    expect(advice.zones[0]!.node.verdict).toBe("fits");
  });
});

describe("the verdict on given subnets", () => {
  it("too small above the free addresses, tight above them only with the headroom, else fits", () => {
    expect(subnetVerdict(226, 283, 251)).toBe("tight");
    expect(subnetVerdict(252, 315, 251)).toBe("too-small");
    expect(subnetVerdict(251, 314, 251)).toBe("tight");
    expect(subnetVerdict(200, 251, 251)).toBe("fits");
    expect(subnetVerdict(0, 0, 0)).toBe("fits");
  });

  it("a /24 per zone on the default scenario: tight in the busiest zone (226 of 251, 283 with 25%), fits in the other two", () => {
    const subnets = ["us-east-1a", "us-east-1b", "us-east-1c"].map((availabilityZone, index) => ({
      availabilityZone,
      cidr: `10.0.${index}.0/24`,
      usedAddresses: 0,
      role: "node" as const,
    }));
    const advice = advise({ ...defaultScenario, network: { ...DEFAULT_CLUSTER_NETWORK, subnets } });
    expect(
      advice.zones.map((zone) => [
        zone.availabilityZone,
        zone.node.planned.addresses,
        zone.node.demand.addresses,
        zone.node.needed,
        zone.node.free,
        zone.node.verdict,
        zone.verdict,
      ]),
    ).toEqual([
      ["us-east-1a", 106, 226, 283, 251, "tight", "tight"],
      ["us-east-1b", 76, 196, 245, 251, "fits", "fits"],
      ["us-east-1c", 45, 165, 207, 251, "fits", "fits"],
    ]);
    expect(advice.issues).toEqual([]);
    const tight = (zone: number, availabilityZone: string) => ({
      code: "subnet-tight",
      params: {
        zone,
        availabilityZone,
        role: "node",
        when: "surge",
        demand: 226,
        needed: 283,
        free: 251,
        headroomPercent: 25,
      },
    });
    expect(advice.warnings).toEqual([tight(1, "us-east-1a")]);
    // Without headroom the same subnets fit; 100 addresses already used make them too small.
    expect(
      advise({ ...defaultScenario, network: { ...DEFAULT_CLUSTER_NETWORK, subnets } }, { headroomPercent: 0 }).warnings,
    ).toEqual([]);
    const used = subnets.map((subnet) => ({ ...subnet, usedAddresses: 100 }));
    const crowded = advise({ ...defaultScenario, network: { ...DEFAULT_CLUSTER_NETWORK, subnets: used } });
    expect(crowded.zones.map((zone) => zone.verdict)).toEqual(["too-small", "too-small", "too-small"]);
    expect(crowded.issues.map((issue) => [issue.code, issue.params])).toEqual([
      [
        "subnet-too-small",
        { zone: 1, availabilityZone: "us-east-1a", role: "node", when: "surge", needed: 226, free: 151 },
      ],
      [
        "subnet-too-small",
        { zone: 2, availabilityZone: "us-east-1b", role: "node", when: "surge", needed: 196, free: 151 },
      ],
      [
        "subnet-too-small",
        { zone: 3, availabilityZone: "us-east-1c", role: "node", when: "surge", needed: 165, free: 151 },
      ],
    ]);
    expect(crowded.warnings).toEqual([]);
  });
});

describe("adviseSubnets: the effect of each setting", () => {
  it("WARM_IP_TARGET=5 saves 46 of 92 planned addresses (90 of 172 in a surge); prefix delegation costs 52 and no node", () => {
    const input = twoZoneCluster();
    expect(defaultNetworkChanges(input)).toEqual([{ cni: { warmIpTarget: 5 } }, { prefixDelegation: true }]);
    const advice = advise(input);
    expect(advice.effects).toEqual([
      {
        change: { cni: { warmIpTarget: 5 } },
        planned: 46,
        surge: 82,
        plannedDelta: -46,
        surgeDelta: -90,
        nodes: 4,
        nodesDelta: 0,
        unchanged: [],
      },
      {
        // 4 nodes of 33 and the control plane: 144; the surge adds 4 nodes of 33.
        change: { prefixDelegation: true },
        planned: 144,
        surge: 276,
        plannedDelta: 52,
        surgeDelta: 104,
        nodes: 4,
        nodesDelta: 0,
        // CPU fills the 4 nodes first (3 web pods and 2 DaemonSet pods on the busiest), so prefixes change no node.
        unchanged: [
          {
            nodeGroupIndex: 0,
            nodeGroup: "general",
            setting: "prefixDelegation",
            instanceType: "m5.large",
            nodes: 4,
            maxPodsOff: 29,
            maxPodsOn: 110,
            busiestNodePods: 5,
            limitedBy: "cpu",
          },
        ],
      },
    ]);
  });

  it("prefix delegation off is offered when a group has it; unsupported changes come back as issues", () => {
    const input = twoZoneCluster({}, { network: { prefixDelegation: true } });
    expect(defaultNetworkChanges(input)).toEqual([{ cni: { warmIpTarget: 5 } }, { prefixDelegation: false }]);
    const advice = advise(input, { changes: [{ cni: { minimumIpTarget: 10 } }, { prefixDelegation: false }] });
    expect(advice.effects[0]).toEqual({
      change: { cni: { minimumIpTarget: 10 } },
      issue: { code: "cni-settings-unsupported", params: { reason: "minimum-ip-target-alone" } },
    });
    expect(advice.effects[1]).toMatchObject({ planned: 92, plannedDelta: -52 });
  });
});

describe("adviseSubnets properties", () => {
  it("every proposed subnet holds the demand it was sized for, with the headroom and whole /28 blocks", () => {
    const anyCluster = fc.record({
      replicas: fc.integer({ min: 0, max: 80 }),
      cpu: fc.integer({ min: 50, max: 1500 }),
      zones: fc.integer({ min: 1, max: 3 }),
      maxNodes: fc.option(fc.integer({ min: 0, max: 60 })),
      prefixDelegation: fc.boolean(),
      customNetworking: fc.boolean(),
      warmIpTarget: fc.option(fc.integer({ min: 1, max: 10 })),
      ingresses: fc.integer({ min: 0, max: 6 }),
      headroomPercent: fc.integer({ min: 0, max: 100 }),
      type: fc.constantFrom("m5.large", "c5.xlarge", "t3.medium", "m6i.4xlarge"),
    });
    fc.assert(
      fc.property(anyCluster, (c) => {
        const input = scenario({
          workloads: [{ name: "w", replicas: c.replicas, cpuMillicores: c.cpu, memoryMiB: 256 }],
          daemonSets: SYSTEM_DAEMONSETS,
          nodeGroups: [
            {
              name: "g",
              instanceTypes: [c.type],
              availabilityZones: c.zones,
              maxNodes: c.maxNodes,
              network: { prefixDelegation: c.prefixDelegation, customNetworking: c.customNetworking },
            },
          ],
          cluster: { loadBalancers: { ingresses: c.ingresses } },
          network: { cni: { warmIpTarget: c.warmIpTarget } },
        });
        const advice = advise(input, { headroomPercent: c.headroomPercent, changes: [] });
        for (const zone of advice.zones) {
          for (const role of [zone.node, zone.pod]) {
            if (role === null) continue;
            const demand = role.sizedFor === "max-nodes" ? role.atMaxNodes! : role.surge;
            expect(role.surge.addresses).toBeGreaterThanOrEqual(role.planned.addresses);
            expect(role.needed).toBeGreaterThanOrEqual(Math.ceil(demand.addresses * (1 + c.headroomPercent / 100)) - 1);
            expect(role.needed).toBeGreaterThanOrEqual(demand.addresses);
            expect(role.proposedPrefixLength).not.toBeNull();
            const length = role.proposedPrefixLength!;
            expect(usableAddresses(length)).toBeGreaterThanOrEqual(role.needed);
            if (role.neededPrefixes > 0) expect(prefixBlocks(length)).toBeGreaterThanOrEqual(role.neededPrefixes);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
