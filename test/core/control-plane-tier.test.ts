/**
 * The control plane's scaling tier: in the scenario (validated, 1.28+), on the bill (the tier's rate
 * on top of the support rate, marked as an estimate) and in the advice (which tier the peaks need),
 * and the node image lifecycle (Amazon Linux 2). Figures from the tests' fixed catalogue: standard
 * $0.10/h, extended $0.60/h, XL +$1.65/h, 2XL +$3.40/h, 4XL +$6.90/h, 8XL +$13.90/h (estimates);
 * limits from the EKS user guide (XL 1,700 seats, 167 pods/s; 2XL 3,400, 283; 4XL 6,800, 400; 100
 * pods/s on 1.28–1.29) and 8XL's estimated 13,600 seats, 400 pods/s.
 */
import { describe, expect, it } from "vitest";
import {
  adviseScenario,
  costCluster,
  decodeScenario,
  defaultScenario,
  eksctlClusterConfig,
  encodeScenario,
  neededControlPlaneTier,
  planCluster,
  planReport,
  validateScenario,
  type AdviceCode,
  type Finding,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

/** The default scenario with cluster settings changed. */
function withCluster(cluster: Partial<Scenario["cluster"]>, base: Scenario = defaultScenario): Scenario {
  return { ...base, cluster: { ...base.cluster, ...cluster } };
}

function findings(input: Scenario, code: AdviceCode): Finding[] {
  const plan = planCluster(input, catalog);
  return adviseScenario(input, plan, costCluster(input, plan, catalog), catalog).filter(
    (finding) => finding.code === code,
  );
}

function controlPlaneLine(input: Scenario) {
  return costCluster(input, planCluster(input, catalog), catalog).lines.controlPlane;
}

describe("the control plane tier on the bill", () => {
  it("adds XL's $1.65/h over 730 h ($1,204.50, an estimate) to the standard $73", () => {
    const line = controlPlaneLine(withCluster({ controlPlaneTier: "tier-xl" }));
    expect(line.terms.map((term) => [term.controlPlaneTier, term.usdPerUnit, term.estimate, term.sources])).toEqual([
      [null, 0.1, false, ["servicePrices"]],
      ["tier-xl", 1.65, true, ["controlPlaneTierEstimates"]],
    ]);
    expect(line.terms[1]?.usdPerMonth).toBeCloseTo(1204.5, 9);
    expect(line.usdPerMonth).toBeCloseTo(1277.5, 9);
  });

  it("adds 4XL's $6.90/h to extended support's $0.60/h: $5,475 over 730 h", () => {
    const line = controlPlaneLine(
      withCluster({ supportTier: "extended", kubernetesVersion: "1.31", controlPlaneTier: "tier-4xl" }),
    );
    expect(line.usdPerMonth).toBeCloseTo(5475, 9);
  });

  it("marks the line as an estimate in the plan report", () => {
    const tiered = withCluster({ controlPlaneTier: "tier-xl" });
    const plan = planCluster(tiered, catalog);
    const lines = planReport(tiered, plan, costCluster(tiered, plan, catalog)).bill.lines;
    expect(lines.filter((line) => line.estimate)).toEqual([
      { line: "control-plane", usdPerMonth: 1277.5, rateRegion: null, estimate: true },
    ]);
  });

  it("bills Standard alone as before: one term, $73", () => {
    const line = controlPlaneLine(defaultScenario);
    expect(line.terms).toHaveLength(1);
    expect(line.usdPerMonth).toBeCloseTo(73, 9);
  });

  it("moves the total by the tier's cost and counts it as shared", () => {
    const standard = costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog);
    const eightXl = withCluster({ controlPlaneTier: "tier-8xl" });
    const cost = costCluster(eightXl, planCluster(eightXl, catalog), catalog);
    expect(cost.totalUsdPerMonth! - standard.totalUsdPerMonth!).toBeCloseTo(13.9 * 730, 6);
    expect(cost.sharedUsdPerMonth! - standard.sharedUsdPerMonth!).toBeCloseTo(10147, 6);
  });
});

describe("the control plane tier in the eksctl file", () => {
  const config = (input: Scenario) => {
    const made = eksctlClusterConfig(input, planCluster(input, catalog), catalog, { clusterName: "shop" });
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    return made.value.config;
  };

  it("is eksctl's controlPlaneScalingConfig.tier, left out for Standard", () => {
    expect(config(withCluster({ controlPlaneTier: "tier-2xl" })).controlPlaneScalingConfig).toEqual({
      tier: "tier-2xl",
    });
    expect(config(defaultScenario)).not.toHaveProperty("controlPlaneScalingConfig");
  });
});

