/**
 * The summary band's figures and the change an edit makes, on the default scenario in us-east-1 (the
 * fixed test prices): 4 × m6a.xlarge (1 Spot) and 2 × c6a.xlarge Spot, 34 pods on nodes and 2 on
 * Fargate, $686.40 a month. With web-frontend at 30 replicas "general" needs 6 nodes and the month is
 * $880.05 (the planner's component tests show the same figures).
 */
import { costCluster, defaultScenario, planCluster, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { describe, expect, test } from "vitest";
import { formattersFor } from "../../src/present/format.js";
import { loadLocale, translatorFor } from "../../src/present/i18n/translate.js";
import { nodeFillPictures } from "../../src/present/plan/node-fill.js";
import {
  describeSummaryChange,
  summarisePlan,
  summaryChange,
  type PlanSummary,
  type SummaryChange,
} from "../../src/present/plan/summary.js";

function summaryOf(scenario: Scenario): PlanSummary {
  const plan = planCluster(scenario, catalog);
  return summarisePlan({ scenario, plan, cost: costCluster(scenario, plan, catalog) });
}

function withReplicas(workload: string, replicas: number): Scenario {
  return {
    ...defaultScenario,
    workloads: defaultScenario.workloads.map((entry) => (entry.name === workload ? { ...entry, replicas } : entry)),
  };
}

const en = formattersFor("en");

describe("the plan's summary", () => {
  test("the default scenario: 6 nodes, 36 pods, 3 of 6 nodes on Spot, $686.40 a month", () => {
    const summary = summaryOf(defaultScenario);
    expect(summary.groups).toEqual([
      { name: "general", instanceType: "m6a.xlarge", nodes: 4, spotNodes: 1 },
      { name: "batch-spot", instanceType: "c6a.xlarge", nodes: 2, spotNodes: 2 },
    ]);
    expect(summary.nodes).toBe(6);
    expect(summary.pods).toBe(36);
    expect(summary.fargatePods).toBe(2);
    expect(summary.spotShare).toBeCloseTo(3 / 6, 12);
    expect(summary.unschedulablePods).toBe(0);
    expect(en.money(summary.totalUsdPerMonth ?? 0)).toBe("$686.40");
    // $686.4049 ÷ 36 pods.
    expect(en.money(summary.usdPerPodMonth ?? 0)).toBe("$19.07");
    // CPU requested over 6 nodes of 3,920m allocatable each: general 4 × 355m of DaemonSets + 13,250m of
    // pods (3,550 + 3,500 + 3,500 + 2,700 on its four nodes), batch-spot 2 × 355m + 4 × 1,000m;
    // (1,420 + 13,250 + 710 + 4,000) / (6 × 3,920) = 19,380 / 23,520 = 82.4%.
    expect(summary.utilisation?.cpu).toBeCloseTo(19_380 / 23_520, 12);
  });

  test("a plan without nodes has no utilisation, Spot share or cost per pod", () => {
    const summary = summaryOf({ ...defaultScenario, workloads: [], nodeGroups: [] });
    expect(summary.nodes).toBe(0);
    expect(summary.pods).toBe(0);
    expect(summary.utilisation).toBeNull();
    expect(summary.spotShare).toBeNull();
    expect(summary.usdPerPodMonth).toBeNull();
  });
});

describe("the change an edit makes", () => {
  test("web-frontend from 6 to 30 replicas: +2 nodes, +$193.65/month, +24 pods", () => {
    const change = summaryChange(summaryOf(defaultScenario), summaryOf(withReplicas("web-frontend", 30)), en);
    expect(change.nodes).toBe(2);
    // $880.05 − $686.40, as the page shows both.
    expect(change.usdPerMonth).toBeCloseTo(193.65, 9);
    expect(change.pods).toBe(24);
    expect(change.unschedulablePods).toBe(0);
    expect(describeSummaryChange(translatorFor("en"), en, change)).toBe("+2 nodes, +$193.65/month, +24 pods");
  });

  test("back again: the same figures with a minus sign", () => {
    const change = summaryChange(summaryOf(withReplicas("web-frontend", 30)), summaryOf(defaultScenario), en);
    expect(describeSummaryChange(translatorFor("en"), en, change)).toBe("−2 nodes, −$193.65/month, −24 pods");
  });

  test("an edit that moves nothing says so", () => {
    const summary = summaryOf(defaultScenario);
    const change = summaryChange(summary, summaryOf({ ...defaultScenario }), en);
    expect(change).toEqual({
      nodes: 0,
      usdPerMonth: 0,
      pods: 0,
      unschedulablePods: 0,
      utilisation: { cpu: [82, 82], memory: [87, 87] },
    });
    expect(describeSummaryChange(translatorFor("en"), en, change)).toBe("No change to nodes, pods or cost");
  });

  test("a DaemonSet that fits the nodes' free room: no node, pod or cost moves, but the nodes fill up", () => {
    const withAgent = {
      ...defaultScenario,
      daemonSets: [
        ...defaultScenario.daemonSets,
        { name: "agent", cpuMillicores: 100, memoryMiB: 128, hostNetwork: false },
      ],
    };
    const change = summaryChange(summaryOf(defaultScenario), summaryOf(withAgent), en);
    // 6 nodes × 100m more: 19,980m of 23,520m (85%); 6 × 128 MiB more memory (87% → 88%).
    expect(describeSummaryChange(translatorFor("en"), en, change)).toBe(
      "No change to nodes, pods or cost; CPU 82% → 85%, memory 87% → 88%",
    );
  });

  test("plurals, unschedulable pods and Korean", async () => {
    const change: SummaryChange = { nodes: 3, usdPerMonth: -1200.5, pods: 1, unschedulablePods: 4, utilisation: null };
    expect(describeSummaryChange(translatorFor("en"), en, change)).toBe(
      "+3 nodes, −$1,200.50/month, +1 pod, +4 unschedulable",
    );
    await loadLocale("ko");
    expect(describeSummaryChange(translatorFor("ko"), formattersFor("ko"), { ...change, usdPerMonth: 0 })).toBe(
      "노드 +3대, 파드 +1개, 스케줄 불가 파드 +4개",
    );
  });
});

describe("the node-fill picture", () => {
  test("general's first node: one m6a.xlarge, each bar adds up to the instance's capacity", () => {
    const plan = planCluster(defaultScenario, catalog);
    const general = plan.nodeGroups.find((group) => group.name === "general");
    if (general === undefined) throw new Error("the default scenario has a general node group");
    const [first] = nodeFillPictures(general, defaultScenario.workloads);
    expect(first?.count).toBe(1);
    expect(first?.pods).toEqual({
      "web-frontend": 2,
      "api-gateway": 1,
      "orders-api": 1,
      "catalog-api": 3,
      "cert-manager": 1,
      prometheus: 1,
      grafana: 1,
    });
    expect(first?.bars).toEqual([
      {
        resource: "cpu",
        capacity: 4000,
        // kube-reserved 80m (6% of the first core + 1% of the second + 0.5% of the other two), DaemonSets
        // 355m (aws-node 50m, kube-proxy 100m and the scenario's 205m), pods 500 + 500 + 500 + 750 + 50 +
        // 1,000 + 250.
        segments: [
          { part: "reserved", amount: 80 },
          { part: "daemonSets", amount: 355 },
          { part: "workloads", amount: 3550 },
          { part: "free", amount: 15 },
        ],
      },
      {
        resource: "memory",
        capacity: 16_384,
        // MemTotal measured 15,626 MiB → 758 MiB to the kernel and VM; kube-reserved 11 × 58 + 255 = 893
        // MiB and the 100 MiB eviction threshold; pods 1,024 + 1,024 + 1,024 + 1,536 + 128 + 8,192 + 512.
        segments: [
          { part: "vm", amount: 758 },
          { part: "reserved", amount: 993 },
          { part: "daemonSets", amount: 428 },
          { part: "workloads", amount: 13_440 },
          { part: "free", amount: 765 },
        ],
      },
      {
        resource: "pods",
        capacity: 58,
        segments: [
          { part: "daemonSets", amount: 5 },
          { part: "workloads", amount: 10 },
          { part: "free", amount: 43 },
        ],
      },
    ]);
  });

  test("draws each node of a NodePool with its own type's capacity", () => {
    const pool: Scenario = {
      ...defaultScenario,
      workloads: [
        { ...defaultScenario.workloads[0]!, name: "web", replicas: 10, cpuMillicores: 500, memoryMiB: 1024 },
        { ...defaultScenario.workloads[0]!, name: "api", replicas: 7, cpuMillicores: 1500, memoryMiB: 3000 },
      ],
      fargateProfiles: [],
      nodeGroups: [
        {
          ...defaultScenario.nodeGroups[0]!,
          instanceTypes: ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large", "c5.xlarge", "r5.large"],
          capacity: { type: "on-demand" },
          minNodes: 0,
        },
      ],
      cluster: { ...defaultScenario.cluster, autoscaler: "karpenter" },
    };
    const group = planCluster(pool, catalog).nodeGroups[0]!;
    const pictures = nodeFillPictures(group, pool.workloads);
    expect(pictures.map((picture) => [picture.count, picture.instanceType, picture.bars[0]!.capacity])).toEqual([
      [1, "m5.2xlarge", 8000],
      [1, "m5.2xlarge", 8000],
      [1, "c5.large", 2000],
    ]);
    // Nothing drawn past a node: every bar's parts add up to its own type's capacity.
    for (const picture of pictures) {
      for (const bar of picture.bars) {
        expect(bar.segments.reduce((sum, segment) => sum + segment.amount, 0)).toBe(bar.capacity);
        expect(bar.segments.every((segment) => segment.amount > 0)).toBe(true);
      }
    }
  });

  test("a group without a usable type has no picture", () => {
    const plan = planCluster(
      {
        ...defaultScenario,
        nodeGroups: defaultScenario.nodeGroups.map((group) => ({ ...group, instanceTypes: ["x9.huge"] })),
      },
      catalog,
    );
    expect(plan.nodeGroups.map((group) => nodeFillPictures(group, defaultScenario.workloads))).toEqual([[], []]);
  });
});
