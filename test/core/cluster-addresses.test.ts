import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clusterAddresses,
  decodeScenario,
  defaultScenario,
  diffScenarios,
  encodeScenario,
  planCluster,
  scenarioNetwork,
  validateScenario,
  type ClusterAddressOptions,
  type Scenario,
  type SubnetDemand,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, twoZoneCluster, WEB } from "../support/scenario.js";
import { tokenPayload } from "../support/share-token.js";

// The cluster of plan.test.ts: ten 500m / 1 GiB pods on m5.large with aws-node and kube-proxy (both host
// network), four nodes running 3 / 3 / 3 / 1 pods, here over 2 availability zones with at most 6 nodes.
// Every expected number below is worked out by hand from eks-formulas.md §2.2:
// - a node with 1 to 9 pods holds ⌈N/9⌉ + 1 = 2 ENIs of 10 addresses: 20 (WARM_ENI_TARGET=1);
// - a full node (29 − 2 host-network pods = 27 pods) holds min(3, ⌈29/9⌉) = 3 ENIs: 30;
// - zones: the busiest nodes are dealt first, so zone 1 gets two 3-pod nodes and zone 2 one 3-pod and the 1-pod node;
// - the EKS control plane keeps 6 addresses in each zone; no load balancers, no Fargate.

function addressesOf(input: Scenario, options: ClusterAddressOptions = {}) {
  return clusterAddresses(input, planCluster(input, catalog), catalog, options);
}

/** A demand in single addresses only, node subnet only. */
function nodeSingles(addresses: number): SubnetDemand {
  return { node: { addresses, prefixes: 0, singles: addresses }, pod: { addresses: 0, prefixes: 0, singles: 0 } };
}

describe("clusterAddresses: one node group, defaults", () => {
  const input = twoZoneCluster();
  const plan = planCluster(input, catalog);
  const result = clusterAddresses(input, plan, catalog);

  it("plans the cluster of plan.test.ts: 4 m5.large nodes running 3 / 3 / 3 / 1 pods", () => {
    expect(plan.nodeGroups[0]).toMatchObject({ instanceType: "m5.large", nodes: 4 });
    expect(result.nodeGroups[0]!.nodeKinds.map((kind) => [kind.count, kind.pods])).toEqual([
      [3, 3],
      [1, 1],
    ]);
  });

  it("every node holds 20 addresses; a full node 30", () => {
    const group = result.nodeGroups[0]!;
    expect(group.nodeKinds.map((kind) => kind.addresses.nodeSubnetAddresses)).toEqual([20, 20]);
    expect(group.busiestNode?.nodeSubnetAddresses).toBe(20);
    expect(group.fullNode?.nodeSubnetAddresses).toBe(30);
    expect(group.mode).toBe("secondary-ip");
  });

  it("planned: 4 × 20 = 80 for the group; 40 + 6 per zone; 92 in all", () => {
    const group = result.nodeGroups[0]!;
    expect(group.planned).toEqual(nodeSingles(80));
    expect(group.perZone.map((zone) => [zone.nodes, zone.planned.node.addresses])).toEqual([
      [2, 40],
      [2, 40],
    ]);
    expect(result.zones).toBe(2);
    expect(result.perZone.map((zone) => zone.planned)).toEqual([nodeSingles(46), nodeSingles(46)]);
    expect(result.total.planned).toEqual(nodeSingles(92));
  });

  it("splits each zone's planned addresses: pods use 3 of a node's 18 pool addresses, the rest is warm", () => {
    // A node holds 2 ENIs × 10 = 20 addresses: 2 ENI primaries and a pool of 18. Zone 1 gets two
    // 3-pod nodes (6 used, 2 × 15 warm); zone 2 a 3-pod node and the 1-pod node (4 used, 15 + 17 warm).
    expect(result.nodeGroups[0]!.perZone.map((zone) => [zone.podAddresses, zone.warmAddresses])).toEqual([
      [6, 30],
      [4, 32],
    ]);
    expect(result.perZone.map((zone) => [zone.podAddresses, zone.warmAddresses])).toEqual([
      [6, 30],
      [4, 32],
    ]);
  });

  it("surge: max(2 × 2 zones, 1) = 4 more nodes of 20, 2 a zone: 86 a zone, 172 in all", () => {
    expect(result.nodeGroups[0]!.surgeNodes).toBe(4);
    expect(result.perZone.map((zone) => zone.surge.node.addresses)).toEqual([86, 86]);
    expect(result.total.surge).toEqual(nodeSingles(172));
    // maxUnavailable 10 surges 10 nodes: 5 a zone, 100 more each.
    const wide = addressesOf(input, { maxUnavailable: 10 });
    expect(wide.nodeGroups[0]!.surgeNodes).toBe(10);
    expect(wide.perZone.map((zone) => zone.surge.node.addresses)).toEqual([146, 146]);
  });

  it("at the maximum size: 6 full nodes of 30, 3 a zone: 96 a zone, 192 in all", () => {
    expect(result.nodeGroups[0]!.atMaxNodes).toEqual(nodeSingles(180));
    expect(result.perZone.map((zone) => zone.atMaxNodes)).toEqual([nodeSingles(96), nodeSingles(96)]);
    expect(result.total.atMaxNodes).toEqual(nodeSingles(192));
  });

  it("without a maximum size, the maximum is unknown, not invented", () => {
    const open = addressesOf(twoZoneCluster({}, { maxNodes: null }));
    expect(open.nodeGroups[0]!.maxNodes).toBeNull();
    expect(open.nodeGroups[0]!.atMaxNodes).toBeNull();
    expect(open.perZone.map((zone) => zone.atMaxNodes)).toEqual([null, null]);
    expect(open.total.atMaxNodes).toBeNull();
  });

  it("with dedicated control-plane subnets (0 a zone): 40 a zone", () => {
    const bare = addressesOf(input, { controlPlaneAddressesPerZone: 0 });
    expect(bare.total.planned).toEqual(nodeSingles(80));
    expect(result.issues).toEqual([]);
  });
});