describe("the control plane tier in a scenario", () => {
  const cluster = (fields: Record<string, unknown>) =>
    validateScenario({ version: 1, region: "us-east-1", cluster: fields });

  it("defaults to standard, with no peaks", () => {
    const checked = cluster({});
    expect(checked.ok && checked.value.cluster).toMatchObject({
      controlPlaneTier: "standard",
      peakPodsPerSecond: null,
      peakApiSeats: null,
    });
  });

  it("accepts only the five tiers, naming what is wrong", () => {
    expect(cluster({ controlPlaneTier: "tier-16xl" })).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-not-allowed",
          path: "cluster.controlPlaneTier",
          params: {
            allowed: '("standard" | "tier-xl" | "tier-2xl" | "tier-4xl" | "tier-8xl")',
            received: '"tier-16xl"',
          },
        },
      ],
    });
  });

  it("needs Kubernetes 1.28 or later for a tier other than standard", () => {
    expect(cluster({ controlPlaneTier: "tier-xl", kubernetesVersion: "1.27" })).toEqual({
      ok: false,
      issues: [
        {
          code: "control-plane-tier-needs-version",
          path: "cluster.controlPlaneTier",
          params: { tier: "tier-xl", version: "1.27", minimum: "1.28" },
        },
      ],
    });
    expect(cluster({ controlPlaneTier: "tier-xl", kubernetesVersion: "1.28" }).ok).toBe(true);
    expect(cluster({ controlPlaneTier: "tier-xl", kubernetesVersion: "1.100" }).ok).toBe(true);
    expect(cluster({ controlPlaneTier: "tier-xl" }).ok).toBe(true);
    expect(cluster({ kubernetesVersion: "1.27" }).ok).toBe(true);
  });

  it("checks the peaks' ranges", () => {
    const checked = cluster({ peakPodsPerSecond: -1, peakApiSeats: 1.5 });
    expect(!checked.ok && checked.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["scenario-out-of-range", "cluster.peakPodsPerSecond"],
      ["scenario-not-whole-number", "cluster.peakApiSeats"],
    ]);
  });

  it("keeps Standard out of a share link and brings a tier back from one", () => {
    expect(encodeScenario(withCluster({ controlPlaneTier: "standard" }))).toBe(encodeScenario(defaultScenario));
    const tiered = withCluster({ controlPlaneTier: "tier-2xl", peakApiSeats: 2500 });
    const decoded = decodeScenario(encodeScenario(tiered));
    expect(decoded.ok && decoded.scenario.cluster).toEqual(tiered.cluster);
  });
});

describe("the tier a cluster's peaks need", () => {
  const need = (peakApiSeats: number | null, peakPodsPerSecond: number | null, kubernetesVersion: string | null) =>
    neededControlPlaneTier(catalog, { peakApiSeats, peakPodsPerSecond, kubernetesVersion });

  it("is the smallest tier that holds both peaks, by the version's scheduling rate", () => {
    expect([
      need(1700, 167, "1.33"),
      need(1701, null, "1.33"),
      need(3000, 200, null),
      need(null, 300, "1.30"),
      need(7000, null, "1.33"),
      need(null, 100, "1.29"),
    ]).toEqual(["tier-xl", "tier-2xl", "tier-2xl", "tier-4xl", "tier-8xl", "tier-xl"]);
  });

  it("is none when no tier holds them", () => {
    expect([need(13601, null, null), need(null, 401, "1.33"), need(null, 101, "1.29")]).toEqual([null, null, null]);
  });
});

