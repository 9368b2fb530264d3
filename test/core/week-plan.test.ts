import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  costCluster,
  defaultScenario,
  EksizeError,
  LOAD_PROFILE_PRESETS,
  planCluster,
  planWeek,
  recommendWeek,
  SCALE_DOWN_DELAY_MINUTES,
  spotHourlyPrice,
  weekCommitment,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

/** us-east-1 on-demand m5.large, USD an hour (the dataset's). */
const M5_LARGE = catalog.regions["us-east-1"]!.instances["m5.large"]!.onDemandUsdPerHour!;
/** us-east-1 Spot m5.large, USD an hour (the dataset's, as the bill prices it). */
const M5_LARGE_SPOT = spotHourlyPrice(catalog.regions["us-east-1"]!.instances["m5.large"]!)!;

/**
 * One pod per m5.large node (1500m of the 1,805m a node has left after the system DaemonSets), 2 to
 * 10 replicas on office hours: 10 pods for the 50 office hours, 2 + ⌈8 × 20%⌉ = 4 in the other 118.
 */
function officeCluster(autoscaler: string): Scenario {
  return scenario({
    workloads: [
      {
        name: "api",
        replicas: 4,
        cpuMillicores: 1500,
        memoryMiB: 1024,
        fargate: false,
        autoscaling: { minReplicas: 2, maxReplicas: 10, profile: "office-hours" },
      },
    ],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
    cluster: {
      ...defaultScenario.cluster,
      autoscaler,
      loadBalancers: { ingresses: 0, ingressesPerAlb: 1, nlbs: 0, nlbTargetType: "instance" },
    },
  });
}

