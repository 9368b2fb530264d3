import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costCluster, defaultScenario, nodeGroupMonthlyCost, planCluster } from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

function cost(input: Record<string, unknown>) {
  const checked = scenario(input);
  return costCluster(checked, planCluster(checked, catalog), catalog);
}

const M5_LARGE = (extra: Record<string, unknown> = {}) => [{ name: "general", instanceTypes: ["m5.large"], ...extra }];

// The default scenario in us-east-1 (the planner's worked example): general on 3 on-demand and 1 Spot
// m6a.xlarge ($0.1728/h; Spot $0.08808/h), batch-spot on 2 Spot c6a.xlarge ($0.06626/h), email-worker's
// 2 Fargate pods of 0.25 vCPU and 1 GB ($0.04048 per vCPU-hour, $0.004445 per GB-hour), 5 Ingresses
// on 1 ALB and 1 NLB at 1 capacity unit each, 6 root volumes of 20 GiB gp3 ($0.08 per GB-month).
describe("the terms of each bill line", () => {
  const plan = planCluster(defaultScenario, catalog);
  const bill = costCluster(defaultScenario, plan, catalog);
  const terms = (key: keyof typeof bill.lines) =>
    bill.lines[key].terms.map((term) => ({
      subject: term.subject,
      what: term.instanceType ?? term.volumeType,
      quantity: term.quantity,
      unit: term.unit,
      usdPerUnit: term.usdPerUnit,
      sources: term.sources,
    }));

  it("nodes: per node group, the count of nodes at the type's hourly price and its sources", () => {
    expect(terms("onDemand")).toEqual([
      {
        subject: "general",
        what: "m6a.xlarge",
        quantity: 3,
        unit: "node-hour",
        usdPerUnit: 0.1728,
        sources: ["karpenterOnDemand", "vantageOnDemand"],
      },
    ]);
    expect(terms("spot")).toEqual([
      {
        subject: "general",
        what: "m6a.xlarge",
        quantity: 1,
        unit: "node-hour",
        usdPerUnit: 0.08808,
        sources: ["vantageSpot", "spotAdvisor"],
      },
      {
        subject: "batch-spot",
        what: "c6a.xlarge",
        quantity: 2,
        unit: "node-hour",
        usdPerUnit: 0.06626,
        sources: ["vantageSpot", "spotAdvisor"],
      },
    ]);
  });

  it("Fargate, control plane, load balancers and volumes: quantity, rate and unit, summing to each line", () => {
    expect(terms("fargate").map((term) => [term.subject, term.quantity, term.unit, term.usdPerUnit])).toEqual([
      ["email-worker", 0.5, "vcpu-hour", 0.04048],
      ["email-worker", 2, "gb-hour", 0.004445],
    ]);
    expect(terms("controlPlane")).toEqual([
      { subject: null, what: null, quantity: 1, unit: "cluster-hour", usdPerUnit: 0.1, sources: ["servicePrices"] },
    ]);
    expect(terms("loadBalancers").map((term) => [term.unit, term.quantity, term.usdPerUnit])).toEqual([
      ["alb-hour", 1, 0.0225],
      ["alb-lcu-hour", 1, 0.008],
      ["nlb-hour", 1, 0.0225],
      ["nlb-nlcu-hour", 1, 0.006],
    ]);
    expect(terms("rootVolumes").map((term) => [term.subject, term.what, term.quantity, term.unit])).toEqual([
      ["general", "gp3", 80, "gb-month"],
      ["batch-spot", "gp3", 40, "gb-month"],
    ]);
    expect(bill.lines.fargate.usdPerMonth).toBeCloseTo((0.5 * 0.04048 + 2 * 0.004445) * 730, 9);
    expect(bill.lines.rootVolumes.usdPerMonth).toBeCloseTo(120 * 0.08, 9);
    for (const line of Object.values(bill.lines)) {
      const sum = line.terms.reduce((total, term) => total + (term.usdPerMonth ?? Number.NaN), 0);
      expect(line.usdPerMonth).toBeCloseTo(sum * (1 - line.computeSavingsPercent / 100), 9);
    }
  });
});

