import { describe, expect, it } from "vitest";
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
  HOURS_PER_WEEK,
  LOAD_PROFILE_PRESETS,
  profileLevels,
  replicasAtLevel,
  validateScenario,
  type Scenario,
  type WorkloadAutoscaling,
} from "eksize";

/** How many hours of the week each level has. */
function hoursByLevel(levels: readonly number[]): Record<number, number> {
  const hours: Record<number, number> = {};
  for (const level of levels) hours[level] = (hours[level] ?? 0) + 1;
  return hours;
}

/** The hour of the week of `clock` o'clock on `day` (0 = Monday). */
const at = (day: number, clock: number) => day * 24 + clock;

describe("profileLevels", () => {
  it("has 168 hours for every preset", () => {
    expect(HOURS_PER_WEEK).toBe(168);
    for (const preset of LOAD_PROFILE_PRESETS) expect(profileLevels(preset)).toHaveLength(168);
  });

  it("flat: 100% every hour", () => {
    expect(hoursByLevel(profileLevels("flat"))).toEqual({ 100: 168 });
  });

  it("office hours: 100% from 09:00 to 19:00 on weekdays (50 hours), 20% in the other 118", () => {
    const levels = profileLevels("office-hours");
    expect(hoursByLevel(levels)).toEqual({ 100: 50, 20: 118 });
    expect([levels[at(0, 8)], levels[at(0, 9)], levels[at(0, 18)], levels[at(0, 19)]]).toEqual([20, 100, 100, 20]);
    expect([levels[at(4, 12)], levels[at(5, 12)], levels[at(6, 12)]]).toEqual([100, 20, 20]);
  });

  it("nightly batch: 100% from 01:00 to 05:00 every night (28 hours), 0% otherwise", () => {
    const levels = profileLevels("nightly-batch");
    expect(hoursByLevel(levels)).toEqual({ 100: 28, 0: 140 });
    expect([levels[at(6, 0)], levels[at(6, 1)], levels[at(6, 4)], levels[at(6, 5)]]).toEqual([0, 100, 100, 0]);
  });

  it("weekend dip: 100% on weekdays, 40% on Saturday and Sunday", () => {
    const levels = profileLevels("weekend-dip");
    expect(hoursByLevel(levels)).toEqual({ 100: 120, 40: 48 });
    expect([levels[at(4, 23)], levels[at(5, 0)]]).toEqual([100, 40]);
  });

  it("gives a drawn profile's own levels", () => {
    const drawn = Array.from({ length: 168 }, (_, hour) => hour % 101);
    expect(profileLevels(drawn)).toEqual(drawn);
  });
});

describe("replicasAtLevel", () => {
  const range: WorkloadAutoscaling = { minReplicas: 2, maxReplicas: 10, profile: "flat" };

  it("runs min at 0%, max at 100%, and rounds up in between as an HPA does", () => {
    expect(replicasAtLevel(range, 0)).toBe(2);
    expect(replicasAtLevel(range, 100)).toBe(10);
    // 2 + ⌈8 × 0.2⌉ = 2 + ⌈1.6⌉
    expect(replicasAtLevel(range, 20)).toBe(4);
    // 2 + ⌈8 × 0.25⌉ = 2 + 2 exactly
    expect(replicasAtLevel(range, 25)).toBe(4);
    expect(replicasAtLevel(range, 26)).toBe(5);
  });

  it("keeps a batch window at 0 pods outside it, and a fixed range at its one count", () => {
    expect(replicasAtLevel({ minReplicas: 0, maxReplicas: 3, profile: "nightly-batch" }, 0)).toBe(0);
    expect(replicasAtLevel({ minReplicas: 5, maxReplicas: 5, profile: "flat" }, 60)).toBe(5);
  });
});

