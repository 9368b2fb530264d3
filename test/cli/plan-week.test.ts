/**
 * `eksize plan --week`: the week hour by hour and the Savings Plan commitment. The fixture is one pod
 * per m5.large node (1500m), 2 to 10 replicas on office hours, under Cluster Autoscaler: 10 nodes for
 * the 50 office hours, 4 for the other 118, and 6 nodes kept 10 minutes after each of the 5 evening
 * drops: 972 + 5 = 977 node-hours a week. At 28% off, the commitment covers the 4-node baseline
 * ($0.384 an hour of m5.large at $0.096), reached in every hour: $0.27648 an hour. The advice keeps
 * those 4 nodes on demand under it and runs the other 305 node-hours on Spot (test/core/week-plan.test.ts).
 */
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const OFFICE_WEEK = "test/cli/fixtures/office-week.eksize.json";

describe("eksize plan --week", () => {
  test("the week against the peak, the node-hours and the commitment, in sentences", async () => {
    const { code, stdout, stderr } = await cli("plan", OFFICE_WEEK, "--week", "--savings-plan-discount", "28");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.slice(stdout.indexOf("The week, hour by hour"))).toBe(
      [
        "The week, hour by hour",
        "  Nodes are added at once and removed 10 minutes after no pod needs them (Cluster Autoscaler).",
        "  With autoscaling the cluster costs $489.85 a month; provisioned for the peak, $789.80: autoscaling saves $299.95 (38%).",
        "  Node-hours a week: general 977.",
        "  Compute Savings Plan at 28% off: commit $0.2765 an hour, which covers $0.384 an hour of on-demand spend (coverage 68.8%, utilisation 100%) and saves $78.49 a month against on-demand rates. A level of spend pays to commit to when it runs in at least 72% of the hours.",
        "  Advice: commit $0.2765 an hour (Compute Savings Plan) for the baseline (general: 4 nodes on demand) and run the rest on Spot: $342.00 a month, −30.2% against all on-demand ($489.85); the commitment alone comes to $411.36.",
        "",
      ].join("\n"),
    );
  });

  test("--json: the week's figures, its 168 hours and the commitment", async () => {
    const { code, stdout } = await cli("plan", OFFICE_WEEK, "--week", "--savings-plan-discount", "28", "--json");
    expect(code).toBe(0);
    const { week } = JSON.parse(stdout) as {
      week: {
        scaleDownDelayMinutes: number;
        linesUsdPerMonth: Record<string, { week: number; peak: number }>;
        totalUsdPerMonth: number;
        peakUsdPerMonth: number;
        nodeHoursPerWeek: Record<string, number>;
        hours: { replicas: Record<string, number>; nodes: Record<string, number>; onDemandUsd: number }[];
        savingsPlan: Record<string, unknown>;
        recommendation: Record<string, unknown>;
      };
    };
    expect(week.scaleDownDelayMinutes).toBe(10);
    // 977 node-hours of m5.large ($0.096) a week as 730 hours: 977 × 0.096 × 730 / 168; 10 nodes all month: 700.80.
    expect(week.linesUsdPerMonth.onDemand).toEqual({ week: 407.55, peak: 700.8 });
    expect(week.nodeHoursPerWeek.general).toBeCloseTo(977, 9);
    expect(week.hours).toHaveLength(168);
    // Monday 09:00 and 19:00.
    expect(week.hours[9]).toMatchObject({ replicas: { api: 10 }, nodes: { general: 10 } });
    expect(week.hours[19]).toMatchObject({ replicas: { api: 4 }, nodes: { general: 4 } });
    expect(week.hours[19]!.onDemandUsd).toBeCloseTo((4 + 1) * 0.096, 12);
    expect(week.savingsPlan).toEqual({
      type: "compute",
      discountPercent: 28,
      commitmentUsdPerHour: 0.2765,
      coveredUsdPerHour: 0.384,
      coveragePercent: 68.8,
      utilisationPercent: 100,
      breakEvenPercent: 72,
      savingUsdPerMonth: 78.49,
      familyCommitmentsUsdPerHour: null,
    });
    expect(week.recommendation).toEqual({
      onDemandBase: { general: 4 },
      commitmentUsdPerHour: 0.2765,
      allOnDemandUsdPerMonth: 489.85,
      committedUsdPerMonth: 411.36,
      recommendedUsdPerMonth: 342,
      percentAgainstAllOnDemand: -30.2,
    });
  });

  test("--scale-down-delay 90 keeps the 6 nodes of each evening drop 90 minutes: 972 + 5 × 9 = 1,017 node-hours", async () => {
    const { code, stdout } = await cli("plan", OFFICE_WEEK, "--week", "--scale-down-delay", "90");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "  Nodes are added at once and removed 90 minutes after no pod needs them (Cluster Autoscaler).\n",
    );
    expect(stdout).toContain("  Node-hours a week: general 1,017.\n");
  });

  test("--savings-plan-type ec2-instance: one plan for the m5 family, which is all the on-demand spend here", async () => {
    const { code, stdout } = await cli(
      "plan",
      OFFICE_WEEK,
      "--week",
      "--savings-plan-discount",
      "28",
      "--savings-plan-type",
      "ec2-instance",
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      "  EC2 Instance Savings Plans at 28% off: commit $0.2765 an hour, which covers $0.384 an hour",
    );
    expect(stdout).toContain("  By instance family: m5 $0.2765.\n");
    expect(stdout).toContain("  Advice: commit $0.2765 an hour (EC2 Instance Savings Plans) for the baseline");
  });

  test("asks for a discount when the scenario has none", async () => {
    const { code, stdout } = await cli("plan", OFFICE_WEEK, "--week");
    expect(code).toBe(0);
    expect(stdout).toContain("  Node-hours a week: general 977.\n");
    expect(stdout).toContain("  Give --savings-plan-discount PERCENT for the Savings Plan commitment it calls for.\n");
    expect(stdout).not.toContain("Savings Plan at");
    expect(stdout).not.toContain("Advice: commit");
  });

  test("refuses a discount that is not a percentage below 100, or without --week (exit 2)", async () => {
    for (const [args, message] of [
      [
        ["--week", "--savings-plan-discount", "100"],
        "--savings-plan-discount: 100 is not a percentage from 0 to below 100",
      ],
      [
        ["--week", "--savings-plan-discount", "lots"],
        "--savings-plan-discount: lots is not a percentage from 0 to below 100",
      ],
      [["--savings-plan-discount", "28"], "--savings-plan-discount: it goes with --week"],
      [["--scale-down-delay", "30"], "--scale-down-delay: it goes with --week"],
      [["--savings-plan-type", "compute"], "--savings-plan-type: it goes with --week"],
      [["--week", "--scale-down-delay", "1441"], "--scale-down-delay: 1441 is not a number of minutes from 0 to 1440"],
      [["--week", "--scale-down-delay=-5"], "--scale-down-delay: -5 is not a number of minutes from 0 to 1440"],
      [
        ["--week", "--savings-plan-type", "reserved"],
        "--savings-plan-type: reserved is not one of compute, ec2-instance",
      ],
    ] as const) {
      const { code, stderr } = await cli("plan", OFFICE_WEEK, ...args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});