// Worked by hand, us-east-1, 730 hours: the ten 500m pods need 4 m5.large nodes (see plan.test.ts).
describe("costCluster on worked examples", () => {
  it("bills 4 on-demand m5.large, the control plane and 4 × 20 GiB of gp3", () => {
    const bill = cost({ workloads: [WEB], daemonSets: SYSTEM_DAEMONSETS, nodeGroups: M5_LARGE() });
    expect(bill.lines.onDemand.usdPerMonth).toBeCloseTo(4 * 0.096 * 730, 9); // 280.32
    expect(bill.lines.spot.usdPerMonth).toBe(0);
    expect(bill.lines.fargate.usdPerMonth).toBe(0);
    expect(bill.lines.controlPlane.usdPerMonth).toBeCloseTo(73, 9);
    expect(bill.lines.loadBalancers.usdPerMonth).toBe(0);
    expect(bill.lines.rootVolumes.usdPerMonth).toBeCloseTo(4 * 20 * 0.08, 9); // 6.40
    expect(bill.totalUsdPerMonth).toBeCloseTo(359.72, 9);
  });

  it("takes the compute discount off on-demand and Fargate only, then the enterprise discount off everything", () => {
    const bill = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE(),
      cluster: {
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 10,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    });
    expect(bill.lines.onDemand.usdPerMonth).toBeCloseTo(224.256, 9);
    expect(bill.computeSavingsUsdPerMonth).toBeCloseTo(56.064, 9);
    expect(bill.enterpriseDiscountUsdPerMonth).toBeCloseTo(30.3656, 9); // 10% of 224.256 + 73 + 6.40
    expect(bill.totalUsdPerMonth).toBeCloseTo(273.2904, 9);
  });

  it("bills Spot nodes at the captured Spot price and splits a mixed group", () => {
    const spot = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE({ capacity: { type: "spot" } }),
    });
    expect(spot.lines.spot.usdPerMonth).toBeCloseTo(4 * 0.04366 * 730, 9);
    expect(spot.lines.onDemand.usdPerMonth).toBe(0);
    const mixed = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE({ capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 } }),
    });
    expect(mixed.lines.onDemand.usdPerMonth).toBeCloseTo(3 * 0.096 * 730, 9);
    expect(mixed.lines.spot.usdPerMonth).toBeCloseTo(1 * 0.04366 * 730, 9);
  });

  it("bills Fargate pods at their size: 0.25 vCPU and 1 GB at $0.04048 and $0.004445", () => {
    const bill = cost({
      workloads: [{ name: "jobs", replicas: 2, cpuMillicores: 250, memoryMiB: 512 }],
      fargateProfiles: [{ name: "batch", workloads: ["jobs"] }],
    });
    expect(bill.lines.fargate.usdPerMonth).toBeCloseTo(2 * (0.25 * 0.04048 + 0.004445) * 730, 9); // 21.2649
    expect(bill.workloads.jobs).toBeCloseTo(21.2649, 9);
  });

  it("charges extended support at $0.60 an hour", () => {
    expect(cost({ cluster: { supportTier: "extended" } }).lines.controlPlane.usdPerMonth).toBeCloseTo(438, 9);
  });

  it("counts one ALB per group of Ingresses and every NLB, with their capacity units", () => {
    const bill = cost({ cluster: { loadBalancers: { ingresses: 5, ingressesPerAlb: 2, nlbs: 1 } } });
    // 3 ALBs × ($0.0225 + 1 LCU × $0.008) + 1 NLB × ($0.0225 + 1 NLCU × $0.006) = $0.12 an hour
    expect(bill.lines.loadBalancers.usdPerMonth).toBeCloseTo(87.6, 9);
    expect(bill.lines.loadBalancers.rateRegion).toBeNull();
  });

  it("uses us-east-1's load balancer and EBS rates where a region has none, and says so", () => {
    const bill = cost({
      region: "eu-west-1",
      workloads: [WEB],
      nodeGroups: M5_LARGE(),
      cluster: { loadBalancers: { nlbs: 1 } },
    });
    expect(bill.lines.loadBalancers).toMatchObject({
      usdPerMonth: expect.closeTo(0.0285 * 730, 9) as number,
      rateRegion: "us-east-1",
    });
    // Each rate says where it came from: us-east-1's ELB rates stand in for eu-west-1.
    expect(
      bill.lines.loadBalancers.terms.map((term) => [term.unit, term.quantity, term.usdPerUnit, term.rateRegion]),
    ).toEqual([
      ["alb-hour", 0, 0.0225, "us-east-1"],
      ["alb-lcu-hour", 0, 0.008, "us-east-1"],
      ["nlb-hour", 1, 0.0225, "us-east-1"],
      ["nlb-nlcu-hour", 1, 0.006, "us-east-1"],
    ]);
    expect(bill.lines.rootVolumes.rateRegion).toBe("us-east-1");
  });

  it("leaves the total unknown, never zero, when a region has no rate for a line", () => {
    const bill = cost({
      region: "ap-south-2",
      workloads: [{ name: "jobs", replicas: 1, cpuMillicores: 250, memoryMiB: 512 }],
      fargateProfiles: [{ name: "batch", workloads: ["jobs"] }],
    });
    expect(bill.lines.fargate.usdPerMonth).toBeNull();
    expect(bill.totalUsdPerMonth).toBeNull();
  });

  it("shares node cost (instance and root volume) by requests: each pod the mean of its CPU and memory shares", () => {
    const bill = cost({ workloads: [WEB], daemonSets: SYSTEM_DAEMONSETS, nodeGroups: M5_LARGE() });
    const perNode = 0.096 * 730 + 20 * 0.08; // $70.08 + $1.60
    expect(bill.workloads.web).toBeCloseTo((10 * perNode * (500 / 1930 + 1024 / 6959)) / 2, 9);
    expect(bill.daemonSetsUsdPerMonth).toBeCloseTo((4 * perNode * (125 / 1930)) / 2, 9);
    expect((bill.workloads.web ?? 0) + bill.daemonSetsUsdPerMonth + bill.idleUsdPerMonth).toBeCloseTo(4 * perNode, 9);
    expect(bill.sharedUsdPerMonth).toBeCloseTo(73, 9);
  });

  it("shares out the bill after every discount: workloads, DaemonSets, idle and shared add up to the total", () => {
    const bill = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE(),
      cluster: {
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 10,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    });
    // Nodes: 4 × $70.08 × 0.8 + 4 × $1.60 = $230.656, then 10% off; the control plane $73 − 10%.
    const parts = (bill.workloads.web ?? 0) + bill.daemonSetsUsdPerMonth + bill.idleUsdPerMonth;
    expect(parts).toBeCloseTo(230.656 * 0.9, 9);
    expect(bill.sharedUsdPerMonth).toBeCloseTo(65.7, 9);
    expect(parts + (bill.sharedUsdPerMonth ?? 0)).toBeCloseTo(273.2904, 9);
  });

  // EBS bills GB-months: a volume that exists the whole month pays one GB-month, however long the month.
  it("bills root volumes in GB-months: 9 × 20 GiB of gp3 is $14.40 for a 744-hour month, 200/730 of it for 200 hours", () => {
    const idle = (hoursPerMonth: number) =>
      cost({ hoursPerMonth, nodeGroups: M5_LARGE({ minNodes: 9 }) }).lines.rootVolumes.usdPerMonth;
    expect(idle(744)).toBeCloseTo(14.4, 9);
    expect(idle(730)).toBeCloseTo(14.4, 9);
    expect(idle(200)).toBeCloseTo((14.4 * 200) / 730, 9); // $3.95
    expect(cost({ hoursPerMonth: 744, nodeGroups: M5_LARGE({ minNodes: 9 }) }).lines.onDemand.usdPerMonth).toBeCloseTo(
      9 * 0.096 * 744,
      9,
    );
  });
});

