import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCELERATOR_RESOURCES,
  decodeScenario,
  defaultScenario,
  encodeScenario,
  EksizeError,
  HOURS_PER_WEEK,
  LOAD_PROFILE_PRESETS,
  RESERVATION_PROFILES,
  CONTROL_PLANE_TIERS,
  validateScenario,
  type CoreIssue,
  type DecodedScenario,
  type NodeGroup,
  type Scenario,
  type Workload,
} from "eksize";
import { literalWorkload as workload, manyWorkloadsScenario, VALIDATION_CODES } from "../support/scenario.js";
import { tokenPayload as payloadOf } from "../support/share-token.js";

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

/** A format-1 token around any bytes: how a damaged or hand-made link looks to the decoder. */
function tokenOf(payload: string | Uint8Array): string {
  return `1.${deflateSync(typeof payload === "string" ? Buffer.from(payload, "utf8") : payload).toString("base64url")}`;
}

function issuesOf(text: string): readonly CoreIssue[] {
  const result = decodeScenario(text);
  return result.ok ? [] : result.issues;
}

/** Every code decoding may give: the link's own and validateScenario's. */
const DECODE_CODES = new Set<string>([
  "link-empty",
  "link-too-long",
  "link-malformed",
  "link-version-too-new",
  "link-corrupt",
  "link-too-large",
  ...VALIDATION_CODES,
]);

/** A decoding that did not throw: a valid scenario, or at least one known coded issue. */
function expectWellFormed(result: DecodedScenario): void {
  if (result.ok) {
    expect(validateScenario(result.scenario)).toEqual({ ok: true, value: result.scenario });
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(DECODE_CODES.has(issue.code), issue.code).toBe(true);
  }
}

function nodeGroup(name: string, instanceTypes: string[], extra: Partial<NodeGroup> = {}): NodeGroup {
  return {
    name,
    instanceTypes,
    capacity: { type: "on-demand" },
    minNodes: 0,
    maxNodes: null,
    availabilityZones: 3,
    network: { prefixDelegation: false, customNetworking: false },
    maxPods: null,
    profile: "amazon-linux",
    amazonLinux: "2023",
    vmMemoryOverheadPercent: null,
    rootVolume: { sizeGiB: 20, type: "gp3" },
    targetUtilisationPercent: 100,
    minValues: null,
    consolidationPolicy: "WhenEmptyOrUnderutilized",
    ...extra,
  };
}

const emptyCluster: Scenario["cluster"] = {
  supportTier: "standard",
  controlPlaneTier: "standard",
  peakPodsPerSecond: null,
  peakApiSeats: null,
  kubernetesVersion: null,
  privateCluster: false,
  autoscaler: "cluster-autoscaler",
  scaleDownDelayMinutes: null,
  loadBalancers: { ingresses: 0, ingressesPerAlb: 1, nlbs: 0, nlbTargetType: "instance", capacityUnitsPerHour: 1 },
  discounts: {
    computeSavingsPercent: 0,
    enterpriseDiscountPercent: 0,
    savingsPlanType: "compute",
    savingsPlanDiscountPercent: 0,
  },
};

// ── The scenarios of the fixture links (test/core/fixtures/links-v1.txt), in file order ───────────

/** The default scenario as eksize 0.1.0 shipped it. */
const shop: Scenario = {
  version: 1,
  name: "Online shop, production",
  region: "us-east-1",
  hoursPerMonth: 730,
  currency: "USD",
  krwPerUsd: 1400,
  workloads: [
    workload("web-frontend", 6, 250, 512),
    workload("api-gateway", 3, 500, 1024),
    workload("orders-api", 4, 500, 1024),
    workload("payments-api", 3, 500, 768),
    workload("catalog-api", 3, 250, 512),
    workload("search-api", 2, 1000, 4096),
    workload("coredns", 2, 100, 70),
    workload("cert-manager", 1, 50, 128),
    workload("redis", 3, 500, 4096, { fargate: false }),
    workload("prometheus", 2, 1000, 8192, { fargate: false }),
    workload("grafana", 1, 250, 512),
    workload("batch-jobs", 4, 1000, 2048, { nodeGroup: "batch-spot" }),
    workload("email-worker", 2, 250, 512),
  ],
  daemonSets: [
    { name: "aws-node", cpuMillicores: 25, memoryMiB: 0, hostNetwork: true },
    { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
    { name: "ebs-csi-node", cpuMillicores: 30, memoryMiB: 120, hostNetwork: false },
    { name: "fluent-bit", cpuMillicores: 100, memoryMiB: 128, hostNetwork: false },
    { name: "node-exporter", cpuMillicores: 100, memoryMiB: 180, hostNetwork: true },
  ],
  nodeGroups: [
    nodeGroup("general", ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"], {
      capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
      minNodes: 2,
    }),
    nodeGroup("batch-spot", ["c6i.xlarge", "c5.xlarge", "c6a.xlarge", "c5a.xlarge"], { capacity: { type: "spot" } }),
  ],
  fargateProfiles: [{ name: "workers", workloads: ["email-worker"] }],
  cluster: {
    supportTier: "standard",
    controlPlaneTier: "standard",
    peakPodsPerSecond: null,
    peakApiSeats: null,
    kubernetesVersion: null,
    privateCluster: false,
    autoscaler: "cluster-autoscaler",
    scaleDownDelayMinutes: null,
    loadBalancers: { ingresses: 5, ingressesPerAlb: 5, nlbs: 1, nlbTargetType: "instance", capacityUnitsPerHour: 1 },
    discounts: {
      computeSavingsPercent: 0,
      enterpriseDiscountPercent: 0,
      savingsPlanType: "compute",
      savingsPlanDiscountPercent: 0,
    },
  },
};

