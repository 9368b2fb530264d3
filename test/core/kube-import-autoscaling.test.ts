/**
 * The kubectl import's autoscaling: HorizontalPodAutoscalers (`hpas`) and the workloads list's
 * CronJobs into a workload's `autoscaling`. The fixture (test/core/fixtures/kube/autoscaling) has
 * web (a Deployment, 3 pods in shop), queue (a StatefulSet, 2 pods), api (a Deployment, 2 pods) and
 * the pods of three CronJobs' Jobs in batch; and five autoscalers in shop: web's (autoscaling/v2,
 * 2–5, 3 now), queue's (autoscaling/v1, no minReplicas, 10 at most, no currentReplicas), one of a
 * Deployment api-v2 that has no pods, and two of api that Kubernetes would refuse (5–2; no
 * maxReplicas).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importKubernetes, replicasAtLevel, type KubeImport, type Workload } from "eksize";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/kube/autoscaling/${name}`, import.meta.url), "utf8");
const pods = fixture("pods.json");
const hpas = fixture("hpas.json");

function imported(input: Parameters<typeof importKubernetes>[0]): KubeImport {
  const result = importKubernetes(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const workload = (found: KubeImport, name: string): Workload => found.workloads.find((w) => w.name === name)!;

/** 168 hours at one level. */
const flat = (level: number): number[] => Array.from({ length: 168 }, () => level);

/** An autoscaler list of web's Deployment in shop: each item's spec and status. */
function hpaList(items: readonly { name?: string; spec: Record<string, unknown>; status?: unknown }[]): string {
  return JSON.stringify({
    apiVersion: "v1",
    kind: "List",
    items: items.map(({ name = "web", spec, status = {} }) => ({
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { name, namespace: "shop" },
      spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, ...spec },
      status,
    })),
  });
}

/** web's autoscaling with one autoscaler of `spec` and `status`. */
const webScaling = (spec: Record<string, unknown>, status: unknown = {}) =>
  workload(imported({ pods, hpas: hpaList([{ spec, status }]) }), "web").autoscaling;