describe("clusterAddresses: every VPC CNI mode on the same cluster", () => {
  it("WARM_IP_TARGET=5: 3 + 5 = 8 addresses on 1 ENI (9), 1 + 5 = 6 (7); zones 24 and 22, 46 in all", () => {
    const result = addressesOf(twoZoneCluster({ network: { cni: { warmIpTarget: 5 } } }));
    expect(result.perZone.map((zone) => zone.planned.node.addresses)).toEqual([24, 22]);
    expect(result.total.planned.node.addresses).toBe(46);
  });

  it("prefix delegation: 2 prefixes and 1 ENI per node (33); a full node 7 prefixes (113)", () => {
    const result = addressesOf(twoZoneCluster({}, { network: { prefixDelegation: true } }));
    const group = result.nodeGroups[0]!;
    expect(group.mode).toBe("prefix");
    expect(group.planned.node).toEqual({ addresses: 132, prefixes: 8, singles: 4 });
    expect(result.perZone.map((zone) => zone.planned.node)).toEqual([
      { addresses: 72, prefixes: 4, singles: 8 },
      { addresses: 72, prefixes: 4, singles: 8 },
    ]);
    // Surge: 2 more nodes of 33 a zone.
    expect(result.perZone[0]!.surge.node).toEqual({ addresses: 138, prefixes: 8, singles: 10 });
    // Maximum: 3 full nodes a zone (3 × 113) and the control plane.
    expect(result.perZone[0]!.atMaxNodes?.node).toEqual({ addresses: 345, prefixes: 21, singles: 9 });
  });

  it("custom networking: 1 address per node in the node subnet, 20 per node in the pod subnet", () => {
    const result = addressesOf(twoZoneCluster({}, { network: { customNetworking: true } }));
    expect(result.total.planned).toEqual({
      node: { addresses: 16, prefixes: 0, singles: 16 },
      pod: { addresses: 80, prefixes: 0, singles: 80 },
    });
    // A full node: 20 max pods − 2 = 18 pods on the 2 pod ENIs: 20 in the pod subnet.
    expect(result.nodeGroups[0]!.fullNode?.podSubnetAddresses).toBe(20);
  });

  it("security groups for pods: the web pods on branch ENIs; each node a 10-address ENI and a trunk", () => {
    const result = addressesOf(twoZoneCluster({ network: { securityGroupWorkloads: ["web"] } }));
    // 3-pod node: 10 + trunk 1 + 3 branches = 14; 1-pod node: 12. Zones: 2 × 14 + 6, 14 + 12 + 6.
    expect(
      result.nodeGroups[0]!.nodeKinds.map((kind) => [kind.branchPods, kind.addresses.nodeSubnetAddresses]),
    ).toEqual([
      [3, 14],
      [1, 12],
    ]);
    expect(result.perZone.map((zone) => zone.planned.node.addresses)).toEqual([34, 32]);
    expect(result.issues).toEqual([]);
  });

  it("reports pods that cannot get an address: security groups on a type that cannot trunk", () => {
    const result = addressesOf(
      twoZoneCluster({ network: { securityGroupWorkloads: ["web"] } }, { instanceTypes: ["t3.large"], maxNodes: null }),
    );
    expect(result.issues).toEqual([
      {
        code: "pods-without-address",
        path: "nodeGroups.0",
        params: { nodeGroup: "general", instanceType: "t3.large", kind: "branch", pods: 10 },
      },
    ]);
  });

  it("reports pods beyond the ENIs when max pods is set above them", () => {
    // m5.large with max pods 110 and no prefix delegation: 30 small pods a node, 27 addressable.
    const small = { name: "tiny", replicas: 30, cpuMillicores: 10, memoryMiB: 16 };
    const result = addressesOf(
      scenario({
        workloads: [small],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "dense", instanceTypes: ["m5.large"], maxPods: 110 }],
      }),
    );
    expect(result.nodeGroups[0]!.nodes).toBe(1);
    expect(result.issues).toEqual([
      {
        code: "pods-without-address",
        path: "nodeGroups.0",
        params: { nodeGroup: "dense", instanceType: "m5.large", kind: "ip", pods: 3 },
      },
    ]);
  });
});