/** Every optional field away from its default. */
const everything: Scenario = {
  version: 1,
  name: "Every field set",
  region: "ap-northeast-2",
  hoursPerMonth: 720,
  currency: "KRW",
  krwPerUsd: 1385.5,
  workloads: [
    {
      name: "trainer",
      replicas: 2,
      cpuMillicores: 3500.5,
      memoryMiB: 12288,
      architecture: "amd64",
      gpus: 1,
      // Links made before the accelerator kind existed meant NVIDIA GPUs: they open with the default.
      accelerator: "nvidia.com/gpu",
      hostNetwork: true,
      privileged: true,
      fargate: false,
      nodeGroup: "gpu",
      zoneSpread: { maxSkew: 2, whenUnsatisfiable: "DoNotSchedule" },
      maxPodsPerNode: 1,
      disruptionBudget: { minAvailable: "50%" },
      // Every fixture link was made before workloads could autoscale.
      autoscaling: null,
    },
    workload("api", 3, 250, 512, { architecture: "arm64" }),
  ],
  daemonSets: [{ name: "agent", cpuMillicores: 50, memoryMiB: 64, hostNetwork: true }],
  nodeGroups: [
    {
      name: "gpu",
      instanceTypes: ["g5.xlarge", "g5.2xlarge"],
      capacity: { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 75 },
      minNodes: 1,
      maxNodes: 8,
      availabilityZones: 2,
      network: { prefixDelegation: true, customNetworking: true },
      maxPods: 58,
      profile: "bottlerocket",
      amazonLinux: "2023",
      vmMemoryOverheadPercent: null,
      rootVolume: { sizeGiB: 100, type: "gp2" },
      targetUtilisationPercent: 85,
      minValues: null,
      consolidationPolicy: "WhenEmptyOrUnderutilized",
    },
    nodeGroup("arm", ["m7g.large"], { network: { prefixDelegation: true, customNetworking: false } }),
  ],
  fargateProfiles: [{ name: "apis", workloads: ["api"] }],
  cluster: {
    supportTier: "extended",
    controlPlaneTier: "standard",
    peakPodsPerSecond: null,
    peakApiSeats: null,
    kubernetesVersion: "1.29",
    privateCluster: true,
    autoscaler: "karpenter",
    scaleDownDelayMinutes: null,
    loadBalancers: { ingresses: 12, ingressesPerAlb: 4, nlbs: 2, nlbTargetType: "ip", capacityUnitsPerHour: 2.5 },
    discounts: {
      computeSavingsPercent: 28,
      enterpriseDiscountPercent: 5,
      savingsPlanType: "compute",
      savingsPlanDiscountPercent: 0,
    },
  },
};

/** The smallest scenario: nothing but a region. */
const bare: Scenario = {
  version: 1,
  name: "",
  region: "eu-west-1",
  hoursPerMonth: 730,
  currency: "USD",
  krwPerUsd: 1400,
  workloads: [],
  daemonSets: [],
  nodeGroups: [],
  fargateProfiles: [],
  cluster: emptyCluster,
};

/** Korean, emoji and other non-ASCII names. */
const unicode: Scenario = {
  ...bare,
  name: "쇼핑몰 운영 🚀",
  region: "ap-northeast-2",
  currency: "KRW",
  workloads: [workload("주문-api", 2, 250, 512, { nodeGroup: "일반" }), workload("🐳 worker", 1, 100, 128)],
  nodeGroups: [nodeGroup("일반", ["m6i.large"])],
  fargateProfiles: [{ name: "작업자 ✨", workloads: ["🐳 worker"] }],
};

/** `everything` before workloads could spread (zone spread, a per-node limit, a disruption budget): those at their defaults. */
const everythingBeforeSpread: Scenario = {
  ...everything,
  workloads: everything.workloads.map((workload) => ({
    ...workload,
    zoneSpread: null,
    maxPodsPerNode: null,
    disruptionBudget: null,
  })),
};

/** `everything` as eksize 0.1.0 made it: the cluster settings added since then at their defaults. */
const everythingOf010: Scenario = {
  ...everythingBeforeSpread,
  cluster: {
    ...everything.cluster,
    kubernetesVersion: null,
    privateCluster: false,
    autoscaler: "cluster-autoscaler",
    scaleDownDelayMinutes: null,
    loadBalancers: { ...everything.cluster.loadBalancers, nlbTargetType: "instance" },
  },
};

