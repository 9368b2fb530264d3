/** Hours in the week a load profile covers: 7 days of 24, Monday 00:00 first. */
export const HOURS_PER_WEEK = 168;

/**
 * The load profiles people recognise, by name (a share link carries the name, not 168 numbers):
 * - `flat`: 100% every hour (24/7);
 * - `office-hours`: 100% from 09:00 to 19:00 on Monday to Friday (50 hours), 20% otherwise;
 * - `nightly-batch`: 100% from 01:00 to 05:00 every night (28 hours), 0% otherwise (a CronJob's window);
 * - `weekend-dip`: 100% on Monday to Friday, 40% on Saturday and Sunday.
 */
export const LOAD_PROFILE_PRESETS = ["flat", "office-hours", "nightly-batch", "weekend-dip"] as const;

/** A preset's name ({@link LOAD_PROFILE_PRESETS}). */
export type LoadProfilePreset = (typeof LOAD_PROFILE_PRESETS)[number];

/**
 * Load over a typical week: a preset's name, or 168 hourly levels, each a percentage (0–100) of a
 * workload's range from its minimum to its maximum replicas, Monday 00:00 first, in the cluster's
 * local time.
 */
export type LoadProfile = LoadProfilePreset | readonly number[];

/** A HorizontalPodAutoscaler's range and the load it follows over the week. */
export interface WorkloadAutoscaling {
  /** `minReplicas`: pods at a level of 0%, a whole number ≥ 0 (0 for a batch window). */
  readonly minReplicas: number;
  /** `maxReplicas`: pods at a level of 100%, a whole number ≥ `minReplicas`. */
  readonly maxReplicas: number;
  readonly profile: LoadProfile;
}

/**
 * The 168 hourly levels of a profile, % of the range, Monday 00:00 first: a preset's as
 * {@link LOAD_PROFILE_PRESETS} defines it, or the profile's own levels.
 *
 * @example profileLevels("office-hours")[9] // 100 (Monday 09:00); [19] // 20 (Monday 19:00)
 */
export function profileLevels(profile: LoadProfile): readonly number[] {
  if (typeof profile !== "string") return profile;
  return Array.from({ length: HOURS_PER_WEEK }, (_, hour) => presetLevel(profile, Math.floor(hour / 24), hour % 24));
}

/** A preset's level on `day` (0 = Monday) at `clock` o'clock, %. */
function presetLevel(preset: LoadProfilePreset, day: number, clock: number): number {
  const weekday = day < 5;
  switch (preset) {
    case "flat":
      return 100;
    case "office-hours":
      return weekday && clock >= 9 && clock < 19 ? 100 : 20;
    case "nightly-batch":
      return clock >= 1 && clock < 5 ? 100 : 0;
    case "weekend-dip":
      return weekday ? 100 : 40;
  }
}

/**
 * The replicas an autoscaled workload runs at a level of its range: `minReplicas` + ⌈(max − min) ×
 * level / 100⌉, rounded up as a HorizontalPodAutoscaler rounds its desired replicas up
 * (`ceil(currentReplicas × currentMetric / target)`, Kubernetes documentation, "Horizontal Pod
 * Autoscaling", algorithm details).
 *
 * @param level % of the range, 0 to 100.
 * @returns pods, a whole number from `minReplicas` to `maxReplicas`.
 * @example replicasAtLevel({ minReplicas: 2, maxReplicas: 10, profile: "flat" }, 20) // 4 (2 + ⌈1.6⌉)
 */
export function replicasAtLevel(autoscaling: WorkloadAutoscaling, level: number): number {
  const { minReplicas, maxReplicas } = autoscaling;
  // A product such as 8 × 0.35 can land a hair above a whole number: that rounding is not load.
  const extra = Math.ceil(((maxReplicas - minReplicas) * level) / 100 - 1e-9);
  return Math.min(maxReplicas, minReplicas + Math.max(0, extra));
}