describe("clusterAddresses: Fargate, load balancers and zones", () => {
  it("Fargate pods take one address each; ALBs 8 and NLBs 1 in every zone", () => {
    const input = twoZoneCluster({
      workloads: [WEB, { name: "jobs", replicas: 3, cpuMillicores: 250, memoryMiB: 512 }],
      fargateProfiles: [{ name: "jobs", workloads: ["jobs"] }],
      cluster: { loadBalancers: { ingresses: 3, ingressesPerAlb: 2, nlbs: 1 } },
    });
    const result = addressesOf(input);
    expect([result.fargatePods, result.albs, result.nlbs, result.loadBalancerAddressesPerZone]).toEqual([3, 2, 1, 17]);
    // Zone 1: 40 (nodes) + 2 Fargate + 17 + 6 = 65; zone 2: 40 + 1 + 17 + 6 = 64.
    expect(result.perZone.map((zone) => [zone.fargatePods, zone.planned.node.addresses])).toEqual([
      [2, 65],
      [1, 64],
    ]);
  });

  it("spreads each node group over its own zones; the cluster has at least 2 and the subnets' zones", () => {
    const input = scenario({
      workloads: [WEB, { ...WEB, name: "api", replicas: 3, nodeGroup: "one-zone" }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [
        { name: "general", instanceTypes: ["m5.large"], availabilityZones: 3 },
        { name: "one-zone", instanceTypes: ["m5.large"], availabilityZones: 1 },
      ],
      network: {
        subnets: [
          { availabilityZone: "us-east-1a", cidr: "10.0.0.0/24" },
          { availabilityZone: "us-east-1b", cidr: "10.0.1.0/24" },
          { availabilityZone: "us-east-1c", cidr: "10.0.2.0/24" },
          { availabilityZone: "us-east-1d", cidr: "10.0.3.0/24" },
        ],
      },
    });
    const result = addressesOf(input);
    expect(result.zones).toBe(4);
    expect(result.zoneNames).toEqual(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"]);
    // general: 4 nodes over 3 zones (2, 1, 1); one-zone: 1 node of 3 pods in zone 1.
    expect(result.nodeGroups.map((group) => group.perZone.map((zone) => zone.nodes))).toEqual([[2, 1, 1], [1]]);
    expect(result.perZone.map((zone) => zone.nodes)).toEqual([3, 1, 1, 0]);
    expect(result.perZone.map((zone) => zone.planned.node.addresses)).toEqual([66, 26, 26, 6]);
  });
});

describe("the scenario's network block", () => {
  it("is optional: scenarios and links made before it decode without it, planned with the defaults", () => {
    expect("network" in defaultScenario).toBe(false);
    expect(scenarioNetwork(defaultScenario)).toEqual({
      cni: { warmEniTarget: 1, warmIpTarget: null, minimumIpTarget: null, warmPrefixTarget: 1, maxEni: null },
      securityGroupWorkloads: [],
      subnets: [],
    });
    const links = readFileSync(new URL("fixtures/links-v1.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("1."));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const decoded = decodeScenario(link);
      expect(decoded.ok && "network" in decoded.scenario).toBe(false);
    }
  });

  it("fills its own defaults when present, and links keep only what differs", () => {
    const input = twoZoneCluster({
      network: { cni: { warmIpTarget: 5 }, subnets: [{ availabilityZone: "us-east-1a", cidr: "10.0.0.0/24" }] },
    });
    expect(input.network).toEqual({
      cni: { warmEniTarget: 1, warmIpTarget: 5, minimumIpTarget: null, warmPrefixTarget: 1, maxEni: null },
      securityGroupWorkloads: [],
      subnets: [{ availabilityZone: "us-east-1a", cidr: "10.0.0.0/24", usedAddresses: 0, role: "node" }],
    });
    const token = encodeScenario(input);
    const payload = tokenPayload(token) as { s: { network: unknown } };
    expect(payload.s.network).toEqual({
      cni: { warmIpTarget: 5 },
      subnets: [{ availabilityZone: "us-east-1a", cidr: "10.0.0.0/24" }],
    });
    expect(decodeScenario(token)).toEqual({ ok: true, scenario: input, dataDate: null });
    // All defaults: an empty block, which decodes to the same defaults.
    const defaults = twoZoneCluster({ network: {} });
    expect(decodeScenario(encodeScenario(defaults))).toEqual({ ok: true, scenario: defaults, dataDate: null });
    expect(encodeScenario(defaults).length - encodeScenario(twoZoneCluster()).length).toBeLessThan(20);
  });

  it("checks subnets, references and settings with coded issues at their paths", () => {
    const result = validateScenario({
      version: 1,
      region: "us-east-1",
      workloads: [WEB],
      nodeGroups: [{ name: "g", instanceTypes: ["m5.large"], network: { prefixDelegation: true } }],
      network: {
        cni: { warmPrefixTarget: 0 },
        securityGroupWorkloads: ["web", "nope"],
        subnets: [
          { availabilityZone: "a", cidr: "10.0.0.0/24" },
          { availabilityZone: "a", cidr: "10.0.0.128/25" },
          { availabilityZone: "b", cidr: "10.0.1.1/24" },
          { availabilityZone: "b", cidr: "10.0.300.0/24" },
          { availabilityZone: "c", cidr: "10.0.4.0/29" },
          { availabilityZone: "c", cidr: "ten" },
          { availabilityZone: "c", cidr: "10.0.2.0/26", usedAddresses: 60 },
        ],
      },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-unknown-reference",
          path: "network.securityGroupWorkloads.1",
          params: { name: "nope", refersTo: "workload" },
        },
        {
          code: "subnet-overlap",
          path: "network.subnets.1.cidr",
          params: { cidr: "10.0.0.128/25", other: "10.0.0.0/24" },
        },
        {
          code: "cidr-host-bits-set",
          path: "network.subnets.2.cidr",
          params: { value: "10.0.1.1/24", network: "10.0.1.0/24" },
        },
        {
          code: "cidr-octet-out-of-range",
          path: "network.subnets.3.cidr",
          params: { value: "10.0.300.0/24", octet: 3, received: 300 },
        },
        {
          code: "cidr-prefix-out-of-range",
          path: "network.subnets.4.cidr",
          params: { value: "10.0.4.0/29", prefixLength: 29, minimum: 16, maximum: 28 },
        },
        { code: "cidr-syntax", path: "network.subnets.5.cidr", params: { value: "ten" } },
        {
          code: "scenario-out-of-range",
          path: "network.subnets.6.usedAddresses",
          params: { bound: "max", limit: 59, received: "60" },
        },
        { code: "cni-settings-unsupported", path: "network.cni", params: { reason: "warm-prefix-target-zero" } },
      ],
    });
    expect(
      validateScenario({ version: 1, region: "us-east-1", network: { cni: { minimumIpTarget: 10 } } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "cni-settings-unsupported", params: { reason: "minimum-ip-target-alone" } }],
    });
    expect(
      validateScenario({ version: 1, region: "us-east-1", network: { cni: { warmEniTarget: -1 } } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: "scenario-out-of-range", path: "network.cni.warmEniTarget" }],
    });
  });

  it("diffScenarios lists only the network settings that differ when one side has none", () => {
    const withNetwork = {
      ...defaultScenario,
      network: {
        ...scenarioNetwork(defaultScenario),
        cni: { ...scenarioNetwork(defaultScenario).cni, warmIpTarget: 5 },
      },
    };
    expect(diffScenarios(defaultScenario, withNetwork)).toEqual([
      { kind: "changed", path: ["network", "cni", "warmIpTarget"], a: null, b: 5 },
    ]);
  });
});