/** Every optional field away from its default, the fields added after format 1 included (format 2's fixture). */
const everythingNow: Scenario = {
  ...everything,
  workloads: [
    { ...everything.workloads[0]!, accelerator: "aws.amazon.com/neuron", disruptionBudget: { maxUnavailable: 1 } },
    workload("api", 3, 250, 512, {
      architecture: "arm64",
      zoneSpread: { maxSkew: 1, whenUnsatisfiable: "ScheduleAnyway" },
      maxPodsPerNode: 4,
    }),
  ],
  nodeGroups: [
    { ...everything.nodeGroups[0]!, vmMemoryOverheadPercent: 6.5, minValues: 2, consolidationPolicy: "WhenEmpty" },
    nodeGroup("arm", ["m7g.large"], { amazonLinux: "2", network: { prefixDelegation: true, customNetworking: false } }),
  ],
  cluster: {
    ...everything.cluster,
    controlPlaneTier: "tier-xl",
    peakPodsPerSecond: 120,
    peakApiSeats: 800,
    autoscaler: "auto-mode",
  },
  network: {
    cni: { warmEniTarget: 0, warmIpTarget: 5, minimumIpTarget: 10, warmPrefixTarget: 1, maxEni: 3 },
    securityGroupWorkloads: ["api"],
    subnets: [
      { availabilityZone: "ap-northeast-2a", cidr: "10.0.0.0/22", usedAddresses: 12, role: "node" },
      { availabilityZone: "ap-northeast-2a", cidr: "100.64.0.0/19", usedAddresses: 0, role: "pod" },
    ],
  },
};

/** What each fixture link must decode to, in file order. */
const FIXTURE_EXPECTATIONS: readonly { readonly scenario: Scenario; readonly dataDate: string | null }[] = [
  { scenario: shop, dataDate: null },
  { scenario: everythingOf010, dataDate: null },
  { scenario: bare, dataDate: "2025-06-01" },
  { scenario: unicode, dataDate: "2025-06" },
  { scenario: shop, dataDate: "2025-06-15" },
  { scenario: everythingBeforeSpread, dataDate: null },
  {
    scenario: {
      ...everythingBeforeSpread,
      nodeGroups: everything.nodeGroups.map((group, index) =>
        index === 0 ? { ...group, vmMemoryOverheadPercent: 6.5 } : group,
      ),
    },
    dataDate: null,
  },
];

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe("encodeScenario and decodeScenario", () => {
  it("round-trips the default scenario", () => {
    expect(decodeScenario(encodeScenario(defaultScenario))).toEqual({
      ok: true,
      scenario: defaultScenario,
      dataDate: null,
    });
  });

  it("fits the default scenario, a dozen workloads, in at most 500 characters", () => {
    const token = encodeScenario(defaultScenario);
    expect(token.length).toBeLessThanOrEqual(500);
    // Format 1 made it 810 characters; format 2, 368 (374 with a data date); 450 since two of its
    // workloads scale over the week (their ranges and profiles' names, which the frozen dictionary
    // lacks). A change means the encoding or the default scenario changed.
    expect(token.length).toBe(450);
    expect(encodeScenario(defaultScenario, { dataDate: "2025-06-15" }).length).toBe(458);
    expect(token).toMatch(/^2\.[A-Za-z0-9_-]+$/);
  });

  it("records the data snapshot date and gives it back", () => {
    expect(decodeScenario(encodeScenario(bare, { dataDate: "2025-06-01" }))).toEqual({
      ok: true,
      scenario: bare,
      dataDate: "2025-06-01",
    });
    expect(decodeScenario(encodeScenario(bare, { dataDate: "2025-06" }))).toMatchObject({ dataDate: "2025-06" });
  });

  it("refuses a data date that is not YYYY-MM-DD or YYYY-MM, with a coded error", () => {
    for (const dataDate of ["2025-6-1", "2025-13", "June 2025", "2025-06-01T00:00:00Z", ""]) {
      expect(() => encodeScenario(bare, { dataDate })).toThrow(EksizeError);
    }
    try {
      encodeScenario(bare, { dataDate: "2025-13" });
    } catch (error) {
      expect((error as EksizeError).issue).toEqual({
        code: "invalid-option",
        params: { option: "dataDate", value: "2025-13", expected: "YYYY-MM-DD or YYYY-MM" },
      });
    }
  });

  it("leaves out every field equal to its default, and empty lists, but keeps version and region", () => {
    const scenario: Scenario = {
      ...bare,
      region: "us-east-1",
      workloads: [workload("web", 3, 250, 512)],
      nodeGroups: [nodeGroup("general", ["m5.large"])],
    };
    expect(payloadOf(encodeScenario(scenario))).toEqual({
      s: {
        version: 1,
        region: "us-east-1",
        workloads: [{ name: "web", replicas: 3, cpuMillicores: 250, memoryMiB: 512 }],
        nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
      },
    });
    expect(payloadOf(encodeScenario(bare, { dataDate: "2025-06" }))).toEqual({
      s: { version: 1, region: "eu-west-1" },
      d: "2025-06",
    });
  });

  it("keeps only the fields of a nested setting that differ from their defaults", () => {
    const scenario: Scenario = {
      ...bare,
      nodeGroups: [
        nodeGroup("general", ["m5.large"], {
          network: { prefixDelegation: true, customNetworking: false },
          rootVolume: { sizeGiB: 50, type: "gp3" },
        }),
      ],
      cluster: { ...emptyCluster, loadBalancers: { ...emptyCluster.loadBalancers, nlbs: 2 } },
    };
    expect(payloadOf(encodeScenario(scenario))).toEqual({
      s: {
        version: 1,
        region: "eu-west-1",
        nodeGroups: [
          {
            name: "general",
            instanceTypes: ["m5.large"],
            network: { prefixDelegation: true },
            rootVolume: { sizeGiB: 50 },
          },
        ],
        cluster: { loadBalancers: { nlbs: 2 } },
      },
    });
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario, dataDate: null });
  });

  it("carries a workload's zone spread, per-node limit and disruption budget whole, and leaves them out when unset", () => {
    const spread = workload("kafka", 3, 500, 1024, {
      zoneSpread: { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" },
      maxPodsPerNode: 1,
      disruptionBudget: { maxUnavailable: 1 },
    });
    const scenario: Scenario = { ...bare, workloads: [spread, workload("web", 2, 250, 512)] };
    expect(payloadOf(encodeScenario(scenario))).toEqual({
      s: {
        version: 1,
        region: "eu-west-1",
        workloads: [
          {
            name: "kafka",
            replicas: 3,
            cpuMillicores: 500,
            memoryMiB: 1024,
            zoneSpread: { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" },
            maxPodsPerNode: 1,
            disruptionBudget: { maxUnavailable: 1 },
          },
          { name: "web", replicas: 2, cpuMillicores: 250, memoryMiB: 512 },
        ],
      },
    });
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario, dataDate: null });
  });

  it("gives the same token whether a default is written out or left for validateScenario to fill", () => {
    const sparse = validateScenario({ version: 1, region: "eu-west-1" });
    expect(sparse.ok && encodeScenario(sparse.value)).toBe(encodeScenario(bare));
  });
});