describe("the control plane tier advice", () => {
  it("notes that Standard guarantees no rate when XL would hold the peak", () => {
    expect(findings(withCluster({ peakPodsPerSecond: 150 }), "advice-control-plane-tier-too-small")).toEqual([
      {
        code: "advice-control-plane-tier-too-small",
        severity: "info",
        subject: null,
        params: {
          tier: "standard",
          neededTier: "tier-xl",
          peakApiSeats: null,
          peakPodsPerSecond: 150,
          apiSeats: null,
          podsPerSecond: null,
          before130: false,
          limitsEstimate: false,
        },
      },
    ]);
  });

  it("warns when the tier guarantees less than a peak, naming the tier that holds it", () => {
    const [found] = findings(
      withCluster({ controlPlaneTier: "tier-xl", kubernetesVersion: "1.33", peakApiSeats: 5000 }),
      "advice-control-plane-tier-too-small",
    );
    expect(found).toMatchObject({
      severity: "warning",
      params: { tier: "tier-xl", neededTier: "tier-4xl", apiSeats: 1700, podsPerSecond: 167, limitsEstimate: false },
    });
  });

  it("warns with no tier when the peak is beyond every tier, and marks 8XL's estimated limits", () => {
    const [beyond] = findings(
      withCluster({ controlPlaneTier: "tier-4xl", kubernetesVersion: "1.29", peakPodsPerSecond: 150 }),
      "advice-control-plane-tier-too-small",
    );
    expect(beyond).toMatchObject({
      severity: "warning",
      params: { neededTier: null, podsPerSecond: 100, before130: true },
    });
    const [eightXl] = findings(withCluster({ peakApiSeats: 10_000 }), "advice-control-plane-tier-too-small");
    expect(eightXl).toMatchObject({ severity: "warning", params: { neededTier: "tier-8xl", limitsEstimate: true } });
  });

  it("finds a saving when a smaller tier holds the peaks: 4XL to XL saves $3,832.50 (estimated prices)", () => {
    const [found] = findings(
      withCluster({ controlPlaneTier: "tier-4xl", peakPodsPerSecond: 150, peakApiSeats: 1200 }),
      "advice-control-plane-tier-larger",
    );
    expect(found).toMatchObject({
      severity: "saving",
      params: { tier: "tier-4xl", neededTier: "tier-xl", estimate: true },
    });
    expect(found?.code === "advice-control-plane-tier-larger" && found.params.savingUsdPerMonth).toBeCloseTo(3832.5, 9);
  });

  it("says nothing when the tier is the one the peaks need, or Standard has no peaks", () => {
    const exact = withCluster({ controlPlaneTier: "tier-xl", peakPodsPerSecond: 167, peakApiSeats: 1700 });
    for (const code of [
      "advice-control-plane-tier-too-small",
      "advice-control-plane-tier-larger",
      "advice-control-plane-tier-unchecked",
    ] as const) {
      expect(findings(exact, code), code).toEqual([]);
      expect(findings(defaultScenario, code), code).toEqual([]);
    }
  });

  it("notes a Provisioned tier chosen without a peak, with its cost: XL $1,204.50 a month", () => {
    const [found] = findings(withCluster({ controlPlaneTier: "tier-xl" }), "advice-control-plane-tier-unchecked");
    expect(found).toMatchObject({ severity: "info", params: { tier: "tier-xl", estimate: true } });
    expect(found?.code === "advice-control-plane-tier-unchecked" && found.params.costUsdPerMonth).toBeCloseTo(
      1204.5,
      9,
    );
  });
});

describe("the node image lifecycle", () => {
  const cluster = (amazonLinux: "2" | "2023", kubernetesVersion: string | null, profile = "amazon-linux") =>
    scenario({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "legacy", instanceTypes: ["m5.large"], amazonLinux, profile }],
      cluster: { kubernetesVersion },
    });

  it("names the end of Amazon Linux 2 on a node group that runs it, with what its version adds", () => {
    const found = (["1.32", "1.33", "1.35", null] as const).map(
      (version) => findings(cluster("2", version), "advice-amazon-linux-2")[0],
    );
    expect(found[0]).toEqual({
      code: "advice-amazon-linux-2",
      severity: "warning",
      subject: "legacy",
      params: {
        kubernetesVersion: "1.32",
        amiEndOfSupport: "2025-11-26",
        lastVersion: "1.32",
        endOfLife: "2026-06-30",
        cgroupV1RefusedFrom: "1.35",
        noAmi: false,
        cgroupV1Refused: false,
      },
    });
    expect(found.map((finding) => finding?.params)).toMatchObject([
      { noAmi: false, cgroupV1Refused: false },
      { noAmi: true, cgroupV1Refused: false },
      { noAmi: true, cgroupV1Refused: true },
      { noAmi: false, cgroupV1Refused: false },
    ]);
  });

  it("says nothing of AL2023 or Karpenter's AL2023, and flags AL2 under the Karpenter profile", () => {
    expect(findings(cluster("2023", "1.35"), "advice-amazon-linux-2")).toEqual([]);
    expect(findings(cluster("2", "1.33", "karpenter"), "advice-amazon-linux-2")).toHaveLength(1);
  });

  it("refuses Amazon Linux 2 on a Bottlerocket node group", () => {
    const checked = validateScenario({
      version: 1,
      region: "us-east-1",
      nodeGroups: [{ name: "br", instanceTypes: ["m5.large"], profile: "bottlerocket", amazonLinux: "2" }],
    });
    expect(checked).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-not-allowed",
          path: "nodeGroups.0.amazonLinux",
          params: { allowed: '"2023"', received: '"2"' },
        },
      ],
    });
  });

  it("gives extended support's dates from EKS's calendar", () => {
    const [found] = findings(
      withCluster({ supportTier: "extended", kubernetesVersion: "1.31" }),
      "advice-extended-support",
    );
    expect(found?.params).toMatchObject({ endOfStandardSupport: "2025-11-26", endOfExtendedSupport: "2026-11-26" });
  });
});