describe("costCluster on the default scenario", () => {
  it("has a known total that is the sum of its lines", () => {
    const bill = costCluster(defaultScenario, planCluster(defaultScenario, catalog), catalog);
    const lines = Object.values(bill.lines).map((line) => line.usdPerMonth ?? Number.NaN);
    expect(bill.totalUsdPerMonth).toBeCloseTo(
      lines.reduce((a, b) => a + b, 0),
      9,
    );
    expect(bill.totalUsdPerMonth).toBeGreaterThan(0);
    expect(Object.keys(bill.workloads).sort()).toEqual(
      defaultScenario.workloads.map((workload) => workload.name).sort(),
    );
    const shares = Object.values(bill.workloads).reduce((sum, usd) => sum + usd, 0);
    expect(shares + bill.daemonSetsUsdPerMonth + bill.idleUsdPerMonth + (bill.sharedUsdPerMonth ?? 0)).toBeCloseTo(
      bill.totalUsdPerMonth ?? Number.NaN,
      9,
    );
  });
});

describe("costCluster invariants", () => {
  const anyWorkload = fc.record({
    replicas: fc.integer({ min: 0, max: 80 }),
    cpuMillicores: fc.integer({ min: 10, max: 3000 }),
    memoryMiB: fc.integer({ min: 16, max: 12000 }),
  });
  const anyType = fc.constantFrom("t3.medium", "m5.large", "m6i.xlarge", "c5.2xlarge", "r6g.large");

  it("never costs less with more replicas, and Spot nodes never cost more than the same nodes on demand", () => {
    fc.assert(
      fc.property(anyWorkload, fc.integer({ min: 1, max: 40 }), anyType, (workload, extra, type) => {
        const total = (replicas: number, capacity: string) =>
          cost({
            workloads: [{ name: "w", ...workload, replicas }],
            daemonSets: SYSTEM_DAEMONSETS,
            nodeGroups: [{ name: "g", instanceTypes: [type], capacity: { type: capacity } }],
          }).totalUsdPerMonth ?? Number.NaN;
        expect(total(workload.replicas + extra, "on-demand")).toBeGreaterThanOrEqual(
          total(workload.replicas, "on-demand"),
        );
        expect(total(workload.replicas, "spot")).toBeLessThanOrEqual(total(workload.replicas, "on-demand") + 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it("shares out exactly the total: workloads, DaemonSets, idle and shared, whatever the discounts and hours", () => {
    const percent = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        anyWorkload,
        anyType,
        percent,
        percent,
        fc.integer({ min: 0, max: 744 }),
        fc.boolean(),
        (workload, type, computeSavingsPercent, enterpriseDiscountPercent, hoursPerMonth, onFargate) => {
          const bill = cost({
            hoursPerMonth,
            workloads: [{ name: "w", ...workload }],
            daemonSets: SYSTEM_DAEMONSETS,
            nodeGroups: [
              {
                name: "g",
                instanceTypes: [type],
                capacity: { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
              },
            ],
            fargateProfiles: onFargate ? [{ name: "f", workloads: ["w"] }] : [],
            cluster: { discounts: { computeSavingsPercent, enterpriseDiscountPercent }, loadBalancers: { nlbs: 1 } },
          });
          const shares = Object.values(bill.workloads).reduce((sum, usd) => sum + usd, 0);
          const parts =
            shares + bill.daemonSetsUsdPerMonth + bill.idleUsdPerMonth + (bill.sharedUsdPerMonth ?? Number.NaN);
          expect(parts).toBeCloseTo(bill.totalUsdPerMonth ?? Number.NaN, 6);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("costCluster discounts at the edges", () => {
  it("reports a 100% compute discount as the whole on-demand bill saved", () => {
    const bill = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE(),
      cluster: { discounts: { computeSavingsPercent: 100 } },
    });
    expect(bill.lines.onDemand.usdPerMonth).toBe(0);
    expect(bill.computeSavingsUsdPerMonth).toBeCloseTo(280.32, 9);
  });
});

describe("nodeGroupMonthlyCost", () => {
  it("sums a group's on-demand nodes (after the compute discount), Spot nodes and root volumes", () => {
    const [group] = cost({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: M5_LARGE({ capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 } }),
      cluster: {
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 10,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    }).nodeGroups;
    // 3 on demand × $0.096 × 730 × 0.8 = $168.192; 1 Spot × $0.04366 × 730 = $31.8718; 4 × 20 GiB × $0.08
    // = $6.40. The enterprise discount is the whole bill's, not the group's.
    expect(nodeGroupMonthlyCost(group!)).toBeCloseTo(206.4638, 9);
  });

  it("is unknown when any part is", () => {
    const known = { name: "g", onDemandUsdPerMonth: 280.32, spotUsdPerMonth: 0, rootVolumesUsdPerMonth: 6.4 };
    expect(nodeGroupMonthlyCost(known)).toBeCloseTo(286.72, 9);
    expect(nodeGroupMonthlyCost({ ...known, spotUsdPerMonth: null })).toBeNull();
    expect(nodeGroupMonthlyCost({ ...known, rootVolumesUsdPerMonth: null })).toBeNull();
  });
});
