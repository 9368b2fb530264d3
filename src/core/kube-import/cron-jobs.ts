import type { CoreIssue } from "../errors.js";
import { HOURS_PER_WEEK, type WorkloadAutoscaling } from "../scenario/load-profile.js";
import { scheduleWeek } from "./cron-schedule.js";
import { join, type FieldReader } from "./fields.js";
import type { JsonObject } from "./read-json.js";

/** What the workloads list says about a CronJob: where it is, when it starts a Job, for how many pods and how long. */
export interface CronJob {
  readonly name: string;
  readonly namespace: string;
  /** `spec.schedule`; empty when it has none. */
  readonly schedule: string;
  /**
   * `spec.jobTemplate.spec.parallelism`: pods a Job runs at once (1 when unset, the default the
   * Kubernetes API reference gives JobSpec).
   */
  readonly parallelism: number;
  /** `spec.jobTemplate.spec.activeDeadlineSeconds`: seconds a Job may run, or null when unset. */
  readonly activeDeadlineSeconds: number | null;
}

const SECONDS_PER_HOUR = 3600;

/**
 * Reads the `spec` (at `path`) of CronJob `name` in `namespace` in the workloads list; fields of the
 * wrong type are reported.
 */
export function readCronJob(
  fields: FieldReader,
  { name, namespace }: { name: string; namespace: string },
  spec: JsonObject,
  path: string,
): CronJob {
  const templatePath = join(path, "jobTemplate");
  const job = fields.object(fields.object(spec, "jobTemplate", path), "spec", templatePath);
  const jobPath = join(templatePath, "spec");
  return {
    name,
    namespace,
    schedule: fields.string(spec, "schedule", path) ?? "",
    parallelism: fields.number(job, "parallelism", jobPath) ?? 1,
    activeDeadlineSeconds: fields.number(job, "activeDeadlineSeconds", jobPath),
  };
}

/**
 * A CronJob's week as a workload's autoscaling, a batch window (workload `name`): from 0 pods to its
 * Job's `parallelism`, at 100% in each hour its schedule starts a Job (see `scheduleWeek`) and the
 * hours the Job runs after it, 0% otherwise. A Job runs its `activeDeadlineSeconds` rounded up to
 * whole hours (at least 1, at most the week), or 1 hour when unset; the week wraps, so a Job started
 * late on Sunday runs into Monday. The hours are in the schedule's time zone (`spec.timeZone`, else
 * the controller's: UTC on EKS), while a load profile is in the cluster's local time, which eksize
 * does not model. How often Jobs overlap (`concurrencyPolicy`) is not modelled.
 *
 * A schedule cron refuses gives no window and warning `kube-cronjob-schedule-invalid`; one that
 * names days of the month or months gives the hours it can start in of a typical week and warning
 * `kube-cronjob-week-approximated`.
 *
 * @example
 * batchWindow({ name: "report", namespace: "batch", schedule: "0 2 * * 1-5", parallelism: 2, activeDeadlineSeconds: 5400 }, "report")
 * // { autoscaling: { minReplicas: 0, maxReplicas: 2, profile: 100 at hours 2, 3, 26, 27, 50, 51, 74, 75, 98, 99 }, issues: [] }
 */
export function batchWindow(
  cronJob: CronJob,
  name: string,
): { autoscaling: WorkloadAutoscaling | null; issues: CoreIssue[] } {
  const { schedule, parallelism, activeDeadlineSeconds } = cronJob;
  const reading = scheduleWeek(schedule);
  if (!reading.ok) {
    return {
      autoscaling: null,
      issues: [{ code: "kube-cronjob-schedule-invalid", params: { name, schedule, part: reading.part } }],
    };
  }
  const hours = Math.min(
    HOURS_PER_WEEK,
    Math.max(1, Math.ceil((activeDeadlineSeconds ?? SECONDS_PER_HOUR) / SECONDS_PER_HOUR)),
  );
  const profile = Array.from({ length: HOURS_PER_WEEK }, () => 0);
  for (const start of reading.week.hours) {
    for (let hour = start; hour < start + hours; hour++) profile[hour % HOURS_PER_WEEK] = 100;
  }
  return {
    autoscaling: { minReplicas: 0, maxReplicas: parallelism, profile },
    issues: reading.week.approximated ? [{ code: "kube-cronjob-week-approximated", params: { name, schedule } }] : [],
  };
}