describe("decodeScenario reads whole links", () => {
  const token = encodeScenario(shop, { dataDate: "2025-06-15" });
  const decoded = { ok: true, scenario: shop, dataDate: "2025-06-15" };
  const link = `https://eksize.example/planner#s=${token}`;

  it("takes the token from the hash or the query of a link", () => {
    expect(decodeScenario(link)).toEqual(decoded);
    expect(decodeScenario(`https://eksize.example/?s=${token}`)).toEqual(decoded);
    expect(decodeScenario(`https://eksize.example/?lang=ko&s=${token}&x=1`)).toEqual(decoded);
    expect(decodeScenario(`https://eksize.example/#tab=cost&s=${token}`)).toEqual(decoded);
    expect(decodeScenario(`#s=${token}`)).toEqual(decoded);
  });

  it("reads the address of any page of the site, under any path", () => {
    expect(decodeScenario(`https://example.com/tools/eksize/#/network?s=${token}`)).toEqual(decoded);
    expect(decodeScenario(`https://example.com/#/explorer?s=${token}&region=eu-west-1&sort=-maxPods`)).toEqual(decoded);
  });

  it("ignores surrounding whitespace", () => {
    expect(decodeScenario(`  \n\t${link}\r\n `)).toEqual(decoded);
    expect(decodeScenario(` ${token}\n`)).toEqual(decoded);
  });

  it("undoes one extra layer of URL encoding, of a whole link or of its token", () => {
    expect(decodeScenario(encodeURIComponent(link))).toEqual(decoded);
    expect(decodeScenario(` ${encodeURIComponent(link)} `)).toEqual(decoded);
    expect(decodeScenario(encodeURIComponent(token))).toEqual(decoded);
    expect(decodeScenario(`https://eksize.example/%23s%3D${token}`)).toEqual(decoded);
    expect(decodeScenario(`https://eksize.example/#s=${encodeURIComponent(token)}`)).toEqual(decoded);
  });

  it("accepts a token with base64 padding added", () => {
    const padded = token + "=".repeat((4 - ((token.length - 2) % 4)) % 4);
    expect(decodeScenario(padded)).toEqual(decoded);
  });
});