describe("importKubernetes reads HorizontalPodAutoscalers", () => {
  it("gives each workload its autoscaler's range and holds its current replicas all week", () => {
    const found = imported({ pods, hpas });
    // web: 3 of 2–5 sit at 33.3% of the range; at 33%, 2 + ⌈3 × 0.33⌉ = 3 (34% would give 2 + ⌈1.02⌉ = 4).
    expect(workload(found, "web")).toMatchObject({
      replicas: 3,
      autoscaling: { minReplicas: 2, maxReplicas: 5, profile: flat(33) },
    });
    // queue (autoscaling/v1): minReplicas defaults to 1; no currentReplicas, so its 2 pods: 1 of 9 is
    // 11.1%; at 11%, 1 + ⌈9 × 0.11⌉ = 2.
    expect(workload(found, "queue")).toMatchObject({
      replicas: 2,
      autoscaling: { minReplicas: 1, maxReplicas: 10, profile: flat(11) },
    });
    for (const name of ["web", "queue"]) {
      const { replicas, autoscaling } = workload(found, name);
      expect(replicasAtLevel(autoscaling!, (autoscaling!.profile as number[])[0]!)).toBe(replicas);
    }
    expect(replicasAtLevel(workload(found, "web").autoscaling!, 34)).toBe(4);
    // api's two autoscalers are refused, and api-v2 has no pods.
    expect(workload(found, "api").autoscaling).toBeNull();
    expect(found.workloads.filter((w) => w.autoscaling !== null).map((w) => w.name)).toEqual(["queue", "web"]);
    expect(found.issues).toEqual([
      {
        code: "kube-hpa-range-invalid",
        params: { hpa: "api-reversed", namespace: "shop", minReplicas: 5, maxReplicas: 2 },
      },
      { code: "kube-hpa-invalid", params: { hpa: "api-unbounded", namespace: "shop", field: "spec.maxReplicas" } },
      {
        code: "kube-hpa-target-not-found",
        params: { hpa: "api-v2", namespace: "shop", kind: "Deployment", target: "api-v2" },
      },
    ]);
  });

  it("puts the current replicas at 0% at or below the minimum, 100% at or above the maximum", () => {
    expect(webScaling({ minReplicas: 3, maxReplicas: 8 }, { currentReplicas: 3 })?.profile).toEqual(flat(0));
    expect(webScaling({ minReplicas: 5, maxReplicas: 8 }, { currentReplicas: 2 })?.profile).toEqual(flat(0));
    expect(webScaling({ minReplicas: 1, maxReplicas: 3 }, { currentReplicas: 3 })?.profile).toEqual(flat(100));
    expect(webScaling({ minReplicas: 1, maxReplicas: 2 }, { currentReplicas: 7 })?.profile).toEqual(flat(100));
    expect(webScaling({ minReplicas: 4, maxReplicas: 4 }, { currentReplicas: 4 })?.profile).toEqual(flat(0));
    // No minReplicas: 1. 3 of 1–5 is 50% exactly.
    expect(webScaling({ maxReplicas: 5 }, { currentReplicas: 3 })).toEqual({
      minReplicas: 1,
      maxReplicas: 5,
      profile: flat(50),
    });
    // No status: web's 3 pods. 3 of 0–7 is 42.9%; at 42%, ⌈7 × 0.42⌉ = ⌈2.94⌉ = 3.
    expect(webScaling({ minReplicas: 0, maxReplicas: 7 })?.profile).toEqual(flat(42));
  });

  it("rounds up where no whole percent holds the current replicas (a range over 100)", () => {
    // 5 of 0–1000 is 0.5%: 0% gives 0 pods, so 1%, which gives ⌈10⌉ = 10.
    const autoscaling = webScaling({ minReplicas: 0, maxReplicas: 1000 }, { currentReplicas: 5 })!;
    expect(autoscaling.profile).toEqual(flat(1));
    expect(replicasAtLevel(autoscaling, 1)).toBe(10);
    // 150 of 0–200 is 75% exactly.
    expect(webScaling({ minReplicas: 0, maxReplicas: 200 }, { currentReplicas: 150 })?.profile).toEqual(flat(75));
  });

  it("follows no autoscaler where several scale one workload, as Kubernetes does", () => {
    const found = imported({
      pods,
      hpas: hpaList([
        { name: "web-cpu", spec: { maxReplicas: 4 } },
        { name: "web-queue", spec: { maxReplicas: 6 } },
      ]),
    });
    expect(workload(found, "web").autoscaling).toBeNull();
    expect(found.issues).toEqual([
      { code: "kube-hpa-several", params: { name: "web", hpas: ["web-cpu", "web-queue"] } },
    ]);
  });

  it("leaves out an autoscaler Kubernetes would refuse, naming the field, and imports the rest", () => {
    const refused = (spec: Record<string, unknown>, status: unknown = {}) =>
      imported({ pods, hpas: hpaList([{ spec, status }]) }).issues;
    const invalid = (field: string) => [{ code: "kube-hpa-invalid", params: { hpa: "web", namespace: "shop", field } }];
    expect(refused({ scaleTargetRef: null, maxReplicas: 3 })).toEqual(invalid("spec.scaleTargetRef"));
    expect(refused({ scaleTargetRef: { kind: "Deployment" }, maxReplicas: 3 })).toEqual(invalid("spec.scaleTargetRef"));
    expect(refused({ minReplicas: -1, maxReplicas: 3 })).toEqual(invalid("spec.minReplicas"));
    expect(refused({ minReplicas: 1.5, maxReplicas: 3 })).toEqual(invalid("spec.minReplicas"));
    expect(refused({ maxReplicas: 0 })).toEqual(invalid("spec.maxReplicas"));
    expect(refused({ maxReplicas: "3" })).toEqual(invalid("spec.maxReplicas"));
    expect(refused({ maxReplicas: 3 }, { currentReplicas: -2 })).toEqual(invalid("status.currentReplicas"));
    expect(refused({ minReplicas: 4, maxReplicas: 3 })).toEqual([
      { code: "kube-hpa-range-invalid", params: { hpa: "web", namespace: "shop", minReplicas: 4, maxReplicas: 3 } },
    ]);
    expect(imported({ pods, hpas: hpaList([{ spec: { maxReplicas: 0 } }]) }).workloads).toHaveLength(6);
  });

  it("matches the target's kind and namespace as well as its name", () => {
    const elsewhere = JSON.stringify({
      kind: "HorizontalPodAutoscaler",
      metadata: { name: "web", namespace: "staging" },
      spec: { scaleTargetRef: { kind: "Deployment", name: "web" }, maxReplicas: 3 },
    });
    const found = imported({ pods, hpas: elsewhere });
    expect(workload(found, "web").autoscaling).toBeNull();
    expect(found.issues).toEqual([
      {
        code: "kube-hpa-target-not-found",
        params: { hpa: "web", namespace: "staging", kind: "Deployment", target: "web" },
      },
    ]);
    const statefulSet = hpaList([{ spec: { scaleTargetRef: { kind: "StatefulSet", name: "web" }, maxReplicas: 3 } }]);
    expect(imported({ pods, hpas: statefulSet }).issues).toEqual([
      {
        code: "kube-hpa-target-not-found",
        params: { hpa: "web", namespace: "shop", kind: "StatefulSet", target: "web" },
      },
    ]);
  });

  it("refuses an autoscaler list given as the pods, and pods given as the autoscalers, naming where each belongs", () => {
    expect(importKubernetes({ pods: hpas })).toEqual({
      ok: false,
      issues: [
        { code: "kube-wrong-list", params: { input: "pods", found: "HorizontalPodAutoscalerList", belongsIn: "hpas" } },
      ],
    });
    expect(importKubernetes({ pods, hpas: pods })).toEqual({
      ok: false,
      issues: [{ code: "kube-wrong-list", params: { input: "hpas", found: "PodList", belongsIn: "pods" } }],
    });
  });

  it("refuses an autoscaler whose metadata is of the wrong JSON type, with its path, as in every list", () => {
    expect(
      importKubernetes({ pods, hpas: JSON.stringify({ kind: "List", items: [{ metadata: "web", spec: {} }] }) }),
    ).toEqual({
      ok: false,
      issues: [
        { code: "kube-field-invalid", params: { input: "hpas", expected: "object" }, path: "items.0.metadata" },
        { code: "kube-field-invalid", params: { input: "hpas", expected: "string" }, path: "items.0.metadata.name" },
      ],
    });
  });
});