describe("planWeek, worked by hand", () => {
  it("gives a scenario without profiles exactly its monthly bill, from one plan", () => {
    const flat: Scenario = {
      ...defaultScenario,
      workloads: defaultScenario.workloads.map((workload) => ({ ...workload, autoscaling: null })),
    };
    const week = planWeek(flat, catalog);
    const month = costCluster(flat, planCluster(flat, catalog), catalog);
    expect(week.plansMade).toBe(1);
    expect(week.totalUsdPerMonth).toBeCloseTo(month.totalUsdPerMonth!, 9);
    expect(week.peakUsdPerMonth).toBeCloseTo(month.totalUsdPerMonth!, 9);
    for (const key of Object.keys(month.lines) as (keyof typeof month.lines)[]) {
      expect(week.lines[key]).toBeCloseTo(month.lines[key].usdPerMonth!, 9);
    }
    expect(week.hours).toHaveLength(168);
    expect(week.hours[100]!.usd).toBeCloseTo(month.totalUsdPerMonth! / flat.hoursPerMonth, 12);
  });

  it("office hours with consolidation at once (Karpenter): 50 hours of 10 nodes and 118 of 4, 972 node-hours", () => {
    const week = planWeek(officeCluster("karpenter"), catalog);
    expect(week.scaleDownDelayMinutes).toBe(0);
    expect(week.plansMade).toBe(2);
    expect(week.hours[9]!.nodes).toEqual({ general: 10 });
    expect(week.hours[19]!.nodes).toEqual({ general: 4 });
    expect(week.nodeHours.general).toBeCloseTo(50 * 10 + 118 * 4, 9);
    // The on-demand line: the week's node-hours at m5.large's rate, scaled from 168 hours to 730.
    expect(week.lines.onDemand).toBeCloseTo((972 * M5_LARGE * 730) / 168, 6);
  });

  it("keeps the 6 nodes of each evening's drop 10 more minutes with Cluster Autoscaler: 5 more node-hours", () => {
    expect(SCALE_DOWN_DELAY_MINUTES["cluster-autoscaler"]).toBe(10);
    const week = planWeek(officeCluster("cluster-autoscaler"), catalog);
    expect(week.scaleDownDelayMinutes).toBe(10);
    // 19:00 on a weekday: 4 nodes needed, 10 kept for the hour's first 10 minutes.
    expect(week.hours[19]!.nodeHours.general).toBeCloseTo(4 + (6 * 10) / 60, 12);
    expect(week.nodeHours.general).toBeCloseTo(972 + 5 * 6 * (10 / 60), 9);
  });

  it("carries a 90-minute delay into the next hour: 6 nodes for 1.5 hours after each drop", () => {
    const week = planWeek(officeCluster("cluster-autoscaler"), catalog, { scaleDownDelayMinutes: 90 });
    expect(week.hours[19]!.nodeHours.general).toBeCloseTo(10, 12);
    expect(week.hours[20]!.nodeHours.general).toBeCloseTo(0.5 * 10 + 0.5 * 4, 12);
    expect(week.hours[21]!.nodeHours.general).toBeCloseTo(4, 12);
    expect(week.nodeHours.general).toBeCloseTo(972 + 5 * 6 * 1.5, 9);
  });

  it("keeps a cluster without an autoscaler at its peak all week, and bills as provisioned for the peak", () => {
    const week = planWeek(officeCluster("none"), catalog);
    expect(week.scaleDownDelayMinutes).toBeNull();
    expect(week.nodeHours.general).toBeCloseTo(168 * 10, 9);
    expect(week.totalUsdPerMonth).toBeCloseTo(week.peakUsdPerMonth!, 9);
  });

  it("bills the peak plan as provisioned for the peak: every workload at its most replicas", () => {
    const input = officeCluster("karpenter");
    const atPeak: Scenario = {
      ...input,
      workloads: input.workloads.map((workload) => ({ ...workload, replicas: 10 })),
    };
    const peak = costCluster(atPeak, planCluster(atPeak, catalog), catalog);
    const week = planWeek(input, catalog);
    expect(week.peakUsdPerMonth).toBeCloseTo(peak.totalUsdPerMonth!, 9);
    // Line by line: 10 m5.large all month.
    expect(week.peakLines.onDemand).toBeCloseTo(10 * M5_LARGE * 730, 6);
    expect(week.peakLines.controlPlane).toBeCloseTo(peak.lines.controlPlane.usdPerMonth!, 9);
  });

  it("gives each hour's on-demand spend at on-demand rates, before the scenario's compute savings", () => {
    const input = officeCluster("karpenter");
    const saving: Scenario = {
      ...input,
      cluster: {
        ...input.cluster,
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 0,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    };
    for (const scenario of [input, saving]) {
      const week = planWeek(scenario, catalog);
      expect(week.hours[9]!.onDemandUsd).toBeCloseTo(10 * M5_LARGE, 12);
      expect(week.hours[19]!.onDemandUsd).toBeCloseTo(4 * M5_LARGE, 12);
    }
    // The bill itself has the 20% off.
    expect(planWeek(saving, catalog).lines.onDemand).toBeCloseTo((0.8 * 972 * M5_LARGE * 730) / 168, 6);
  });

  it("takes the enterprise discount off the lines, and parts each hour into its node groups and the rest", () => {
    const input = officeCluster("karpenter");
    const discounted: Scenario = {
      ...input,
      cluster: { ...input.cluster, discounts: { ...input.cluster.discounts, enterpriseDiscountPercent: 10 } },
    };
    const week = planWeek(discounted, catalog);
    const lines = Object.values(week.lines).reduce<number>((sum, value) => sum + value!, 0);
    expect(week.enterpriseDiscountUsdPerMonth).toBeCloseTo(lines * 0.1, 9);
    expect(week.totalUsdPerMonth).toBeCloseTo(lines * 0.9, 9);
    // Monday 19:00: 4 m5.large on demand, 10% off; the rest is the control plane and the root volumes.
    const hour = week.hours[19]!;
    expect(hour.nodeGroupUsd.general!.onDemand).toBeCloseTo(4 * M5_LARGE * 0.9, 12);
    expect(hour.otherUsd).toBeCloseTo(hour.usd! - 4 * M5_LARGE * 0.9, 12);
    // The control plane's $0.10 an hour and 4 root volumes of 20 GiB gp3 at $0.08 a GB-month (730 hours).
    expect(hour.otherUsd).toBeCloseTo((0.1 + (4 * 20 * 0.08) / 730) * 0.9, 12);
  });

  it("refuses a delay that is not a number ≥ 0", () => {
    for (const value of [-1, Number.NaN]) {
      expect(() => planWeek(defaultScenario, catalog, { scaleDownDelayMinutes: value })).toThrow(EksizeError);
    }
  });
});

describe("weekCommitment, worked by hand", () => {
  it("covers the office week's 4-node baseline and saves by the month, less the enterprise discount", () => {
    const input = officeCluster("cluster-autoscaler");
    const discounted: Scenario = {
      ...input,
      cluster: {
        ...input.cluster,
        discounts: {
          computeSavingsPercent: 0,
          enterpriseDiscountPercent: 10,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    };
    // 168 hours of $0.384 at 28% off, as 730 hours, then 10% off.
    const weekly = 168 * 4 * M5_LARGE * 0.28;
    for (const [scenario, after] of [
      [input, 1],
      [discounted, 0.9],
    ] as const) {
      const { commitment, savingUsdPerMonth } = weekCommitment(scenario, planWeek(scenario, catalog), 28)!;
      expect(commitment.coveredUsdPerHour).toBeCloseTo(4 * M5_LARGE, 12);
      expect(savingUsdPerMonth).toBeCloseTo(((weekly * 730) / 168) * after, 9);
    }
  });
});

describe("planWeek and weekCommitment: Spot, families and Fargate", () => {
  it("takes the scenario's own scale-down delay, and none for a cluster without an autoscaler", () => {
    const input = officeCluster("cluster-autoscaler");
    const slow: Scenario = { ...input, cluster: { ...input.cluster, scaleDownDelayMinutes: 90 } };
    expect(planWeek(slow, catalog).nodeHours.general).toBeCloseTo(972 + 5 * 6 * 1.5, 9);
    // The option still wins over the scenario.
    expect(planWeek(slow, catalog, { scaleDownDelayMinutes: 0 }).nodeHours.general).toBeCloseTo(972, 9);
    const fixed: Scenario = { ...slow, cluster: { ...slow.cluster, autoscaler: "none" } };
    expect(planWeek(fixed, catalog).scaleDownDelayMinutes).toBeNull();
  });

  it("splits each hour's nodes into Spot and on demand, and the on-demand spend by family", () => {
    const input = officeCluster("karpenter");
    const mixed: Scenario = {
      ...input,
      nodeGroups: input.nodeGroups.map((group) => ({
        ...group,
        capacity: { type: "mixed", onDemandBase: 4, spotPercentAboveBase: 100 },
      })),
    };
    const week = planWeek(mixed, catalog);
    expect(week.hours[9]!.nodeHours.general).toBeCloseTo(10, 12);
    expect(week.hours[9]!.spotNodeHours.general).toBeCloseTo(6, 12);
    expect(week.hours[19]!.spotNodeHours.general).toBeCloseTo(0, 12);
    // Monday 09:00: 4 on-demand and 6 Spot m5.large; 19:00, the 4 on-demand alone.
    expect(week.hours[9]!.nodeGroupUsd.general!.onDemand).toBeCloseTo(4 * M5_LARGE, 12);
    expect(week.hours[9]!.nodeGroupUsd.general!.spot).toBeCloseTo(6 * M5_LARGE_SPOT, 12);
    expect(week.hours[19]!.nodeGroupUsd.general!.spot).toBeCloseTo(0, 12);
    expect(Object.keys(week.hours[9]!.onDemandUsdByFamily!)).toEqual(["m5"]);
    expect(week.hours[9]!.onDemandUsdByFamily!.m5).toBeCloseTo(4 * M5_LARGE, 12);
  });

  it("covers Fargate with a Compute Savings Plan and never with EC2 Instance Savings Plans", () => {
    const input = officeCluster("karpenter");
    // A flat Fargate workload beside the nodes: 0.25 vCPU and 0.5 GB, every hour.
    const withFargate: Scenario = {
      ...input,
      workloads: [
        ...input.workloads,
        {
          ...input.workloads[0]!,
          name: "jobs",
          replicas: 1,
          cpuMillicores: 250,
          memoryMiB: 512,
          fargate: true,
          autoscaling: null,
        },
      ],
      fargateProfiles: [{ name: "jobs", workloads: ["jobs"] }],
    };
    const week = planWeek(withFargate, catalog);
    const fargatePerHour = week.hours[0]!.onDemandUsd! - week.hours[0]!.onDemandUsdByFamily!.m5!;
    expect(fargatePerHour).toBeGreaterThan(0);
    const compute = weekCommitment(withFargate, week, 28, "compute")!;
    const instance = weekCommitment(withFargate, week, 28, "ec2-instance")!;
    expect(compute.families).toBeNull();
    expect(compute.commitment.coveredUsdPerHour).toBeCloseTo(4 * M5_LARGE + fargatePerHour, 12);
    expect(instance.type).toBe("ec2-instance");
    expect(instance.families!.m5!.coveredUsdPerHour).toBeCloseTo(4 * M5_LARGE, 12);
    expect(instance.commitment.coveredUsdPerHour).toBeCloseTo(4 * M5_LARGE, 12);
    // The same week's spend, of which the instance plan leaves Fargate uncovered.
    expect(instance.commitment.onDemandUsd).toBeCloseTo(compute.commitment.onDemandUsd, 9);
    expect(instance.commitment.savingUsd).toBeCloseTo(168 * 4 * M5_LARGE * 0.28, 9);
    // The scenario's own type is the default.
    const asEc2: Scenario = {
      ...withFargate,
      cluster: {
        ...withFargate.cluster,
        discounts: { ...withFargate.cluster.discounts, savingsPlanType: "ec2-instance" },
      },
    };
    expect(weekCommitment(asEc2, week, 28)!.type).toBe("ec2-instance");
  });
});

describe("recommendWeek, worked by hand", () => {
  // The office week under Cluster Autoscaler: 977 node-hours, never fewer than 4 nodes.
  const input = officeCluster("cluster-autoscaler");
  const perMonth = 730 / 168;

  it("keeps the 4-node baseline on demand under a commitment, and runs the other 305 node-hours on Spot", () => {
    const advice = recommendWeek(input, catalog, 28)!;
    expect(advice.onDemandBase).toEqual({ general: 4 });
    // The baseline's $0.384 an hour, every hour: all of it covered, all of the commitment used.
    expect(advice.commitment.coveredUsdPerHour).toBeCloseTo(4 * M5_LARGE, 12);
    expect(advice.commitment.commitmentUsdPerHour).toBeCloseTo(4 * M5_LARGE * 0.72, 12);
    expect(advice.commitment.coverage).toBeCloseTo(1, 12);
    expect(advice.commitment.utilisation).toBeCloseTo(1, 12);
    // Only the instances' cost differs: 977 node-hours on demand against 672 committed and 305 on Spot.
    expect(advice.allOnDemandUsdPerMonth - advice.recommendedUsdPerMonth).toBeCloseTo(
      (977 * M5_LARGE - 672 * M5_LARGE * 0.72 - 305 * M5_LARGE_SPOT) * perMonth,
      6,
    );
    // The commitment alone covers the same baseline (it is reached in every hour; $0.48 or more in 55).
    expect(advice.allOnDemandUsdPerMonth - advice.committedUsdPerMonth).toBeCloseTo(
      672 * M5_LARGE * 0.28 * perMonth,
      6,
    );
    expect(advice.recommendedUsdPerMonth).toBeLessThan(advice.committedUsdPerMonth);
  });

  it("prices the week on demand whatever compute savings the scenario had", () => {
    const withSavings: Scenario = {
      ...input,
      cluster: {
        ...input.cluster,
        discounts: {
          computeSavingsPercent: 30,
          enterpriseDiscountPercent: 0,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    };
    expect(recommendWeek(withSavings, catalog, 28)).toEqual(recommendWeek(input, catalog, 28));
    expect(recommendWeek(input, catalog, 28)!.allOnDemandUsdPerMonth).toBeCloseTo(
      planWeek(input, catalog).totalUsdPerMonth!,
      9,
    );
  });
});

describe("planWeek, properties", () => {
  it("never costs more with autoscaling than provisioned for the peak, nor advises a dearer mix (the default scenario with random profiles)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            low: fc.integer({ min: 0, max: 6 }),
            extra: fc.integer({ min: 0, max: 12 }),
            profile: fc.constantFrom(...LOAD_PROFILE_PRESETS),
          }),
          { minLength: defaultScenario.workloads.length, maxLength: defaultScenario.workloads.length },
        ),
        fc.constantFrom("cluster-autoscaler", "karpenter", "auto-mode", "none"),
        fc.integer({ min: 0, max: 180 }),
        (ranges, autoscaler, delay) => {
          const input: Scenario = {
            ...defaultScenario,
            cluster: { ...defaultScenario.cluster, autoscaler: autoscaler },
            workloads: defaultScenario.workloads.map((workload, index) => ({
              ...workload,
              autoscaling: {
                minReplicas: ranges[index]!.low,
                maxReplicas: ranges[index]!.low + ranges[index]!.extra,
                profile: ranges[index]!.profile,
              },
            })),
          };
          const week = planWeek(input, catalog, { scaleDownDelayMinutes: delay });
          expect(week.totalUsdPerMonth!).toBeLessThanOrEqual(week.peakUsdPerMonth! * (1 + 1e-9));
          for (const hour of week.hours) expect(hour.usd!).toBeGreaterThanOrEqual(0);
          // Spot is never dearer than on demand, and a commitment never loses money.
          const advice = recommendWeek(input, catalog, 28, { scaleDownDelayMinutes: delay })!;
          expect(advice.committedUsdPerMonth).toBeLessThanOrEqual(advice.allOnDemandUsdPerMonth * (1 + 1e-9));
          expect(advice.recommendedUsdPerMonth).toBeLessThanOrEqual(advice.allOnDemandUsdPerMonth * (1 + 1e-9));
        },
      ),
      { numRuns: 25 },
    );
  });
});