describe("decodeScenario says exactly what is wrong", () => {
  it("link-empty: nothing, only whitespace, or an empty s=", () => {
    for (const text of ["", "   \n", "https://eksize.example/#s=", "?s=&x=1"]) {
      expect(issuesOf(text)).toEqual([{ code: "link-empty", params: {} }]);
    }
  });

  it("link-too-long: a 10 MB text is refused before any work", () => {
    const huge = "1." + "A".repeat(10 * 1024 * 1024);
    expect(issuesOf(huge)).toEqual([{ code: "link-too-long", params: { length: 10_485_762, maximum: 100_000 } }]);
    expect(issuesOf("x".repeat(100_001))).toEqual([
      { code: "link-too-long", params: { length: 100_001, maximum: 100_000 } },
    ]);
  });

  it("a token longer than a link may be is read only when the caller allows more (the site's storage)", () => {
    const large = manyWorkloadsScenario(5000);
    const token = encodeScenario(large);
    expect(token.length).toBeGreaterThan(100_000);
    expect(issuesOf(token)).toEqual([{ code: "link-too-long", params: { length: token.length, maximum: 100_000 } }]);
    expect(decodeScenario(token, { maxLength: 2_000_000 })).toEqual({ ok: true, scenario: large, dataDate: null });
    expect(decodeScenario(token, { maxLength: token.length - 1 })).toEqual({
      ok: false,
      issues: [{ code: "link-too-long", params: { length: token.length, maximum: token.length - 1 } }],
    });
  });

  it("link-malformed: no version, a version no eksize made, or a body that is not base64url", () => {
    for (const text of ["hello", "eNqVlUFvozAQhf9K", "https://eksize.example/#tab=cost", "v1.abc", "%E0%A4%A"]) {
      expect(issuesOf(text), text).toEqual([{ code: "link-malformed", params: { reason: "no-version" } }]);
    }
    expect(issuesOf("0.eNqrVgIAADMAKg")).toEqual([{ code: "link-malformed", params: { reason: "unknown-version" } }]);
    for (const text of ["1.eNq*VlU", "1.eNq VlU", "1.eNq+VlU/", "1.eNqVl", "1.a=b"]) {
      expect(issuesOf(text), text).toEqual([{ code: "link-malformed", params: { reason: "not-base64url" } }]);
    }
  });

  it("link-version-too-new: a token format from a newer eksize", () => {
    expect(issuesOf("3.eNqrVgIAADMAKg")).toEqual([
      { code: "link-version-too-new", params: { version: 3, supported: 2 } },
    ]);
    expect(issuesOf(`https://eksize.example/#s=17.${encodeScenario(bare).slice(2)}`)).toEqual([
      { code: "link-version-too-new", params: { version: 17, supported: 2 } },
    ]);
  });

  it("link-corrupt: where the bytes of a format-1 token went wrong", () => {
    const valid = tokenOf(JSON.stringify({ s: shop }));
    const bytes = Buffer.from(valid.slice(2), "base64url");
    const withByte = (index: number, value: number) => {
      const copy = Buffer.from(bytes);
      copy[index < 0 ? copy.length + index : index] = value;
      return `1.${copy.toString("base64url")}`;
    };
    const corrupt = (stage: string) => [{ code: "link-corrupt", params: { stage } }];
    // Too short to be zlib, a bad zlib header, a DEFLATE block of the reserved type 3, a cut stream.
    expect(issuesOf("1.AAAA")).toEqual(corrupt("inflate"));
    expect(issuesOf(withByte(0, 0x79))).toEqual(corrupt("inflate"));
    expect(issuesOf(`1.${Buffer.from([0x78, 0xda, 0xff, 0xff, 0, 0, 0, 0]).toString("base64url")}`)).toEqual(
      corrupt("inflate"),
    );
    expect(issuesOf(`1.${bytes.subarray(0, 40).toString("base64url")}`)).toEqual(corrupt("inflate"));
    // The stream inflates, but not to what was compressed.
    expect(issuesOf(withByte(-1, bytes.at(-1)! ^ 1))).toEqual(corrupt("checksum"));
    expect(issuesOf(tokenOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual(corrupt("text"));
    expect(issuesOf(tokenOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])))).toEqual(corrupt("text"));
    expect(issuesOf(tokenOf('{"s": {"version": 1,'))).toEqual(corrupt("json"));
    for (const payload of [
      "[1]",
      "null",
      '"text"',
      "{}",
      '{"s":{"version":1,"region":"us-east-1"},"x":1}',
      '{"s":{"version":1,"region":"us-east-1"},"d":"2025-13-01"}',
      '{"s":{"version":1,"region":"us-east-1"},"d":20250601}',
    ]) {
      expect(issuesOf(tokenOf(payload)), payload).toEqual(corrupt("payload"));
    }
  });

  it("link-too-large: a deflate bomb (50 MB of zeros) is refused", () => {
    const bomb = tokenOf(new Uint8Array(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(issuesOf(bomb)).toEqual([{ code: "link-too-large", params: { maximum: 1_048_576 } }]);
    // Just past the limit is too large; the limit itself is read (and then found not to be JSON).
    expect(issuesOf(tokenOf(" ".repeat(1_048_577)))).toEqual([
      { code: "link-too-large", params: { maximum: 1_048_576 } },
    ]);
    expect(issuesOf(tokenOf(" ".repeat(1_048_576)))).toEqual([{ code: "link-corrupt", params: { stage: "json" } }]);
  });

  it("gives validateScenario's issues, with their paths, for a scenario with bad values", () => {
    const payload = {
      s: {
        version: 1,
        region: "us-east-1",
        workloads: [{ name: "web", replicas: -1, cpuMillicores: "250m", memoryMiB: 512, gpu: 1 }],
      },
    };
    expect(issuesOf(tokenOf(JSON.stringify(payload)))).toEqual([
      {
        code: "scenario-out-of-range",
        path: "workloads.0.replicas",
        params: { bound: "min", limit: 0, received: "-1" },
      },
      {
        code: "scenario-wrong-type",
        path: "workloads.0.cpuMillicores",
        params: { expected: "number", received: '"250m"' },
      },
      { code: "scenario-unknown-field", path: "workloads.0.gpu", params: {} },
    ]);
  });

  it("says when the scenario inside was made by a newer eksize", () => {
    expect(issuesOf(tokenOf('{"s":{"version":2,"region":"us-east-1","gpuPools":[]}}'))).toEqual([
      { code: "scenario-version-too-new", path: "version", params: { version: 2, supported: 1 } },
    ]);
  });
});

/** What each format-2 fixture link (links-v2.txt) must decode to, in file order. */
const FORMAT_2_FIXTURE_EXPECTATIONS: readonly { readonly scenario: Scenario; readonly dataDate: string | null }[] = [
  { scenario: shop, dataDate: null },
  { scenario: everythingNow, dataDate: null },
  { scenario: bare, dataDate: "2025-06-01" },
  { scenario: unicode, dataDate: "2025-06" },
  { scenario: shop, dataDate: "2025-06-15" },
];

describe.each([
  { file: "links-v1.txt", prefix: "1.", expectations: FIXTURE_EXPECTATIONS },
  { file: "links-v2.txt", prefix: "2.", expectations: FORMAT_2_FIXTURE_EXPECTATIONS },
])("links made by released versions ($file)", ({ file, prefix, expectations }) => {
  const lines = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8").split("\n");
  const links = lines.filter((line) => line.trim() !== "" && !line.startsWith("#"));

  it("are all there, each of its format and under a comment that says what it holds", () => {
    expect(links.length).toBe(expectations.length);
    for (const link of links) {
      expect(lines[lines.indexOf(link) - 1]).toMatch(/^# \S/);
      expect(link.replace(/^.*#s=/, "").startsWith(prefix), link).toBe(true);
    }
  });

  it("keep opening to the same scenario and data date", () => {
    links.forEach((link, index) => {
      expect(decodeScenario(link), `link ${index + 1}`).toEqual({ ok: true, ...expectations[index] });
    });
  });
});

// ── Properties: 10,500 generated cases in all ─────────────────────────────────────────────────────

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("");

/** Names of any Unicode, lone surrogates included; at most 63 UTF-16 units as the schema allows. */
const nameArb = fc.string({ unit: "binary", minLength: 1, maxLength: 31 });
const names = (maxLength: number) => fc.uniqueArray(nameArb, { maxLength });
/** The default half the time, so that leaving defaults out is exercised as much as keeping values. */
const orDefault = <T>(value: T, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof(fc.constant(value), arbitrary);
const amount = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));
const percent = (min: number) => fc.oneof(fc.integer({ min, max: 100 }), fc.double({ min, max: 100, noNaN: true }));

const capacityArb: fc.Arbitrary<NodeGroup["capacity"]> = fc.oneof(
  fc.constant({ type: "on-demand" as const }),
  fc.constant({ type: "spot" as const }),
  fc.record({
    type: fc.constant("mixed" as const),
    onDemandBase: fc.integer({ min: 0, max: 100_000 }),
    spotPercentAboveBase: percent(0),
  }),
);

const nodeGroupArb = (name: string): fc.Arbitrary<NodeGroup> =>
  fc
    .record({
      instanceTypes: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 5 }),
      capacity: orDefault<NodeGroup["capacity"]>({ type: "on-demand" }, capacityArb),
      minNodes: orDefault(0, fc.integer({ min: 0, max: 100_000 })),
      maxExtra: orDefault<number | null>(null, fc.integer({ min: 0, max: 1000 })),
      availabilityZones: orDefault(3, fc.integer({ min: 1, max: 6 })),
      network: fc.record({ prefixDelegation: fc.boolean(), customNetworking: fc.boolean() }),
      maxPods: orDefault<number | null>(null, fc.integer({ min: 1, max: 10_000 })),
      profile: fc.constantFrom(...RESERVATION_PROFILES),
      amazonLinux: orDefault<NodeGroup["amazonLinux"]>("2023", fc.constant("2")),
      vmMemoryOverheadPercent: orDefault<number | null>(null, fc.double({ min: 0, max: 50, noNaN: true })),
      rootVolume: fc.record({
        sizeGiB: orDefault(20, fc.integer({ min: 1, max: 16_384 })),
        type: fc.constantFrom("gp3" as const, "gp2" as const),
      }),
      targetUtilisationPercent: orDefault(100, percent(1)),
      minValues: orDefault<number | null>(null, fc.integer({ min: 1, max: 50 })),
      consolidationPolicy: orDefault<NodeGroup["consolidationPolicy"]>(
        "WhenEmptyOrUnderutilized",
        fc.constant("WhenEmpty"),
      ),
    })
    .map(({ maxExtra, ...group }) => ({
      name,
      ...group,
      // A Bottlerocket group runs no Amazon Linux: its release stays at the default.
      amazonLinux: group.profile === "bottlerocket" ? ("2023" as const) : group.amazonLinux,
      maxNodes: maxExtra === null ? null : Math.min(100_000, group.minNodes + maxExtra),
    }));

/** A PodDisruptionBudget's percent, as Kubernetes writes it: `"0%"` to `"100%"`. */
const percentText = fc.integer({ min: 0, max: 100 }).map((value) => `${value}%` as const);

const workloadArb = (name: string, groups: readonly string[]): fc.Arbitrary<Workload> =>
  fc.record({
    name: fc.constant(name),
    replicas: fc.integer({ min: 0, max: 1_000_000 }),
    cpuMillicores: amount(1_000_000),
    memoryMiB: amount(100_000_000),
    architecture: fc.constantFrom(null, "amd64" as const, "arm64" as const),
    gpus: orDefault(0, fc.integer({ min: 0, max: 64 })),
    accelerator: orDefault<Workload["accelerator"]>("nvidia.com/gpu", fc.constantFrom(...ACCELERATOR_RESOURCES)),
    hostNetwork: fc.boolean(),
    privileged: fc.boolean(),
    fargate: fc.boolean(),
    nodeGroup: fc.constantFrom(null, ...groups),
    zoneSpread: orDefault<Workload["zoneSpread"]>(
      null,
      fc.record({
        maxSkew: fc.integer({ min: 1, max: 1_000_000 }),
        whenUnsatisfiable: fc.constantFrom("DoNotSchedule" as const, "ScheduleAnyway" as const),
      }),
    ),
    maxPodsPerNode: orDefault<number | null>(null, fc.integer({ min: 1, max: 10_000 })),
    disruptionBudget: orDefault<Workload["disruptionBudget"]>(
      null,
      fc.oneof(
        fc.record({ minAvailable: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), percentText) }),
        fc.record({ maxUnavailable: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), percentText) }),
      ),
    ),
    autoscaling: orDefault<Workload["autoscaling"]>(
      null,
      fc
        .record({
          low: fc.integer({ min: 0, max: 1_000_000 }),
          high: fc.integer({ min: 0, max: 1_000_000 }),
          profile: fc.oneof(
            fc.constantFrom(...LOAD_PROFILE_PRESETS),
            fc.array(percent(0), { minLength: HOURS_PER_WEEK, maxLength: HOURS_PER_WEEK }),
          ),
        })
        .map(({ low, high, profile }) => ({
          minReplicas: Math.min(low, high),
          maxReplicas: Math.max(low, high),
          profile,
        })),
    ),
  });