/**
 * The workloads list (test/core/fixtures/kube/autoscaling/workloads.json) adds the Deployments, the
 * StatefulSet and four CronJobs in batch, each but nightly with a running Job whose pods are among
 * the pods: report (0 2 * * 1-5, parallelism 2, activeDeadlineSeconds 5400), cleanup (0 25 * * *,
 * refused), billing (@monthly) and nightly (30 1 * * * in Asia/Seoul, parallelism 4, no Job running).
 */
describe("importKubernetes makes CronJobs batch windows", () => {
  const workloads = fixture("workloads.json");

  /** 100 at `hours`, 0 otherwise. */
  const window = (hours: readonly number[]): number[] =>
    Array.from({ length: 168 }, (_, hour) => (hours.includes(hour) ? 100 : 0));

  /** The workloads list with report's spec changed by `spec` and its Job template's by `job`. */
  function withReport(spec: Record<string, unknown>, job: Record<string, unknown> = {}): string {
    type CronJobItem = { kind: string; metadata: { name: string }; spec: { jobTemplate: { spec: object } } };
    const list = JSON.parse(workloads) as { items: CronJobItem[] };
    const report = list.items.find((item) => item.kind === "CronJob" && item.metadata.name === "report")!;
    Object.assign(report.spec, spec);
    Object.assign(report.spec.jobTemplate.spec, job);
    return JSON.stringify(list);
  }
  const reportScaling = (spec: Record<string, unknown>, job: Record<string, unknown> = {}) =>
    workload(imported({ pods, workloads: withReport(spec, job) }), "report").autoscaling;

  it("runs each CronJob's Job from 0 pods to its parallelism in the hours its schedule starts it and the Job runs", () => {
    const found = imported({ pods, workloads });
    expect(found.workloads.map((w) => [w.name, w.replicas])).toEqual([
      ["api", 2],
      ["billing", 1],
      ["cleanup", 1],
      ["queue", 2],
      ["report", 2],
      ["web", 3],
    ]);
    expect(found.owners.find((owner) => owner.name === "report")).toMatchObject({
      kind: "CronJob",
      ownerName: "report",
    });
    // 02:00 on weekdays, 5,400 s (1.5 hours) a run: 02:00 and 03:00 of Monday (hours 2, 3) to Friday (98, 99).
    expect(workload(found, "report").autoscaling).toEqual({
      minReplicas: 0,
      maxReplicas: 2,
      profile: window([2, 3, 26, 27, 50, 51, 74, 75, 98, 99]),
    });
    // @monthly: midnight on the 1st, any weekday; parallelism 1 and an hour by default.
    expect(workload(found, "billing").autoscaling).toEqual({
      minReplicas: 0,
      maxReplicas: 1,
      profile: window([0, 24, 48, 72, 96, 120, 144]),
    });
    expect(workload(found, "cleanup").autoscaling).toBeNull();
    expect(workload(found, "web").autoscaling).toBeNull();
    expect(found.issues).toEqual([
      { code: "kube-cronjob-week-approximated", params: { name: "billing", schedule: "@monthly" } },
      { code: "kube-cronjob-schedule-invalid", params: { name: "cleanup", schedule: "0 25 * * *", part: "25" } },
      { code: "kube-cronjob-without-pods", params: { cronJob: "nightly", namespace: "batch" } },
    ]);
  });

  it("wraps a Job that runs past Sunday midnight into Monday, and bounds the run by the week", () => {
    // Sunday 23:00 is hour 167; two hours run to Monday 00:00.
    expect(reportScaling({ schedule: "0 23 * * SUN" }, { activeDeadlineSeconds: 7200 })?.profile).toEqual(
      window([0, 167]),
    );
    // 3,601 s round up to 2 hours; 1 s to 1.
    expect(reportScaling({ schedule: "@weekly" }, { activeDeadlineSeconds: 3601 })?.profile).toEqual(
      window([144, 145]),
    );
    expect(reportScaling({ schedule: "@weekly" }, { activeDeadlineSeconds: 1 })?.profile).toEqual(window([144]));
    expect(reportScaling({ schedule: "@daily" }, { activeDeadlineSeconds: 10 ** 9 })?.profile).toEqual(
      Array.from({ length: 168 }, () => 100),
    );
    expect(reportScaling({ schedule: "@hourly" }, { parallelism: 5 })).toEqual({
      minReplicas: 0,
      maxReplicas: 5,
      profile: Array.from({ length: 168 }, () => 100),
    });
  });

  it("warns of a schedule that is not five fields, and plans the workload at its replicas", () => {
    const found = imported({ pods, workloads: withReport({ schedule: "@every 1h" }) });
    expect(workload(found, "report").autoscaling).toBeNull();
    expect(found.issues).toContainEqual({
      code: "kube-cronjob-schedule-invalid",
      params: { name: "report", schedule: "@every 1h", part: null },
    });
  });

  it("refuses a CronJob field of the wrong JSON type, with its path, as in every list", () => {
    expect(importKubernetes({ pods, workloads: withReport({}, { parallelism: "2" }) })).toEqual({
      ok: false,
      issues: [
        {
          code: "kube-field-invalid",
          params: { input: "workloads", expected: "number" },
          path: "items.5.spec.jobTemplate.spec.parallelism",
        },
      ],
    });
  });

  it("lets an autoscaler and a batch window live side by side", () => {
    const found = imported({ pods, workloads, hpas });
    expect(workload(found, "web").autoscaling).toMatchObject({ minReplicas: 2, maxReplicas: 5 });
    expect(workload(found, "report").autoscaling).toMatchObject({ minReplicas: 0, maxReplicas: 2 });
  });
});