describe("a workload's autoscaling in a scenario", () => {
  const autoscaled = (autoscaling: unknown): unknown => ({
    ...defaultScenario,
    workloads: defaultScenario.workloads.map((workload, index) =>
      index === 0 ? { ...workload, autoscaling } : workload,
    ),
  });

  it("defaults to none, so every scenario made before it keeps its figures", () => {
    // A workload as written before the field existed: without it.
    const result = validateScenario(JSON.parse(JSON.stringify(autoscaled(undefined))));
    expect(result.ok && result.value.workloads[0]!.autoscaling).toBeNull();
  });

  it("takes a preset by name, or 168 levels drawn by hand", () => {
    const drawn = Array.from({ length: 168 }, () => 50);
    for (const profile of ["office-hours", drawn]) {
      const result = validateScenario(autoscaled({ minReplicas: 1, maxReplicas: 6, profile }));
      expect(result.ok && result.value.workloads[0]!.autoscaling).toEqual({ minReplicas: 1, maxReplicas: 6, profile });
    }
  });

  it("says what is wrong: a minimum above the maximum, an unknown preset, a level count or value out of range", () => {
    const issuesOf = (autoscaling: unknown) => {
      const result = validateScenario(autoscaled(autoscaling));
      return result.ok ? [] : result.issues.map((issue) => ({ code: issue.code, path: issue.path ?? "" }));
    };
    expect(issuesOf({ minReplicas: 7, maxReplicas: 6, profile: "flat" })).toEqual([
      { code: "scenario-not-allowed", path: "workloads.0.autoscaling.maxReplicas" },
    ]);
    for (const profile of [
      "lunch-rush",
      Array.from({ length: 167 }, () => 50),
      Array.from({ length: 168 }, () => 101),
    ]) {
      const issues = issuesOf({ minReplicas: 1, maxReplicas: 6, profile });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]!.path.startsWith("workloads.0.autoscaling.profile")).toBe(true);
    }
  });

  it("travels in a share link, a preset as its name", () => {
    const plain = encodeScenario(defaultScenario);
    const withPreset = validateScenario(autoscaled({ minReplicas: 2, maxReplicas: 12, profile: "office-hours" }));
    if (!withPreset.ok) throw new Error("the scenario is valid");
    const link = encodeScenario(withPreset.value);
    expect(decodeScenario(link)).toEqual({ ok: true, scenario: withPreset.value, dataDate: null });
    // The range and the preset's name cost a few dozen characters, not 168 numbers.
    expect(link.length - plain.length).toBeLessThan(60);
    const drawn: Scenario = {
      ...withPreset.value,
      workloads: withPreset.value.workloads.map((workload, index) =>
        index === 0
          ? { ...workload, autoscaling: { ...workload.autoscaling!, profile: profileLevels("office-hours") } }
          : workload,
      ),
    };
    expect(decodeScenario(encodeScenario(drawn))).toEqual({ ok: true, scenario: drawn, dataDate: null });
  });
});

describe("the week's settings of a scenario's cluster", () => {
  const withCluster = (cluster: Record<string, unknown>): unknown => ({
    ...defaultScenario,
    cluster: { ...defaultScenario.cluster, ...cluster },
  });
  const pathsOf = (input: unknown) => {
    const result = validateScenario(input);
    return result.ok ? [] : result.issues.map((issue) => issue.path);
  };

  it("defaults to the autoscaler's delay and a Compute Savings Plan with no discount said", () => {
    const result = validateScenario(JSON.parse(JSON.stringify({ ...defaultScenario, cluster: {} })));
    expect(result.ok && result.value.cluster.scaleDownDelayMinutes).toBeNull();
    expect(result.ok && result.value.cluster.discounts).toMatchObject({
      savingsPlanType: "compute",
      savingsPlanDiscountPercent: 0,
    });
  });

  it("refuses a delay above a day, a discount of 100% or more, and an unknown kind of plan", () => {
    expect(pathsOf(withCluster({ scaleDownDelayMinutes: 1441 }))).toEqual(["cluster.scaleDownDelayMinutes"]);
    const discounts = (value: Record<string, unknown>) =>
      withCluster({ discounts: { ...defaultScenario.cluster.discounts, ...value } });
    expect(pathsOf(discounts({ savingsPlanDiscountPercent: 100 }))).toEqual([
      "cluster.discounts.savingsPlanDiscountPercent",
    ]);
    expect(pathsOf(discounts({ savingsPlanType: "reserved" }))).toEqual(["cluster.discounts.savingsPlanType"]);
    expect(pathsOf(withCluster({ scaleDownDelayMinutes: 30 }))).toEqual([]);
  });
});