describe("clusterAddresses properties", () => {
  it("the zones add up to the total, and surge and maximum never take less than planned", () => {
    const anyCluster = fc.record({
      replicas: fc.integer({ min: 0, max: 60 }),
      cpu: fc.integer({ min: 50, max: 1500 }),
      zones: fc.integer({ min: 1, max: 4 }),
      maxNodes: fc.option(fc.integer({ min: 0, max: 40 })),
      prefixDelegation: fc.boolean(),
      customNetworking: fc.boolean(),
      warmIpTarget: fc.option(fc.integer({ min: 1, max: 10 })),
      type: fc.constantFrom("m5.large", "c5.xlarge", "t3.medium", "m6g.2xlarge"),
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
          network: { cni: { warmIpTarget: c.warmIpTarget } },
        });
        const result = addressesOf(input);
        const all = (pick: (zone: (typeof result.perZone)[number]) => SubnetDemand | null) =>
          result.perZone.reduce(
            (total, zone) => total + (pick(zone)?.node.addresses ?? 0) + (pick(zone)?.pod.addresses ?? 0),
            0,
          );
        const { planned, surge, atMaxNodes } = result.total;
        expect(all((zone) => zone.planned)).toBe(planned.node.addresses + planned.pod.addresses);
        expect(surge.node.addresses + surge.pod.addresses).toBeGreaterThanOrEqual(
          planned.node.addresses + planned.pod.addresses,
        );
        if (atMaxNodes !== null) {
          expect(atMaxNodes.node.addresses + atMaxNodes.pod.addresses).toBeGreaterThanOrEqual(
            planned.node.addresses + planned.pod.addresses,
          );
        }
        for (const part of [planned.node, planned.pod, surge.node, surge.pod]) {
          expect(part.addresses).toBe(16 * part.prefixes + part.singles);
        }
        // Every pod the plan places on a node gets an address (no max pods override here).
        expect(result.issues).toEqual([]);
        const pods = result.nodeGroups[0]!.nodeKinds.reduce((total, kind) => total + kind.count * kind.pods, 0);
        expect(planned.node.addresses + planned.pod.addresses).toBeGreaterThanOrEqual(pods);
      }),
      { numRuns: 1000 },
    );
  });
});