/** A valid network block: CNI settings eksize plans for, workloads with security groups, disjoint subnets. */
const networkArb = (workloads: readonly string[]): fc.Arbitrary<NonNullable<Scenario["network"]>> =>
  fc.record({
    cni: fc
      .record({
        warmEniTarget: orDefault(1, fc.integer({ min: 0, max: 10_000 })),
        warmIp: orDefault<{ warm: number; minimum: number | null } | null>(
          null,
          fc.record({
            warm: fc.integer({ min: 1, max: 10_000 }),
            minimum: fc.option(fc.integer({ min: 0, max: 10_000 })),
          }),
        ),
        warmPrefixTarget: orDefault(1, fc.integer({ min: 1, max: 10_000 })),
        maxEni: orDefault<number | null>(null, fc.integer({ min: 1, max: 1000 })),
      })
      .map(({ warmIp, ...cni }) => ({
        ...cni,
        warmIpTarget: warmIp?.warm ?? null,
        minimumIpTarget: warmIp?.minimum ?? null,
      })),
    securityGroupWorkloads: orDefault<string[]>([], fc.subarray([...workloads])),
    subnets: orDefault(
      [],
      fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 6 }).chain((thirdOctets) =>
        fc.tuple(
          ...thirdOctets.map((octet) =>
            fc.record({
              availabilityZone: fc.constantFrom("us-east-1a", "us-east-1b", "영역 c"),
              cidr: fc.constant(`10.0.${octet}.0/24`),
              usedAddresses: orDefault(0, fc.integer({ min: 0, max: 251 })),
              role: orDefault("node" as const, fc.constant("pod" as const)),
            }),
          ),
        ),
      ),
    ),
  });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ groupNames: names(4), workloadNames: names(6), daemonSetNames: names(4), profileNames: names(3) })
  .chain(({ groupNames, workloadNames, daemonSetNames, profileNames }) =>
    fc.record({
      version: fc.constant(1 as const),
      name: orDefault("", fc.string({ unit: "binary", maxLength: 100 })),
      region: fc.constantFrom("us-east-1", "ap-northeast-2", "eu-central-1", "us-gov-west-1"),
      hoursPerMonth: orDefault(730, amount(744)),
      currency: fc.constantFrom("USD" as const, "KRW" as const),
      krwPerUsd: orDefault(1400, fc.double({ min: 1, max: 100_000, noNaN: true })),
      workloads: fc.tuple(...workloadNames.map((name) => workloadArb(name, groupNames))),
      daemonSets: fc.tuple(
        ...daemonSetNames.map((name) =>
          fc.record({
            name: fc.constant(name),
            cpuMillicores: amount(1_000_000),
            memoryMiB: amount(100_000_000),
            hostNetwork: fc.boolean(),
          }),
        ),
      ),
      nodeGroups: fc.tuple(...groupNames.map(nodeGroupArb)),
      fargateProfiles: fc.tuple(
        ...profileNames.map((name) => fc.record({ name: fc.constant(name), workloads: fc.subarray(workloadNames) })),
      ),
      cluster: fc.record({
        supportTier: fc.constantFrom("standard" as const, "extended" as const),
        controlPlaneTier: orDefault<Scenario["cluster"]["controlPlaneTier"]>(
          "standard",
          fc.constantFrom(...CONTROL_PLANE_TIERS),
        ),
        peakPodsPerSecond: orDefault<number | null>(null, amount(100_000)),
        peakApiSeats: orDefault<number | null>(null, fc.integer({ min: 0, max: 1_000_000 })),
        kubernetesVersion: orDefault<string | null>(null, fc.constantFrom("1.29", "1.33", "1.100")),
        privateCluster: orDefault(false, fc.constant(true)),
        autoscaler: orDefault<Scenario["cluster"]["autoscaler"]>(
          "cluster-autoscaler",
          fc.constantFrom("karpenter", "none"),
        ),
        scaleDownDelayMinutes: orDefault<number | null>(null, amount(1440)),
        loadBalancers: fc.record({
          ingresses: orDefault(0, fc.integer({ min: 0, max: 10_000 })),
          ingressesPerAlb: orDefault(1, fc.integer({ min: 1, max: 100 })),
          nlbs: orDefault(0, fc.integer({ min: 0, max: 10_000 })),
          nlbTargetType: orDefault<"instance" | "ip">("instance", fc.constant("ip")),
          capacityUnitsPerHour: orDefault(1, amount(100_000)),
        }),
        discounts: fc.record({
          computeSavingsPercent: orDefault(0, percent(0)),
          enterpriseDiscountPercent: orDefault(0, percent(0)),
          savingsPlanType: orDefault<"compute" | "ec2-instance">("compute", fc.constant("ec2-instance")),
          savingsPlanDiscountPercent: orDefault(0, fc.double({ min: 0, max: 99, noNaN: true })),
        }),
      }),
      // Absent (as in every scenario made before it existed) or present.
      network: fc.option(networkArb(workloadNames), { nil: undefined }),
    }),
  )
  .map(({ network, ...scenario }) => (network === undefined ? scenario : { ...scenario, network }));

const dataDateArb = fc.option(fc.oneof(fc.constant("2025-06-01"), fc.constant("2024-12"), fc.constant("1999-01-31")), {
  nil: undefined,
});

/** A valid token and the scenario in it. */
const tokenArb = scenarioArb.map((scenario) => ({ scenario, token: encodeScenario(scenario) }));

describe("properties", () => {
  it("encoding then decoding gives back the same scenario and data date (2,000 scenarios)", () => {
    fc.assert(
      fc.property(scenarioArb, dataDateArb, (scenario, dataDate) => {
        expect(validateScenario(scenario)).toEqual({ ok: true, value: scenario });
        const token = encodeScenario(scenario, dataDate === undefined ? {} : { dataDate });
        expect(decodeScenario(token)).toEqual({ ok: true, scenario, dataDate: dataDate ?? null });
      }),
      { numRuns: 2000 },
    );
  });

  it("decoding any string gives a scenario or coded issues and never throws (4,000 strings)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expectWellFormed(decodeScenario(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectWellFormed(decodeScenario(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("a truncated token is always refused, with coded issues (1,500 cuts)", () => {
    fc.assert(
      fc.property(tokenArb, fc.nat(), ({ token }, cut) => {
        const result = decodeScenario(token.slice(0, cut % token.length));
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it("a token with one character changed decodes or gives coded issues (1,500 changes)", () => {
    fc.assert(
      fc.property(
        tokenArb,
        fc.nat(),
        fc.oneof(fc.constantFrom(...BASE64URL), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
        ({ token }, at, character) => {
          const index = at % token.length;
          expectWellFormed(decodeScenario(token.slice(0, index) + character + token.slice(index + 1)));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("a link URL-encoded once more still opens; twice more gives coded issues (500 links)", () => {
    fc.assert(
      fc.property(tokenArb, ({ scenario, token }) => {
        const link = `https://eksize.example/#s=${token}`;
        expect(decodeScenario(encodeURIComponent(link))).toEqual({ ok: true, scenario, dataDate: null });
        expectWellFormed(decodeScenario(encodeURIComponent(encodeURIComponent(link))));
      }),
      { numRuns: 500 },
    );
  });

  it("random base64url after `1.` or `2.` gives coded issues and never throws (1,000 bodies)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }), (body) => {
        expectWellFormed(decodeScenario(`1.${body}`));
        expectWellFormed(decodeScenario(`1.eNq${body}`));
        expectWellFormed(decodeScenario(`2.${body}`));
      }),
      { numRuns: 1000 },
    );
  });
});
